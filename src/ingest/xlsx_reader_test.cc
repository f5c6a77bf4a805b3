#include "ingest/xlsx_reader.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace shanhai::ingest {
namespace {

using Cells = std::vector<std::string>;

class XlsxReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "xlsx_reader_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Writes a zip archive holding `entries` (name, content) and returns its path.
  std::string WriteZip(const std::string& name, const std::vector<std::pair<std::string, std::string>>& entries) {
    const std::string path = Path(name);
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    if (archive == nullptr) return path;
    for (const auto& [entry, content] : entries) {
      zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
      zip_int64_t index = zip_file_add(archive, entry.c_str(), source, ZIP_FL_ENC_UTF_8);
      EXPECT_GE(index, 0);
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);
    }
    EXPECT_EQ(zip_close(archive), 0);
    return path;
  }

  std::filesystem::path dir_;
};

std::vector<TableRow> MustRead(const std::string& path) {
  Result<std::vector<TableRow>> rows = ReadXlsxFile(path);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  return rows.ok() ? *rows : std::vector<TableRow>{};
}

// ---- Workbooks written by libxlsxwriter -------------------------------------------------

TEST_F(XlsxReaderTest, ReadsSharedStringsNumbersDatesBooleansAndGaps) {
  const std::string path = Path("shared.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "数据");
  lxw_format* iso_date = workbook_add_format(wb);
  format_set_num_format(iso_date, "yyyy-mm-dd");
  lxw_format* builtin_date = workbook_add_format(wb);
  format_set_num_format_index(builtin_date, 14);
  lxw_format* zh_date = workbook_add_format(wb);
  format_set_num_format(zh_date, "yyyy\"年\"m\"月\"d\"日\"");
  lxw_format* date_time = workbook_add_format(wb);
  format_set_num_format(date_time, "yyyy/m/d h:mm");
  lxw_format* time_only = workbook_add_format(wb);
  format_set_num_format(time_only, "h:mm:ss");
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0.00");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);

  const char* header[] = {"名称", "代码", "金额（元）", "日期", "是否", "备注"};
  for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, header[c], bold);

  lxw_datetime march1 = {2024, 3, 1, 0, 0, 0};
  worksheet_write_string(ws, 1, 0, "杭州市", nullptr);
  worksheet_write_number(ws, 1, 1, 330100, nullptr);
  worksheet_write_number(ws, 1, 2, 1234.56, money);
  worksheet_write_datetime(ws, 1, 3, &march1, iso_date);
  worksheet_write_boolean(ws, 1, 4, 1, nullptr);
  worksheet_write_blank(ws, 1, 5, bold);  // styled but empty: no cell value

  lxw_datetime jan1_1900 = {1900, 1, 1, 0, 0, 0};
  lxw_datetime late = {2023, 12, 31, 18, 30, 0};
  worksheet_write_string(ws, 2, 0, "杭州市", nullptr);  // shared with row 2
  worksheet_write_number(ws, 2, 1, -3, nullptr);
  worksheet_write_number(ws, 2, 2, 0.1, nullptr);
  worksheet_write_datetime(ws, 2, 3, &jan1_1900, builtin_date);
  worksheet_write_boolean(ws, 2, 4, 0, nullptr);
  worksheet_write_datetime(ws, 2, 5, &late, date_time);

  // Row 4 (index 3) is left empty; row 5 has cells in A and D only.
  lxw_datetime march1_1900 = {1900, 3, 1, 0, 0, 0};
  worksheet_write_string(ws, 4, 0, "间隔行", nullptr);
  worksheet_write_datetime(ws, 4, 3, &march1_1900, zh_date);

  worksheet_write_number(ws, 5, 0, 1e20, nullptr);
  worksheet_write_number(ws, 5, 1, 2.5e-7, nullptr);
  worksheet_write_number(ws, 5, 2, 0.5, time_only);
  lxw_rich_string_tuple part1 = {bold, const_cast<char*>("富")};
  lxw_rich_string_tuple part2 = {nullptr, const_cast<char*>("文本")};
  lxw_rich_string_tuple* rich[] = {&part1, &part2, nullptr};
  worksheet_write_rich_string(ws, 5, 3, rich, nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  auto rows = MustRead(path);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[0].cells, (Cells{"名称", "代码", "金额（元）", "日期", "是否", "备注"}));
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[1].cells, (Cells{"杭州市", "330100", "1234.56", "2024-03-01", "TRUE"}));
  EXPECT_EQ(rows[2].line, 3);
  EXPECT_EQ(rows[2].cells, (Cells{"杭州市", "-3", "0.1", "1900-01-01", "FALSE", "2023-12-31"}));
  EXPECT_EQ(rows[3].line, 5);
  EXPECT_EQ(rows[3].cells, (Cells{"间隔行", "", "", "1900-03-01"}));
  EXPECT_EQ(rows[4].line, 6);
  EXPECT_EQ(rows[4].cells, (Cells{"1e+20", "2.5e-07", "0.5", "富文本"}));
}

TEST_F(XlsxReaderTest, ReadsInlineStringsFromConstantMemoryWorkbooks) {
  const std::string path = Path("inline.xlsx");
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  worksheet_write_string(ws, 0, 0, "code", nullptr);
  worksheet_write_string(ws, 0, 1, "name", nullptr);
  worksheet_write_string(ws, 1, 0, "520000", nullptr);
  worksheet_write_string(ws, 1, 1, "贵州省", nullptr);
  worksheet_write_string(ws, 2, 1, "  spaced  ", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  auto rows = MustRead(path);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].cells, (Cells{"520000", "贵州省"}));
  EXPECT_EQ(rows[2].cells, (Cells{"", "  spaced  "}));
  EXPECT_EQ(rows[2].line, 3);
}

TEST_F(XlsxReaderTest, ReadXlsxTakesBytesInMemory) {
  const std::string path = Path("memory.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  worksheet_write_string(ws, 0, 0, "a", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Result<std::vector<TableRow>> rows = ReadXlsx(bytes);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].cells, (Cells{"a"}));
}

// ---- Hand-made packages: what other producers write -------------------------------------

constexpr char kNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string Rel(const std::string& id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + "/" + type + "\" Target=\"" + target + "\"/>";
}

std::string Rels(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         body + "</Relationships>";
}

// A minimal package around `sheet_xml` (the sheetData content), with optional shared
// strings and styles.
std::vector<std::pair<std::string, std::string>> Package(const std::string& sheet_data,
                                                         const std::string& shared = "",
                                                         const std::string& styles = "") {
  std::string wb_rels = Rel("rId1", "worksheet", "worksheets/sheet1.xml");
  if (!shared.empty()) wb_rels += Rel("rId2", "sharedStrings", "sharedStrings.xml");
  if (!styles.empty()) wb_rels += Rel("rId3", "styles", "styles.xml");
  std::vector<std::pair<std::string, std::string>> parts = {
      {"_rels/.rels", Rels(Rel("rId1", "officeDocument", "xl/workbook.xml"))},
      {"xl/_rels/workbook.xml.rels", Rels(wb_rels)},
      {"xl/workbook.xml", std::string("<workbook xmlns=\"") + kNs + "\" xmlns:r=\"" + kRelNs +
                              "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/worksheets/sheet1.xml", std::string("<worksheet xmlns=\"") + kNs + "\"><sheetData>" + sheet_data +
                                       "</sheetData></worksheet>"},
  };
  if (!shared.empty()) parts.push_back({"xl/sharedStrings.xml", std::string("<sst xmlns=\"") + kNs + "\">" + shared + "</sst>"});
  if (!styles.empty()) parts.push_back({"xl/styles.xml", std::string("<styleSheet xmlns=\"") + kNs + "\">" + styles + "</styleSheet>"});
  return parts;
}

TEST_F(XlsxReaderTest, FollowsRelationshipsPrefixesAnd1904Dates) {
  // A workbook part not at xl/workbook.xml, a chart sheet first in tab order, an
  // absolute worksheet target, prefixed element names, the 1904 date system.
  const std::string x = std::string("xmlns:x=\"") + kNs + "\"";
  auto path = WriteZip(
      "odd.xlsx",
      {{"_rels/.rels", Rels(Rel("rId9", "officeDocument", "book/wb.xml"))},
       {"book/_rels/wb.xml.rels", Rels(Rel("rId1", "chartsheet", "charts/c1.xml") +
                                       Rel("rId2", "worksheet", "/book/sheets/data.xml") +
                                       Rel("rId3", "sharedStrings", "strings.xml") +
                                       Rel("rId4", "styles", "./styles.xml"))},
       {"book/wb.xml", "<x:workbook " + x + " xmlns:rel=\"" + kRelNs +
                           "\"><x:workbookPr date1904=\"1\"/><x:sheets><x:sheet name=\"Chart\" sheetId=\"1\" "
                           "rel:id=\"rId1\"/><x:sheet name=\"Data\" sheetId=\"2\" rel:id=\"rId2\"/></x:sheets>"
                           "</x:workbook>"},
       {"book/strings.xml", "<x:sst " + x +
                                "><x:si><x:t>plain</x:t></x:si><x:si><x:r><x:t xml:space=\"preserve\">rich "
                                "</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>text</x:t></x:r><x:rPh sb=\"0\" "
                                "eb=\"1\"><x:t>ふりがな</x:t></x:rPh></x:si><x:si><x:t>a_x000D_b</x:t></x:si>"
                                "</x:sst>"},
       {"book/styles.xml",
        "<x:styleSheet " + x +
            "><x:numFmts count=\"3\"><x:numFmt numFmtId=\"164\" formatCode=\"[$-804]yyyy&quot;年&quot;m&quot;月"
            "&quot;d&quot;日&quot;;@\"/><x:numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/><x:numFmt "
            "numFmtId=\"166\" formatCode=\"0.00&quot; m&quot;\"/></x:numFmts><x:cellXfs count=\"6\"><x:xf "
            "numFmtId=\"0\"/><x:xf numFmtId=\"164\"/><x:xf numFmtId=\"165\"/><x:xf numFmtId=\"166\"/><x:xf "
            "numFmtId=\"31\"/><x:xf numFmtId=\"20\"/></x:cellXfs></x:styleSheet>"},
       {"book/sheets/data.xml",
        // Cells without r attributes follow one another; the second row has no r either.
        "<x:worksheet " + x +
            "><x:sheetData><x:row r=\"2\"><x:c t=\"s\"><x:v>0</x:v></x:c><x:c t=\"s\"><x:v>1</x:v></x:c><x:c "
            "t=\"s\"><x:v>2</x:v></x:c><x:c t=\"str\"><x:f>A1</x:f><x:v>formula</x:v></x:c></x:row><x:row><x:c "
            "s=\"1\"><x:v>43890</x:v></x:c><x:c s=\"2\"><x:v>1.5</x:v></x:c><x:c s=\"3\"><x:v>12</x:v></x:c><x:c "
            "s=\"4\"><x:v>43890.75</x:v></x:c><x:c s=\"5\"><x:v>0.25</x:v></x:c><x:c t=\"d\"><x:v>2024-05-06T00:00:00"
            "</x:v></x:c><x:c t=\"inlineStr\"><x:is><x:t>内联</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"}});
  auto rows = MustRead(path);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[0].cells, (Cells{"plain", "rich text", "a\rb", "formula"}));
  EXPECT_EQ(rows[1].line, 3);
  // 1904 serial 43890 is 2024-03-01; [h]:mm:ss and a number with a quoted "m" are not
  // dates; built-in 31 (yyyy年m月d日) is; built-in 20 (h:mm) is not.
  EXPECT_EQ(rows[1].cells, (Cells{"2024-03-01", "1.5", "12", "2024-03-01", "0.25", "2024-05-06", "内联"}));
}

TEST_F(XlsxReaderTest, ErrorCellIsNamed) {
  auto path = WriteZip("error.xlsx", Package("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                                             "<c r=\"B1\" t=\"e\"><v>#N/A</v></c></row>"));
  Result<std::vector<TableRow>> rows = ReadXlsxFile(path);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(rows.status().message_en().find("B1"), std::string::npos) << rows.status().message_en();
  EXPECT_NE(rows.status().message_en().find("#N/A"), std::string::npos);
  EXPECT_NE(rows.status().message_zh().find("B1"), std::string::npos);
}

TEST_F(XlsxReaderTest, NotAZipIsInvalidArgument) {
  const std::string path = Path("fake.xlsx");
  std::ofstream(path) << "code,name\n110000,北京市\n";
  Result<std::vector<TableRow>> rows = ReadXlsxFile(path);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(rows.status().message_en().find("zip"), std::string::npos) << rows.status().message_en();
  EXPECT_FALSE(rows.status().message_zh().empty());
  EXPECT_FALSE(ReadXlsx("").ok());
}

TEST_F(XlsxReaderTest, MissingFileIsNotFound) {
  Result<std::vector<TableRow>> rows = ReadXlsxFile(Path("absent.xlsx"));
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kNotFound);
}

TEST_F(XlsxReaderTest, ZipWithoutWorkbookOrWorksheetIsInvalid) {
  Result<std::vector<TableRow>> no_workbook = ReadXlsxFile(WriteZip("plain.zip", {{"hello.txt", "hi"}}));
  ASSERT_FALSE(no_workbook.ok());
  EXPECT_EQ(no_workbook.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(no_workbook.status().message_en().find("no workbook"), std::string::npos);

  auto parts = Package("<row r=\"1\"/>");
  parts[1].second = Rels("");  // the workbook names no sheet part
  Result<std::vector<TableRow>> no_sheet = ReadXlsxFile(WriteZip("nosheet.xlsx", parts));
  ASSERT_FALSE(no_sheet.ok());
  EXPECT_NE(no_sheet.status().message_en().find("no worksheet"), std::string::npos) << no_sheet.status().message_en();
}

TEST_F(XlsxReaderTest, CorruptXmlNamesThePart) {
  auto parts = Package("");
  parts[3].second = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>";
  Result<std::vector<TableRow>> rows = ReadXlsxFile(WriteZip("corrupt.xlsx", parts));
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(rows.status().message_en().find("xl/worksheets/sheet1.xml"), std::string::npos)
      << rows.status().message_en();
}

TEST_F(XlsxReaderTest, BadReferencesAreInvalid) {
  auto missing_string = WriteZip("sst.xlsx", Package("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>",
                                                     "<si><t>only one</t></si>"));
  EXPECT_EQ(ReadXlsxFile(missing_string).status().code(), StatusCode::kInvalidArgument);
  auto bad_ref = WriteZip("ref.xlsx", Package("<row r=\"1\"><c r=\"1A\"><v>5</v></c></row>"));
  EXPECT_EQ(ReadXlsxFile(bad_ref).status().code(), StatusCode::kInvalidArgument);
  auto beyond = WriteZip("xfe.xlsx", Package("<row r=\"1\"><c r=\"XFE1\"><v>5</v></c></row>"));
  EXPECT_EQ(ReadXlsxFile(beyond).status().code(), StatusCode::kInvalidArgument);
}

// Found by fuzz/xlsx_reader_fuzzer: a repeated row came back as two rows of one line, and
// a repeated cell silently replaced the value before it.
TEST_F(XlsxReaderTest, RowsAndCellsOutOfOrderAreInvalid) {
  auto repeated_row = WriteZip("rows.xlsx", Package("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                                                    "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"));
  Result<std::vector<TableRow>> rows = ReadXlsxFile(repeated_row);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(rows.status().message_en().find("row 2 comes after row 2"), std::string::npos)
      << rows.status().message_en();
  auto backwards = WriteZip("back.xlsx", Package("<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>"
                                                 "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"));
  EXPECT_EQ(ReadXlsxFile(backwards).status().code(), StatusCode::kInvalidArgument);
  auto repeated_cell = WriteZip("cells.xlsx", Package("<row r=\"1\"><c r=\"B1\"><v>1</v></c>"
                                                      "<c r=\"B1\"><v>2</v></c></row>"));
  Result<std::vector<TableRow>> cells = ReadXlsxFile(repeated_cell);
  ASSERT_FALSE(cells.ok());
  EXPECT_NE(cells.status().message_en().find("cell B1 comes after column B"), std::string::npos)
      << cells.status().message_en();
  EXPECT_FALSE(cells.status().message_zh().empty());
  // Rows and cells without r attributes follow one another, after numbered ones too.
  auto unnumbered = WriteZip("plain.xlsx", Package("<row r=\"2\"><c r=\"B2\"><v>1</v></c><c><v>2</v></c></row>"
                                                   "<row><c><v>3</v></c></row>"));
  auto read = MustRead(unnumbered);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].cells, (Cells{"", "1", "2"}));
  EXPECT_EQ(read[1].line, 3);
}

TEST_F(XlsxReaderTest, OversizedPartIsRefusedBeforeDecompressing) {
  // A sheet of 200 MiB + 1 byte of spaces compresses to a few hundred KiB: a zip bomb in
  // miniature.
  auto parts = Package("");
  parts[3].second = std::string(static_cast<size_t>(kXlsxMaxPartBytes) + 1, ' ');
  const std::string path = WriteZip("bomb.xlsx", parts);
  parts.clear();
  Result<std::vector<TableRow>> rows = ReadXlsxFile(path);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kPayloadTooLarge);
  EXPECT_NE(rows.status().message_en().find("200 MiB"), std::string::npos) << rows.status().message_en();
}

}  // namespace
}  // namespace shanhai::ingest
