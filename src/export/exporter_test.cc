#include "export/exporter.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export/column_header.h"
#include "export/csv_writer.h"
#include "ingest/column_map.h"
#include "ingest/csv_reader.h"
#include "ingest/xlsx_reader.h"
#include "ledger/ledger.h"
#include "model/record_json.h"
#include "store/store.h"

namespace shanhai::exports {
namespace {

using nlohmann::json;
using Cells = std::vector<std::string>;

const model::RecordType& T(std::string_view name) { return *model::FindType(name); }

// The uncompressed content of `entry` in the zip archive at `path` ("" if absent).
std::string ZipEntry(const std::string& path, const std::string& entry) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (archive == nullptr) return "";
  std::string out;
  zip_stat_t stat;
  if (zip_stat(archive, entry.c_str(), 0, &stat) == 0) {
    zip_file_t* f = zip_fopen(archive, entry.c_str(), 0);
    out.resize(stat.size);
    zip_fread(f, out.data(), stat.size);
    zip_fclose(f);
  }
  zip_discard(archive);
  return out;
}

class ExporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "exporter_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    auto store = store::Store::Open((dir_ / "ledger.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    ledger_ = std::make_unique<ledger::Ledger>(*store_);
    for (json unit : {json{{"code", "330000"}, {"name", "浙江省"}, {"level", "province"}, {"side", "east"}},
                      json{{"code", "330100"}, {"name", "杭州市"}, {"level", "city"}, {"parent_code", "330000"},
                           {"side", "east"}},
                      json{{"code", "330102"}, {"name", "上城区"}, {"level", "county"}, {"parent_code", "330100"},
                           {"side", "east"}},
                      json{{"code", "520000"}, {"name", "贵州省"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "522600"}, {"name", "黔东南州"}, {"level", "city"}, {"parent_code", "520000"},
                           {"side", "west"}},
                      json{{"code", "522631"}, {"name", "黎平县"}, {"level", "county"}, {"parent_code", "522600"},
                           {"side", "west"}, {"key_county", true}, {"note", "含,逗号 \"引号\"\n和换行"}}})
      Must("admin_units", unit);
    Must("pairings", {{"id", 1}, {"level", "county"}, {"east_unit", "330102"}, {"west_unit", "522631"},
                      {"start_date", "2021-01-01"}});
    Must("projects", {{"pairing_id", 1}, {"name", "茶叶加工厂"}, {"category", "industry"},
                      {"start_date", "2023-03-01"}, {"end_date", "2023-12-31"}, {"fiscal_amount_fen", 120000050}});
  }
  void TearDown() override {
    ledger_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Must(std::string_view type, const json& body) {
    auto r = ledger_->Create(T(type), body, ledger::Actor{"exporter_test"});
    ASSERT_TRUE(r.ok()) << type << ": " << r.status().ToString();
  }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  std::string Export(std::string_view type, ExportFormat format) {
    store::ListQuery q;
    q.type = &T(type);
    std::ostringstream out;
    Status s = ExportRecords(*store_, q, format, out);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out.str();
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<ledger::Ledger> ledger_;
};

TEST_F(ExporterTest, CsvHasBomMachineHeaderAndQuotedValues) {
  const std::string csv = Export("admin_units", ExportFormat::kCsv);
  ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF" "id,code,name,level,parent_code,side,key_county,")) << csv;
  EXPECT_NE(csv.find("\r\n"), std::string::npos);
  EXPECT_NE(csv.find("\"含,逗号 \"\"引号\"\"\n和换行\""), std::string::npos) << csv;

  Result<std::vector<ingest::TableRow>> rows = ingest::ReadCsv(csv);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 7u);
  const auto& header = (*rows)[0].cells;
  const auto& county = (*rows)[6].cells;
  auto col = [&](std::string_view name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  EXPECT_EQ(county[col("code")], "522631");
  EXPECT_EQ(county[col("key_county")], "是");
  EXPECT_EQ(county[col("level")], "county");
  EXPECT_EQ(county[col("note")], "含,逗号 \"引号\"\n和换行");
  EXPECT_FALSE(county[col("recorded_at")].empty());  // system fields are exported

  const std::string projects = Export("projects", ExportFormat::kCsv);
  Result<std::vector<ingest::TableRow>> p = ingest::ReadCsv(projects);
  ASSERT_TRUE(p.ok());
  const auto& ph = (*p)[0].cells;
  const size_t money = static_cast<size_t>(std::find(ph.begin(), ph.end(), "fiscal_amount_yuan") - ph.begin());
  ASSERT_LT(money, ph.size());
  EXPECT_EQ((*p)[1].cells[money], "1200000.50");
}

TEST_F(ExporterTest, CsvEscapeQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvWriter::Escape("plain 文本"), "plain 文本");
  EXPECT_EQ(CsvWriter::Escape("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvWriter::Escape("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvWriter::Escape("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvWriter::Escape(" padded"), "\" padded\"");
  EXPECT_EQ(CsvWriter::Escape(""), "");
}

TEST_F(ExporterTest, JsonIsAnArrayOfApiObjects) {
  const std::string text = Export("projects", ExportFormat::kJson);
  json doc = json::parse(text);
  ASSERT_TRUE(doc.is_array());
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_EQ(doc[0]["fiscal_amount_fen"], 120000050);  // fen, as the API speaks
  EXPECT_EQ(doc[0]["start_date"], "2023-03-01");
  EXPECT_EQ(doc[0]["west_code"], "522631");
  EXPECT_FALSE(doc[0].contains("other_amount_fen"));  // absent values are omitted
  auto stored = ledger_->Get(T("projects"), doc[0]["id"].get<int64_t>());
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(doc[0], model::RecordToJson(*stored));
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);  // "[", one object, "]"
}

TEST_F(ExporterTest, XlsxHasLabelHeaderTypedCellsAndLayout) {
  const std::string path = Path("projects.xlsx");
  store::ListQuery q;
  q.type = &T("projects");
  Status s = ExportRecordsToFile(*store_, q, ExportFormat::kXlsx, path);
  ASSERT_TRUE(s.ok()) << s.ToString();

  Result<std::vector<ingest::TableRow>> rows = ingest::ReadXlsxFile(path);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  const auto& header = (*rows)[0].cells;
  const auto& row = (*rows)[1].cells;
  auto cell = [&](std::string_view label) {
    size_t i = static_cast<size_t>(std::find(header.begin(), header.end(), label) - header.begin());
    EXPECT_LT(i, header.size()) << label;
    return i < row.size() ? row[i] : std::string();
  };
  EXPECT_EQ(header[0], "编号");
  EXPECT_EQ(cell("项目名称"), "茶叶加工厂");
  EXPECT_EQ(cell("财政援助资金（元）"), "1200000.5");  // a number, in yuan
  EXPECT_EQ(cell("开工日期"), "2023-03-01");          // text
  EXPECT_EQ(cell("项目类别"), "产业发展");            // the enum's label
  EXPECT_EQ(cell("结对关系"), "1");
  EXPECT_EQ(cell("西部县级代码"), "522631");

  const std::string sheet = ZipEntry(path, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<pane ySplit=\"1\""), std::string::npos) << "frozen header";
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:"), std::string::npos) << "autofilter";
  EXPECT_NE(sheet.find("<cols>"), std::string::npos) << "column widths";
  const std::string styles = ZipEntry(path, "xl/styles.xml");
  EXPECT_NE(styles.find("#,##0.00"), std::string::npos);
  EXPECT_NE(styles.find("<b/>"), std::string::npos);
  EXPECT_NE(ZipEntry(path, "xl/workbook.xml").find("帮扶项目"), std::string::npos) << "sheet named after the type";
}

TEST_F(ExporterTest, XlsxToAStreamIsAWholeWorkbook) {
  const std::string bytes = Export("admin_units", ExportFormat::kXlsx);
  ASSERT_TRUE(bytes.starts_with("PK\x03\x04"));
  Result<std::vector<ingest::TableRow>> rows = ingest::ReadXlsx(bytes);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 7u);
  EXPECT_EQ((*rows)[1].cells[1], "330000");
  EXPECT_EQ((*rows)[6].cells[6], "是");
}

TEST_F(ExporterTest, PagesThroughEverythingMatchingAndAppliesFilters) {
  // More rows than one page, written straight to the store.
  const int64_t n = kExportPageSize + 7;
  Status w = store_->Write([&](store::Txn& txn) -> Status {
    std::vector<model::Record> rows;
    for (int64_t i = 0; i < n; ++i) {
      model::Record r(T("organizations"));
      r.Set("name", "机构" + std::to_string(i));
      r.Set("org_type", std::string("enterprise"));
      r.Set("side", std::string(i % 2 == 0 ? "east" : "west"));
      r.Set("unit_code", std::string(i % 2 == 0 ? "330102" : "522631"));
      rows.push_back(std::move(r));
    }
    return txn.InsertMany(rows);
  });
  ASSERT_TRUE(w.ok()) << w.ToString();

  store::ListQuery all;
  all.type = &T("organizations");
  all.offset = 100;  // ignored
  all.limit = 3;     // ignored
  std::ostringstream out;
  ASSERT_TRUE(ExportRecords(*store_, all, ExportFormat::kJson, out).ok());
  json doc = json::parse(out.str());
  ASSERT_EQ(doc.size(), static_cast<size_t>(n));
  std::set<int64_t> ids;
  for (const json& o : doc) ids.insert(o["id"].get<int64_t>());
  EXPECT_EQ(ids.size(), static_cast<size_t>(n));

  store::ListQuery west = all;
  west.equals.push_back({"side", model::Value{std::string("west")}});
  west.sort_field = "name";
  west.descending = true;
  std::ostringstream csv;
  ASSERT_TRUE(ExportRecords(*store_, west, ExportFormat::kCsv, csv).ok());
  Result<std::vector<ingest::TableRow>> rows = ingest::ReadCsv(csv.str());
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), static_cast<size_t>(n / 2) + 1);
  for (size_t i = 1; i < rows->size(); ++i) EXPECT_EQ((*rows)[i].cells[3], "west");
  EXPECT_GT((*rows)[1].cells[1], (*rows)[2].cells[1]);  // sorted by name, descending
}

TEST_F(ExporterTest, EmptyExportsAreValidFiles) {
  store::ListQuery q;
  q.type = &T("donations");
  std::ostringstream csv, js, xlsx;
  ASSERT_TRUE(ExportRecords(*store_, q, ExportFormat::kCsv, csv).ok());
  ASSERT_TRUE(ExportRecords(*store_, q, ExportFormat::kJson, js).ok());
  ASSERT_TRUE(ExportRecords(*store_, q, ExportFormat::kXlsx, xlsx).ok());
  EXPECT_EQ(ingest::ReadCsv(csv.str())->size(), 1u);
  EXPECT_EQ(json::parse(js.str()), json::array());
  Result<std::vector<ingest::TableRow>> rows = ingest::ReadXlsx(xlsx.str());
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 1u);
}

TEST_F(ExporterTest, ErrorsAreStatuses) {
  store::ListQuery none;
  std::ostringstream out;
  EXPECT_EQ(ExportRecords(*store_, none, ExportFormat::kCsv, out).code(), StatusCode::kInvalidArgument);

  store::ListQuery q;
  q.type = &T("admin_units");
  EXPECT_EQ(ExportRecordsToFile(*store_, q, ExportFormat::kCsv, Path("no/such/dir/x.csv")).code(),
            StatusCode::kUnavailable);
  EXPECT_EQ(ExportRecordsToFile(*store_, q, ExportFormat::kXlsx, Path("no/such/dir/x.xlsx")).code(),
            StatusCode::kUnavailable);
  EXPECT_FALSE(std::filesystem::exists(Path("no/such/dir/x.xlsx")));

  q.unit_code = "not a code";
  const std::string bad = Path("bad.csv");
  EXPECT_EQ(ExportRecordsToFile(*store_, q, ExportFormat::kCsv, bad).code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(std::filesystem::exists(bad)) << "a failed export leaves no file";

  std::ofstream closed;  // never opened: every write fails
  q.unit_code.reset();
  EXPECT_EQ(ExportRecords(*store_, q, ExportFormat::kCsv, closed).code(), StatusCode::kUnavailable);
}

// Every header export/ writes, in every type, is read back by ingest/ as the same field.
TEST(ColumnHeaderTest, EveryHeaderMapsBackToItsField) {
  for (const model::RecordType& type : model::AllTypes()) {
    for (auto header_of : {&MachineColumnHeader, &LabelColumnHeader}) {
      std::vector<std::string> header;
      for (size_t i = 0; i < type.fields.size(); ++i) header.push_back(header_of(type, i));
      Result<std::vector<ingest::ColumnBinding>> columns = ingest::MapColumns(type, header, 1);
      ASSERT_TRUE(columns.ok()) << type.name << ": " << columns.status().ToString();
      ASSERT_EQ(columns->size(), type.fields.size());
      for (size_t i = 0; i < type.fields.size(); ++i) {
        EXPECT_EQ((*columns)[i].field_index, static_cast<int>(i)) << type.name << "." << type.fields[i].name;
        EXPECT_EQ((*columns)[i].role,
                  type.fields[i].system ? ingest::ColumnRole::kSystem : ingest::ColumnRole::kField);
      }
    }
  }
  // Where a label is shared, the name is written instead.
  const model::RecordType& outlets = T("sales_outlets");
  EXPECT_EQ(LabelColumnHeader(outlets, static_cast<size_t>(outlets.FieldIndex("activity"))), "activity");
  EXPECT_EQ(LabelColumnHeader(outlets, static_cast<size_t>(outlets.FieldIndex("name"))), "名称");
  const model::RecordType& projects = T("projects");
  EXPECT_EQ(LabelColumnHeader(projects, static_cast<size_t>(projects.FieldIndex("fiscal_amount_fen"))),
            "财政援助资金（元）");
  EXPECT_EQ(MachineColumnHeader(projects, static_cast<size_t>(projects.FieldIndex("fiscal_amount_fen"))),
            "fiscal_amount_yuan");
}

}  // namespace
}  // namespace shanhai::exports
