#include "export/exporter.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <system_error>
#include <vector>

#include "export/column_header.h"
#include "export/csv_writer.h"
#include "export/xlsx_writer.h"
#include "model/field_text.h"
#include "model/record_json.h"

namespace shanhai::exports {
namespace {

Status StreamFailed() {
  return Status::Unavailable("writing the export failed (disk full or connection closed?)",
                             "写出导出文件失败（磁盘已满或连接已断开？）");
}

// Where exported rows go; one implementation per format.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual Status Add(const model::Record& record) = 0;
  // Completes the file after the last row.
  virtual Status Finish() = 0;
};

class CsvSink : public RecordSink {
 public:
  CsvSink(std::ostream& out, const model::RecordType& type) : out_(out), csv_(out) {
    std::vector<std::string> header;
    for (size_t i = 0; i < type.fields.size(); ++i) header.push_back(MachineColumnHeader(type, i));
    csv_.WriteRow(header);
  }

  Status Add(const model::Record& record) override {
    const auto& fields = record.type().fields;
    cells_.resize(fields.size());
    for (size_t i = 0; i < fields.size(); ++i) cells_[i] = model::FormatFieldText(fields[i], record.at(i));
    csv_.WriteRow(cells_);
    return out_ ? Status::Ok() : StreamFailed();
  }

  Status Finish() override { return out_.flush() ? Status::Ok() : StreamFailed(); }

 private:
  std::ostream& out_;
  CsvWriter csv_;
  std::vector<std::string> cells_;  // reused across rows
};

class JsonSink : public RecordSink {
 public:
  explicit JsonSink(std::ostream& out) : out_(out) { out_ << '['; }

  Status Add(const model::Record& record) override {
    out_ << (first_ ? "\n" : ",\n");
    first_ = false;
    // Text that is not UTF-8 (which the ledger never writes) is replaced, not thrown on.
    out_ << model::RecordToJson(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return out_ ? Status::Ok() : StreamFailed();
  }

  Status Finish() override {
    out_ << (first_ ? "]\n" : "\n]\n");
    return out_.flush() ? Status::Ok() : StreamFailed();
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

class XlsxSink : public RecordSink {
 public:
  explicit XlsxSink(std::unique_ptr<internal::XlsxRecordWriter> writer) : writer_(std::move(writer)) {}
  Status Add(const model::Record& record) override { return writer_->Add(record); }
  Status Finish() override { return writer_->Finish(); }

 private:
  std::unique_ptr<internal::XlsxRecordWriter> writer_;
};

Status CheckQuery(const store::ListQuery& query) {
  if (query.type == nullptr)
    return Status::InvalidArgument("an export needs a record type", "导出须指定数据类型");
  return Status::Ok();
}

// Hands every row matching `query` to `sink`, page by page in one read transaction,
// then finishes the sink.
Status Drain(store::Store& store, const store::ListQuery& query, RecordSink& sink) {
  Status read = store.Read([&](store::Txn& txn) -> Status {
    store::ListQuery page = query;
    page.offset = 0;
    page.limit = kExportPageSize;
    while (true) {
      SHANHAI_ASSIGN_OR_RETURN(store::Page rows, txn.List(page));
      for (const model::Record& r : rows.rows) SHANHAI_RETURN_IF_ERROR(sink.Add(r));
      if (static_cast<int64_t>(rows.rows.size()) < kExportPageSize) return Status::Ok();
      page.offset += kExportPageSize;
    }
  });
  if (!read.ok()) return read;
  return sink.Finish();
}

// Removes the file at `path` when it goes out of scope, unless released.
class RemoveOnExit {
 public:
  explicit RemoveOnExit(std::string path) : path_(std::move(path)) {}
  ~RemoveOnExit() {
    if (path_.empty()) return;
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  RemoveOnExit(const RemoveOnExit&) = delete;
  RemoveOnExit& operator=(const RemoveOnExit&) = delete;
  void Release() { path_.clear(); }

 private:
  std::string path_;
};

// A new empty file in the temp directory, for libxlsxwriter to write to.
Result<std::string> MakeTempFile() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string pattern = (dir / "shanhai-export-XXXXXX").string();
  int fd = mkstemp(pattern.data());
  if (fd < 0)
    return Status::Unavailable("cannot create a temporary file in " + dir.string(),
                               "无法在 " + dir.string() + " 中创建临时文件");
  close(fd);
  return pattern;
}

Status ExportXlsxToFile(store::Store& store, const store::ListQuery& query, const std::string& path) {
  // libxlsxwriter opens the file only when the workbook closes; find out now, not after
  // the whole export, that it cannot be written.
  if (!std::ofstream(path, std::ios::binary | std::ios::trunc))
    return Status::Unavailable("cannot write the file " + path, "无法写入文件 " + path);
  RemoveOnExit cleanup(path);
  SHANHAI_ASSIGN_OR_RETURN(auto writer, internal::XlsxRecordWriter::Create(path, *query.type));
  XlsxSink sink(std::move(writer));
  SHANHAI_RETURN_IF_ERROR(Drain(store, query, sink));
  cleanup.Release();
  return Status::Ok();
}

}  // namespace

Status ExportRecords(store::Store& store, const store::ListQuery& query, ExportFormat format, std::ostream& out) {
  SHANHAI_RETURN_IF_ERROR(CheckQuery(query));
  switch (format) {
    case ExportFormat::kCsv: {
      CsvSink sink(out, *query.type);
      return Drain(store, query, sink);
    }
    case ExportFormat::kJson: {
      JsonSink sink(out);
      return Drain(store, query, sink);
    }
    case ExportFormat::kXlsx: {
      SHANHAI_ASSIGN_OR_RETURN(std::string temp, MakeTempFile());
      RemoveOnExit cleanup(temp);
      SHANHAI_RETURN_IF_ERROR(ExportXlsxToFile(store, query, temp));
      std::ifstream in(temp, std::ios::binary);
      if (!in) return Status::Internal("cannot reopen the temporary XLSX file " + temp);
      out << in.rdbuf();
      return out.flush() ? Status::Ok() : StreamFailed();
    }
  }
  return Status::Internal("unknown export format");
}

Status ExportRecordsToFile(store::Store& store, const store::ListQuery& query, ExportFormat format,
                           const std::string& path) {
  SHANHAI_RETURN_IF_ERROR(CheckQuery(query));
  if (format == ExportFormat::kXlsx) return ExportXlsxToFile(store, query, path);
  RemoveOnExit cleanup(path);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Unavailable("cannot write the file " + path, "无法写入文件 " + path);
  SHANHAI_RETURN_IF_ERROR(ExportRecords(store, query, format, out));
  out.close();
  if (!out) return Status::Unavailable("cannot write the file " + path, "无法写入文件 " + path);
  cleanup.Release();
  return Status::Ok();
}

}  // namespace shanhai::exports
