#include "ingest/xlsx_reader.h"

#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <utility>

#include "base/date.h"
#include "ingest/file_content.h"
#include "ingest/utf8.h"

namespace shanhai::ingest {
namespace {

constexpr int64_t kSheetMaxRow = 1'048'576;  // Excel's grid
constexpr int64_t kSheetMaxColumn = 16'384;  // column XFD

Status Invalid(const std::string& en, const std::string& zh) {
  return Status::InvalidArgument("XLSX: " + en, "XLSX 文件：" + zh);
}

// ---- The zip container --------------------------------------------------------------

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// A read-only view of a zip archive held in memory by the caller.
class ZipArchive {
 public:
  // `data` must outlive the returned archive.
  static Result<ZipArchive> Open(std::string_view data) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    if (source == nullptr) {
      zip_error_fini(&error);
      return Status::Internal("libzip: cannot create a buffer source");
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive == nullptr) {
      zip_source_free(source);
      std::string detail = zip_error_strerror(&error);
      zip_error_fini(&error);
      return Invalid("not an .xlsx workbook (not a zip archive: " + detail + ")",
                     "不是 .xlsx 工作簿（不是 zip 压缩包：" + detail + "）");
    }
    zip_error_fini(&error);
    return ZipArchive(archive);
  }

  // The uncompressed content of the entry `name` (matched without regard to case, as
  // some producers differ from the spelling in the relationships), or nullopt when the
  // archive has no such entry.
  Result<std::optional<std::string>> Read(const std::string& name) {
    zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::optional<std::string>();
    const auto uindex = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), uindex, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
      return Invalid("cannot read " + name + " in the archive", "无法读取压缩包中的 " + name);
    if (stat.size > kXlsxMaxPartBytes) {
      const std::string mib = std::to_string(kXlsxMaxPartBytes >> 20);
      return Status::PayloadTooLarge(
          "XLSX: " + name + " is larger than " + mib + " MiB uncompressed; split the workbook or import CSV",
          "XLSX 文件：" + name + " 解压后超过 " + mib + " MiB，请拆分工作簿或改用 CSV 导入");
    }
    zip_file_t* file = zip_fopen_index(archive_.get(), uindex, 0);
    if (file == nullptr)
      return Invalid("cannot open " + name + ": " + zip_strerror(archive_.get()),
                     "无法打开 " + name + "：" + zip_strerror(archive_.get()));
    std::string content(static_cast<size_t>(stat.size), '\0');
    zip_uint64_t done = 0;
    bool failed = false;
    while (done < stat.size) {
      zip_int64_t n = zip_fread(file, content.data() + done, stat.size - done);
      if (n <= 0) {
        failed = true;
        break;
      }
      done += static_cast<zip_uint64_t>(n);
    }
    std::string detail = failed ? zip_file_strerror(file) : "";
    zip_fclose(file);
    if (failed)
      return Invalid("the archive is damaged (" + name + ": " + detail + ")",
                     "压缩包已损坏（" + name + "：" + detail + "）");
    return std::optional<std::string>(std::move(content));
  }

 private:
  explicit ZipArchive(zip_t* archive) : archive_(archive) {}

  std::unique_ptr<zip_t, ZipDiscard> archive_;
};

// ---- XML helpers ----------------------------------------------------------------------

// `name` without its namespace prefix: producers may write <x:row> for <row>.
std::string_view LocalName(const char* name) {
  std::string_view s(name);
  size_t colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& parent, std::string_view local) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) return c;
  return {};
}

// The value of the attribute with this local name, whatever its prefix ("" if none).
std::string_view Attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
    if (LocalName(a.name()) == local) return a.value();
  return {};
}

// Calls `fn` for each child element called `local`.
template <typename Fn>
void ForEachChild(const pugi::xml_node& parent, std::string_view local, Fn&& fn) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) fn(c);
}

// Parses `buffer` in place; the document points into it, so it must outlive `doc`.
// pugixml expands no DTD entities, so there is no entity-expansion bomb to guard against.
Status ParseXml(std::string& buffer, pugi::xml_document& doc, const std::string& part) {
  pugi::xml_parse_result result =
      doc.load_buffer_inplace(buffer.data(), buffer.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!result) {
    const std::string where = std::string(result.description()) + " at byte " + std::to_string(result.offset);
    return Invalid(part + " is not well-formed XML (" + where + ")", part + " 不是格式正确的 XML（" + where + "）");
  }
  return Status::Ok();
}

// Decodes the OOXML escapes "_xHHHH_" (ECMA-376 Part 1, 22.9.2.19) that stand for
// characters XML cannot carry, such as "_x000D_" for a carriage return.
std::string DecodeEscapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (i + 7 <= s.size() && s[i] == '_' && s[i + 1] == 'x' && s[i + 6] == '_') {
      int cp = 0;
      bool ok = true;
      for (size_t k = 2; k < 6; ++k) {
        int h = hex(s[i + k]);
        ok = ok && h >= 0;
        cp = cp * 16 + (h < 0 ? 0 : h);
      }
      if (ok && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        i += 7;
        continue;
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

// The text of a string item (<si> or <is>): its <t>, or its rich-text runs' <t> joined.
// Phonetic runs (<rPh>, furigana) are annotations, not content.
std::string StringItemText(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = LocalName(c.name());
    if (name == "t") {
      text += c.child_value();
    } else if (name == "r") {
      if (pugi::xml_node t = Child(c, "t")) text += t.child_value();
    }
  }
  return DecodeEscapes(text);
}

// ---- Package structure ------------------------------------------------------------------

// The directory of a part name, with its trailing slash ("xl/" for "xl/workbook.xml").
std::string DirOf(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// The part a relationship target names, relative to `base_dir` unless it is absolute.
std::string ResolveTarget(const std::string& base_dir, std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1)) : base_dir + std::string(target);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

// The relationships part of `part`: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
std::string RelsOf(const std::string& part) {
  std::string dir = DirOf(part);
  return dir + "_rels/" + part.substr(dir.size()) + ".rels";
}

struct Relationship {
  std::string type;    // the type URI
  std::string target;  // resolved part name
};

bool TypeIs(const std::string& type_uri, std::string_view suffix) {
  return std::string_view(type_uri).ends_with(suffix);
}

// Reads the relationships of `part` (empty when it has none), keyed by Id.
Result<std::map<std::string, Relationship>> ReadRelationships(ZipArchive& zip, const std::string& part) {
  std::map<std::string, Relationship> rels;
  const std::string rels_name = part.empty() ? "_rels/.rels" : RelsOf(part);
  SHANHAI_ASSIGN_OR_RETURN(std::optional<std::string> xml, zip.Read(rels_name));
  if (!xml) return rels;
  pugi::xml_document doc;
  SHANHAI_RETURN_IF_ERROR(ParseXml(*xml, doc, rels_name));
  const std::string base = DirOf(part);
  ForEachChild(doc.document_element(), "Relationship", [&](const pugi::xml_node& r) {
    if (Attr(r, "TargetMode") == "External") return;
    rels[std::string(Attr(r, "Id"))] = Relationship{std::string(Attr(r, "Type")), ResolveTarget(base, Attr(r, "Target"))};
  });
  return rels;
}

// ---- Number formats -------------------------------------------------------------------

// True for a built-in number format that shows a date (see the file comment).
bool IsBuiltinDateFormat(int id) {
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
         id == 57 || id == 58;
}

// True for a custom format code that shows a date: in its first section, outside quoted
// literals, escapes, fill/padding characters and [bracketed] parts, it has y or d, or
// it has m (month) with no h or s (m next to h or s means minutes).
bool IsDateFormatCode(std::string_view code) {
  bool y = false, d = false, m = false, hs = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, close - i - 1);
      // Elapsed-time parts ([h], [mm], [ss]) mark a duration.
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 's' || inside[0] == 'S' ||
                              inside[0] == 'm' || inside[0] == 'M'))
        hs = true;
      i = close;
    } else if (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm") {
      i += 4;
    } else if (code.substr(i, 3) == "A/P" || code.substr(i, 3) == "a/p") {
      i += 2;
    } else {
      switch (c) {
        case 'y': case 'Y': y = true; break;
        case 'd': case 'D': d = true; break;
        case 'm': case 'M': m = true; break;
        case 'h': case 'H': case 's': case 'S': hs = true; break;
        default: break;
      }
    }
  }
  return y || d || (m && !hs);
}

// For each cell style (index into cellXfs), whether it shows a date.
Result<std::vector<bool>> ReadDateStyles(ZipArchive& zip, const std::string& part) {
  std::vector<bool> date_styles;
  if (part.empty()) return date_styles;
  SHANHAI_ASSIGN_OR_RETURN(std::optional<std::string> xml, zip.Read(part));
  if (!xml) return date_styles;
  pugi::xml_document doc;
  SHANHAI_RETURN_IF_ERROR(ParseXml(*xml, doc, part));
  pugi::xml_node root = doc.document_element();
  std::map<int, bool> custom;  // numFmtId → shows a date
  ForEachChild(Child(root, "numFmts"), "numFmt", [&](const pugi::xml_node& f) {
    custom[std::atoi(std::string(Attr(f, "numFmtId")).c_str())] = IsDateFormatCode(Attr(f, "formatCode"));
  });
  ForEachChild(Child(root, "cellXfs"), "xf", [&](const pugi::xml_node& xf) {
    int id = std::atoi(std::string(Attr(xf, "numFmtId")).c_str());
    auto it = custom.find(id);
    date_styles.push_back(it != custom.end() ? it->second : IsBuiltinDateFormat(id));
  });
  return date_styles;
}

// ---- Cell values ------------------------------------------------------------------------

// A double as text: integral values below 2^53 as integers, others in the shortest
// round-trip form.
std::string FormatNumber(double v) {
  if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) {
    return std::to_string(static_cast<int64_t>(v));  // also turns -0 into "0"
  }
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

// A date serial as "YYYY-MM-DD", or nullopt when it is no day Excel can show.
std::optional<std::string> SerialToDate(double serial, bool date1904) {
  if (!(serial >= 1 && serial < 2958466)) return std::nullopt;  // 1900-01-01 … 9999-12-31
  auto day = static_cast<int64_t>(std::floor(serial));
  if (date1904) day += 1462;  // serial 0 of 1904 = serial 1462 of 1900
  // Excel counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3),
  // so serials after it are one day ahead of the calendar.
  if (day == 60) return std::string("1900-02-29");
  const int64_t days_since_1970 = day < 60 ? day - 25568 : day - 25569;
  return Date::FromDays(days_since_1970).ToString();
}

struct CellRef {
  int64_t column = -1;  // 0-based
  int64_t row = -1;     // 1-based, -1 when the reference has no digits
};

// Parses "AB12"; nullopt when malformed.
std::optional<CellRef> ParseCellRef(std::string_view ref) {
  CellRef out;
  size_t i = 0;
  int64_t col = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    col = col * 26 + ((ref[i] | 0x20) - 'a' + 1);
    if (col > kSheetMaxColumn) return std::nullopt;
    ++i;
  }
  if (i == 0) return std::nullopt;
  out.column = col - 1;
  if (i < ref.size()) {
    int64_t row = 0;
    auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
    if (ec != std::errc() || end != ref.data() + ref.size() || row < 1 || row > kSheetMaxRow) return std::nullopt;
    out.row = row;
  }
  return out;
}

std::string ColumnLetters(int64_t column) {
  std::string s;
  for (int64_t c = column + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

// Reads sheet XML into rows.
class SheetReader {
 public:
  SheetReader(const std::vector<std::string>& shared, const std::vector<bool>& date_styles, bool date1904,
              std::string part)
      : shared_(shared), date_styles_(date_styles), date1904_(date1904), part_(std::move(part)) {}

  Result<std::vector<TableRow>> Read(const pugi::xml_document& doc) {
    pugi::xml_node data = Child(doc.document_element(), "sheetData");
    if (!data)
      return Invalid("the first worksheet (" + part_ + ") has no sheetData", "第一个工作表（" + part_ + "）没有 sheetData");
    std::vector<TableRow> rows;
    int64_t row_number = 0;
    for (pugi::xml_node r = data.first_child(); r; r = r.next_sibling()) {
      if (r.type() != pugi::node_element || LocalName(r.name()) != "row") continue;
      std::string_view number = Attr(r, "r");
      const int64_t previous_row = row_number;
      if (number.empty()) {
        ++row_number;
      } else {
        auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), row_number);
        if (ec != std::errc() || end != number.data() + number.size() || row_number < 1 || row_number > kSheetMaxRow)
          return Invalid("bad row number '" + std::string(number) + "' in " + part_,
                         part_ + " 中的行号 '" + std::string(number) + "' 无效");
        // Rows go down the sheet (ECMA-376 §18.3.1.73); a repeated row would give two
        // rows one line number, and Excel itself refuses such a sheet as corrupt.
        if (row_number <= previous_row)
          return Invalid("row " + std::to_string(row_number) + " comes after row " + std::to_string(previous_row) +
                             " in " + part_ + "; rows must be in order",
                         part_ + " 中第 " + std::to_string(row_number) + " 行出现在第 " +
                             std::to_string(previous_row) + " 行之后；行应按顺序排列");
      }
      TableRow row;
      row.line = row_number;
      SHANHAI_RETURN_IF_ERROR(ReadCells(r, row));
      if (row.cells.empty()) continue;
      if (static_cast<int64_t>(rows.size()) >= kXlsxMaxRows) {
        const std::string max = std::to_string(kXlsxMaxRows);
        return Status::PayloadTooLarge("XLSX: the worksheet has more than " + max + " rows; split the file",
                                       "XLSX 文件：工作表超过 " + max + " 行，请拆分文件");
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

 private:
  Status ReadCells(const pugi::xml_node& r, TableRow& row) {
    int64_t column = -1;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || LocalName(c.name()) != "c") continue;
      std::string_view ref = Attr(c, "r");
      if (ref.empty()) {
        ++column;
      } else {
        std::optional<CellRef> parsed = ParseCellRef(ref);
        if (!parsed)
          return Invalid("bad cell reference '" + std::string(ref) + "' in " + part_,
                         part_ + " 中的单元格引用 '" + std::string(ref) + "' 无效");
        // As rows, cells go along their row: a repeated cell would silently replace the
        // value of the one before it.
        if (parsed->column <= column)
          return Invalid("cell " + std::string(ref) + " comes after column " + ColumnLetters(column) + " in row " +
                             std::to_string(row.line) + " of " + part_ + "; cells must be in order",
                         part_ + " 第 " + std::to_string(row.line) + " 行中单元格 " + std::string(ref) + " 出现在 " +
                             ColumnLetters(column) + " 列之后；单元格应按顺序排列");
        column = parsed->column;
      }
      if (column >= kSheetMaxColumn)
        return Invalid("a cell lies beyond column XFD in row " + std::to_string(row.line),
                       "第 " + std::to_string(row.line) + " 行有单元格超出 XFD 列");
      SHANHAI_ASSIGN_OR_RETURN(std::string value, CellValue(c, column, row.line));
      if (value.empty()) continue;
      if (internal::FindInvalidUtf8(value) != std::string_view::npos) {
        const std::string cell = ColumnLetters(column) + std::to_string(row.line);
        return Invalid("cell " + cell + " holds text that is not UTF-8", "单元格 " + cell + " 的文本不是 UTF-8 编码");
      }
      const auto index = static_cast<size_t>(column);
      if (index >= row.cells.size()) {
        cells_ += static_cast<int64_t>(index + 1 - row.cells.size());
        if (cells_ > kXlsxMaxCells) {
          const std::string max = std::to_string(kXlsxMaxCells);
          return Status::PayloadTooLarge("XLSX: the worksheet has more than " + max + " cells; split the file",
                                         "XLSX 文件：工作表超过 " + max + " 个单元格，请拆分文件");
        }
        row.cells.resize(index + 1);
      }
      row.cells[index] = std::move(value);
    }
    return Status::Ok();
  }

  // The text of cell `c`; empty for a blank cell.
  Result<std::string> CellValue(const pugi::xml_node& c, int64_t column, int64_t row) {
    std::string_view type = Attr(c, "t");
    if (type == "inlineStr") {
      pugi::xml_node is = Child(c, "is");
      return is ? StringItemText(is) : std::string();
    }
    pugi::xml_node v = Child(c, "v");
    if (!v) return std::string();
    std::string_view text = v.child_value();
    const std::string cell = ColumnLetters(column) + std::to_string(row);
    if (type == "s") {
      size_t index = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
      if (ec != std::errc() || end != text.data() + text.size() || index >= shared_.size())
        return Invalid("cell " + cell + " refers to a shared string that does not exist",
                       "单元格 " + cell + " 引用的共享字符串不存在");
      return shared_[index];
    }
    if (type == "str") return DecodeEscapes(text);
    if (type == "b") return std::string(text == "1" || text == "true" ? "TRUE" : "FALSE");
    if (type == "e")
      return Invalid("cell " + cell + " holds the Excel error " + std::string(text) + "; fix the formula or clear it",
                     "单元格 " + cell + " 为 Excel 错误值 " + std::string(text) + "，请修正公式或清除该单元格");
    if (type == "d") {  // an ISO 8601 date(-time) written as text
      if (text.size() >= 10 && text[4] == '-' && text[7] == '-') return std::string(text.substr(0, 10));
      return std::string(text);
    }
    // A number ("n" or no type).
    double number = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size()) return std::string(text);
    std::string_view style = Attr(c, "s");
    if (!style.empty()) {
      size_t index = 0;
      auto [send, sec] = std::from_chars(style.data(), style.data() + style.size(), index);
      if (sec == std::errc() && send == style.data() + style.size() && index < date_styles_.size() &&
          date_styles_[index]) {
        if (std::optional<std::string> day = SerialToDate(number, date1904_)) return *day;
      }
    }
    return FormatNumber(number);
  }

  const std::vector<std::string>& shared_;
  const std::vector<bool>& date_styles_;
  bool date1904_;
  std::string part_;
  int64_t cells_ = 0;
};

}  // namespace

Result<std::vector<TableRow>> ReadXlsx(std::string_view data) {
  SHANHAI_ASSIGN_OR_RETURN(ZipArchive zip, ZipArchive::Open(data));

  // The workbook part, named by the package's officeDocument relationship.
  SHANHAI_ASSIGN_OR_RETURN(auto package_rels, ReadRelationships(zip, ""));
  std::string workbook_part = "xl/workbook.xml";
  for (const auto& [id, rel] : package_rels)
    if (TypeIs(rel.type, "/officeDocument")) workbook_part = rel.target;
  SHANHAI_ASSIGN_OR_RETURN(std::optional<std::string> workbook_xml, zip.Read(workbook_part));
  if (!workbook_xml)
    return Invalid("the archive holds no workbook (" + workbook_part + ")", "压缩包中没有工作簿（" + workbook_part + "）");
  pugi::xml_document workbook;
  SHANHAI_RETURN_IF_ERROR(ParseXml(*workbook_xml, workbook, workbook_part));
  pugi::xml_node workbook_root = workbook.document_element();
  std::string_view date1904 = Attr(Child(workbook_root, "workbookPr"), "date1904");
  const bool use_1904 = date1904 == "1" || date1904 == "true";

  SHANHAI_ASSIGN_OR_RETURN(auto workbook_rels, ReadRelationships(zip, workbook_part));
  std::string sheet_part, shared_part, styles_part;
  for (pugi::xml_node s = Child(Child(workbook_root, "sheets"), "sheet"); s && sheet_part.empty();
       s = s.next_sibling()) {
    if (s.type() != pugi::node_element || LocalName(s.name()) != "sheet") continue;
    auto it = workbook_rels.find(std::string(Attr(s, "id")));
    if (it != workbook_rels.end() && TypeIs(it->second.type, "/worksheet")) sheet_part = it->second.target;
  }
  for (const auto& [id, rel] : workbook_rels) {
    if (TypeIs(rel.type, "/sharedStrings")) shared_part = rel.target;
    if (TypeIs(rel.type, "/styles")) styles_part = rel.target;
  }
  if (sheet_part.empty()) return Invalid("the workbook has no worksheet", "工作簿中没有工作表");

  std::vector<std::string> shared;
  if (!shared_part.empty()) {
    SHANHAI_ASSIGN_OR_RETURN(std::optional<std::string> xml, zip.Read(shared_part));
    if (xml) {
      pugi::xml_document doc;
      SHANHAI_RETURN_IF_ERROR(ParseXml(*xml, doc, shared_part));
      ForEachChild(doc.document_element(), "si", [&](const pugi::xml_node& si) { shared.push_back(StringItemText(si)); });
    }
  }
  SHANHAI_ASSIGN_OR_RETURN(std::vector<bool> date_styles, ReadDateStyles(zip, styles_part));

  SHANHAI_ASSIGN_OR_RETURN(std::optional<std::string> sheet_xml, zip.Read(sheet_part));
  if (!sheet_xml)
    return Invalid("the first worksheet (" + sheet_part + ") is missing from the archive",
                   "压缩包中缺少第一个工作表（" + sheet_part + "）");
  pugi::xml_document sheet;
  SHANHAI_RETURN_IF_ERROR(ParseXml(*sheet_xml, sheet, sheet_part));
  return SheetReader(shared, date_styles, use_1904, sheet_part).Read(sheet);
}

Result<std::vector<TableRow>> ReadXlsxFile(const std::string& path) {
  SHANHAI_ASSIGN_OR_RETURN(std::string content, internal::ReadFileContent(path));
  return ReadXlsx(content);
}

}  // namespace shanhai::ingest
