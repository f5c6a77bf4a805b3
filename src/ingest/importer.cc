#include "ingest/importer.h"

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>
#include <vector>

#include "ingest/column_map.h"
#include "ingest/csv_reader.h"
#include "ingest/file_content.h"
#include "ingest/xlsx_reader.h"
#include "model/field_text.h"
#include "model/record_json.h"
#include "model/validation.h"

namespace shanhai::ingest {
namespace {

// JSON nested deeper than this is refused before parsing: the parser recurses, and an
// upload of a million '[' must not overflow the stack. Records are two levels deep.
constexpr int kMaxJsonDepth = 64;
// How many problems the summary messages spell out.
constexpr size_t kProblemsInMessage = 20;

// The problems found in a file's rows: every one is counted, the first
// kMaxListedProblems are kept as FieldErrors. Problems arrive row by row, in file order.
class ProblemList {
 public:
  void Add(FieldError e) {
    ++count_;
    if (count_ == 1 || e.row != last_row_) ++rows_;
    last_row_ = e.row;
    if (listed_.size() < kMaxListedProblems) listed_.push_back(std::move(e));
  }
  int64_t count() const { return count_; }
  int64_t rows() const { return rows_; }
  const std::vector<FieldError>& listed() const { return listed_; }
  std::vector<FieldError> TakeListed() { return std::move(listed_); }

 private:
  int64_t count_ = 0;
  int64_t rows_ = 0;
  int64_t last_row_ = 0;
  std::vector<FieldError> listed_;
};

// The rows of a file, parsed, with every problem found on the way.
struct ParsedFile {
  std::vector<ledger::ImportRow> rows;
  ProblemList errors;
  int64_t rows_read = 0;
};

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

Status TooManyRows() {
  const std::string max = std::to_string(kMaxImportRows);
  return Status::PayloadTooLarge("the file has more than " + max + " rows; split it",
                                 "文件超过 " + max + " 行，请拆分后导入");
}

// Adds the problems `record` has on its own (model::ValidateRecord) to `errors`, except
// those about fields in `skip` (already reported, e.g. as unreadable cells).
void Validate(const model::Record& record, int64_t line, const std::set<std::string>& skip, ProblemList& errors) {
  Status status = model::ValidateRecord(record);
  for (const FieldError& e : status.fields()) {
    if (skip.contains(e.field)) continue;
    FieldError copy = e;
    copy.row = line;
    errors.Add(std::move(copy));
  }
}

void ApplyEnumDefaults(model::Record& record) {
  const auto& fields = record.type().fields;
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].kind == model::FieldKind::kEnum && !fields[i].default_code.empty() && model::IsAbsent(record.at(i)))
      record.at(i) = std::string(fields[i].default_code);
}

// Turns the rows of a CSV file or worksheet into records.
Result<ParsedFile> ParseTable(const model::RecordType& type, std::vector<TableRow> table) {
  if (table.empty())
    return Status::InvalidArgument("the file is empty; its first row must be the header",
                                   "文件为空；第一行应为表头");
  const TableRow& header = table.front();
  SHANHAI_ASSIGN_OR_RETURN(std::vector<ColumnBinding> columns, MapColumns(type, header.cells, header.line));

  ParsedFile out;
  for (size_t r = 1; r < table.size(); ++r) {
    TableRow& row = table[r];
    if (std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return IsBlank(c); })) continue;
    if (++out.rows_read > kMaxImportRows) return TooManyRows();
    // `present` stays empty: it serves partial updates, and an import only creates.
    model::ParsedRecord parsed{model::Record(type), {}, std::nullopt};
    std::set<std::string> bad_fields;
    const int64_t errors_before = out.errors.count();
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const std::string& cell = row.cells[c];
      auto column = [c] { return std::to_string(c + 1); };
      if (c >= columns.size()) {
        if (!IsBlank(cell))
          out.errors.Add(FieldError{"", "a value in column " + column() + ", beyond the header",
                                    "第 " + column() + " 列有值，但该列没有表头", row.line});
        continue;
      }
      const ColumnBinding& binding = columns[c];
      switch (binding.role) {
        case ColumnRole::kUnnamed:
          if (!IsBlank(cell))
            out.errors.Add(FieldError{"", "a value in column " + column() + ", whose header is empty",
                                      "第 " + column() + " 列有值，但该列表头为空", row.line});
          break;
        case ColumnRole::kSystem:
          break;
        case ColumnRole::kIdNumber:
          if (!IsBlank(cell)) {
            std::string_view v = cell;
            v.remove_prefix(v.find_first_not_of(" \t\r\n"));
            v.remove_suffix(v.size() - 1 - v.find_last_not_of(" \t\r\n"));
            parsed.id_number = std::string(v);
          }
          break;
        case ColumnRole::kField: {
          const auto index = static_cast<size_t>(binding.field_index);
          const model::FieldDef& f = type.fields[index];
          Result<model::Value> value = model::ParseFieldText(f, cell);
          if (!value.ok()) {
            out.errors.Add(
                FieldError{std::string(f.name), value.status().message_en(), value.status().message_zh(), row.line});
            bad_fields.insert(std::string(f.name));
          } else {
            parsed.record.at(index) = std::move(*value);
          }
          break;
        }
      }
    }
    ApplyEnumDefaults(parsed.record);
    Validate(parsed.record, row.line, bad_fields, out.errors);
    if (out.errors.count() == errors_before) out.rows.push_back({row.line, std::move(parsed)});
    std::vector<std::string>().swap(row.cells);  // the text is parsed: free it as we go
  }
  return out;
}

// The deepest nesting of arrays and objects in JSON text (strings skipped), stopping
// early once it exceeds `limit`.
int JsonDepth(std::string_view text, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size() && deepest <= limit; ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

Result<ParsedFile> ParseJson(const model::RecordType& type, std::string_view content) {
  if (JsonDepth(content, kMaxJsonDepth) > kMaxJsonDepth)
    return Status::InvalidArgument("the JSON is nested too deeply; expected an array of objects",
                                   "JSON 嵌套层数过多；应为对象数组");
  // nlohmann::json reports syntax errors by exception; it is caught here and never
  // leaves the module.
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidArgument(std::string("not valid JSON: ") + e.what(),
                                   "不是有效的 JSON（第 " + std::to_string(e.byte) + " 字节附近）：" + e.what());
  }
  if (!doc.is_array())
    return Status::InvalidArgument("expected a JSON array of objects, one per row", "应为 JSON 对象数组，每个对象一行");
  if (doc.size() > static_cast<size_t>(kMaxImportRows)) return TooManyRows();
  ParsedFile out;
  for (size_t i = 0; i < doc.size(); ++i) {
    const auto line = static_cast<int64_t>(i + 1);
    ++out.rows_read;
    // System fields are skipped silently, as in CSV and XLSX, so that an export (which
    // carries them) imports again; the ledger derives them anew.
    nlohmann::json& element = doc[i];
    if (element.is_object()) {
      for (const model::FieldDef& f : type.fields)
        if (f.system) element.erase(std::string(f.name));
    }
    Result<model::ParsedRecord> parsed = model::RecordFromJson(type, element);
    if (!parsed.ok()) {
      if (parsed.status().fields().empty()) {
        out.errors.Add(FieldError{"", parsed.status().message_en(), parsed.status().message_zh(), line});
      }
      for (FieldError e : parsed.status().fields()) {
        e.row = line;
        out.errors.Add(std::move(e));
      }
      continue;
    }
    const int64_t errors_before = out.errors.count();
    Validate(parsed->record, line, {}, out.errors);
    if (out.errors.count() == errors_before) out.rows.push_back({line, std::move(*parsed)});
  }
  return out;
}

// The kInvalidArgument status for a failed import: a summary naming the first problems,
// and the listed problems as FieldErrors, in file order.
Status ImportFailed(const model::RecordType& type, ProblemList problems) {
  const std::string n = std::to_string(problems.count()), rows = std::to_string(problems.rows());
  std::string en = "import of " + std::string(type.en) + " failed; nothing was written: " + n + " problem(s) in " +
                   rows + " row(s)";
  std::string zh = "“" + std::string(type.zh) + "”导入失败，未写入任何数据：" + rows + " 行共 " + n + " 处错误";
  if (problems.count() > static_cast<int64_t>(problems.listed().size())) {
    const std::string listed = std::to_string(problems.listed().size());
    en += " (the first " + listed + " are listed)";
    zh += "（列出前 " + listed + " 处）";
  }
  std::vector<FieldError> errors = problems.TakeListed();
  for (size_t i = 0; i < errors.size() && i < kProblemsInMessage; ++i) {
    const FieldError& e = errors[i];
    const std::string where_en = "line " + std::to_string(e.row) + (e.field.empty() ? "" : ", " + e.field);
    const std::string where_zh = "第 " + std::to_string(e.row) + " 行" + (e.field.empty() ? "" : "，" + e.field);
    en += "; " + where_en + ": " + e.message_en;
    zh += "；" + where_zh + "：" + e.message_zh;
  }
  if (errors.size() > kProblemsInMessage) {
    en += "; …";
    zh += "；……";
  }
  return Status::InvalidArgument(std::move(en), std::move(zh), std::move(errors));
}

Result<ImportFormat> SniffFormat(std::string_view content) {
  if (content.starts_with("PK\x03\x04")) return ImportFormat::kXlsx;
  if (content.starts_with("\xD0\xCF\x11\xE0"))
    return Status::InvalidArgument("this is an old Excel .xls workbook; save it as .xlsx",
                                   "这是旧版 Excel .xls 工作簿，请另存为 .xlsx");
  std::string_view rest = content;
  if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
  size_t first = rest.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && rest[first] == '[') return ImportFormat::kJson;
  return ImportFormat::kCsv;
}

}  // namespace

Result<ImportFormat> ImportFormatForPath(const std::string& path) {
  size_t dot = path.rfind('.');
  size_t slash = path.find_last_of("/\\");
  std::string ext = dot == std::string::npos || (slash != std::string::npos && dot < slash) ? "" : path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  if (ext == ".csv") return ImportFormat::kCsv;
  if (ext == ".json") return ImportFormat::kJson;
  if (ext == ".xlsx") return ImportFormat::kXlsx;
  if (ext == ".xls")
    return Status::InvalidArgument("old Excel .xls files cannot be read; save it as .xlsx: " + path,
                                   "无法读取旧版 Excel .xls 文件，请另存为 .xlsx：" + path);
  return Status::InvalidArgument("cannot tell the format of " + path + "; expected .csv, .json or .xlsx",
                                 "无法判断文件格式：" + path + "；应为 .csv、.json 或 .xlsx");
}

Result<ImportSummary> ImportContent(ledger::Ledger& ledger, const model::RecordType& type, std::string_view content,
                                    ImportFormat format, const ledger::Actor& actor,
                                    const ledger::ProgressFn& progress) {
  const auto start = std::chrono::steady_clock::now();
  if (format == ImportFormat::kAuto) {
    SHANHAI_ASSIGN_OR_RETURN(format, SniffFormat(content));
  }

  Result<ParsedFile> parsed = Status::Internal("unreachable: no import format");
  switch (format) {
    case ImportFormat::kCsv: {
      SHANHAI_ASSIGN_OR_RETURN(std::vector<TableRow> table, ReadCsv(content));
      parsed = ParseTable(type, std::move(table));
      break;
    }
    case ImportFormat::kXlsx: {
      SHANHAI_ASSIGN_OR_RETURN(std::vector<TableRow> table, ReadXlsx(content));
      parsed = ParseTable(type, std::move(table));
      break;
    }
    case ImportFormat::kJson:
      parsed = ParseJson(type, content);
      break;
    case ImportFormat::kAuto:
      break;
  }
  if (!parsed.ok()) return parsed.status();
  if (parsed->errors.count() > 0) return ImportFailed(type, std::move(parsed->errors));

  ImportSummary summary;
  summary.rows_read = parsed->rows_read;
  const int64_t total = summary.rows_read;
  int64_t reported = -1;
  auto report = [&](int64_t done) {
    if (!progress || done == reported) return;
    reported = done;
    progress(done, total);
  };
  report(0);
  if (total > 0) {
    ledger::ProgressFn forward = [&](int64_t done, int64_t) { report(std::min(done, total)); };
    Result<int64_t> written = ledger.Import(type, std::move(parsed->rows), actor, forward);
    // The ledger's own summary of row problems already says that nothing was written.
    if (!written.ok()) return written.status();
    summary.rows_written = *written;
  }
  report(total);
  summary.elapsed_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

Result<ImportSummary> ImportFile(ledger::Ledger& ledger, const model::RecordType& type, const std::string& path,
                                 ImportFormat format, const ledger::Actor& actor,
                                 const ledger::ProgressFn& progress) {
  const auto start = std::chrono::steady_clock::now();
  if (format == ImportFormat::kAuto) {
    SHANHAI_ASSIGN_OR_RETURN(format, ImportFormatForPath(path));
  }
  SHANHAI_ASSIGN_OR_RETURN(std::string content, internal::ReadFileContent(path));
  SHANHAI_ASSIGN_OR_RETURN(ImportSummary summary, ImportContent(ledger, type, content, format, actor, progress));
  summary.elapsed_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace shanhai::ingest
