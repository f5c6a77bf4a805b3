// tests/indicators/world.h
//
// The fixture world of the indicator tests: a few real units of 闽宁协作 (厦门 helps
// 固原: 海沧→泾源, 思明→彭阳, and 湖里→泾源 until mid-2023), their organisations and
// pairings, and a small number of records of every type the catalog counts, written
// through the Ledger so that the Indexer keeps the facts. Every record has a short name
// ("T1", "S8a", "person:G") so that the expectation tables can name it; the comments in
// the tables say which records make up each value.
//
// The world, in short (money in 元; "→" is a pairing, "<" its parent):
//
//  units   福建 350000 > 厦门 350200 > 思明 350203, 海沧 350205 (> 海沧街道 350205001
//          > 海沧社区 350205001001, 嵩屿街道 350205002), 湖里 350206; 浙江 330000 >
//          杭州 330100 > 西湖 330106; 宁夏 640000 > 固原 640400 > 泾源 640424 (key county)
//          > 香水镇 640424100 > 沙南村 640424100201, 泾河源镇 640424101 > 龙潭村
//          640424101201, 冶家村 640424101202; 彭阳 640425 > 白阳镇 640425100.
//  pairings
//    P1 厦门→固原 city 2017-          P19 思明→彭阳 county, programme counterpart 2020-
//      P2 海沧→泾源 county 2021-  <P1     (no parent)
//        P5 海沧街道→香水镇 township 2022-01  P6 嵩屿街道→香水镇 township 2022-06
//          P7 海沧社区→沙南村 village 2022- <P5
//        P8 school 厦门一中→泾源高中 2021-09  P10 school 海沧实验中学→泾源高中 2024-02
//        P11 hospital 厦大附一→泾源县医院 2021-05  P12 hospital 海沧医院→泾源县医院 2023-03
//        P13 ent–village E1→沙南村 2022-03  P14 E1→龙潭村 2023-02  P15 E3→沙南村 2023-05
//        P16 socorg–village SO1→沙南村 2022-01
//        P17 household SO1→沙南村 2022-05  P18 household E1→沙南村 2023-04
//      P3 思明→彭阳 county 2021-  <P1
//        P9 school 厦门一中→彭阳一中 2022-09
//      P4 湖里→泾源 county 2021-01-01 … 2023-06-30 (ended mid-2023) <P1
//
// Thread-safety: none; one world per test.

#ifndef SHANHAI_TESTS_INDICATORS_WORLD_H_
#define SHANHAI_TESTS_INDICATORS_WORLD_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "ledger/ledger.h"
#include "model/record_type.h"

namespace shanhai::testworld {

using nlohmann::json;

inline const model::RecordType& T(std::string_view name) {
  const model::RecordType* t = model::FindType(name);
  EXPECT_NE(t, nullptr) << name;
  return *t;
}

// A valid resident ID number: region (6) + birth date (8) + sequence (3) + check char.
inline std::string IdNumber(std::string_view region, std::string_view birth, int seq) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d", seq % 1000);
  std::string s = std::string(region) + std::string(birth) + buf;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (s[i] - '0') * kWeights[i];
  return s + kCheck[sum % 11];
}

class World {
 public:
  explicit World(ledger::Ledger& ledger) : ledger_(ledger) {}

  // The id of the row created under `name`; fails the test for an unknown name.
  int64_t Id(const std::string& name) const {
    auto it = ids_.find(name);
    EXPECT_NE(it, ids_.end()) << "no row named " << name;
    return it == ids_.end() ? 0 : it->second;
  }
  bool Has(const std::string& name) const { return ids_.count(name) > 0; }

  // Creates a row through the ledger and remembers it under `name` (may be empty).
  model::Record Add(const std::string& name, std::string_view type, const json& body) {
    auto r = ledger_.Create(T(type), body, ledger::Actor{"indicator-test"});
    EXPECT_TRUE(r.ok()) << name << " (" << type << "): " << r.status().ToString() << "\n" << body.dump();
    if (!r.ok()) return model::Record(T(type));
    if (!name.empty()) ids_[name] = r->id();
    return *r;
  }

  // Builds the whole world. Call inside ASSERT_NO_FATAL_FAILURE.
  void Build() {
    Units();
    Organisations();
    Pairings();
    Persons();
    Records();
  }

 private:
  void Unit(const std::string& code, const std::string& name, const std::string& level, const std::string& side,
            const std::string& parent, json extra = json::object()) {
    json j = {{"code", code}, {"name", name}, {"level", level}, {"side", side}};
    if (!parent.empty()) j["parent_code"] = parent;
    for (auto& [k, v] : extra.items()) j[k] = v;
    Add("unit:" + code, "admin_units", j);
  }

  void Units() {
    Unit("350000", "福建省", "province", "east", "");
    Unit("350200", "厦门市", "city", "east", "350000");
    Unit("350203", "思明区", "county", "east", "350200");
    Unit("350205", "海沧区", "county", "east", "350200");
    Unit("350206", "湖里区", "county", "east", "350200");
    Unit("350205001", "海沧街道", "township", "east", "350205");
    Unit("350205002", "嵩屿街道", "township", "east", "350205");
    Unit("350205001001", "海沧社区", "village", "east", "350205001");
    Unit("330000", "浙江省", "province", "east", "");
    Unit("330100", "杭州市", "city", "east", "330000");
    Unit("330106", "西湖区", "county", "east", "330100");
    Unit("640000", "宁夏回族自治区", "province", "west", "");
    Unit("640400", "固原市", "city", "west", "640000");
    Unit("640424", "泾源县", "county", "west", "640400", {{"key_county", true}, {"exited_poverty", true}});
    Unit("640425", "彭阳县", "county", "west", "640400", {{"exited_poverty", true}});
    Unit("640424100", "香水镇", "township", "west", "640424");
    Unit("640424101", "泾河源镇", "township", "west", "640424");
    Unit("640425100", "白阳镇", "township", "west", "640425");
    Unit("640424100201", "沙南村", "village", "west", "640424100");
    Unit("640424101201", "龙潭村", "village", "west", "640424101");
    Unit("640424101202", "冶家村", "village", "west", "640424101");
  }

  void Org(const std::string& name, const std::string& full, const std::string& type, const std::string& side,
           const std::string& unit) {
    Add(name, "organizations", {{"name", full}, {"org_type", type}, {"side", side}, {"unit_code", unit}});
  }

  void Organisations() {
    Org("E1", "厦门闽泾食品有限公司", "enterprise", "east", "350205");
    Org("E2", "厦门思明商贸有限公司", "enterprise", "east", "350203");
    Org("E3", "厦门象屿集团有限公司", "soe", "east", "350203");
    Org("S1", "厦门第一中学", "school", "east", "350203");
    Org("S2", "厦门市海沧实验中学", "school", "east", "350205");
    Org("SW1", "泾源县高级中学", "school", "west", "640424");
    Org("SW2", "彭阳县第一中学", "school", "west", "640425");
    Org("H1", "厦门大学附属第一医院", "hospital", "east", "350203");
    Org("H2", "厦门市海沧医院", "hospital", "east", "350205");
    Org("HW1", "泾源县人民医院", "hospital", "west", "640424");
    Org("SO1", "厦门市慈善总会", "social_org", "east", "350200");
    Org("C1", "泾源县黄牛养殖专业合作社", "cooperative", "west", "640424");
    Org("C2", "彭阳县杂粮专业合作社", "cooperative", "west", "640425");
    Org("G1", "厦门市海沧区机关事务服务中心", "government", "east", "350205");
  }

  void Pairing(const std::string& name, json j) { Add(name, "pairings", j); }

  void Pairings() {
    Pairing("P1", {{"name", "厦门市—固原市"}, {"level", "city"}, {"east_unit", "350200"}, {"west_unit", "640400"},
                   {"start_date", "2017-01-01"}});
    Pairing("P2", {{"name", "海沧区—泾源县"}, {"level", "county"}, {"east_unit", "350205"}, {"west_unit", "640424"},
                   {"start_date", "2021-01-01"}, {"parent_id", Id("P1")}});
    Pairing("P3", {{"name", "思明区—彭阳县"}, {"level", "county"}, {"east_unit", "350203"}, {"west_unit", "640425"},
                   {"start_date", "2021-01-01"}, {"parent_id", Id("P1")}});
    Pairing("P4", {{"name", "湖里区—泾源县"}, {"level", "county"}, {"east_unit", "350206"}, {"west_unit", "640424"},
                   {"start_date", "2021-01-01"}, {"end_date", "2023-06-30"}, {"end_reason", "2023年结对关系调整"},
                   {"parent_id", Id("P1")}});
    Pairing("P5", {{"level", "township"}, {"east_unit", "350205001"}, {"west_unit", "640424100"},
                   {"start_date", "2022-01-01"}, {"parent_id", Id("P2")}});
    Pairing("P6", {{"level", "township"}, {"east_unit", "350205002"}, {"west_unit", "640424100"},
                   {"start_date", "2022-06-01"}, {"parent_id", Id("P2")}});
    Pairing("P7", {{"level", "village"}, {"east_unit", "350205001001"}, {"west_unit", "640424100201"},
                   {"start_date", "2022-01-01"}, {"parent_id", Id("P5")}});
    Pairing("P8", {{"level", "school"}, {"east_org_id", Id("S1")}, {"west_org_id", Id("SW1")},
                   {"start_date", "2021-09-01"}, {"parent_id", Id("P2")}});
    Pairing("P9", {{"level", "school"}, {"east_org_id", Id("S1")}, {"west_org_id", Id("SW2")},
                   {"start_date", "2022-09-01"}, {"parent_id", Id("P3")}});
    Pairing("P10", {{"level", "school"}, {"east_org_id", Id("S2")}, {"west_org_id", Id("SW1")},
                    {"start_date", "2024-02-01"}, {"parent_id", Id("P2")}});
    Pairing("P11", {{"level", "hospital"}, {"east_org_id", Id("H1")}, {"west_org_id", Id("HW1")},
                    {"start_date", "2021-05-01"}, {"parent_id", Id("P2")}});
    Pairing("P12", {{"level", "hospital"}, {"east_org_id", Id("H2")}, {"west_org_id", Id("HW1")},
                    {"start_date", "2023-03-01"}, {"parent_id", Id("P2")}});
    Pairing("P13", {{"level", "enterprise_village"}, {"east_org_id", Id("E1")}, {"west_unit", "640424100201"},
                    {"start_date", "2022-03-01"}, {"parent_id", Id("P2")}});
    Pairing("P14", {{"level", "enterprise_village"}, {"east_org_id", Id("E1")}, {"west_unit", "640424101201"},
                    {"start_date", "2023-02-01"}, {"parent_id", Id("P2")}});
    Pairing("P15", {{"level", "enterprise_village"}, {"east_org_id", Id("E3")}, {"west_unit", "640424100201"},
                    {"start_date", "2023-05-01"}, {"parent_id", Id("P2")}});
    Pairing("P16", {{"level", "socorg_village"}, {"east_org_id", Id("SO1")}, {"west_unit", "640424100201"},
                    {"start_date", "2022-01-01"}, {"parent_id", Id("P2")}});
    Pairing("P17", {{"level", "household"}, {"east_org_id", Id("SO1")}, {"west_unit", "640424100201"},
                    {"start_date", "2022-05-01"}, {"parent_id", Id("P2")}});
    Pairing("P18", {{"level", "household"}, {"east_org_id", Id("E1")}, {"west_unit", "640424100201"},
                    {"start_date", "2023-04-01"}, {"parent_id", Id("P2")}});
    Pairing("P19", {{"name", "思明区—彭阳县（对口支援）"}, {"level", "county"}, {"programme", "counterpart"},
                    {"east_unit", "350203"}, {"west_unit", "640425"}, {"start_date", "2020-01-01"}});
  }

  void Person(const std::string& name, const std::string& full, const std::string& hukou, const std::string& type,
              int seq) {
    Add("person:" + name, "persons",
        {{"name", full}, {"id_number", IdNumber(hukou.substr(0, 6), "19900101", seq)}, {"hukou_unit", hukou},
         {"household_type", type}, {"snapshot_date", "2023-01-01"}});
  }

  void Persons() {
    Person("A", "马小军", "640424100201", "lifted", 1);
    Person("B", "杨建国", "640425100", "lifted", 2);
    Person("C", "海燕", "640424", "monitored_unstable", 3);
    Person("D", "禹红", "640424", "lifted", 4);
    Person("E", "兰英", "640424", "monitored_marginal", 5);
    Person("F", "何平", "640424", "ordinary", 6);
    Person("G", "马福", "640424", "lifted", 7);
    Person("H", "李秀", "640424101202", "lifted", 8);
    Person("I", "苏强", "640424", "monitored_sudden", 9);
  }

  void Records() {
    // ---- Visits (date; e2w/w2e; lead level; type) ----
    Add("V1", "visits", {{"pairing_id", Id("P1")}, {"title", "厦门市党政代表团赴固原考察"}, {"date", "2023-03-10"},
                         {"direction", "e2w"}, {"lead_level", "top_leader"}, {"visit_type", "joint_meeting"},
                         {"participants", 30}, {"enterprise_participants", 5}});
    Add("V2", "visits", {{"pairing_id", Id("P2")}, {"title", "泾源县党政代表团赴海沧"}, {"date", "2023-05-20"},
                         {"direction", "w2e"}, {"lead_level", "top_leader"}, {"visit_type", "survey"},
                         {"participants", 12}});
    Add("V3", "visits", {{"pairing_id", Id("P3")}, {"title", "思明区招商推介"}, {"date", "2023-08-01"},
                         {"direction", "e2w"}, {"lead_level", "deputy"}, {"visit_type", "investment_promotion"},
                         {"participants", 20}, {"enterprise_participants", 8}});
    Add("V4", "visits", {{"pairing_id", Id("P2")}, {"title", "海沧区部门考察学习"}, {"date", "2023-12-28"},
                         {"end_date", "2024-01-03"}, {"direction", "e2w"}, {"lead_level", "department"},
                         {"visit_type", "study"}, {"enterprise_participants", 3}});
    Add("V5", "visits", {{"pairing_id", Id("P1")}, {"title", "2022年闽宁联席会议"}, {"date", "2022-11-11"},
                         {"direction", "e2w"}, {"lead_level", "top_leader"}, {"visit_type", "joint_meeting"},
                         {"participants", 40}});
    Add("V6", "visits", {{"pairing_id", Id("P19")}, {"title", "对口支援调研"}, {"date", "2023-06-01"},
                         {"direction", "e2w"}, {"lead_level", "top_leader"}, {"visit_type", "survey"},
                         {"participants", 7}});

    // ---- Demonstration sites (before projects, which refer to them) ----
    Add("DS1", "demo_sites", {{"pairing_id", Id("P2")}, {"name", "沙南村示范村"}, {"site_type", "village"},
                              {"unit", "640424100201"}, {"designation_date", "2022-10-01"}});
    Add("DS2", "demo_sites", {{"pairing_id", Id("P2")}, {"name", "冶家村示范村"}, {"site_type", "village"},
                              {"unit", "640424101202"}, {"designation_date", "2023-05-01"}});
    Add("DS3", "demo_sites", {{"pairing_id", Id("P3")}, {"name", "彭阳杂粮示范基地"}, {"site_type", "base"},
                              {"unit", "640425"}, {"designation_date", "2023-03-01"}});
    Add("DS4", "demo_sites", {{"pairing_id", Id("P3")}, {"name", "彭阳乡村振兴示范县"}, {"site_type", "county"},
                              {"unit", "640425"}, {"designation_date", "2021-12-01"}});
    Add("DS5", "demo_sites", {{"pairing_id", Id("P2")}, {"name", "龙潭村示范村"}, {"site_type", "village"},
                              {"unit", "640424101201"}, {"designation_date", "2024-04-01"}});

    // ---- Projects (span start..end; funding) ----
    Add("PR1", "projects", {{"pairing_id", Id("P2")}, {"name", "沙南村肉牛养殖"}, {"category", "industry"},
                            {"funding", "fiscal"}, {"west_unit", "640424100201"}, {"start_date", "2022-05-01"},
                            {"end_date", "2023-04-30"}, {"fiscal_amount_fen", 30000000}, {"demo_site_id", Id("DS1")}});
    Add("PR2", "projects", {{"pairing_id", Id("P3")}, {"name", "彭阳道路硬化"}, {"category", "infrastructure"},
                            {"funding", "mixed"}, {"start_date", "2023-03-01"}});
    Add("PR3", "projects", {{"pairing_id", Id("P2")}, {"name", "泾源职教中心"}, {"category", "education"},
                            {"funding", "fiscal"}, {"start_date", "2024-02-01"}});
    Add("PR4", "projects", {{"pairing_id", Id("P2")}, {"name", "爱心书屋"}, {"category", "social"},
                            {"funding", "social"}, {"start_date", "2023-06-01"}, {"end_date", "2023-12-31"}});
    Add("PR5", "projects", {{"pairing_id", Id("P2")}, {"name", "旧项目"}, {"category", "other"},
                            {"funding", "fiscal"}, {"start_date", "2021-03-01"}, {"end_date", "2022-12-31"}});

    // ---- Fund transfers (date; source_kind × stage) ----
    auto transfer = [&](const std::string& name, const std::string& pairing, const std::string& date,
                        const std::string& kind, const std::string& stage, int64_t fen, json extra = json::object()) {
      json j = {{"pairing_id", Id(pairing)}, {"date", date}, {"source_kind", kind}, {"stage", stage},
                {"amount_fen", fen}};
      for (auto& [k, v] : extra.items()) j[k] = v;
      Add(name, "fund_transfers", j);
    };
    transfer("T1", "P2", "2023-03-15", "fiscal", "received", 30000000, {{"project_id", Id("PR1")}});
    transfer("T2", "P2", "2023-02-01", "fiscal", "planned", 50000000);
    transfer("T3", "P3", "2023-07-01", "fiscal", "received", 12500050, {{"project_id", Id("PR2")}});
    transfer("T4", "P2", "2023-04-01", "social_cash", "received", 8000000);
    transfer("T5", "P2", "2023-05-01", "fiscal", "allocated", 40000000);
    transfer("T6", "P2", "2023-09-01", "fiscal", "disbursed", 20000000, {{"project_id", Id("PR1")}});
    transfer("T7", "P3", "2023-10-01", "fiscal", "disbursed", 5000000);
    transfer("T8", "P1", "2023-01-10", "fiscal", "received", 100000000);
    transfer("T9", "P4", "2023-05-10", "fiscal", "received", 6000000);
    transfer("T10", "P2", "2024-01-05", "fiscal", "received", 7000000);
    transfer("T11", "P2", "2023-06-01", "enterprise", "received", 3000000);

    // ---- Donations (date; cash / in kind) ----
    Add("D1", "donations", {{"pairing_id", Id("P2")}, {"date", "2023-04-10"}, {"donor_org_id", Id("E1")},
                            {"kind", "cash"}, {"amount_fen", 5000000}});
    Add("D2", "donations", {{"pairing_id", Id("P3")}, {"date", "2023-06-18"}, {"donor_org_id", Id("SO1")},
                            {"kind", "inkind"}, {"amount_fen", 2000000}, {"items", "棉被"}, {"item_count", 200}});
    Add("D3", "donations", {{"pairing_id", Id("P2")}, {"date", "2023-11-01"}, {"donor_name", "爱心人士"},
                            {"kind", "inkind"}, {"amount_fen", 1200000}, {"items", "书包"}, {"item_count", 50}});
    Add("D4", "donations", {{"pairing_id", Id("P2")}, {"date", "2022-12-31"}, {"donor_org_id", Id("E3")},
                            {"kind", "cash"}, {"amount_fen", 1000000}});

    // ---- Project beneficiaries (date; the person's household type) ----
    auto beneficiary = [&](const std::string& name, const std::string& project, const std::string& person,
                           const char* household, const std::string& link, const std::string& date) {
      json j = {{"project_id", Id(project)}, {"person_id", Id("person:" + person)}, {"link_type", link},
                {"date", date}};
      if (household) j["household_ref"] = household;
      Add(name, "project_beneficiaries", j);
    };
    beneficiary("B1", "PR1", "A", "H-001", "employment", "2023-02-01");
    beneficiary("B2", "PR1", "A", "H-001", "dividend", "2023-04-01");
    beneficiary("B3", "PR2", "B", "H-002", "employment", "2023-05-01");
    beneficiary("B4", "PR2", "C", "H-003", "order", "2023-05-02");
    beneficiary("B5", "PR1", "D", nullptr, "dividend", "2023-03-01");

    // ---- Industrial parks, investments ----
    Add("PK1", "industrial_parks", {{"pairing_id", Id("P2")}, {"name", "闽宁（泾源）产业园"}, {"west_unit", "640424"},
                                    {"co_built_date", "2022-03-01"}});
    Add("PK2", "industrial_parks", {{"pairing_id", Id("P3")}, {"name", "闽宁（彭阳）产业园"}, {"west_unit", "640425"},
                                    {"co_built_date", "2024-01-01"}});
    Add("I1", "investments", {{"pairing_id", Id("P2")}, {"enterprise_id", Id("E1")}, {"west_unit", "640424"},
                              {"park_id", Id("PK1")}, {"stage", "paid_in"}, {"paid_in_amount_fen", 500000000},
                              {"date", "2023-02-15"}, {"is_new_landing", true}, {"jobs_planned", 100}});
    Add("I2", "investments", {{"pairing_id", Id("P2")}, {"enterprise_id", Id("E1")}, {"stage", "signed"},
                              {"contract_amount_fen", 2000000000}, {"date", "2022-10-10"}, {"jobs_planned", 50}});
    Add("I3", "investments", {{"pairing_id", Id("P3")}, {"enterprise_id", Id("E2")}, {"west_unit", "640425"},
                              {"stage", "signed"}, {"contract_amount_fen", 800000000}, {"date", "2023-06-06"},
                              {"jobs_planned", 30}});
    Add("I4", "investments", {{"pairing_id", Id("P2")}, {"enterprise_id", Id("E3")}, {"stage", "paid_in"},
                              {"paid_in_amount_fen", 120000000}, {"date", "2023-09-09"}, {"is_new_landing", false},
                              {"is_capital_increase", true}, {"jobs_planned", 20}});
    Add("I5", "investments", {{"pairing_id", Id("P2")}, {"enterprise_id", Id("E3")}, {"stage", "signed"},
                              {"contract_amount_fen", 300000000}, {"date", "2023-08-08"}});

    // ---- Workshops ----
    Add("W1", "workshops", {{"pairing_id", Id("P2")}, {"name", "香水镇扶贫车间"}, {"workshop_type", "factory"},
                            {"west_unit", "640424100"}, {"recognised_date", "2022-08-01"}, {"east_aided", true},
                            {"jobs_provided", 40}});
    Add("W2", "workshops", {{"pairing_id", Id("P2")}, {"name", "居家刺绣车间"}, {"workshop_type", "home"},
                            {"west_unit", "640424"}, {"recognised_date", "2023-03-01"}, {"east_aided", false},
                            {"jobs_provided", 15}});
    Add("W3", "workshops", {{"pairing_id", Id("P3")}, {"name", "白阳镇种养车间"}, {"workshop_type", "farming"},
                            {"west_unit", "640425100"}, {"recognised_date", "2023-05-01"}, {"east_aided", true},
                            {"jobs_provided", 25}});

    // ---- Employment spells (start..end; see the table in indicator_values_test.cc) ----
    auto spell = [&](const std::string& name, const std::string& person, const std::string& pairing, json extra) {
      json j = {{"person_id", Id("person:" + person)}, {"pairing_id", Id(pairing)}};
      for (auto& [k, v] : extra.items()) j[k] = v;
      Add(name, "employment_records", j);
    };
    spell("S1", "A", "P2", {{"employer_org_id", Id("E1")}, {"work_unit", "640424"}, {"start_date", "2023-01-15"},
                            {"channel", "enterprise"}, {"helped_by_cooperation", true}});
    spell("S2", "A", "P2", {{"employer_org_id", Id("E3")}, {"work_unit", "350205"}, {"start_date", "2023-02-01"},
                            {"end_date", "2023-10-31"}, {"channel", "enterprise"}, {"helped_by_cooperation", true}});
    spell("S3", "B", "P3", {{"employer_org_id", Id("E1")}, {"work_unit", "350203"}, {"start_date", "2023-11-01"},
                            {"end_date", "2024-03-31"}, {"channel", "enterprise"}, {"helped_by_cooperation", true}});
    spell("S4", "C", "P2", {{"workshop_id", Id("W1")}, {"work_unit", "640424"}, {"start_date", "2023-03-01"},
                            {"end_date", "2023-05-15"}, {"channel", "workshop"}, {"helped_by_cooperation", true}});
    spell("S5", "D", "P2", {{"workshop_id", Id("W1")}, {"work_unit", "640424"}, {"start_date", "2023-06-01"},
                            {"channel", "workshop"}, {"helped_by_cooperation", false}});
    spell("S6", "E", "P2", {{"workshop_id", Id("W2")}, {"work_unit", "640424"}, {"start_date", "2023-02-10"},
                            {"end_date", "2023-10-31"}, {"channel", "workshop"}, {"helped_by_cooperation", true}});
    spell("S7", "F", "P2", {{"employer_org_id", Id("E2")}, {"work_unit", "330106"}, {"start_date", "2023-04-01"},
                            {"channel", "enterprise"}, {"helped_by_cooperation", true}});
    spell("S8a", "G", "P4", {{"employer_org_id", Id("E1")}, {"work_unit", "350206"}, {"start_date", "2023-01-01"},
                             {"end_date", "2023-05-31"}, {"channel", "enterprise"}, {"helped_by_cooperation", true}});
    spell("S8b", "G", "P2", {{"employer_org_id", Id("E1")}, {"work_unit", "350205"}, {"start_date", "2023-07-01"},
                             {"channel", "enterprise"}, {"helped_by_cooperation", true}});
    spell("S9", "H", "P2", {{"work_unit", "640424100"}, {"start_date", "2022-06-01"}, {"channel", "public_welfare"},
                            {"helped_by_cooperation", true}});
    spell("S10", "I", "P2", {{"employer_org_id", Id("E3")}, {"work_unit", "350205"}, {"start_date", "2023-05-01"},
                             {"channel", "enterprise"}, {"helped_by_cooperation", false}});

    // ---- Subsidies ----
    auto subsidy = [&](const std::string& name, const std::string& person, const std::string& pairing,
                       const std::string& type, int64_t fen, const std::string& date) {
      Add(name, "subsidies", {{"person_id", Id("person:" + person)}, {"pairing_id", Id(pairing)},
                              {"subsidy_type", type}, {"amount_fen", fen}, {"payer_side", "east"},
                              {"paid_date", date}});
    };
    subsidy("SB1", "A", "P2", "transport", 50000, "2023-03-01");
    subsidy("SB2", "A", "P2", "transport", 30000, "2023-08-01");
    subsidy("SB3", "G", "P4", "transport", 40000, "2023-02-01");
    subsidy("SB4", "D", "P2", "job_stabilisation", 100000, "2023-05-01");

    // ---- Organised transport and its passengers ----
    auto trip = [&](const std::string& name, const std::string& pairing, const std::string& date,
                    const std::string& mode, const std::string& from, const std::string& to, int persons) {
      Add(name, "transport_trips", {{"pairing_id", Id(pairing)}, {"date", date}, {"mode", mode},
                                    {"origin_unit", from}, {"destination_unit", to}, {"persons_count", persons}});
    };
    trip("TR1", "P2", "2023-02-20", "bus", "640424", "350205", 35);
    trip("TR2", "P3", "2023-03-05", "train", "640425", "350203", 120);
    trip("TR3", "P2", "2022-02-15", "bus", "640424", "350205", 10);
    trip("TR4", "P2", "2023-09-01", "flight", "640424", "350205", 2);
    auto passenger = [&](const std::string& name, const std::string& trip_name, const std::string& person,
                         const std::string& date) {
      Add(name, "trip_passengers", {{"trip_id", Id(trip_name)}, {"person_id", Id("person:" + person)}, {"date", date}});
    };
    passenger("TP1", "TR1", "A", "2023-02-20");
    passenger("TP2", "TR1", "G", "2023-02-20");
    passenger("TP3", "TR2", "B", "2023-03-05");
    passenger("TP4", "TR4", "A", "2023-09-01");

    // ---- Training events and participants ----
    auto training = [&](const std::string& name, const std::string& pairing, const std::string& type,
                        const std::string& start, int attendees, json extra = json::object()) {
      json j = {{"pairing_id", Id(pairing)}, {"title", name + " 培训"}, {"training_type", type},
                {"start_date", start}, {"attendees", attendees}};
      for (auto& [k, v] : extra.items()) j[k] = v;
      Add(name, "training_events", j);
    };
    training("TE1", "P2", "cadre", "2023-04-10", 50, {{"end_date", "2023-04-15"}, {"sessions", 3}});
    training("TE2", "P3", "professional", "2023-05-01", 80);
    training("TE3", "P2", "labour_skill", "2023-06-01", 60);
    training("TE4", "P2", "labour_skill", "2023-09-01", 40);
    training("TE5", "P2", "rural_leader", "2023-07-01", 30);
    training("TE6", "P3", "ecommerce", "2023-08-01", 25);
    training("TE7", "P2", "other", "2023-10-01", 10);
    training("TE8", "P2", "cadre", "2022-12-01", 100);
    training("TE9", "P2", "labour_skill", "2023-12-20", 20, {{"end_date", "2024-01-10"}});
    auto participant = [&](const std::string& name, const std::string& event, const std::string& person,
                           const std::string& date, json extra = json::object()) {
      json j = {{"event_id", Id(event)}, {"date", date}};
      if (person.rfind("name:", 0) == 0) {
        j["name"] = person.substr(5);
      } else {
        j["person_id"] = Id("person:" + person);
      }
      for (auto& [k, v] : extra.items()) j[k] = v;
      Add(name, "training_participants", j);
    };
    participant("TPa", "TE3", "A", "2023-06-01");
    participant("TPb", "TE4", "A", "2023-09-01");
    participant("TPc", "TE3", "name:马小花", "2023-06-01");
    participant("TPd", "TE4", "name:马小花", "2023-09-01");
    participant("TPe", "TE3", "C", "2023-06-02");
    participant("RL1", "TE5", "D", "2023-07-01", {{"completed", true}});
    participant("RL2", "TE5", "name:李强", "2023-07-01", {{"completed", false}});
    participant("RL3", "TE5", "D", "2023-07-05");

    // ---- Secondments (start..end; 人 by ID number, else by name) ----
    auto secondment = [&](const std::string& name, const std::string& pairing, const std::string& who,
                          const std::string& id_number, const std::string& category, const std::string& direction,
                          const std::string& field, const std::string& start, const std::string& end,
                          json extra = json::object()) {
      json j = {{"pairing_id", Id(pairing)}, {"name", who}, {"category", category}, {"direction", direction},
                {"field", field}, {"start_date", start}, {"end_date", end}};
      if (!id_number.empty()) j["id_number"] = id_number;
      for (auto& [k, v] : extra.items()) j[k] = v;
      Add(name, "secondments", j);
    };
    const std::string x1 = IdNumber("350203", "19800101", 11), x2 = IdNumber("350203", "19810101", 12),
                      x3 = IdNumber("350203", "19750101", 13), x4 = IdNumber("350205", "19850101", 14),
                      x5 = IdNumber("350205", "19860101", 15), x6 = IdNumber("350203", "19870101", 16),
                      x7 = IdNumber("640424", "19920101", 17);
    secondment("SC1", "P2", "张明", x1, "cadre", "e2w", "other", "2022-04-01", "2024-03-31");
    secondment("SC2", "P3", "李华", x2, "cadre", "e2w", "other", "2023-03-01", "2025-02-28");
    secondment("SC3", "P2", "王芳", "", "cadre", "w2e", "other", "2023-05-01", "2023-10-31");
    secondment("SC4", "P2", "陈医生", x3, "professional", "e2w", "health", "2023-01-01", "2023-06-30",
               {{"team_type", "medical"}, {"batch_no", 1}});
    secondment("SC5", "P2", "陈医生", x3, "professional", "e2w", "health", "2023-08-01", "2024-01-31",
               {{"team_type", "medical"}, {"batch_no", 2}});
    secondment("SC6", "P3", "林老师", x4, "professional", "e2w", "education", "2023-02-15", "2023-07-15",
               {{"team_type", "education"}, {"batch_no", 1}});
    secondment("SC7", "P2", "黄农艺", "", "professional", "e2w", "agriculture", "2023-03-01", "2023-12-31");
    secondment("SC8", "P2", "吴工", x5, "professional", "e2w", "science", "2023-04-01", "2023-09-30");
    secondment("SC9", "P3", "郑某", x6, "professional", "e2w", "other", "2022-01-01", "2022-12-31",
               {{"team_type", "medical"}, {"batch_no", 7}});
    secondment("SC10", "P2", "马护士", x7, "professional", "w2e", "health", "2023-05-01", "2023-07-31");
    secondment("SC11", "P2", "马护士", x7, "professional", "w2e", "health", "2023-09-01", "2023-11-30");

    // ---- Outcomes (period_start; metric) ----
    auto outcome = [&](const std::string& name, const std::string& pairing, const std::string& metric, double value,
                       const std::string& start) {
      Add(name, "outcomes", {{"pairing_id", Id(pairing)}, {"subject", "泾源县人民医院"}, {"metric", metric},
                             {"value", value}, {"period_start", start}});
    };
    outcome("OC1", "P2", "帮带本地骨干人数", 15, "2023-01-01");
    outcome("OC2", "P3", "帮带本地骨干人数", 8, "2023-01-01");
    outcome("OC3", "P2", "填补新技术新项目数", 6, "2023-03-01");
    outcome("OC4", "P2", "诊疗人次", 1200, "2023-02-01");
    outcome("OC5", "P2", "手术台数", 45, "2023-02-01");
    outcome("OC6", "P2", "带动增收", 35000.5, "2023-06-01");
    outcome("OC7", "P3", "劳务收入", 120000, "2023-07-01");
    outcome("OC8", "P2", "到东部就读职业院校学生", 30, "2023-09-01");
    outcome("OC9", "P2", "帮带本地骨干人数", 5, "2022-06-01");

    // ---- Job fairs ----
    auto fair = [&](const std::string& name, const std::string& pairing, const std::string& mode,
                    const std::string& date, int positions) {
      Add(name, "job_fairs", {{"pairing_id", Id(pairing)}, {"name", name + " 招聘会"}, {"mode", mode},
                              {"date", date}, {"positions_offered", positions}});
    };
    fair("JF1", "P2", "offline", "2023-03-15", 500);
    fair("JF2", "P2", "online", "2023-04-15", 300);
    fair("JF3", "P3", "livestream", "2023-06-15", 120);
    fair("JF4", "P2", "sourcing", "2023-07-15", 80);
    fair("JF5", "P2", "offline", "2022-12-15", 999);

    // ---- Labour brokers and agencies (stock by since_date) ----
    auto provider = [&](const std::string& name, const std::string& pairing, const std::string& type,
                        const std::string& unit, const std::string& since) {
      Add(name, "labour_service_providers", {{"pairing_id", Id(pairing)}, {"name", name}, {"provider_type", type},
                                             {"unit", unit}, {"since_date", since}});
    };
    provider("LP1", "P2", "broker", "640424", "2022-05-01");
    provider("LP2", "P2", "broker", "640424100", "2023-06-01");
    provider("LP3", "P3", "agency", "640425", "2023-01-01");
    provider("LP4", "P2", "station", "640424", "2024-02-01");
    provider("LP5", "P2", "broker", "640424", "2024-01-01");

    // ---- Sales outlets (stock by opened_date) and consumption ----
    auto outlet = [&](const std::string& name, const std::string& pairing, const std::string& type,
                      const std::string& unit, const std::string& opened) {
      Add(name, "sales_outlets", {{"pairing_id", Id(pairing)}, {"name", name}, {"outlet_type", type},
                                  {"east_unit", unit}, {"opened_date", opened}});
    };
    outlet("OUT1", "P2", "counter", "350205", "2022-05-01");
    outlet("OUT2", "P2", "hall", "350205", "2023-04-01");
    outlet("OUT3", "P3", "zone", "350203", "2023-06-01");
    outlet("OUT4", "P3", "experience_store", "350203", "2023-09-01");
    outlet("OUT5", "P2", "counter", "350205", "2024-03-01");
    auto sale = [&](const std::string& name, const std::string& pairing, const std::string& date, json extra) {
      json j = {{"pairing_id", Id(pairing)}, {"date", date}, {"product", "泾源黄牛肉"}};
      for (auto& [k, v] : extra.items()) j[k] = v;
      Add(name, "consumption_txns", j);
    };
    sale("CT1", "P2", "2023-03-20",
         {{"buyer_org_id", Id("G1")}, {"buyer_type", "government"}, {"seller_org_id", Id("C1")},
          {"origin_unit", "640424"}, {"mode", "purchase"}, {"channel", "canteen"}, {"stage", "realised"},
          {"amount_fen", 10000000}, {"quantity", 2.5}, {"quantity_unit", "吨"}});
    sale("CT2", "P2", "2023-05-20",
         {{"buyer_type", "retailer"}, {"seller_org_id", Id("C1")}, {"origin_unit", "640424"}, {"mode", "helped_sale"},
          {"channel", "outlet"}, {"outlet_id", Id("OUT1")}, {"stage", "realised"}, {"amount_fen", 3000000},
          {"quantity", 1.5}, {"quantity_unit", "吨"}});
    sale("CT3", "P3", "2023-08-20",
         {{"buyer_type", "individual"}, {"seller_org_id", Id("C2")}, {"origin_unit", "640425"},
          {"mode", "helped_sale"}, {"channel", "ecommerce"}, {"stage", "realised"}, {"amount_fen", 2000000},
          {"quantity", 4}, {"quantity_unit", "吨"}});
    sale("CT4", "P2", "2023-06-20",
         {{"buyer_type", "soe"}, {"seller_org_id", Id("C1")}, {"origin_unit", "640424"}, {"mode", "purchase"},
          {"channel", "fair"}, {"stage", "intent"}, {"amount_fen", 50000000}, {"quantity", 20}});
    sale("CT5", "P2", "2023-10-20",
         {{"buyer_type", "canteen"}, {"origin_unit", "640424"}, {"mode", "purchase"}, {"channel", "other"},
          {"stage", "realised"}, {"amount_fen", 500000}});
    sale("CT6", "P2", "2022-12-20",
         {{"buyer_type", "government"}, {"seller_org_id", Id("C1")}, {"origin_unit", "640424"},
          {"mode", "purchase"}, {"channel", "canteen"}, {"stage", "realised"}, {"amount_fen", 9000000},
          {"quantity", 3}});

    // ---- Micro-wishes (fulfilled_date; household) ----
    auto wish = [&](const std::string& name, const std::string& posted, const char* household, const char* status,
                    const char* fulfilled) {
      json j = {{"pairing_id", Id("P2")}, {"posted_date", posted}, {"unit", "640424100201"},
                {"description", "书包和文具"}, {"value_fen", 50000}};
      if (household) j["household"] = household;
      if (status) j["wish_status"] = status;
      if (fulfilled) j["fulfilled_date"] = fulfilled;
      Add(name, "wishes", j);
    };
    wish("WI1", "2023-01-10", "马家", "fulfilled", "2023-02-01");
    wish("WI2", "2023-03-01", "马家", "fulfilled", "2023-04-01");
    wish("WI3", "2023-05-01", nullptr, "fulfilled", "2023-06-01");
    wish("WI4", "2023-05-01", "李家", "claimed", nullptr);
    wish("WI5", "2023-11-01", "王家", "fulfilled", "2024-01-15");
    wish("WI6", "2023-06-01", "张家", "fulfilled", nullptr);
  }

  ledger::Ledger& ledger_;
  std::map<std::string, int64_t> ids_;
};

}  // namespace shanhai::testworld

#endif  // SHANHAI_TESTS_INDICATORS_WORLD_H_
