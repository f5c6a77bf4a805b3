#include "export/xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdint>

#include "base/display_width.h"
#include "base/money.h"
#include "export/column_header.h"
#include "model/field_text.h"

namespace shanhai::exports::internal {
namespace {

constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;

// Columns whose later input should stay text in Excel (format "@").
bool IsTextLike(model::FieldKind kind) {
  switch (kind) {
    case model::FieldKind::kText:
    case model::FieldKind::kEnum:
    case model::FieldKind::kUnitCode:
    case model::FieldKind::kTimestamp:
    case model::FieldKind::kBool:
      return true;
    default:
      return false;
  }
}

// What an enum value is shown as: the Chinese label when no other choice of the field
// shares it, else the code (ParseFieldText reads either).
std::string EnumText(const model::FieldDef& f, const std::string& code) {
  const model::Choice* match = nullptr;
  for (const model::Choice& c : f.choices)
    if (c.code == code) match = &c;
  if (match == nullptr) return code;
  for (const model::Choice& c : f.choices)
    if (&c != match && c.zh == match->zh) return code;
  return std::string(match->zh);
}

// A money value as Excel shows it with "#,##0.00", for the column width.
double MoneyWidth(int64_t fen) {
  std::string yuan = FormatFenAsYuan(fen);
  const size_t digits = yuan.find('.') - (yuan.front() == '-' ? 1 : 0);
  return static_cast<double>(yuan.size() + (digits - 1) / 3);
}

}  // namespace

struct XlsxRecordWriter::Impl {
  const model::RecordType* type = nullptr;
  std::string path;
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* money = nullptr;
  lxw_format* text = nullptr;
  std::vector<double> widths;  // per column, in character cells
  lxw_row_t next_row = 1;      // row 0 is the header

  // Sets column `i`'s width (as measured so far) and, for text-like fields, format "@".
  void SetColumn(size_t i) const {
    const auto col = static_cast<lxw_col_t>(i);
    const double width = std::clamp(widths[i], kMinWidth, kMaxWidth);
    worksheet_set_column(sheet, col, col, width, IsTextLike(type->fields[i].kind) ? text : nullptr);
  }

  // The status for libxlsxwriter error `err` while writing row `row`'s field `f`.
  Status WriteError(lxw_error err, const model::FieldDef& f) const {
    const std::string row = std::to_string(next_row + 1);
    if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      return Status::FailedPrecondition(
          "row " + row + ", " + std::string(f.name) + ": text longer than Excel's 32767 characters; export CSV instead",
          "第 " + row + " 行“" + std::string(f.zh) + "”的文本超过 Excel 单元格上限（32767 字符），请改为导出 CSV");
    return Status::Internal("libxlsxwriter: " + std::string(lxw_strerror(err)));
  }
};

XlsxRecordWriter::XlsxRecordWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

XlsxRecordWriter::~XlsxRecordWriter() {
  if (impl_ && impl_->workbook != nullptr) workbook_close(impl_->workbook);
}

Result<std::unique_ptr<XlsxRecordWriter>> XlsxRecordWriter::Create(const std::string& path,
                                                                 const model::RecordType& type) {
  auto impl = std::make_unique<Impl>();
  impl->type = &type;
  impl->path = path;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = nullptr;
  options.use_zip64 = LXW_FALSE;
  impl->workbook = workbook_new_opt(path.c_str(), &options);
  if (impl->workbook == nullptr) return Status::Internal("libxlsxwriter: cannot start a workbook for " + path);
  // From here on the writer owns the workbook and closes it on every path.
  std::unique_ptr<XlsxRecordWriter> writer(new XlsxRecordWriter(std::move(impl)));
  Impl& w = *writer->impl_;
  const std::string sheet_name(type.zh);
  w.sheet = workbook_add_worksheet(w.workbook, sheet_name.c_str());
  if (w.sheet == nullptr) w.sheet = workbook_add_worksheet(w.workbook, std::string(type.name).c_str());
  if (w.sheet == nullptr) return Status::Internal("libxlsxwriter: cannot add a worksheet");
  w.bold = workbook_add_format(w.workbook);
  format_set_bold(w.bold);
  w.money = workbook_add_format(w.workbook);
  format_set_num_format(w.money, "#,##0.00");
  w.text = workbook_add_format(w.workbook);
  format_set_num_format(w.text, "@");

  for (size_t i = 0; i < type.fields.size(); ++i) {
    const std::string header = LabelColumnHeader(type, i);
    // The header cell carries the autofilter's drop-down button: leave room for it.
    w.widths.push_back(DisplayWidth(header) + 3);
    // Set now so that every row gets the column's format; Finish() sets the final width
    // (a second call replaces the first).
    w.SetColumn(i);
    lxw_error err = worksheet_write_string(w.sheet, 0, static_cast<lxw_col_t>(i), header.c_str(), w.bold);
    if (err != LXW_NO_ERROR) return w.WriteError(err, type.fields[i]);
  }
  return writer;
}

Status XlsxRecordWriter::Add(const model::Record& record) {
  Impl& w = *impl_;
  if (w.next_row >= LXW_ROW_MAX)
    return Status::PayloadTooLarge("more rows than an Excel worksheet holds (1,048,576); export CSV instead",
                                   "行数超过 Excel 工作表上限（1048576 行），请改为导出 CSV");
  const auto& fields = w.type->fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    const model::FieldDef& f = fields[i];
    const model::Value& v = record.at(i);
    if (model::IsAbsent(v)) continue;
    const auto col = static_cast<lxw_col_t>(i);
    lxw_error err = LXW_NO_ERROR;
    double width = 0;
    const int64_t* integer = std::get_if<int64_t>(&v);
    const double* real = std::get_if<double>(&v);
    if (integer != nullptr && f.kind == model::FieldKind::kMoney) {
      // Amounts up to 2^53 / 100 yuan (about 9e13) convert exactly enough for the two
      // decimals to read back the same fen.
      err = worksheet_write_number(w.sheet, w.next_row, col, static_cast<double>(*integer) / 100.0, w.money);
      width = MoneyWidth(*integer);
    } else if (integer != nullptr) {
      err = worksheet_write_number(w.sheet, w.next_row, col, static_cast<double>(*integer), nullptr);
      width = static_cast<double>(std::to_string(*integer).size());
    } else if (real != nullptr) {
      err = worksheet_write_number(w.sheet, w.next_row, col, *real, nullptr);
      width = DisplayWidth(model::FormatFieldText(f, v));
    } else {
      const auto* s = std::get_if<std::string>(&v);
      const std::string text = f.kind == model::FieldKind::kEnum && s != nullptr ? EnumText(f, *s)
                                                                                : model::FormatFieldText(f, v);
      err = worksheet_write_string(w.sheet, w.next_row, col, text.c_str(), nullptr);
      width = DisplayWidth(text);
    }
    if (err != LXW_NO_ERROR) return w.WriteError(err, f);
    w.widths[i] = std::max(w.widths[i], width + 1);
  }
  ++w.next_row;
  return Status::Ok();
}

Status XlsxRecordWriter::Finish() {
  Impl& w = *impl_;
  if (w.workbook == nullptr) return Status::Internal("XlsxRecordWriter::Finish called twice");
  const auto& fields = w.type->fields;
  for (size_t i = 0; i < fields.size(); ++i) w.SetColumn(i);
  worksheet_freeze_panes(w.sheet, 1, 0);
  if (!fields.empty())
    worksheet_autofilter(w.sheet, 0, 0, w.next_row - 1, static_cast<lxw_col_t>(fields.size() - 1));
  lxw_error err = workbook_close(w.workbook);
  w.workbook = nullptr;
  if (err != LXW_NO_ERROR)
    return Status::Unavailable("cannot write the XLSX file " + w.path + ": " + lxw_strerror(err),
                               "无法写入 XLSX 文件 " + w.path + "：" + lxw_strerror(err));
  return Status::Ok();
}

}  // namespace shanhai::exports::internal
