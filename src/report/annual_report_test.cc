// Tests of the annual report: a small world written through the ledger with live
// indicator facts over the shipped catalog, its report computed by hand, and the four
// renderings read back.

#include "report/annual_report.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "indicators/indexer.h"
#include "ledger/ledger.h"
#include "report/render.h"
#include "store/store.h"

namespace shanhai::report {
namespace {

using indicators::Scope;
using nlohmann::json;

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

class AnnualReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "annual_report_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    auto catalog = indicators::Catalog::LoadDefault();
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = *catalog;
    auto store = store::Store::Open((dir_ / "ledger.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    indexer_ = std::make_unique<indicators::Indexer>(catalog_);
    ledger_ = std::make_unique<ledger::Ledger>(*store_, indexer_.get());

    for (json unit : {json{{"code", "350000"}, {"name", "福建省"}, {"level", "province"}, {"side", "east"}},
                      json{{"code", "350200"}, {"name", "厦门市"}, {"level", "city"}, {"parent_code", "350000"},
                           {"side", "east"}},
                      json{{"code", "350205"}, {"name", "海沧区"}, {"level", "county"}, {"parent_code", "350200"},
                           {"side", "east"}},
                      json{{"code", "350206"}, {"name", "湖里区"}, {"level", "county"}, {"parent_code", "350200"},
                           {"side", "east"}},
                      json{{"code", "640000"}, {"name", "宁夏回族自治区"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "640400"}, {"name", "固原市"}, {"level", "city"}, {"parent_code", "640000"},
                           {"side", "west"}},
                      json{{"code", "640424"}, {"name", "泾源县"}, {"level", "county"}, {"parent_code", "640400"},
                           {"side", "west"}},
                      json{{"code", "640425"}, {"name", "彭阳县"}, {"level", "county"}, {"parent_code", "640400"},
                           {"side", "west"}}})
      Must("admin_units", unit);
    // The parent pairing and two county pairs under it.
    Must("pairings", {{"id", 1}, {"name", "厦门市—宁夏回族自治区"}, {"level", "city"}, {"east_unit", "350200"},
                      {"west_unit", "640000"}, {"start_date", "2021-01-01"}});
    Must("pairings", {{"id", 2}, {"name", "海沧区—泾源县"}, {"level", "county"}, {"east_unit", "350205"},
                      {"west_unit", "640424"}, {"start_date", "2021-01-01"}, {"parent_id", 1}});
    Must("pairings", {{"id", 3}, {"name", "湖里区—彭阳县"}, {"level", "county"}, {"east_unit", "350206"},
                      {"west_unit", "640425"}, {"start_date", "2021-01-01"}, {"parent_id", 1}});
    // The city itself also pairs with 彭阳县 directly, under the same parent.
    Must("pairings", {{"id", 4}, {"name", "厦门市—彭阳县"}, {"level", "city"}, {"east_unit", "350200"},
                      {"west_unit", "640425"}, {"start_date", "2021-01-01"}, {"parent_id", 1}});

    // Fiscal aid received (到位): 2022 = 1000万 + 600万, 2021 = 400万 + 400万. The 100万
    // allocated (下达) in 2022 counts only in the variant.
    Fund(2, "2022-03-01", "received", 1'000'000'000);
    Fund(2, "2021-05-01", "received", 400'000'000);
    Fund(3, "2022-06-01", "received", 600'000'000);
    Fund(3, "2021-08-01", "received", 400'000'000);
    Fund(3, "2022-07-01", "allocated", 100'000'000);

    // Targets: a value for the parent's fiscal aid, a range for its county pairs, a value
    // for 海沧—泾源's own fiscal aid.
    Must("targets", {{"pairing_id", 1}, {"year", 2022}, {"indicator_code", "fund_fiscal_aid"},
                     {"target_value", 20'000'000}, {"unit", "元"}});
    Must("targets", {{"pairing_id", 1}, {"year", 2022}, {"indicator_code", "pair_county"}, {"min_value", 1},
                     {"max_value", 3}, {"unit", "对"}});
    Must("targets", {{"pairing_id", 2}, {"year", 2022}, {"indicator_code", "fund_fiscal_aid"},
                     {"target_value", 12'000'000}, {"unit", "元"}});
    Must("targets", {{"pairing_id", 3}, {"year", 2022}, {"indicator_code", "fund_fiscal_aid"},
                     {"target_value", 7'000'000}, {"unit", "元"}});
    Must("targets", {{"pairing_id", 4}, {"year", 2022}, {"indicator_code", "fund_fiscal_aid"},
                     {"target_value", 5'000'000}, {"unit", "元"}});
    Must("targets", {{"pairing_id", 1}, {"year", 2023}, {"indicator_code", "fund_fiscal_aid"},
                     {"target_value", 99'000'000}, {"unit", "元"}});

    // Published figures: the parent's (6.25 % above the computed value: flagged), the
    // county pair's (余: within 5 %), one rejected, one of another place, one of another
    // year.
    Figure({{"pairing_id", 1}, {"scope_unit", "640000"}, {"value", 17'000'000}, {"qualifier", "exact"},
            {"quote", "累计向宁夏投入财政帮扶资金1700万元"}});
    Figure({{"pairing_id", 2}, {"scope_unit", "640424"}, {"value", 9'800'000}, {"qualifier", "at_least"},
            {"quote", "安排帮扶资金980余万元"}});
    Figure({{"pairing_id", 1}, {"value", 1}, {"qualifier", "exact"}, {"review", "rejected"},
            {"quote", "被驳回的数字"}});
    // A figure in another unit than the indicator's is compared with the variant in that
    // unit: 2 western counties (个) against the county pairs (对).
    Figure({{"pairing_id", 1}, {"indicator_code", "pair_county"}, {"unit", "个"}, {"value", 2},
            {"qualifier", "exact"}, {"quote", "结对帮扶2个县"}});
    Figure({{"scope_unit", "350200"}, {"value", 5}, {"qualifier", "exact"}, {"quote", "东部的数字"}});
    Figure({{"pairing_id", 1}, {"value", 3}, {"qualifier", "exact"}, {"period_start", "2023-01-01"},
            {"period_end", "2023-12-31"}, {"quote", "别的年份"}});
  }
  void TearDown() override {
    ledger_.reset();
    indexer_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Must(std::string_view type, const json& body) {
    auto r = ledger_->Create(T(type), body, ledger::Actor{"annual_report_test"});
    ASSERT_TRUE(r.ok()) << type << ": " << r.status().ToString();
  }
  void Fund(int64_t pairing, const std::string& date, const std::string& stage, int64_t fen) {
    Must("fund_transfers", {{"pairing_id", pairing},
                            {"date", date},
                            {"source_kind", "fiscal"},
                            {"stage", stage},
                            {"amount_fen", fen},
                            {"status", "approved"}});
  }
  void Figure(json body) {
    json base = {{"source_doc", "《测试报道》"}, {"source_date", "2022-12-30"}, {"indicator_code", "fund_fiscal_aid"},
                 {"unit", "元"}, {"period_start", "2022-01-01"}, {"period_end", "2022-12-31"}};
    base.update(body);
    Must("reported_figures", base);
  }

  AnnualReport Build(const Scope& scope, int year) {
    AnnualReport out;
    Status s = store_->Read([&](store::Txn& txn) -> Status {
      SHANHAI_ASSIGN_OR_RETURN(out, BuildAnnualReport(*catalog_, txn, scope, year));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }
  Status BuildError(const Scope& scope, int year) {
    return store_->Read([&](store::Txn& txn) -> Status { return BuildAnnualReport(*catalog_, txn, scope, year).status(); });
  }

  std::filesystem::path dir_;
  std::shared_ptr<const indicators::Catalog> catalog_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<indicators::Indexer> indexer_;
  std::unique_ptr<ledger::Ledger> ledger_;
};

TEST_F(AnnualReportTest, ParentPairingRollsUpWithTargetsChangeAndPublishedFigures) {
  const AnnualReport report = Build(Scope::Pairing(1), 2022);
  EXPECT_EQ(report.year, 2022);
  EXPECT_EQ(report.sub_pairings, 3);
  EXPECT_NE(report.title_zh.find("2022年"), std::string::npos) << report.title_zh;
  EXPECT_NE(report.title_zh.find("东西部协作"), std::string::npos) << report.title_zh;

  const ReportRow* aid = report.Find("fund_fiscal_aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->unit, "元");
  EXPECT_FALSE(aid->variant);
  ASSERT_TRUE(aid->actual);
  EXPECT_DOUBLE_EQ(*aid->actual, 16'000'000);  // 1000万 + 600万 of both county pairs
  ASSERT_TRUE(aid->last_year);
  EXPECT_DOUBLE_EQ(*aid->last_year, 8'000'000);
  ASSERT_TRUE(aid->change && aid->change_pct);
  EXPECT_DOUBLE_EQ(*aid->change, 8'000'000);
  EXPECT_DOUBLE_EQ(*aid->change_pct, 100);
  ASSERT_TRUE(aid->cumulative);
  EXPECT_DOUBLE_EQ(*aid->cumulative, 24'000'000);
  ASSERT_TRUE(aid->target);
  EXPECT_FALSE(aid->target->is_range());
  EXPECT_DOUBLE_EQ(*aid->target->value, 20'000'000);  // the parent's own target, not its children's
  ASSERT_TRUE(aid->completion_pct);
  EXPECT_DOUBLE_EQ(*aid->completion_pct, 80);

  // The allocated variant follows its main indicator and counts only the 下达 stage.
  const auto rows = report.AllRows();
  auto at = std::find(rows.begin(), rows.end(), aid);
  ASSERT_NE(at + 1, rows.end());
  EXPECT_EQ((*(at + 1))->code, "fund_fiscal_aid_allocated");
  EXPECT_TRUE((*(at + 1))->variant);
  EXPECT_EQ((*(at + 1))->depth, 1);
  EXPECT_DOUBLE_EQ((*(at + 1))->actual.value_or(-1), 1'000'000);

  // Published figures: the parent's own first, then the county pair's; the rejected one,
  // the eastern one and the other year's are left out.
  ASSERT_EQ(aid->reported.size(), 2u);
  const ReportedFigure& own = aid->reported[0];
  EXPECT_TRUE(own.same_scope);
  EXPECT_EQ(own.quote, "累计向宁夏投入财政帮扶资金1700万元");
  EXPECT_EQ(own.source_doc, "《测试报道》");
  ASSERT_TRUE(own.computed && own.difference && own.difference_pct);
  EXPECT_DOUBLE_EQ(*own.computed, 16'000'000);
  EXPECT_DOUBLE_EQ(*own.difference, -1'000'000);
  EXPECT_NEAR(*own.difference_pct, -100.0 / 17, 1e-9);
  EXPECT_TRUE(own.flagged);
  const ReportedFigure& county = aid->reported[1];
  EXPECT_FALSE(county.same_scope);
  EXPECT_EQ(county.scope_name.find("泾源") != std::string::npos || county.scope_name.find("海沧") != std::string::npos,
            true)
      << county.scope_name;
  ASSERT_TRUE(county.computed && county.difference);
  EXPECT_DOUBLE_EQ(*county.computed, 10'000'000);  // compared in the county pair's own scope
  EXPECT_DOUBLE_EQ(*county.difference, 200'000);
  EXPECT_FALSE(county.flagged);
  EXPECT_TRUE(aid->has_flag());

  // A range target: two county pairs active at the end of 2022 against 1–3.
  const ReportRow* pairs = report.Find("pair_county");
  ASSERT_NE(pairs, nullptr);
  EXPECT_DOUBLE_EQ(pairs->actual.value_or(-1), 2);
  ASSERT_TRUE(pairs->target && pairs->target->is_range());
  EXPECT_DOUBLE_EQ(*pairs->target->min, 1);
  EXPECT_DOUBLE_EQ(*pairs->target->max, 3);
  EXPECT_DOUBLE_EQ(pairs->completion_pct.value_or(-1), 200);  // against the minimum
  EXPECT_EQ(pairs->standing, RangeStanding::kWithin);
  ASSERT_EQ(pairs->reported.size(), 1u);
  EXPECT_EQ(pairs->reported[0].compared_variant, "pair_county_west_counties");
  EXPECT_DOUBLE_EQ(pairs->reported[0].computed.value_or(-1), 2);
  EXPECT_DOUBLE_EQ(pairs->reported[0].difference.value_or(-1), 0);
  EXPECT_FALSE(pairs->reported[0].flagged);

  // The 任务数/完成数 view holds exactly the indicators with a target, in report order.
  ASSERT_EQ(report.tasks.size(), 2u);
  EXPECT_EQ(report.tasks[0].code, "pair_county");
  EXPECT_TRUE(report.tasks[0].done);
  EXPECT_EQ(report.tasks[1].code, "fund_fiscal_aid");
  EXPECT_FALSE(report.tasks[1].done);
  EXPECT_DOUBLE_EQ(report.tasks[1].completion_pct.value_or(-1), 80);
}

TEST_F(AnnualReportTest, ChildPairingHasItsOwnTotalsAndTarget) {
  const AnnualReport report = Build(Scope::Pairing(2), 2022);
  EXPECT_EQ(report.sub_pairings, 0);
  const ReportRow* aid = report.Find("fund_fiscal_aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_DOUBLE_EQ(aid->actual.value_or(-1), 10'000'000);
  EXPECT_DOUBLE_EQ(aid->last_year.value_or(-1), 4'000'000);
  EXPECT_DOUBLE_EQ(aid->change_pct.value_or(-1), 150);
  EXPECT_DOUBLE_EQ(aid->target->value.value_or(-1), 12'000'000);
  EXPECT_NEAR(aid->completion_pct.value_or(-1), 1000.0 / 12, 1e-9);
  // Only the county pair's own figure: the parent's lies outside this subtree.
  ASSERT_EQ(aid->reported.size(), 1u);
  EXPECT_TRUE(aid->reported[0].same_scope);
  EXPECT_EQ(aid->reported[0].quote, "安排帮扶资金980余万元");
}

TEST_F(AnnualReportTest, UnitScopeSumsTheTargetsOfItsPairingsOnEitherSide) {
  const AnnualReport west = Build(Scope::Unit("640424"), 2022);
  const ReportRow* aid = west.Find("fund_fiscal_aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_DOUBLE_EQ(aid->actual.value_or(-1), 10'000'000);
  EXPECT_DOUBLE_EQ(aid->target->value.value_or(-1), 12'000'000);  // pairing 2: west_unit 640424
  ASSERT_EQ(aid->reported.size(), 1u);
  EXPECT_EQ(aid->reported[0].quote, "安排帮扶资金980余万元");

  const AnnualReport east = Build(Scope::Unit("350200"), 2022);
  aid = east.Find("fund_fiscal_aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_DOUBLE_EQ(aid->actual.value_or(-1), 16'000'000);  // everything 厦门市 does
  // Pairings 1 and 4 name 厦门市; 4 lies below 1, so only 1's target counts.
  EXPECT_DOUBLE_EQ(aid->target->value.value_or(-1), 20'000'000);
  EXPECT_EQ(aid->target->pairings, 1);
  // Figures scoped within 厦门市 or of pairings whose eastern party lies within it.
  std::set<std::string> quotes;
  for (const ReportedFigure& f : aid->reported) quotes.insert(f.quote);
  EXPECT_EQ(quotes, (std::set<std::string>{"累计向宁夏投入财政帮扶资金1700万元", "安排帮扶资金980余万元", "东部的数字"}));
  EXPECT_NE(east.scope_kind_zh.find("东部"), std::string::npos);

  // 彭阳县: pairings 3 and 4 side by side, both summed.
  const AnnualReport pengyang = Build(Scope::Unit("640425"), 2022);
  aid = pengyang.Find("fund_fiscal_aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_DOUBLE_EQ(aid->actual.value_or(-1), 6'000'000);
  EXPECT_DOUBLE_EQ(aid->target->value.value_or(-1), 12'000'000);
  EXPECT_EQ(aid->target->pairings, 2);
  EXPECT_DOUBLE_EQ(aid->completion_pct.value_or(-1), 50);

  const AnnualReport nothing = Build(Scope::Unit("640425"), 2023);
  EXPECT_FALSE(nothing.Find("fund_fiscal_aid")->target.has_value());
  EXPECT_TRUE(nothing.tasks.empty());
}

TEST_F(AnnualReportTest, EveryCatalogIndicatorAppearsExactlyOnceGroupedInCatalogOrder) {
  const AnnualReport report = Build(Scope::Pairing(1), 2022);
  ASSERT_EQ(report.groups.size(), catalog_->groups().size());
  for (size_t i = 0; i < report.groups.size(); ++i) EXPECT_EQ(report.groups[i].code, catalog_->groups()[i].code);
  std::map<std::string, int> seen;
  for (const ReportGroup& g : report.groups) {
    std::string last_main;
    for (const ReportRow& r : g.rows) {
      ++seen[r.code];
      const indicators::Indicator* ind = catalog_->Find(r.code);
      ASSERT_NE(ind, nullptr) << r.code;
      EXPECT_EQ(r.variant, !ind->variant_of.empty()) << r.code;
      if (r.depth == 0) {
        last_main = r.code;
        EXPECT_EQ(ind->group, g.code) << r.code;
      } else {
        EXPECT_FALSE(last_main.empty()) << r.code << " comes before any main indicator";
      }
    }
  }
  EXPECT_EQ(seen.size(), catalog_->indicators().size());
  for (const indicators::Indicator& ind : catalog_->indicators()) EXPECT_EQ(seen[ind.code], 1) << ind.code;
  // Variants right after the indicator they vary (or its other variants).
  const auto rows = report.AllRows();
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i]->variant) continue;
    ASSERT_GT(i, 0u);
    size_t j = i - 1;
    while (j > 0 && rows[j]->depth >= rows[i]->depth && rows[j]->code != rows[i]->variant_of) --j;
    EXPECT_EQ(rows[j]->code, rows[i]->variant_of) << rows[i]->code;
  }
}

TEST_F(AnnualReportTest, ErrorsAreStatuses) {
  EXPECT_EQ(BuildError(Scope::Pairing(99), 2022).code(), StatusCode::kNotFound);
  EXPECT_EQ(BuildError(Scope::Unit("659999"), 2022).code(), StatusCode::kNotFound);
  EXPECT_EQ(BuildError(Scope::Unit("12"), 2022).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildError(Scope::All(), 2022).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildError(Scope::Pairing(1), 3000).code(), StatusCode::kInvalidArgument);
}

TEST_F(AnnualReportTest, TextReadsLikeAReportWithChineseNumbers) {
  const std::string text = RenderText(Build(Scope::Pairing(1), 2022));
  EXPECT_NE(text.find("厦门市"), std::string::npos);
  EXPECT_NE(text.find("【数说】"), std::string::npos);
  // 1600万 in 万元 with two decimals, completion, the change on last year.
  EXPECT_NE(text.find("财政援助资金1,600.00万元（完成任务的80.0%）"), std::string::npos) << text.substr(0, 2000);
  EXPECT_NE(text.find("+100.0%"), std::string::npos);
  EXPECT_NE(text.find("2,000.00"), std::string::npos);  // the target
  for (const indicators::Group& g : catalog_->groups()) EXPECT_NE(text.find(g.zh), std::string::npos) << g.zh;
  EXPECT_NE(text.find("“累计向宁夏投入财政帮扶资金1700万元”"), std::string::npos);
  EXPECT_NE(text.find("-100.00万元（-5.9%） ⚠"), std::string::npos);
  EXPECT_NE(text.find("1–3"), std::string::npos);  // the range target
  EXPECT_NE(text.find("区间内"), std::string::npos);
  EXPECT_NE(text.find("【任务完成情况】"), std::string::npos);
  EXPECT_NE(text.find("共 2 项任务，已完成 1 项。"), std::string::npos);
}

TEST_F(AnnualReportTest, JsonCarriesRawValuesInCatalogUnits) {
  const json doc = RenderJson(Build(Scope::Pairing(1), 2022));
  EXPECT_EQ(doc["year"], 2022);
  EXPECT_EQ(doc["scope"]["kind"], "pairing");
  EXPECT_EQ(doc["scope"]["pairing_id"], 1);
  EXPECT_EQ(doc["groups"].size(), catalog_->groups().size());
  const json* aid = nullptr;
  size_t rows = 0;
  for (const json& g : doc["groups"])
    for (const json& r : g["rows"]) {
      ++rows;
      if (r["code"] == "fund_fiscal_aid") aid = &r;
    }
  EXPECT_EQ(rows, catalog_->indicators().size());
  ASSERT_NE(aid, nullptr);
  EXPECT_DOUBLE_EQ((*aid)["actual"].get<double>(), 16'000'000);
  EXPECT_DOUBLE_EQ((*aid)["target"]["value"].get<double>(), 20'000'000);
  EXPECT_DOUBLE_EQ((*aid)["completion_pct"].get<double>(), 80);
  EXPECT_TRUE((*aid)["flagged"].get<bool>());
  EXPECT_EQ((*aid)["reported"][0]["quote"], "累计向宁夏投入财政帮扶资金1700万元");
  EXPECT_DOUBLE_EQ((*aid)["reported"][0]["difference"].get<double>(), -1'000'000);
  EXPECT_EQ(doc["tasks"].size(), 2u);
}

TEST_F(AnnualReportTest, HtmlIsAPrintablePageWithGroupsQuotesAndHighlights) {
  const std::string html = RenderHtml(Build(Scope::Pairing(1), 2022));
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("size: A4"), std::string::npos);
  for (const indicators::Group& g : catalog_->groups()) EXPECT_NE(html.find(g.zh + "</h2>"), std::string::npos) << g.zh;
  for (const char* header : {"<th>指标</th>", "<th>单位</th>", "<th>完成数</th>", "<th>任务数</th>", "<th>完成率</th>",
                             "<th>上年</th>", "<th>同比</th>", "<th>公开报道数</th>"})
    EXPECT_NE(html.find(header), std::string::npos) << header;
  EXPECT_NE(html.find("“累计向宁夏投入财政帮扶资金1700万元”"), std::string::npos);
  EXPECT_NE(html.find("class=\"flag\">差异 -100.00万元（-5.9%）"), std::string::npos);
  EXPECT_NE(html.find("1,600.00"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos) << "self-contained";
  EXPECT_EQ(html.find("https://"), std::string::npos) << "self-contained";
}

TEST_F(AnnualReportTest, XlsxIsAPrintReadyWorkbook) {
  const AnnualReport report = Build(Scope::Pairing(1), 2022);
  const std::string path = (dir_ / "report.xlsx").string();
  Status s = RenderXlsx(report, path);
  ASSERT_TRUE(s.ok()) << s.ToString();
  const std::string strings = ZipEntry(path, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find(report.title_zh), std::string::npos);
  for (const char* header : {"指标", "单位", "完成数", "任务数", "完成率", "同比", "公开报道数"})
    EXPECT_NE(strings.find(std::string(">") + header + "<"), std::string::npos) << header;
  EXPECT_NE(strings.find("二、资金支持"), std::string::npos);
  EXPECT_NE(strings.find("万元"), std::string::npos);
  const std::string workbook = ZipEntry(path, "xl/workbook.xml");
  for (const char* sheet : {"年度报告", "任务完成情况", "公开报道数"})
    EXPECT_NE(workbook.find(sheet), std::string::npos) << sheet;
  EXPECT_NE(workbook.find("_xlnm.Print_Titles"), std::string::npos) << "header rows repeat";
  const std::string sheet = ZipEntry(path, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<pane ySplit=\"6\""), std::string::npos) << "frozen below the header";
  EXPECT_NE(sheet.find("paperSize=\"9\""), std::string::npos) << "A4";
  EXPECT_NE(sheet.find("orientation=\"landscape\""), std::string::npos);
  EXPECT_NE(sheet.find("fitToHeight=\"0\""), std::string::npos) << "one page wide";
  EXPECT_NE(sheet.find("&amp;P"), std::string::npos) << "page numbers";
  EXPECT_NE(sheet.find("<mergeCell "), std::string::npos) << "title block and group rows";
  EXPECT_NE(sheet.find("<v>1600</v>"), std::string::npos) << "1600万 as a number";
  const std::string styles = ZipEntry(path, "xl/styles.xml");
  for (const char* format : {"#,##0.00", "#,##0", "0.0%"}) EXPECT_NE(styles.find(format), std::string::npos) << format;
  EXPECT_NE(ZipEntry(path, "xl/comments1.xml").find("累计向宁夏投入财政帮扶资金1700万元"), std::string::npos);

  EXPECT_EQ(RenderXlsx(report, (dir_ / "missing" / "x.xlsx").string()).code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace shanhai::report
