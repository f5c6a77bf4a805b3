#include "ingest/importer.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "export/exporter.h"
#include "model/record_json.h"
#include "store/store.h"

namespace shanhai::ingest {
namespace {

using nlohmann::json;

const model::RecordType& T(std::string_view name) { return *model::FindType(name); }

// Units on both sides: 杭州市上城区 (east) helps 黎平县 (west).
constexpr char kUnitsCsv[] =
    "code,name,level,parent_code,side,key_county,note\n"
    "330000,浙江省,province,,east,,\n"
    "330100,杭州市,city,330000,east,,\n"
    "330102,上城区,county,330100,east,,\n"
    "520000,贵州省,province,,west,,\n"
    "522600,黔东南苗族侗族自治州,city,520000,west,,\"州, 含\"\"苗族\"\"\"\n"
    "522631,黎平县,county,522600,west,是,\"多行\n备注\"\n";

// Organisations with Chinese headers, enums by label and by code.
constexpr char kOrganizationsCsv[] =
    "\xEF\xBB\xBF名称,类型,东西部,所在区划\r\n"
    "杭州某茶业有限公司,企业,东部,330102\r\n"
    "黎平县人民医院,hospital,west,522631\r\n";

// Projects of pairing 1; `row3` is the third line, a second project.
std::string ProjectsCsv(const std::string& row3 = "1,道路硬化,infrastructure,522631,2023-04-01,2023-10-31,350000") {
  return std::string("pairing_id,name,category,west_unit,start_date,end_date,fiscal_amount_yuan\n") +
         "1,茶叶加工厂,industry,522631,2023-03-01,2023-12-31,\"1,200,000.50\"\n" + row3 + "\n" +
         "1,村道照明,rural_construction,522631,2023-05-01,,12.5\n";
}

bool HasError(const Status& s, int64_t line, std::string_view field) {
  for (const FieldError& e : s.fields())
    if (e.row == line && e.field == field) return true;
  return false;
}

class ImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "importer_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    OpenDatabase("ledger.db", store_, ledger_);
  }
  void TearDown() override {
    ledger_.reset();
    store_.reset();
    other_ledger_.reset();
    other_store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void OpenDatabase(const std::string& name, std::unique_ptr<store::Store>& store,
                    std::unique_ptr<ledger::Ledger>& ledger) {
    auto opened = store::Store::Open((dir_ / name).string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store = std::move(*opened);
    ledger = std::make_unique<ledger::Ledger>(*store);
  }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  Result<ImportSummary> Import(std::string_view type, std::string_view content,
                               ImportFormat format = ImportFormat::kCsv) {
    return ImportContent(*ledger_, T(type), content, format, ledger::Actor{"importer_test"});
  }

  void MustImport(std::string_view type, std::string_view content, int64_t rows,
                  ImportFormat format = ImportFormat::kCsv) {
    Result<ImportSummary> s = Import(type, content, format);
    ASSERT_TRUE(s.ok()) << type << ": " << s.status().ToString();
    EXPECT_EQ(s->rows_read, rows);
    EXPECT_EQ(s->rows_written, rows);
  }

  std::vector<model::Record> Rows(ledger::Ledger& ledger, std::string_view type) {
    store::ListQuery q;
    q.type = &T(type);
    q.limit = 100000;
    auto page = ledger.List(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? page->rows : std::vector<model::Record>{};
  }
  int64_t Count(std::string_view type) { return static_cast<int64_t>(Rows(*ledger_, type).size()); }

  // Units, organisations and pairing 1 (上城区 → 黎平县 since 2021).
  void SeedReference() {
    MustImport("admin_units", kUnitsCsv, 6);
    MustImport("organizations", kOrganizationsCsv, 2);
    auto pairing = ledger_->Create(T("pairings"),
                                   {{"id", 1}, {"level", "county"}, {"east_unit", "330102"}, {"west_unit", "522631"},
                                    {"start_date", "2021-01-01"}, {"name", "上城—黎平"}},
                                   {});
    ASSERT_TRUE(pairing.ok()) << pairing.status().ToString();
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<ledger::Ledger> ledger_;
  std::unique_ptr<store::Store> other_store_;
  std::unique_ptr<ledger::Ledger> other_ledger_;
};

TEST_F(ImporterTest, ImportsAdminUnitsThenOrganizations) {
  SeedReference();
  auto units = Rows(*ledger_, "admin_units");
  ASSERT_EQ(units.size(), 6u);
  EXPECT_EQ(units[5].GetString("code"), "522631");
  EXPECT_EQ(units[5].GetString("name"), "黎平县");
  EXPECT_EQ(units[5].GetBool("key_county"), true);
  EXPECT_EQ(units[5].GetString("note"), "多行\n备注");
  EXPECT_EQ(units[4].GetString("note"), "州, 含\"苗族\"");
  EXPECT_FALSE(units[0].GetBool("key_county").has_value());

  auto orgs = Rows(*ledger_, "organizations");
  ASSERT_EQ(orgs.size(), 2u);
  EXPECT_EQ(orgs[0].GetString("name"), "杭州某茶业有限公司");
  EXPECT_EQ(orgs[0].GetString("org_type"), "enterprise");  // 企业, by its label
  EXPECT_EQ(orgs[0].GetString("side"), "east");
  EXPECT_EQ(orgs[1].GetString("org_type"), "hospital");
  EXPECT_EQ(orgs[1].GetString("unit_code"), "522631");
}

TEST_F(ImporterTest, ChineseHeadersMoneyInYuanAndEnumDefaults) {
  SeedReference();
  MustImport("projects",
             "结对关系,项目名称,项目类别,实施地,开工日期,完工日期,财政援助资金（元）, 其他资金(元) \n"
             "1,茶叶加工厂,产业发展,522631,2023-03-01,2023-12-31,1200000.5,\n"
             "1,道路硬化,基础设施,522631,2023-04-01,,\"3,500.00\",0.01\n",
             2);
  auto rows = Rows(*ledger_, "projects");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].GetInt("fiscal_amount_fen"), 120000050);
  EXPECT_EQ(rows[0].GetString("category"), "industry");
  EXPECT_EQ(rows[0].GetString("funding"), "fiscal");   // default
  EXPECT_EQ(rows[0].GetString("progress"), "planned");  // default
  EXPECT_EQ(rows[0].GetString("status"), "draft");      // default
  EXPECT_EQ(rows[0].GetString("west_code"), "522631");  // derived
  EXPECT_EQ(rows[0].GetString("east_code"), "330102");
  EXPECT_EQ(rows[0].GetString("recorded_by"), "importer_test");
  EXPECT_FALSE(rows[0].GetInt("other_amount_fen").has_value());
  EXPECT_EQ(rows[1].GetInt("fiscal_amount_fen"), 350000);
  EXPECT_EQ(rows[1].GetInt("other_amount_fen"), 1);
}

TEST_F(ImporterTest, ProgressGoesFromZeroToTotal) {
  std::vector<std::pair<int64_t, int64_t>> calls;
  auto s = ImportContent(*ledger_, T("admin_units"), kUnitsCsv, ImportFormat::kCsv, {},
                         [&](int64_t done, int64_t total) { calls.emplace_back(done, total); });
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_GE(calls.size(), 2u);
  EXPECT_EQ(calls.front(), std::make_pair(int64_t{0}, int64_t{6}));
  EXPECT_EQ(calls.back(), std::make_pair(int64_t{6}, int64_t{6}));
  for (size_t i = 1; i < calls.size(); ++i) {
    EXPECT_GE(calls[i].first, calls[i - 1].first);
    EXPECT_EQ(calls[i].second, 6);
  }
  EXPECT_GE(s->elapsed_ms, 0);
}

// One bad row among good ones: the import fails naming the row's line and field, and
// nothing at all is written.
struct BadRow {
  const char* name;
  std::string row3;  // the third line of ProjectsCsv
  const char* field;
};

class ImporterBadRowTest : public ImporterTest, public ::testing::WithParamInterface<BadRow> {};

TEST_P(ImporterBadRowTest, NamesLineAndFieldAndWritesNothing) {
  SeedReference();
  Result<ImportSummary> s = Import("projects", ProjectsCsv(GetParam().row3));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasError(s.status(), 3, GetParam().field)) << s.status().ToString();
  for (const FieldError& e : s.status().fields()) EXPECT_EQ(e.row, 3) << e.field << ": " << e.message_en;
  EXPECT_NE(s.status().message_en().find("line 3"), std::string::npos) << s.status().message_en();
  EXPECT_NE(s.status().message_zh().find("第 3 行"), std::string::npos) << s.status().message_zh();
  EXPECT_EQ(Count("projects"), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ImporterBadRowTest,
    ::testing::Values(
        BadRow{"NegativeAmount", "1,道路硬化,infrastructure,522631,2023-04-01,2023-10-31,-5", "fiscal_amount_fen"},
        BadRow{"AmountNotANumber", "1,道路硬化,infrastructure,522631,2023-04-01,2023-10-31,五百", "fiscal_amount_fen"},
        BadRow{"TooManyDecimals", "1,道路硬化,infrastructure,522631,2023-04-01,2023-10-31,1.005", "fiscal_amount_fen"},
        BadRow{"EndBeforeStart", "1,道路硬化,infrastructure,522631,2023-04-01,2023-01-31,5", "end_date"},
        BadRow{"UnknownEnum", "1,道路硬化,aerospace,522631,2023-04-01,2023-10-31,5", "category"},
        BadRow{"BadDate", "1,道路硬化,infrastructure,522631,2023/04/01,2023-10-31,5", "start_date"},
        BadRow{"ImpossibleDate", "1,道路硬化,infrastructure,522631,2023-02-30,2023-10-31,5", "start_date"},
        BadRow{"MissingRequired", "1,,infrastructure,522631,2023-04-01,2023-10-31,5", "name"},
        BadRow{"BadUnitCode", "1,道路硬化,infrastructure,5226,2023-04-01,2023-10-31,5", "west_unit"},
        // Found in the second round, by the ledger, against the database.
        BadRow{"UnknownPairing", "7,道路硬化,infrastructure,522631,2023-04-01,2023-10-31,5", "pairing_id"},
        BadRow{"UnknownUnit", "1,道路硬化,infrastructure,522632,2023-04-01,2023-10-31,5", "west_unit"},
        BadRow{"OutsidePairing", "1,道路硬化,infrastructure,522631,2019-04-01,2019-10-31,5", "start_date"}),
    [](const ::testing::TestParamInfo<BadRow>& param_info) { return std::string(param_info.param.name); });

TEST_F(ImporterTest, EveryBadRowIsReported) {
  SeedReference();
  Result<ImportSummary> s = Import("projects", "pairing_id,name,category,start_date,fiscal_amount_yuan\n"
                                               "1,a,industry,2023-03-01,1\n"
                                               "1,b,nope,2023-03-01,-1\n"
                                               "1,c,industry,2023-03-01,2\n"
                                               "1,d,industry,someday,x\n");
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(HasError(s.status(), 3, "category"));
  EXPECT_TRUE(HasError(s.status(), 3, "fiscal_amount_fen"));
  EXPECT_TRUE(HasError(s.status(), 5, "start_date"));
  EXPECT_TRUE(HasError(s.status(), 5, "fiscal_amount_fen"));
  EXPECT_EQ(s.status().fields().size(), 4u);
  EXPECT_EQ(Count("projects"), 0);
}

TEST_F(ImporterTest, HeaderProblemsAreNamed) {
  SeedReference();
  // An unknown column.
  Result<ImportSummary> unknown =
      Import("projects", "pairing_id,name,category,start_date,budget\n1,x,industry,2023-04-01,9\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasError(unknown.status(), 1, "budget")) << unknown.status().ToString();
  EXPECT_NE(unknown.status().message_en().find("budget"), std::string::npos);
  EXPECT_EQ(Count("projects"), 0);

  // The same field twice (by name and by label).
  Result<ImportSummary> dup = Import("admin_units", "code,name,行政区划代码,level,side\n330000,浙江省,330000,province,east\n");
  ASSERT_FALSE(dup.ok());
  EXPECT_TRUE(HasError(dup.status(), 1, "行政区划代码")) << dup.status().ToString();

  // A required column missing.
  Result<ImportSummary> missing = Import("admin_units", "code,name,side\n330000,浙江省,east\n");
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(HasError(missing.status(), 1, "level")) << missing.status().ToString();

  // A label two fields share.
  Result<ImportSummary> ambiguous = Import("sales_outlets", "name,outlet_type,east_unit,opened_date,状态\nx,hall,330102,2023-01-01,有效\n");
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_TRUE(HasError(ambiguous.status(), 1, "状态")) << ambiguous.status().ToString();

  // A money column named in fen: files hold yuan, so the fen spelling is refused
  // rather than read 100 times too large.
  Result<ImportSummary> fen =
      Import("projects", "pairing_id,name,category,start_date,fiscal_amount_fen\n1,x,industry,2023-04-01,9\n");
  ASSERT_FALSE(fen.ok());
  EXPECT_TRUE(HasError(fen.status(), 1, "fiscal_amount_fen")) << fen.status().ToString();
  EXPECT_NE(fen.status().message_zh().find("fiscal_amount_yuan"), std::string::npos) << fen.status().ToString();
  EXPECT_EQ(Count("projects"), 0);

  // An empty file has no header.
  EXPECT_EQ(Import("admin_units", "").status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ImporterTest, SystemColumnsAreSkippedSilently) {
  MustImport("admin_units",
             "id,code,name,level,side,recorded_at,updated_at\n"
             "7,330000,浙江省,province,east,not a time,2000-01-01T00:00:00Z\n",
             1);
  auto units = Rows(*ledger_, "admin_units");
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].id(), 7);  // ids are kept
  EXPECT_NE(units[0].GetString("recorded_at"), "not a time");
  EXPECT_NE(units[0].GetString("updated_at"), "2000-01-01T00:00:00Z");
}

TEST_F(ImporterTest, BlankRowsAreSkippedAndStrayValuesRefused) {
  MustImport("admin_units", "code,name,level,side\n330000,浙江省,province,east\n,,,\n  , ,,\n", 1);
  Result<ImportSummary> stray = Import("admin_units", "code,name,level,side,\n520000,贵州省,province,west,oops\n");
  ASSERT_FALSE(stray.ok());
  EXPECT_TRUE(HasError(stray.status(), 2, "")) << stray.status().ToString();
  EXPECT_EQ(Count("admin_units"), 1);
}

TEST_F(ImporterTest, IdNumberColumnIsHashedByTheLedger) {
  SeedReference();
  MustImport("persons",
             "姓名,身份证号,户籍地,户类型,名单日期\n"
             "张三,11010519491231002X,522631,脱贫户,2024-01-01\n",
             1);
  auto persons = Rows(*ledger_, "persons");
  ASSERT_EQ(persons.size(), 1u);
  std::string hash = persons[0].GetString("id_hash").value_or("");
  EXPECT_FALSE(hash.empty());
  EXPECT_EQ(hash.find("11010519491231002X"), std::string::npos);
  EXPECT_EQ(persons[0].GetString("household_type"), "lifted");

  Result<ImportSummary> bad = Import("persons", "name,id_number,hukou_unit,household_type,snapshot_date\n"
                                                "李四,110105194912310021,522631,lifted,2024-01-01\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(HasError(bad.status(), 2, "id_number")) << bad.status().ToString();
  EXPECT_EQ(Count("persons"), 1);
}

TEST_F(ImporterTest, ManyBadRowsAreCountedAndTheFirstListed) {
  std::string csv = "code,name,level,side\n";
  for (int i = 0; i < 1500; ++i) csv += "330000,浙江省,province,middle\n";  // one problem: side
  Result<ImportSummary> s = Import("admin_units", csv);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().fields().size(), kMaxListedProblems);
  EXPECT_EQ(s.status().fields().front().row, 2);
  EXPECT_NE(s.status().message_en().find("1500 problem(s) in 1500 row(s)"), std::string::npos)
      << s.status().message_en().substr(0, 200);
  EXPECT_NE(s.status().message_zh().find("1500 行共 1500 处错误"), std::string::npos);
  EXPECT_EQ(Count("admin_units"), 0);
}

TEST_F(ImporterTest, MalformedCsvNamesTheLine) {
  Result<ImportSummary> s = Import("admin_units", "code,name,level,side\n330000,浙江省,province,east\n330100,\"杭州市,city,east\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasError(s.status(), 3, "")) << s.status().ToString();
  EXPECT_EQ(Count("admin_units"), 0);
}

TEST_F(ImporterTest, JsonArraysUseTheIndexAsLine) {
  SeedReference();
  json good = json::array({{{"pairing_id", 1}, {"name", "a"}, {"category", "industry"}, {"start_date", "2023-03-01"},
                            {"fiscal_amount_fen", 150}},
                           {{"pairing_id", 1}, {"name", "b"}, {"category", "education"}, {"start_date", "2023-03-02"}}});
  MustImport("projects", good.dump(), 2, ImportFormat::kJson);
  auto rows = Rows(*ledger_, "projects");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].GetInt("fiscal_amount_fen"), 150);  // fen in JSON

  json bad = json::array({{{"pairing_id", 1}, {"name", "c"}, {"category", "industry"}, {"start_date", "2023-03-01"}},
                          {{"pairing_id", 1}, {"name", "d"}, {"category", "industry"}, {"start_date", "2023-03-01"},
                           {"fiscal_amount_fen", "12"}},
                          {{"pairing_id", 1}, {"name", "e"}, {"category", "industry"}, {"start_date", "2023-03-01"},
                           {"west_code", "522631"}},
                          {{"pairing_id", 1}, {"name", "f"}, {"category", "industry"}, {"start_date", "2023-13-01"}}});
  Result<ImportSummary> s = Import("projects", bad.dump(), ImportFormat::kAuto);  // sniffed as JSON
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(HasError(s.status(), 2, "fiscal_amount_fen")) << s.status().ToString();
  EXPECT_TRUE(HasError(s.status(), 4, "start_date"));
  for (const FieldError& e : s.status().fields()) EXPECT_NE(e.row, 3) << "system fields are skipped: " << e.field;
  EXPECT_EQ(Count("projects"), 2);

  EXPECT_EQ(Import("projects", "{\"name\": 1}", ImportFormat::kJson).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Import("projects", "[{\"name\": ", ImportFormat::kJson).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Import("projects", std::string(100000, '['), ImportFormat::kJson).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(Count("projects"), 2);
}

TEST_F(ImporterTest, XlsxWithChineseHeadersAndRealDates) {
  SeedReference();
  const std::string path = Path("projects.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "项目");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
  const char* header[] = {"结对关系", "项目名称", "项目类别", "实施地", "开工日期", "财政援助资金（元）"};
  for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, header[c], nullptr);
  lxw_datetime d = {2023, 6, 15, 0, 0, 0};
  worksheet_write_number(ws, 1, 0, 1, nullptr);
  worksheet_write_string(ws, 1, 1, "冷链仓储", nullptr);
  worksheet_write_string(ws, 1, 2, "产业发展", nullptr);
  worksheet_write_number(ws, 1, 3, 522631, nullptr);  // a code typed as a number
  worksheet_write_datetime(ws, 1, 4, &d, date);
  worksheet_write_number(ws, 1, 5, 98765.43, nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  Result<ImportSummary> s = ImportFile(*ledger_, T("projects"), path, ImportFormat::kAuto, {});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->rows_written, 1);
  auto rows = Rows(*ledger_, "projects");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].GetString("start_date"), "2023-06-15");
  EXPECT_EQ(rows[0].GetString("west_unit"), "522631");
  EXPECT_EQ(rows[0].GetInt("fiscal_amount_fen"), 9876543);
}

TEST_F(ImporterTest, FormatByExtension) {
  EXPECT_EQ(*ImportFormatForPath("a/b.CSV"), ImportFormat::kCsv);
  EXPECT_EQ(*ImportFormatForPath("b.json"), ImportFormat::kJson);
  EXPECT_EQ(*ImportFormatForPath("/x.y/b.Xlsx"), ImportFormat::kXlsx);
  EXPECT_FALSE(ImportFormatForPath("old.xls").ok());
  EXPECT_FALSE(ImportFormatForPath("dir.csv/file").ok());
  EXPECT_EQ(ImportFile(*ledger_, T("admin_units"), Path("absent.csv"), ImportFormat::kAuto, {}).status().code(),
            StatusCode::kNotFound);
}

// ---- Export, then import into a fresh database: the same rows --------------------------

class RoundTripTest : public ImporterTest, public ::testing::WithParamInterface<exports::ExportFormat> {};

// A record as JSON without what the ledger sets anew on every write.
json Comparable(const model::Record& r) {
  json j = model::RecordToJson(r);
  j.erase("recorded_at");
  j.erase("updated_at");
  return j;
}

TEST_P(RoundTripTest, ExportThenImportGivesIdenticalRows) {
  SeedReference();
  MustImport("projects", ProjectsCsv(), 3);
  // Reals, booleans and text that needs quoting, in a type of their own.
  MustImport("industrial_parks",
             "pairing_id,name,west_unit,co_built_date,area_m2,note\n"
             "1,\"黎平\"\"东西部\"\"协作产业园\",522631,2022-09-09,123456.75,\"line1\nline2, and a comma\"\n"
             "1,小园区,522631,2022-10-01,0.1,\n",
             2);
  MustImport("investments",
             "enterprise_id,west_unit,stage,contract_amount_yuan,date,is_new_landing,jobs_planned,pairing_id\n"
             "1,522631,signed,99999999.99,2023-01-15,是,120,1\n"
             "1,522631,signed,0,2023-02-15,否,,1\n",
             2);

  const char* ext = GetParam() == exports::ExportFormat::kCsv    ? ".csv"
                    : GetParam() == exports::ExportFormat::kJson ? ".json"
                                                                 : ".xlsx";
  const std::vector<std::string> types = {"admin_units", "organizations", "pairings", "projects", "industrial_parks",
                                          "investments"};
  OpenDatabase("fresh.db", other_store_, other_ledger_);
  for (const std::string& type : types) {
    store::ListQuery q;
    q.type = &T(type);
    const std::string file = Path(type + ext);
    Status exported = exports::ExportRecordsToFile(*store_, q, GetParam(), file);
    ASSERT_TRUE(exported.ok()) << type << ": " << exported.ToString();
    Result<ImportSummary> s = ImportFile(*other_ledger_, T(type), file, ImportFormat::kAuto, {});
    ASSERT_TRUE(s.ok()) << type << ": " << s.status().ToString();

    auto before = Rows(*ledger_, type), after = Rows(*other_ledger_, type);
    ASSERT_EQ(before.size(), after.size()) << type;
    ASSERT_FALSE(before.empty()) << type;
    for (size_t i = 0; i < before.size(); ++i) EXPECT_EQ(Comparable(before[i]), Comparable(after[i])) << type;
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, RoundTripTest,
                         ::testing::Values(exports::ExportFormat::kCsv, exports::ExportFormat::kJson,
                                           exports::ExportFormat::kXlsx),
                         [](const ::testing::TestParamInfo<exports::ExportFormat>& param_info) {
                           switch (param_info.param) {
                             case exports::ExportFormat::kCsv: return std::string("Csv");
                             case exports::ExportFormat::kJson: return std::string("Json");
                             case exports::ExportFormat::kXlsx: return std::string("Xlsx");
                           }
                           return std::string("Unknown");
                         });

}  // namespace
}  // namespace shanhai::ingest
