// Tests of the indicator catalog: the shipped catalog/indicators.json and the checks
// Catalog::Parse makes on bad documents.

#include "indicators/catalog.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace shanhai::indicators {
namespace {

// Every code of design/indicators.md §2 (the tables), plus the sub-codes §2 names in
// its text (fund_social_cash/_inkind, pair_township_west_covered, the tal_prof_e2w
// breakdowns, lab_training_persons).
const std::vector<std::string> kDesignCodes = {
    // 2.1 组织领导 / 结对关系
    "org_leader_visits", "org_joint_meetings", "org_exchange_batches", "org_exchange_persontimes",
    "pair_county", "pair_township", "pair_township_coverage", "pair_village", "pair_school",
    "pair_hospital", "pair_enterprise_village", "pair_socorg_village", "pair_household",
    "pair_township_west_covered",
    // 2.2 资金
    "fund_fiscal_aid", "fund_fiscal_aid_per_county", "fund_fiscal_aid_key_county_share",
    "fund_fiscal_disbursed", "fund_disbursement_rate", "fund_social", "fund_social_cash",
    "fund_social_inkind", "fund_total_aid", "prj_count", "prj_fiscal_aid", "prj_pe_benefited",
    // 2.3 人才
    "tal_cadres_e2w", "tal_cadres_w2e", "tal_prof_e2w", "tal_prof_e2w_persontimes", "tal_prof_e2w_edu",
    "tal_prof_e2w_med", "tal_prof_e2w_agri", "tal_prof_e2w_other", "tal_prof_w2e", "tal_team_batches",
    "trn_cadre_persontimes", "trn_prof_persontimes", "trn_sessions", "trn_rural_leaders",
    "out_local_staff_mentored", "out_med_new_techniques", "out_med_services",
    // 2.4 产业合作
    "ind_enterprises_landed", "ind_investment_actual", "ind_investment_contract", "ind_projects_signed",
    "ind_enterprises_visited", "ind_rural_employed", "ind_pe_employed", "ind_parks",
    "ind_park_enterprises", "ind_park_investment", "ind_jobs_provided", "ws_count", "ws_rural_employed",
    "ws_pe_employed", "ind_beneficiary_income",
    // 2.5 劳务协作
    "lab_rural_helped", "lab_pe_helped", "lab_to_east", "lab_local", "lab_other_region",
    "lab_stable_in_east", "lab_stable_pe_in_east", "lab_organised_transfer",
    "lab_transport_subsidy_persons", "lab_transport_subsidy_amount", "lab_training_sessions",
    "lab_training_persontimes", "lab_training_persons", "lab_jobs_offered", "lab_job_fairs",
    "lab_brokers", "lab_agencies", "lab_vocational_students",
    // 2.6 消费帮扶
    "csm_total", "csm_purchase", "csm_helped_sales", "csm_signed_intent", "csm_outlets",
    "csm_outlet_sales", "csm_quantity", "csm_suppliers_onboarded",
    // 2.7 社会帮扶
    "soc_donation_total", "soc_donation_cash", "soc_donation_inkind", "soc_enterprises_paired",
    "soc_socorgs_paired", "soc_villages_paired", "soc_projects", "soc_households_helped",
    // 2.8 乡村振兴示范
    "rv_demo_villages", "rv_demo_fiscal_aid", "rv_demo_villages_paired", "rv_demo_bases",
    "rv_demo_counties",
};

// The Y column of §2.
const std::set<std::string> kDesignTargets = {
    "org_leader_visits", "org_joint_meetings", "pair_county", "pair_township", "pair_township_coverage",
    "pair_village", "pair_school", "pair_hospital", "pair_enterprise_village", "pair_socorg_village",
    "fund_fiscal_aid", "fund_fiscal_aid_per_county", "fund_social", "prj_count", "tal_cadres_e2w",
    "tal_cadres_w2e", "tal_prof_e2w", "tal_prof_w2e", "trn_cadre_persontimes", "trn_prof_persontimes",
    "trn_rural_leaders", "ind_enterprises_landed", "ind_investment_actual", "ind_rural_employed",
    "ind_pe_employed", "ind_parks", "ws_count", "ws_rural_employed", "ws_pe_employed",
    "lab_rural_helped", "lab_pe_helped", "lab_to_east", "lab_stable_in_east", "lab_stable_pe_in_east",
    "lab_training_sessions", "lab_training_persontimes", "csm_total", "csm_outlets",
    "soc_donation_total", "soc_enterprises_paired", "soc_socorgs_paired", "soc_villages_paired",
    "rv_demo_villages",
};

std::shared_ptr<const Catalog> Shipped() {
  auto catalog = Catalog::LoadDefault();
  EXPECT_TRUE(catalog.ok()) << catalog.status().ToString();
  for (const FieldError& e : catalog.status().fields()) ADD_FAILURE() << e.field << ": " << e.message_en;
  return catalog.ok() ? *catalog : nullptr;
}

TEST(ShippedCatalog, ParsesWithoutProblems) {
  auto catalog = Shipped();
  ASSERT_NE(catalog, nullptr);
  EXPECT_GT(catalog->indicators().size(), kDesignCodes.size());
  std::vector<std::string> groups;
  for (const Group& g : catalog->groups()) groups.push_back(g.code);
  EXPECT_EQ(groups, (std::vector<std::string>{"org", "funds", "talent", "industry", "labour", "consumption",
                                              "social", "rural"}));
}

TEST(ShippedCatalog, HasEveryDesignCodeWithItsTargetFlag) {
  auto catalog = Shipped();
  ASSERT_NE(catalog, nullptr);
  for (const std::string& code : kDesignCodes) {
    const Indicator* ind = catalog->Find(code);
    ASSERT_NE(ind, nullptr) << code;
    if (ind->variant_of.empty()) {
      EXPECT_EQ(ind->target, kDesignTargets.count(code) == 1) << code;
    }
  }
  for (const std::string& code : kDesignTargets) EXPECT_NE(catalog->Find(code), nullptr) << code;
}

TEST(ShippedCatalog, EveryIndicatorIsDescribed) {
  auto catalog = Shipped();
  ASSERT_NE(catalog, nullptr);
  const std::map<std::string, std::string> group_of_prefix = {
      {"org", "org"},       {"pair", "org"},      {"fund", "funds"},    {"prj", "funds"},
      {"tal", "talent"},    {"trn", "talent"},    {"out", "talent"},    {"ind", "industry"},
      {"ws", "industry"},   {"lab", "labour"},    {"csm", "consumption"}, {"soc", "social"},
      {"rv", "rural"}};
  for (const Indicator& ind : catalog->indicators()) {
    SCOPED_TRACE(ind.code);
    EXPECT_FALSE(ind.zh.empty());
    EXPECT_FALSE(ind.en.empty());
    EXPECT_FALSE(ind.unit.empty());
    EXPECT_FALSE(ind.unit_en.empty());
    EXPECT_FALSE(ind.note.empty());
    auto prefix = group_of_prefix.find(ind.code.substr(0, ind.code.find('_')));
    ASSERT_NE(prefix, group_of_prefix.end());
    EXPECT_EQ(ind.group, prefix->second);
    if (!ind.variant_of.empty()) {
      EXPECT_NE(catalog->Find(ind.variant_of), nullptr);
      EXPECT_FALSE(ind.variant_zh.empty());
      EXPECT_FALSE(ind.variant_en.empty());
    }
    if (ind.derived()) {
      EXPECT_EQ(ind.record, nullptr);
      EXPECT_GE(ind.of.size(), 2u);
    } else {
      ASSERT_NE(ind.record, nullptr);
      // Only administrative units have no date (always active).
      EXPECT_EQ(ind.date_field.empty(), ind.record->name == "admin_units");
      if (ind.measure != Measure::kCount) {
        EXPECT_FALSE(ind.field.empty());
      }
      // Money is summed in fen and reported in yuan.
      if (ind.measure == Measure::kSum && ind.field.ends_with("_fen")) {
        EXPECT_DOUBLE_EQ(ind.scale, 0.01);
        EXPECT_EQ(ind.unit, "元");
      }
    }
  }
}

TEST(ShippedCatalog, DerivedRulesFormNoCycle) {
  auto catalog = Shipped();
  ASSERT_NE(catalog, nullptr);
  // Depth-first, independent of Parse's own check: every chain of `of` ends in counted rules.
  std::map<std::string, int> state;  // 1 = on the path, 2 = done
  std::function<bool(const std::string&)> acyclic = [&](const std::string& code) {
    if (state[code] == 1) return false;
    if (state[code] == 2) return true;
    state[code] = 1;
    const Indicator* ind = catalog->Find(code);
    if (ind == nullptr) return false;
    for (const std::string& next : ind->of) {
      if (!acyclic(next)) return false;
    }
    state[code] = 2;
    return true;
  };
  for (const Indicator& ind : catalog->indicators()) EXPECT_TRUE(acyclic(ind.code)) << ind.code;
}

TEST(ShippedCatalog, RulesAreResolvedAndTyped) {
  auto catalog = Shipped();
  ASSERT_NE(catalog, nullptr);

  const Indicator* aid = catalog->Find("fund_fiscal_aid");
  ASSERT_NE(aid, nullptr);
  ASSERT_NE(aid->record, nullptr);
  EXPECT_EQ(aid->record->name, "fund_transfers");
  EXPECT_EQ(aid->measure, Measure::kSum);
  EXPECT_EQ(aid->field, "amount_fen");
  EXPECT_EQ(aid->timing, Timing::kEvent);
  EXPECT_EQ(aid->date_field, "date");
  EXPECT_EQ(aid->end_field, "");
  ASSERT_EQ(aid->where.size(), 2u);
  EXPECT_EQ(aid->where[0].path, "source_kind");
  EXPECT_EQ(aid->where[0].op, Condition::Op::kIn);
  ASSERT_EQ(aid->where[0].values.size(), 1u);
  EXPECT_EQ(std::get<std::string>(aid->where[0].values[0]), "fiscal");

  const Indicator* key_county = catalog->Find("fund_fiscal_aid_key_county");
  ASSERT_NE(key_county, nullptr);
  EXPECT_EQ(key_county->variant_of, "fund_fiscal_aid");
  ASSERT_EQ(key_county->where.size(), 3u);
  EXPECT_EQ(key_county->where[2].path, "west_code.key_county");
  EXPECT_EQ(std::get<bool>(key_county->where[2].values.at(0)), true);

  const Indicator* rate = catalog->Find("fund_disbursement_rate");
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->derivation, Derivation::kDivide);
  EXPECT_EQ(rate->of, (std::vector<std::string>{"fund_fiscal_disbursed", "fund_fiscal_aid"}));
  EXPECT_DOUBLE_EQ(rate->scale, 100);

  // Spells: span timing with the type's end field and the 3-month rule.
  const Indicator* helped = catalog->Find("lab_rural_helped");
  ASSERT_NE(helped, nullptr);
  EXPECT_EQ(helped->timing, Timing::kSpan);
  EXPECT_EQ(helped->date_field, "start_date");
  EXPECT_EQ(helped->end_field, "end_date");
  EXPECT_EQ(helped->min_months, 3);
  EXPECT_EQ(helped->measure, Measure::kCountDistinct);
  EXPECT_EQ(helped->field, "person_id.id_hash");
  EXPECT_EQ(helped->key_fallback, "person_id");

  const Indicator* east = catalog->Find("lab_to_east");
  ASSERT_NE(east, nullptr);
  ASSERT_EQ(east->where.size(), 2u);
  EXPECT_EQ(east->where[1].op, Condition::Op::kWithin);
  EXPECT_EQ(east->where[1].code_field, "east_code");

  const Indicator* landed = catalog->Find("ind_rural_employed");
  ASSERT_NE(landed, nullptr);
  ASSERT_EQ(landed->where.size(), 1u);
  const Condition& exists = landed->where[0];
  EXPECT_EQ(exists.op, Condition::Op::kExistsIn);
  ASSERT_NE(exists.exists_type, nullptr);
  EXPECT_EQ(exists.exists_type->name, "investments");
  EXPECT_EQ(exists.exists_field, "enterprise_id");
  ASSERT_EQ(exists.exists_where.size(), 1u);
  EXPECT_EQ(std::get<std::string>(exists.exists_where[0].values.at(0)), "paid_in");

  // Stock without an end field (parks are never dissolved) and a date override.
  const Indicator* parks = catalog->Find("ind_parks");
  ASSERT_NE(parks, nullptr);
  EXPECT_EQ(parks->timing, Timing::kStock);
  EXPECT_EQ(parks->date_field, "co_built_date");
  EXPECT_EQ(parks->end_field, "");
  const Indicator* wishes = catalog->Find("soc_households_helped");
  ASSERT_NE(wishes, nullptr);
  EXPECT_EQ(wishes->date_field, "fulfilled_date");

  const Indicator* variant = catalog->Find("tal_prof_e2w_persontimes");
  ASSERT_NE(variant, nullptr);
  EXPECT_EQ(variant->variant_of, "tal_prof_e2w");
  EXPECT_EQ(variant->measure, Measure::kCount);
  EXPECT_EQ(variant->unit, "人次");
}

TEST(ShippedCatalog, FindAndRulesOver) {
  auto catalog = Shipped();
  ASSERT_NE(catalog, nullptr);
  EXPECT_EQ(catalog->Find("no_such_indicator"), nullptr);
  EXPECT_EQ(catalog->Find(""), nullptr);

  std::vector<const Indicator*> over = catalog->RulesOver("fund_transfers");
  std::vector<std::string> codes;
  for (const Indicator* ind : over) {
    EXPECT_FALSE(ind->derived());
    EXPECT_EQ(ind->record->name, "fund_transfers");
    codes.push_back(ind->code);
  }
  EXPECT_NE(std::find(codes.begin(), codes.end(), "fund_fiscal_aid"), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "fund_fiscal_disbursed"), codes.end());
  EXPECT_EQ(std::find(codes.begin(), codes.end(), "fund_disbursement_rate"), codes.end());
  // Catalog order is kept.
  size_t last = 0;
  for (const Indicator* ind : over) {
    size_t at = static_cast<size_t>(ind - catalog->indicators().data());
    EXPECT_GE(at, last);
    last = at;
  }
  EXPECT_TRUE(catalog->RulesOver("no_such_type").empty());
  EXPECT_FALSE(catalog->RulesOver("employment_records").empty());
  EXPECT_FALSE(catalog->RulesOver("pairings").empty());
}

TEST(CatalogLoad, MissingFileIsNotFound) {
  auto catalog = Catalog::Load("/nonexistent/indicators.json");
  ASSERT_FALSE(catalog.ok());
  EXPECT_EQ(catalog.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(catalog.status().message_zh().empty());
}

// ---- Bad catalogs --------------------------------------------------------------------

constexpr const char* kGroups =
    R"("groups": [{"code": "funds", "zh": "资金", "en": "Funds"}, {"code": "org", "zh": "组织", "en": "Org"}])";

// A catalog whose indicators are `indicators` (JSON objects, comma-separated).
std::string Doc(const std::string& indicators) {
  return std::string("{\"version\": 1, ") + kGroups + ", \"indicators\": [" + indicators + "]}";
}

// An indicator with this code and rule (and extra top-level keys, comma-led).
std::string Ind(const std::string& code, const std::string& rule, const std::string& extra = "") {
  return R"({"code": ")" + code + R"(", "zh": "测试", "en": "Test", "group": "funds", "unit": "元", "unit_en": "yuan", "rule": )" +
         rule + extra + "}";
}

const std::string kGoodRule =
    R"({"record": "fund_transfers", "where": [{"field": "source_kind", "in": ["fiscal"]}], "measure": "sum", "field": "amount_fen", "scale": 0.01})";

TEST(CatalogParse, MinimalCatalogParses) {
  auto catalog = Catalog::Parse(Doc(
      Ind("good", kGoodRule) + "," +
      Ind("span", R"({"record": "employment_records", "where": [{"field": "person_id.household_type", "in": ["lifted"]}, {"field": "work_unit", "not_within": "west_code"}], "measure": "count_distinct", "field": "person_id.id_hash", "key_fallback": "person_id", "timing": "span", "min_months": 3})") +
      "," +
      Ind("typed", R"({"record": "secondments", "where": [{"field": "batch_no", "in": [7, 8.0]}, {"field": "start_date", "in": ["2024-01-01"]}, {"field": "host_unit", "in": ["640522"]}], "measure": "count"})") +
      "," +
      Ind("real", R"({"record": "industrial_parks", "where": [{"field": "area_m2", "in": [5]}], "measure": "count", "timing": "stock"})") +
      "," + Ind("ratio", R"({"derived": "divide", "of": ["good", "span"], "scale": 100})") + "," +
      Ind("units", R"({"record": "admin_units", "where": [{"field": "level", "in": ["township"]}], "measure": "count", "timing": "stock"})")));
  ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
  const Catalog& c = **catalog;
  ASSERT_EQ(c.indicators().size(), 6u);
  const Indicator* typed = c.Find("typed");
  ASSERT_NE(typed, nullptr);
  EXPECT_EQ(std::get<int64_t>(typed->where[0].values[0]), 7);
  EXPECT_EQ(std::get<int64_t>(typed->where[0].values[1]), 8);
  EXPECT_EQ(std::get<std::string>(typed->where[1].values[0]), "2024-01-01");
  EXPECT_EQ(std::get<double>(c.Find("real")->where[0].values[0]), 5.0);
  EXPECT_EQ(c.Find("span")->where[1].op, Condition::Op::kNotWithin);
  EXPECT_EQ(c.Find("span")->where[1].code_field, "west_code");
  EXPECT_EQ(c.Find("units")->date_field, "");
  EXPECT_EQ(c.Find("good")->target, false);
}

struct BadCase {
  const char* name;
  std::string document;
  std::string code;  // the indicator the problem must name
  std::string words;  // a fragment of the English message
};

std::vector<BadCase> BadCases() {
  const std::string other = Ind("other", kGoodRule);
  return {
      {"unknown record type", Doc(Ind("bad_type", R"({"record": "fund_transfer", "measure": "count"})")),
       "bad_type", "unknown record type"},
      {"unknown field", Doc(Ind("bad_field", R"({"record": "fund_transfers", "where": [{"field": "stag", "in": ["received"]}], "measure": "count"})")),
       "bad_field", "not a field of fund_transfers"},
      {"unknown path hop", Doc(Ind("bad_hop", R"({"record": "employment_records", "where": [{"field": "person_id.household", "in": ["lifted"]}], "measure": "count"})")),
       "bad_hop", "not a field of persons"},
      {"hop through a non-reference", Doc(Ind("bad_through", R"({"record": "employment_records", "where": [{"field": "channel.code", "in": ["x"]}], "measure": "count"})")),
       "bad_through", "not a reference or a unit code"},
      {"two hops", Doc(Ind("two_hops", R"({"record": "employment_records", "measure": "count_distinct", "field": "person_id.hukou_unit.side"})")),
       "two_hops", "more than one hop"},
      {"sum over a text field", Doc(Ind("sum_text", R"({"record": "fund_transfers", "measure": "sum", "field": "purpose"})")),
       "sum_text", "cannot sum"},
      {"enum value that does not exist", Doc(Ind("bad_enum", R"({"record": "fund_transfers", "where": [{"field": "stage", "in": ["arrived"]}], "measure": "count"})")),
       "bad_enum", "not one of its codes"},
      {"value of the wrong type", Doc(Ind("bad_bool", R"({"record": "investments", "where": [{"field": "is_new_landing", "in": ["yes"]}], "measure": "count"})")),
       "bad_bool", "expected true or false"},
      {"unknown group", Doc(R"({"code": "bad_group", "zh": "测试", "en": "Test", "group": "money", "unit": "元", "unit_en": "yuan", "rule": )" + kGoodRule + "}"),
       "bad_group", "unknown group"},
      {"derived referring to an unknown code", Doc(other + "," + Ind("bad_ref", R"({"derived": "divide", "of": ["other", "missing"]})")),
       "bad_ref", "unknown indicator \"missing\""},
      {"derived cycle",
       Doc(Ind("cycle_a", R"({"derived": "add", "of": ["cycle_b", "other"]})") + "," +
           Ind("cycle_b", R"({"derived": "subtract", "of": ["cycle_a", "other"]})") + "," + other),
       "cycle_a", "cycle"},
      {"derived on itself", Doc(other + "," + Ind("self_ref", R"({"derived": "add", "of": ["self_ref", "other"]})")),
       "self_ref", "cycle"},
      {"duplicate code", Doc(Ind("twice", kGoodRule) + "," + Ind("twice", kGoodRule)), "twice", "duplicate code"},
      {"unknown key in an indicator", Doc(Ind("bad_key", kGoodRule, R"(, "traget": true)")), "bad_key", "unknown key \"traget\""},
      {"unknown key in a rule", Doc(Ind("bad_rule_key", R"({"record": "fund_transfers", "measure": "count", "timing": "event", "min_month": 3})")),
       "bad_rule_key", "unknown key \"min_month\""},
      {"unknown key in a condition", Doc(Ind("bad_cond_key", R"({"record": "fund_transfers", "where": [{"field": "stage", "is": ["received"]}], "measure": "count"})")),
       "bad_cond_key", "unknown key \"is\""},
      {"unknown measure", Doc(Ind("bad_measure", R"({"record": "fund_transfers", "measure": "average", "field": "amount_fen"})")),
       "bad_measure", "must be sum, count or count_distinct"},
      {"within on a non-unit field", Doc(Ind("bad_within", R"({"record": "fund_transfers", "where": [{"field": "purpose", "within": "east_code"}], "measure": "count"})")),
       "bad_within", "not a unit code"},
      {"span without an end field", Doc(Ind("bad_span", R"({"record": "fund_transfers", "measure": "count", "timing": "span"})")),
       "bad_span", "span timing needs an end-date field"},
      {"min_months on events", Doc(Ind("bad_months", R"({"record": "employment_records", "measure": "count", "min_months": 3})")),
       "bad_months", "span and stock"},
      {"date override that is not a date", Doc(Ind("bad_date", R"({"record": "fund_transfers", "measure": "count", "date": "purpose"})")),
       "bad_date", "not a date field"},
      {"exists_in over incomparable fields", Doc(Ind("bad_exists", R"({"record": "employment_records", "where": [{"field": "employer_org_id", "exists_in": {"record": "investments", "field": "park_id"}}], "measure": "count"})")),
       "bad_exists", "same kind of value"},
      {"two operators in one condition", Doc(Ind("two_ops", R"({"record": "fund_transfers", "where": [{"field": "stage", "in": ["received"], "present": true}], "measure": "count"})")),
       "two_ops", "exactly one of"},
      {"divide of three", Doc(other + "," + Ind("bad_arity", R"({"derived": "divide", "of": ["other", "other", "other"]})")),
       "bad_arity", "exactly two"},
      {"variant of an unknown indicator", Doc(Ind("bad_variant", kGoodRule, R"(, "variant_of": "nothing", "variant": {"zh": "甲", "en": "a"})")),
       "bad_variant", "unknown indicator \"nothing\""},
      {"both counted and derived", Doc(Ind("both", R"({"record": "fund_transfers", "derived": "add", "of": ["a", "b"]})")),
       "both", "not both"},
      {"missing Chinese name", Doc(R"({"code": "no_zh", "en": "x", "group": "funds", "unit": "元", "unit_en": "yuan", "rule": )" + kGoodRule + "}"),
       "no_zh", "zh: is required"},
  };
}

TEST(CatalogParse, BadCatalogsAreRejectedNamingTheIndicator) {
  for (const BadCase& c : BadCases()) {
    SCOPED_TRACE(c.name);
    auto catalog = Catalog::Parse(c.document);
    ASSERT_FALSE(catalog.ok());
    EXPECT_EQ(catalog.status().code(), StatusCode::kInvalidArgument);
    bool named = false;
    for (const FieldError& e : catalog.status().fields()) {
      EXPECT_FALSE(e.message_zh.empty()) << e.message_en;
      if (e.field == c.code && e.message_en.find(c.words) != std::string::npos) named = true;
    }
    std::string all;
    for (const FieldError& e : catalog.status().fields()) all += e.field + ": " + e.message_en + "\n";
    EXPECT_TRUE(named) << "expected " << c.code << " / " << c.words << ", got:\n" << all;
  }
}

TEST(CatalogParse, EveryProblemIsReported) {
  auto catalog = Catalog::Parse(Doc(
      Ind("first", R"({"record": "fund_transfers", "measure": "sum", "field": "purpose"})") + "," +
      Ind("second", R"({"record": "nowhere", "measure": "count"})")));
  ASSERT_FALSE(catalog.ok());
  std::set<std::string> fields;
  for (const FieldError& e : catalog.status().fields()) fields.insert(e.field);
  EXPECT_EQ(fields, (std::set<std::string>{"first", "second"}));
}

TEST(CatalogParse, MalformedDocumentsAreRejected) {
  for (const std::string& text : std::vector<std::string>{
           "", "{", "not json", R"({"version": 1, "groups": [}])", "[]",
           // A key given twice would silently lose one of the two.
           Doc(Ind("dup_key", kGoodRule, R"(, "zh": "又一个")")),
           // Unknown top-level key, wrong version, no indicators.
           std::string("{\"version\": 1, ") + kGroups + R"(, "indicators": [], "extra": 1})",
           std::string("{\"version\": 2, ") + kGroups + ", \"indicators\": [" + Ind("v", kGoodRule) + "]}"}) {
    SCOPED_TRACE(text);
    auto catalog = Catalog::Parse(text);
    ASSERT_FALSE(catalog.ok());
    EXPECT_EQ(catalog.status().code(), StatusCode::kInvalidArgument);
    EXPECT_FALSE(catalog.status().fields().empty());
  }
}

}  // namespace
}  // namespace shanhai::indicators
