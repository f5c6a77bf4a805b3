#include "ingest/csv_reader.h"

#include <string>

#include "ingest/utf8.h"

namespace shanhai::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

Status LineError(int64_t line, const std::string& en, const std::string& zh) {
  const std::string n = std::to_string(line);
  return Status::InvalidArgument("CSV line " + n + ": " + en, "CSV 第 " + n + " 行：" + zh,
                                 {FieldError{"", en, zh, line}});
}

// The 1-based line of byte `offset`, counting CRLF, LF and lone CR as line ends.
int64_t LineAt(std::string_view text, size_t offset) {
  int64_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
    } else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
      ++line;
    }
  }
  return line;
}

// Refuses what is not UTF-8 text, with a hint at the usual cause.
Status CheckEncoding(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return LineError(1, "the file is UTF-16 (Excel \"Unicode text\"); save it as \"CSV UTF-8\"",
                     "文件为 UTF-16 编码（Excel“Unicode 文本”），请另存为“CSV UTF-8（逗号分隔）”");
  if (size_t bad = internal::FindInvalidUtf8(text); bad != std::string_view::npos)
    return LineError(LineAt(text, bad),
                     "the file is not UTF-8 (an older Excel saves CSV as GBK); save it as \"CSV UTF-8\"",
                     "文件不是 UTF-8 编码（旧版 Excel 的 CSV 为 GBK 编码），请另存为“CSV UTF-8（逗号分隔）”");
  if (size_t nul = text.find('\0'); nul != std::string_view::npos)
    return LineError(LineAt(text, nul), "the file contains a NUL byte; it is not a text file",
                     "文件含有 NUL 字节，不是文本文件");
  return Status::Ok();
}

// A cursor over the text that counts lines as it consumes line ends.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool done() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }
  int64_t line() const { return line_; }

  // REQUIRES: !done() && peek() is '\r' or '\n'. Consumes CRLF, LF or CR.
  void ConsumeLineEnd() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  // Reads a quoted field; REQUIRES: peek() == '"'. Line breaks inside are kept as they
  // are and counted.
  Status ReadQuoted(std::string& field) {
    const int64_t opened = line_;
    ++pos_;
    while (true) {
      size_t quote = text_.find('"', pos_);
      if (quote == std::string_view::npos)
        return LineError(opened, "a quoted field is not closed (missing \")",
                         "引号内的字段没有结束（缺少右引号 \"）");
      CountLineEnds(pos_, quote);
      field.append(text_.substr(pos_, quote - pos_));
      pos_ = quote + 1;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        field.push_back('"');
        ++pos_;
        continue;
      }
      break;
    }
    if (!done() && peek() != ',' && peek() != '\r' && peek() != '\n')
      return LineError(line_, "text after a closing quote (write a quote inside a quoted field as \"\")",
                       "右引号之后还有字符（引号内的引号应写作 \"\"）");
    return Status::Ok();
  }

  // Reads an unquoted field up to the next comma, line end or the end of the text.
  Status ReadUnquoted(std::string& field) {
    size_t end = text_.find_first_of(",\r\n\"", pos_);
    if (end == std::string_view::npos) end = text_.size();
    if (end < text_.size() && text_[end] == '"')
      return LineError(line_, "a quote inside an unquoted field (quote the whole field and write the quote as \"\")",
                       "未加引号的字段中出现引号（应将整个字段放在引号内，并把引号写作 \"\"）");
    field.assign(text_.substr(pos_, end - pos_));
    pos_ = end;
    return Status::Ok();
  }

  void Skip() { ++pos_; }

 private:
  void CountLineEnds(size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (text_[i] == '\n') {
        ++line_;
      } else if (text_[i] == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n')) {
        ++line_;
      }
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  int64_t line_ = 1;
};

}  // namespace

Result<std::vector<TableRow>> ReadCsv(std::string_view text) {
  SHANHAI_RETURN_IF_ERROR(CheckEncoding(text));
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());

  std::vector<TableRow> rows;
  Scanner in(text);
  while (!in.done()) {
    if (in.peek() == '\r' || in.peek() == '\n') {  // an empty line
      in.ConsumeLineEnd();
      continue;
    }
    TableRow row;
    row.line = in.line();
    while (true) {
      std::string field;
      if (!in.done() && in.peek() == '"') {
        SHANHAI_RETURN_IF_ERROR(in.ReadQuoted(field));
      } else {
        SHANHAI_RETURN_IF_ERROR(in.ReadUnquoted(field));
      }
      row.cells.push_back(std::move(field));
      if (in.done()) break;
      if (in.peek() == ',') {
        in.Skip();
        continue;
      }
      in.ConsumeLineEnd();
      break;
    }
    if (!rows.empty() && row.cells.size() != rows.front().cells.size()) {
      const std::string want = std::to_string(rows.front().cells.size()), got = std::to_string(row.cells.size());
      return LineError(row.line, "expected " + want + " fields as in the header, found " + got,
                       "应有 " + want + " 个字段（与表头一致），实际为 " + got + " 个");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace shanhai::ingest
