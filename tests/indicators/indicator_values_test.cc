// The indicator engine against hand-computed values, on every storage engine.
//
//  - IndicatorValues.*: one expectation per indicator of the shipped catalog, computed by
//    hand from the fixture world of world.h (every catalog code must have one; adding an
//    indicator without an expectation fails EveryCatalogIndicatorHasAnExpectation).
//  - HardCases.*: the cases the issue names (two jobs, a spell across the year end, a
//    spell under 3 months, a pairing that ended mid-year, an eastern unit with several
//    western partners, no double counting inside a western county, 人 vs 人次, signed vs
//    paid in, intent vs realised, fiscal vs social money).
//  - LiveTotals.*: a write through the Ledger changes the very next Calculator value,
//    including writes to rows that other rows' facts read (dependents).
//  - EngineRules.*: documented rules the engine did not follow when these tests were
//    written (a stock ending mid-month, a county entered after its records, township
//    coverage in a pairing scope).
//  - Property.*: a few hundred random writes, then Indexer::Check finds no difference.
//
// The employment spells of the world (min_months 3: stable from start + 3 months − 1 day;
// persons' household types: A B D G H lifted, C monitored_unstable, E monitored_marginal,
// F ordinary, I monitored_sudden; all of 泾源 640424 except B of 彭阳 640425; employers
// E1 and E3 landed (paid-in) investments, E2 only signed one):
//
//   spell person pairing employer/workshop work unit  start       end         helped stable from
//   S1    A      P2      E1                640424     2023-01-15  —           yes    2023-04-14
//   S2    A      P2      E3                350205     2023-02-01  2023-10-31  yes    2023-04-30
//   S3    B      P3      E1                350203     2023-11-01  2024-03-31  yes    2024-01-31
//   S4    C      P2      W1 (aided)        640424     2023-03-01  2023-05-15  yes    never (< 3 months)
//   S5    D      P2      W1 (aided)        640424     2023-06-01  —           no     2023-08-31
//   S6    E      P2      W2 (not aided)    640424     2023-02-10  2023-10-31  yes    2023-05-09
//   S7    F      P2      E2                330106     2023-04-01  —           yes    2023-06-30
//   S8a   G      P4      E1                350206     2023-01-01  2023-05-31  yes    2023-03-31
//   S8b   G      P2      E1                350205     2023-07-01  —           yes    2023-09-30
//   S9    H      P2      —                 640424100  2022-06-01  —           yes    2022-08-31 (public welfare)
//   S10   I      P2      E3                350205     2023-05-01  —           no     2023-07-31
//
// "Within east_code" is by the record's pairing: P2 → 350205, P3 → 350203, P4 → 350206.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "indicators/catalog.h"
#include "indicators/indexer.h"
#include "indicators/query.h"
#include "ledger/ledger.h"
#include "model/record_json.h"
#include "model/record_type.h"
#include "store/store.h"
#include "tests/indicators/world.h"
#include "tests/store/test_databases.h"

namespace shanhai {
namespace {

using indicators::Period;
using indicators::Scope;
using nlohmann::json;
using testworld::T;

// ---- Scopes and periods as the tables write them ---------------------------------------

struct Where {
  enum Kind { kPairing, kUnit, kAll } kind = kAll;
  const char* key = "";  // pairing name in the world, or a unit code
};
constexpr Where P(const char* pairing) { return {Where::kPairing, pairing}; }
constexpr Where U(const char* code) { return {Where::kUnit, code}; }
constexpr Where All() { return {Where::kAll, ""}; }

struct When {
  Period::Kind kind = Period::Kind::kYear;
  int year = 2023;
  int part = 0;
};
constexpr When Y(int year) { return {Period::Kind::kYear, year, 0}; }
constexpr When Q(int year, int quarter) { return {Period::Kind::kQuarter, year, quarter}; }
constexpr When M(int year, int month) { return {Period::Kind::kMonth, year, month}; }
constexpr When Cum(int year) { return {Period::Kind::kCumulative, year, 0}; }

std::string Describe(const Where& w, const When& p) {
  std::string s = w.kind == Where::kPairing ? std::string("pairing ") + w.key
                  : w.kind == Where::kUnit  ? std::string("unit ") + w.key
                                            : std::string("all");
  switch (p.kind) {
    case Period::Kind::kYear: return s + ", " + std::to_string(p.year);
    case Period::Kind::kQuarter: return s + ", " + std::to_string(p.year) + " Q" + std::to_string(p.part);
    case Period::Kind::kMonth: return s + ", " + std::to_string(p.year) + "-" + std::to_string(p.part);
    case Period::Kind::kCumulative: return s + ", cumulative to " + std::to_string(p.year);
  }
  return s;
}

const std::optional<double> kNoValue = std::nullopt;

// ---- The expectation table ---------------------------------------------------------
//
// Default scope: P1 (厦门→固原 with all pairings below it; not P19, which has no parent),
// year 2023. Money in 元 (the catalog's unit); T… transfers, D… donations, etc. are the
// named rows of world.h.

struct Expectation {
  const char* code;
  Where where;
  When when;
  std::optional<double> value;
  const char* how;
};

const std::vector<Expectation>& Expectations() {
  static const std::vector<Expectation> kTable = {
      // ---- org: visits (event, by date) ----
      {"org_leader_visits", P("P1"), Cum(2023), 3,
       "top_leader visits since P1 began: V5 (2022) + V1 + V2; V6 is P19's"},
      {"org_leader_visits_e2w", P("P1"), Y(2023), 1, "V1 (e2w top_leader); V5 is 2022"},
      {"org_leader_visits_w2e", P("P1"), Y(2023), 1, "V2 (w2e top_leader)"},
      {"org_joint_meetings", P("P1"), Y(2023), 1, "V1 joint_meeting; V5 is 2022"},
      {"org_exchange_batches", All(), Y(2023), 5, "V1 V2 V3 V4 and P19's V6: every visit of 2023"},
      {"org_exchange_persontimes", P("P1"), Y(2023), 62, "participants V1 30 + V2 12 + V3 20; V4 has none"},
      // ---- org: pairings (stock at the period's end) ----
      {"pair_county", P("P1"), Q(2023, 2), 3, "P2 P3 P4 on 2023-06-30 (P4 ends that day); P19 is counterpart"},
      {"pair_county_west_counties", P("P1"), Y(2023), 2, "P2 → 640424, P3 → 640425 at year end (P4 ended)"},
      {"pair_township", P("P1"), Y(2023), 2, "P5, P6"},
      {"pair_township_west_covered", P("P1"), Y(2023), 1, "P5 and P6 both pair 香水镇 640424100"},
      {"pair_township_total", U("640424"), Y(2023), 2, "west townships of 泾源: 640424100, 640424101"},
      {"pair_township_coverage", U("640424"), Y(2023), 50, "1 covered (香水镇) ÷ 2 townships × 100"},
      {"pair_village", P("P1"), Y(2023), 1, "P7"},
      {"pair_school", P("P1"), Y(2023), 2, "P8, P9; P10 starts 2024"},
      {"pair_school_east_schools", P("P1"), Y(2023), 1, "P8 and P9 are both 厦门一中 (S1)"},
      {"pair_hospital", P("P1"), Y(2023), 2, "P11, P12"},
      {"pair_hospital_east_hospitals", P("P1"), Y(2023), 2, "H1 (P11), H2 (P12)"},
      {"pair_enterprise_village", P("P1"), Y(2023), 2, "east orgs of P13 P14 P15: E1, E1, E3"},
      {"pair_enterprise_village_villages", P("P1"), Y(2023), 2, "villages of P13 P14 P15: 沙南, 龙潭, 沙南"},
      {"pair_socorg_village", P("P1"), Y(2023), 1, "P16: SO1"},
      {"pair_socorg_village_villages", P("P1"), Y(2023), 1, "P16: 沙南"},
      {"pair_household", P("P1"), Y(2023), 2, "P17, P18"},
      // ---- funds ----
      {"fund_fiscal_aid", P("P1"), Y(2023), 1485000.5,
       "fiscal & received: T1 300000 + T3 125000.5 + T8 1000000 + T9 60000 (P4, before its end); "
       "T2 planned, T4 social_cash, T5 allocated, T10 2024, T11 enterprise"},
      {"fund_fiscal_aid_allocated", P("P1"), Y(2023), 400000, "T5"},
      {"fund_fiscal_aid_key_county", U("640424"), Y(2023), 360000,
       "received fiscal with west_code 泾源 (key county): T1 300000 (P2) + T9 60000 (P4)"},
      {"fund_fiscal_aid_per_county", P("P1"), Y(2023), 1485000.5 / 2, "fund_fiscal_aid ÷ 2 paired west counties"},
      {"fund_fiscal_aid_key_county_share", P("P1"), Y(2023), 360000.0 / 1485000.5 * 100,
       "T1 + T9 (泾源) ÷ fund_fiscal_aid × 100"},
      {"fund_fiscal_disbursed", P("P1"), Y(2023), 250000, "T6 200000 + T7 50000"},
      {"fund_disbursement_rate", P("P1"), Y(2022), kNoValue, "no fiscal money received in 2022: 0 ÷ 0 has no value"},
      {"fund_social", U("640425"), Y(2023), 20000, "donations to 彭阳: D2 (P3)"},
      {"fund_social_cash", P("P1"), Y(2023), 50000, "D1; D4 is 2022"},
      {"fund_social_inkind", P("P1"), Y(2023), 32000, "D2 20000 + D3 12000"},
      {"fund_total_aid", P("P1"), Y(2023), 1567000.5, "fund_fiscal_aid 1485000.5 + fund_social 82000"},
      {"prj_count", P("P1"), Y(2023), 2, "fiscal/mixed projects overlapping 2023: PR1 (ends 2023-04), PR2; "
                                         "PR3 2024, PR4 social, PR5 ended 2022"},
      {"prj_fiscal_aid", P("P1"), Y(2023), 425000.5, "received fiscal with a project: T1 300000 + T3 125000.5"},
      {"prj_pe_benefited", P("P1"), Y(2023), 3, "lifted beneficiaries A (B1, B2), B, D; C is monitored"},
      {"prj_pe_benefited_households", P("P1"), Y(2023), 2, "lifted with household_ref: H-001 (A twice), H-002"},
      // ---- talent: secondments (span, distinct by ID number else name) ----
      {"tal_cadres_e2w", P("P1"), Y(2023), 2, "SC1 (2022-04..2024-03), SC2"},
      {"tal_cadres_e2w_new", P("P1"), Y(2023), 1, "started in 2023: SC2"},
      {"tal_cadres_w2e", P("P1"), Y(2023), 1, "SC3 王芳 (no ID number: by name)"},
      {"tal_cadres_w2e_new", P("P1"), Y(2023), 1, "SC3 started 2023-05"},
      {"tal_prof_e2w", P("P1"), Y(2023), 4, "陈医生 (SC4, SC5), 林老师, 黄农艺, 吴工; 郑某 ended 2022"},
      {"tal_prof_e2w_persontimes", P("P1"), Y(2023), 5, "spells SC4 SC5 SC6 SC7 SC8"},
      {"tal_prof_e2w_edu", P("P1"), Y(2023), 1, "林老师"},
      {"tal_prof_e2w_med", P("P1"), Y(2023), 1, "陈医生 (two spells)"},
      {"tal_prof_e2w_agri", P("P1"), Y(2023), 1, "黄农艺"},
      {"tal_prof_e2w_other", P("P1"), Cum(2023), 2, "science/other since P1 began: 吴工 (2023), 郑某 (2022)"},
      {"tal_prof_e2w_edu_persontimes", P("P1"), Y(2023), 1, "SC6"},
      {"tal_prof_e2w_med_persontimes", P("P1"), Y(2023), 2, "SC4, SC5"},
      {"tal_prof_w2e", P("P1"), Y(2023), 1, "马护士 (SC10, SC11)"},
      {"tal_prof_w2e_persontimes", P("P1"), Y(2023), 2, "SC10, SC11"},
      {"tal_team_batches", P("P1"), Y(2023), 2,
       "distinct batch_no of 2023 team spells: medical 1 (SC4), 2 (SC5), education 1 (SC6) → {1, 2}"},
      {"tal_team_batches_medical", P("P1"), Y(2023), 2, "SC4 batch 1, SC5 batch 2; SC9 (batch 7) is 2022"},
      {"tal_team_batches_education", P("P1"), Y(2023), 1, "SC6 batch 1"},
      // ---- talent: training (event by start date) ----
      {"trn_cadre_persontimes", P("P1"), Y(2023), 50, "TE1 attendees; TE8 is 2022"},
      {"trn_prof_persontimes", P("P1"), Y(2023), 80, "TE2"},
      {"trn_sessions", P("P1"), Q(2023, 2), 3, "events starting in Q2: TE1 (04-10), TE2 (05-01), TE3 (06-01)"},
      {"trn_sessions_cadre", P("P1"), Y(2023), 1, "TE1 (a record, although it has sessions 3)"},
      {"trn_sessions_professional", P("P1"), Y(2023), 1, "TE2"},
      {"trn_sessions_rural_leader", P("P1"), Y(2023), 1, "TE5"},
      {"trn_sessions_ecommerce", P("P1"), Y(2023), 1, "TE6"},
      {"trn_rural_leaders", P("P1"), Y(2023), 2, "TE5 participants: D (RL1, RL3), 李强 (RL2, by name)"},
      {"trn_rural_leaders_completed", P("P1"), Y(2023), 1, "RL1 D completed; RL2 not; RL3 unknown"},
      // ---- outcomes ----
      {"out_local_staff_mentored", P("P1"), Y(2023), 23, "OC1 15 + OC2 8; OC9 is 2022"},
      {"out_med_new_techniques", P("P1"), Y(2023), 6, "OC3"},
      {"out_med_services", P("P1"), Y(2023), 1200, "OC4"},
      {"out_med_surgeries", P("P1"), Y(2023), 45, "OC5"},
      // ---- industry ----
      {"ind_enterprises_landed", P("P1"), Y(2023), 1, "paid-in & new landing: E1 (I1); I4 is a capital increase"},
      {"ind_enterprises_landed_incl_increase", P("P1"), Y(2023), 2, "paid-in: E1 (I1), E3 (I4)"},
      {"ind_investment_actual", P("P1"), Y(2023), 6200000, "paid-in amounts I1 5000000 + I4 1200000"},
      {"ind_investment_contract", P("P1"), Cum(2023), 31000000,
       "signed contract amounts since P1 began: I2 20000000 (2022) + I3 8000000 + I5 3000000"},
      {"ind_projects_signed", P("P1"), Y(2023), 2, "signed in 2023: I3, I5"},
      {"ind_enterprises_visited", P("P1"), Y(2023), 16, "e2w visits' enterprises: V1 5 + V3 8 + V4 3"},
      {"ind_rural_employed", P("P1"), Y(2023), 3,
       "landed employers, stable in 2023: A (S1, S2), G (S8a, S8b), I (S10); "
       "B stable only from 2024-01; F's employer E2 did not land"},
      {"ind_rural_employed_any_duration", P("P1"), Y(2023), 4, "A, B (S3 from 2023-11), G, I"},
      {"ind_pe_employed", P("P1"), Y(2023), 2, "lifted among A, G, I: A, G"},
      {"ind_pe_employed_incl_monitored", P("P1"), Y(2023), 3, "A, G, I (monitored_sudden)"},
      {"ind_parks", P("P1"), Y(2023), 1, "PK1; PK2 co-built 2024"},
      {"ind_park_enterprises", P("P1"), Y(2023), 1, "paid-in in a park: E1 (I1)"},
      {"ind_park_investment", P("P1"), Y(2023), 5000000, "I1"},
      {"ind_jobs_provided", P("P1"), Y(2023), 150,
       "jobs_planned of 2023 investments, any stage: I1 100 + I3 30 + I4 20"},
      {"ind_jobs_provided_workshops", P("P1"), Y(2023), 40, "workshops recognised in 2023: W2 15 + W3 25"},
      {"ws_count", P("P1"), Y(2023), 2, "east-aided workshops at year end: W1, W3"},
      {"ws_count_new", P("P1"), Y(2023), 1, "east-aided recognised in 2023: W3"},
      {"ws_rural_employed", P("P1"), Y(2023), 2, "workshop spells stable in 2023: D (S5), E (S6); C's S4 < 3 months"},
      {"ws_rural_employed_aided", P("P1"), Y(2023), 1, "aided workshop W1: D; W2 is not aided"},
      {"ws_rural_employed_any_duration", P("P1"), Y(2023), 3, "C, D, E"},
      {"ws_pe_employed", P("P1"), Y(2023), 1, "lifted: D"},
      {"ws_pe_employed_incl_monitored", P("P1"), Y(2023), 2, "D, E (monitored_marginal); C too short"},
      {"ind_beneficiary_income", P("P1"), Y(2023), 155000.5, "OC6 35000.5 + OC7 120000"},
      // ---- labour ----
      {"lab_rural_helped", P("P1"), M(2023, 4), 3,
       "helped & stable by April: A (S1 from 04-14, S2 from 04-30), G (S8a from 03-31), H; E from May, F from June"},
      {"lab_rural_helped_any_duration", P("P1"), Y(2023), 7, "A, B, C, E, F, G, H (D and I not helped)"},
      {"lab_pe_helped", P("P1"), Y(2023), 3, "lifted & helped & stable: A, G, H"},
      {"lab_pe_helped_incl_monitored", P("P1"), Y(2023), 4, "A, G, H, E; C too short"},
      {"lab_to_east", P("P1"), Y(2023), 2,
       "work unit within the pairing's east code: A (S2 海沧/P2), G (S8a 湖里/P4, S8b)"},
      {"lab_local", U("640424"), Q(2023, 1), 1, "helped, in 泾源, stable by March: H only (A from April)"},
      {"lab_local_public_welfare", P("P1"), Y(2023), 1, "H (S9)"},
      {"lab_other_region", P("P1"), Y(2023), 1, "F in 杭州西湖 (S7)"},
      {"lab_stable_in_east", P("P1"), Q(2023, 3), 3,
       "in the east, stable and active at the end of September: A (S2), G (S8b stable from 09-30), I (S10)"},
      {"lab_stable_in_east_in_year", P("P1"), Y(2023), 3, "A (S2), G, I"},
      {"lab_stable_pe_in_east", P("P1"), Y(2023), 1, "at year end: G (A's S2 ended in October, I not lifted)"},
      {"lab_stable_pe_in_east_incl_monitored", P("P1"), Y(2023), 2, "at year end: G, I"},
      {"lab_organised_transfer", P("P1"), Y(2023), 3, "passengers A (TP1, TP4), G, B"},
      {"lab_organised_transfer_declared", P("P1"), Y(2023), 157, "persons_count TR1 35 + TR2 120 + TR4 2; TR3 2022"},
      {"lab_transport_subsidy_persons", P("P1"), Y(2023), 2, "transport: A (SB1, SB2), G (SB3); SB4 other type"},
      {"lab_transport_subsidy_amount", P("P1"), Y(2023), 1200, "SB1 500 + SB2 300 + SB3 400"},
      {"lab_training_sessions", P("P1"), Y(2023), 3, "labour_skill events starting 2023: TE3, TE4, TE9"},
      {"lab_training_persontimes", P("P1"), Y(2023), 120, "attendees TE3 60 + TE4 40 + TE9 20"},
      {"lab_training_persons", P("P1"), Y(2023), 3, "participants A (twice), 马小花 (twice, by name), C"},
      {"lab_jobs_offered", P("P1"), Y(2023), 1000, "JF1 500 + JF2 300 + JF3 120 + JF4 80; JF5 2022"},
      {"lab_job_fairs", P("P1"), Y(2023), 3, "JF1 offline, JF2 online, JF3 livestream; JF4 sourcing"},
      {"lab_job_fairs_offline", P("P1"), Y(2023), 1, "JF1"},
      {"lab_job_fairs_online", P("P1"), Y(2023), 2, "JF2, JF3"},
      {"lab_brokers", P("P1"), Y(2023), 2, "LP1, LP2; LP5 since 2024"},
      {"lab_agencies", P("P1"), Y(2023), 1, "LP3; LP4 since 2024"},
      {"lab_vocational_students", P("P1"), Y(2023), 30, "OC8"},
      // ---- consumption ----
      {"csm_total", U("350205"), Y(2023), 135000,
       "realised under 海沧 (P2): CT1 100000 + CT2 30000 + CT5 5000; CT4 intent"},
      {"csm_purchase", P("P1"), Y(2023), 105000, "realised purchases CT1 + CT5"},
      {"csm_helped_sales", P("P1"), Y(2023), 50000, "realised helped sales CT2 30000 + CT3 20000"},
      {"csm_signed_intent", P("P1"), Y(2023), 500000, "CT4"},
      {"csm_outlets", U("350203"), Y(2023), 2, "outlets of 思明 (P3): OUT3, OUT4"},
      {"csm_outlets_counter", P("P1"), Y(2023), 1, "OUT1; OUT5 opens 2024"},
      {"csm_outlets_hall", P("P1"), Y(2023), 1, "OUT2"},
      {"csm_outlets_zone", P("P1"), Y(2023), 1, "OUT3"},
      {"csm_outlet_sales", P("P1"), Y(2023), 30000, "CT2"},
      {"csm_quantity", P("P1"), Y(2023), 8, "realised quantities CT1 2.5 + CT2 1.5 + CT3 4; CT5 none"},
      {"csm_suppliers_onboarded", P("P1"), Y(2023), 2, "realised sellers C1 (CT1, CT2), C2 (CT3); CT5 none"},
      // ---- social ----
      {"soc_donation_total", P("P1"), Y(2023), 82000, "D1 50000 + D2 20000 + D3 12000"},
      {"soc_donation_cash", P("P1"), Y(2023), 50000, "D1"},
      {"soc_donation_inkind", P("P1"), Y(2023), 32000, "D2 + D3"},
      {"soc_donation_inkind_items", P("P1"), Y(2023), 250, "D2 200 + D3 50"},
      {"soc_enterprises_paired", P("P1"), Y(2023), 2, "E1, E3"},
      {"soc_socorgs_paired", P("P1"), Y(2023), 1, "SO1"},
      {"soc_villages_paired", P("P1"), Y(2023), 2, "沙南 (P13, P15, P16), 龙潭 (P14)"},
      {"soc_projects", P("P1"), Y(2023), 1, "PR4"},
      {"soc_households_helped", P("P1"), Y(2023), 2,
       "fulfilled in 2023: 马家 (WI1, WI2), WI3 (no household: by id); WI5 fulfilled 2024, WI6 has no date"},
      {"soc_households_helped_pairings", P("P1"), Y(2022), 1, "household pairings at the end of 2022: P17"},
      // ---- rural ----
      {"rv_demo_villages", P("P1"), Y(2023), 2, "DS1, DS2; DS5 designated 2024"},
      {"rv_demo_villages_new", P("P1"), Y(2023), 1, "DS2"},
      {"rv_demo_fiscal_aid", P("P1"), Y(2023), 300000, "T1 (project PR1 with demo site DS1)"},
      {"rv_demo_villages_paired", P("P1"), Y(2023), 1, "DS1 (沙南 has enterprise/socorg pairings); DS2's 冶家 none"},
      {"rv_demo_bases", P("P1"), Y(2023), 1, "DS3"},
      {"rv_demo_counties", P("P1"), Y(2023), 1, "DS4"},
  };
  return kTable;
}

// ---- Fixture ---------------------------------------------------------------------------

std::shared_ptr<const indicators::Catalog> ShippedCatalog() {
  static const std::shared_ptr<const indicators::Catalog> kCatalog = [] {
    auto c = indicators::Catalog::LoadDefault();
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? *c : nullptr;
  }();
  return kCatalog;
}

class IndicatorWorldTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
    catalog_ = ShippedCatalog();
    ASSERT_NE(catalog_, nullptr);
    auto db = testdb::TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
    auto store = store::Store::Open(db_->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    indexer_ = std::make_unique<indicators::Indexer>(catalog_);
    ledger_ = std::make_unique<ledger::Ledger>(*store_, indexer_.get());
    world_ = std::make_unique<testworld::World>(*ledger_);
    ASSERT_NO_FATAL_FAILURE(world_->Build());
  }
  void TearDown() override {
    world_.reset();
    ledger_.reset();
    indexer_.reset();
    store_.reset();
    db_.reset();
  }

  int64_t Id(const std::string& name) const { return world_->Id(name); }

  Scope ScopeOf(const Where& w) const {
    switch (w.kind) {
      case Where::kPairing: return Scope::Pairing(Id(w.key));
      case Where::kUnit: return Scope::Unit(w.key);
      case Where::kAll: return Scope::All();
    }
    return Scope::All();
  }
  static Result<Period> PeriodOf(const When& p) {
    switch (p.kind) {
      case Period::Kind::kYear: return Period::Year(p.year);
      case Period::Kind::kQuarter: return Period::Quarter(p.year, p.part);
      case Period::Kind::kMonth: return Period::Month(p.year, p.part);
      case Period::Kind::kCumulative: return Period::CumulativeThrough(p.year);
    }
    return Period::Year(p.year);
  }

  // The value as the Calculator computes it now, in a fresh read transaction.
  Result<std::optional<double>> Compute(const std::string& code, const Where& w, const When& p) {
    const indicators::Indicator* ind = catalog_->Find(code);
    if (!ind) return Status::NotFound("no indicator " + code, "没有指标 " + code);
    std::optional<double> out;
    Status s = store_->Read([&](store::Txn& txn) -> Status {
      indicators::Calculator calc(*catalog_, txn);
      SHANHAI_ASSIGN_OR_RETURN(auto scope, calc.Resolve(ScopeOf(w)));
      SHANHAI_ASSIGN_OR_RETURN(Period period, PeriodOf(p));
      SHANHAI_ASSIGN_OR_RETURN(out, calc.Value(*ind, scope, period));
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return out;
  }

  // Checks one value; `why` is the hand computation, shown on failure.
  void Expect(const std::string& code, const Where& w, const When& p, std::optional<double> want,
              const std::string& why = "") {
    auto got = Compute(code, w, p);
    ASSERT_TRUE(got.ok()) << code << " (" << Describe(w, p) << "): " << got.status().ToString();
    if (!want) {
      EXPECT_FALSE(got->has_value()) << code << " (" << Describe(w, p) << ") should have no value, got " << **got
                                     << "\n  " << why;
      return;
    }
    ASSERT_TRUE(got->has_value()) << code << " (" << Describe(w, p) << ") has no value, want " << *want << "\n  "
                                  << why;
    EXPECT_NEAR(**got, *want, 1e-9 * std::max(1.0, std::fabs(*want)))
        << code << " (" << Describe(w, p) << ")\n  " << why;
  }

  // Writes through the ledger; failures fail the test.
  model::Record Create(std::string_view type, const json& body) {
    auto r = ledger_->Create(T(type), body, ledger::Actor{"indicator-test"});
    EXPECT_TRUE(r.ok()) << type << ": " << r.status().ToString();
    return r.ok() ? *r : model::Record(T(type));
  }
  void Update(std::string_view type, const std::string& name, const json& patch) {
    auto r = ledger_->Update(T(type), Id(name), patch, ledger::Actor{"indicator-test"});
    EXPECT_TRUE(r.ok()) << type << " " << name << ": " << r.status().ToString();
  }
  void Delete(std::string_view type, int64_t id) {
    Status s = ledger_->Delete(T(type), id, ledger::Actor{"indicator-test"});
    EXPECT_TRUE(s.ok()) << type << " " << id << ": " << s.ToString();
  }

  // The stored facts of one indicator for the named rows.
  std::vector<store::Fact> FactsOf(const std::string& indicator, std::string_view type,
                                   const std::vector<std::string>& names) {
    std::set<int64_t> ids;
    for (const auto& n : names) ids.insert(Id(n));
    std::vector<store::Fact> out;
    Status s = store_->Read([&](store::Txn& txn) -> Status {
      SHANHAI_ASSIGN_OR_RETURN(auto all, txn.ListFacts());
      for (auto& f : all)
        if (f.indicator == indicator && f.record_type == type && ids.count(f.record_id)) out.push_back(f);
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }

  // Indexer::Check on a read transaction; describes every difference on failure.
  void ExpectCheckClean(const std::string& when) {
    indicators::CheckReport report;
    Status s = store_->Read([&](store::Txn& txn) -> Status {
      SHANHAI_ASSIGN_OR_RETURN(report, indexer_->Check(txn));
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.ToString();
    std::string diff;
    auto fact = [](const store::Fact& f) {
      return f.indicator + " " + f.record_type + "#" + std::to_string(f.record_id) + " pairing " +
             (f.pairing_id ? std::to_string(*f.pairing_id) : "-") + " west " + f.west_code + " east " + f.east_code +
             " months " + std::to_string(f.from_month) + ".." + (f.to_month ? std::to_string(*f.to_month) : "") +
             " value " + std::to_string(f.value) + " key " + f.distinct_key;
    };
    for (size_t i = 0; i < report.missing.size() && i < 20; ++i) diff += "\n  missing: " + fact(report.missing[i]);
    for (size_t i = 0; i < report.extra.size() && i < 20; ++i) diff += "\n  extra:   " + fact(report.extra[i]);
    for (size_t i = 0; i < report.changed.size() && i < 20; ++i)
      diff += "\n  changed: " + fact(report.changed[i].first) + "\n      now: " + fact(report.changed[i].second);
    EXPECT_TRUE(report.clean()) << when << ": " << report.missing.size() << " missing, " << report.extra.size()
                                << " extra, " << report.changed.size() << " changed of " << report.facts
                                << " facts from " << report.records << " records" << diff;
    EXPECT_GT(report.facts, 0);
  }

  std::shared_ptr<const indicators::Catalog> catalog_;
  std::unique_ptr<testdb::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<indicators::Indexer> indexer_;
  std::unique_ptr<ledger::Ledger> ledger_;
  std::unique_ptr<testworld::World> world_;
};

// ---- The table: every indicator of the catalog ------------------------------------

TEST(IndicatorCatalogCoverage, EveryCatalogIndicatorHasAnExpectation) {
  auto catalog = ShippedCatalog();
  ASSERT_NE(catalog, nullptr);
  std::map<std::string, int> seen;
  for (const Expectation& e : Expectations()) ++seen[e.code];
  for (const auto& ind : catalog->indicators())
    EXPECT_EQ(seen.count(ind.code), 1u) << "indicator " << ind.code
                                        << " has no hand-computed expectation in indicator_values_test.cc";
  for (const auto& [code, n] : seen) {
    EXPECT_NE(catalog->Find(code), nullptr) << "expectation for " << code << ", which is not in the catalog";
    EXPECT_EQ(n, 1) << "two expectations for " << code;
  }
  EXPECT_EQ(seen.size(), catalog->indicators().size());
}

// One test per catalog group (each builds the world once); a failure names the code.
class IndicatorValues : public IndicatorWorldTest {};

void CheckGroup(const std::string& group, const indicators::Catalog& catalog,
                const std::function<void(const Expectation&)>& check) {
  int checked = 0;
  for (const auto& ind : catalog.indicators()) {
    if (ind.group != group) continue;
    const Expectation* e = nullptr;
    for (const Expectation& x : Expectations())
      if (ind.code == x.code) e = &x;
    if (!e) {
      ADD_FAILURE() << "indicator " << ind.code << " has no expectation";
      continue;
    }
    SCOPED_TRACE(ind.code);
    check(*e);
    ++checked;
  }
  EXPECT_GT(checked, 0) << "no indicator in group " << group;
}

#define SHANHAI_GROUP_TEST(group)                                                            \
  TEST_P(IndicatorValues, group) {                                                           \
    CheckGroup(#group, *catalog_,                                                            \
               [&](const Expectation& e) { Expect(e.code, e.where, e.when, e.value, e.how); }); \
  }
SHANHAI_GROUP_TEST(org)
SHANHAI_GROUP_TEST(funds)
SHANHAI_GROUP_TEST(talent)
SHANHAI_GROUP_TEST(industry)
SHANHAI_GROUP_TEST(labour)
SHANHAI_GROUP_TEST(consumption)
SHANHAI_GROUP_TEST(social)
SHANHAI_GROUP_TEST(rural)
#undef SHANHAI_GROUP_TEST

TEST_P(IndicatorValues, FixtureFactsEqualARecomputation) { ExpectCheckClean("after building the world"); }

INSTANTIATE_TEST_SUITE_P(Engines, IndicatorValues, ::testing::ValuesIn(testdb::TestEngines()),
                         testdb::EngineParamName);


// ---- Hard cases ------------------------------------------------------------------------

class HardCases : public IndicatorWorldTest {};

TEST_P(HardCases, OnePersonWithTwoJobsCountsOnceAsAPersonButTwiceAsSpells) {
  // A has S1 (E1, in 泾源) and S2 (E3, in 海沧) in 2023, both stable, both helped.
  Expect("ind_rural_employed", P("P1"), Y(2023), 3, "A (S1 and S2) once, G, I");
  auto facts = FactsOf("ind_rural_employed", "employment_records", {"S1", "S2"});
  ASSERT_EQ(facts.size(), 2u) << "one fact per spell";
  EXPECT_EQ(facts[0].distinct_key, facts[1].distinct_key) << "both spells carry A's key";
  EXPECT_FALSE(facts[0].distinct_key.empty());
  auto others = FactsOf("ind_rural_employed", "employment_records", {"S8a", "S10"});
  ASSERT_EQ(others.size(), 2u);
  for (const auto& f : others) EXPECT_NE(f.distinct_key, facts[0].distinct_key) << "G and I are not A";
  // Each spell counts where it is (S2 in the east, S1 at home); the person once overall.
  Expect("lab_to_east", P("P1"), Y(2023), 2, "A (S2), G");
  Expect("lab_local", P("P1"), Y(2023), 3, "A (S1), E, H");
  Expect("lab_other_region", P("P1"), Y(2023), 1, "F");
  Expect("lab_rural_helped", P("P1"), Y(2023), 5, "2 + 3 + 1 = 6 place counts, but 5 persons: A counts once");
  // Either spell alone keeps A; without both, A is gone.
  Delete("employment_records", Id("S2"));
  Expect("ind_rural_employed", P("P1"), Y(2023), 3, "A by S1 alone, G, I");
  Expect("lab_to_east", P("P1"), Y(2023), 1, "G");
  Expect("lab_rural_helped", P("P1"), Y(2023), 5, "A still counted by S1");
  Delete("employment_records", Id("S1"));
  Expect("ind_rural_employed", P("P1"), Y(2023), 2, "G, I");
  Expect("lab_rural_helped", P("P1"), Y(2023), 4, "E, F, G, H");
  ExpectCheckClean("after deleting A's spells");
}

TEST_P(HardCases, SpellAcrossTheYearEndCountsFromTheMonthItBecomesStable) {
  // S3: B, 2023-11-01 … 2024-03-31, stable from 2024-01-31; the only spell under P3.
  Expect("ind_rural_employed", P("P3"), Y(2023), 0, "S3 is not yet stable in 2023");
  Expect("ind_rural_employed", P("P3"), Y(2024), 1, "S3 stable from January 2024");
  Expect("ind_rural_employed_any_duration", P("P3"), Y(2023), 1, "S3 overlaps Nov–Dec 2023");
  Expect("ind_rural_employed_any_duration", P("P3"), Y(2024), 1, "S3 overlaps Jan–Mar 2024");
  Expect("ind_rural_employed", P("P3"), M(2023, 12), 0, "not stable in December");
  Expect("ind_rural_employed", P("P3"), M(2024, 1), 1, "stable from 2024-01-31: counts in January");
  Expect("ind_rural_employed", P("P3"), Cum(2023), 0, "never stable up to the end of 2023");
  Expect("ind_rural_employed", P("P3"), Cum(2024), 1, "");
  Expect("lab_rural_helped", P("P3"), Q(2024, 1), 1, "");
  Expect("lab_rural_helped", P("P3"), Q(2024, 2), 0, "S3 ended 2024-03-31");
  Expect("lab_to_east", P("P3"), Y(2024), 1, "彭阳 → 思明 350203, within P3's east code");
  Expect("lab_stable_in_east", P("P3"), Y(2023), 0, "not stable at the end of 2023");
  Expect("lab_stable_in_east", P("P3"), Q(2024, 1), 1, "stable and still employed on 2024-03-31");
  Expect("lab_stable_in_east", P("P3"), Q(2024, 2), 0, "gone by 2024-06-30");
  Expect("ind_rural_employed", U("640425"), Y(2023), 0, "彭阳 (B's county) in 2023");
  Expect("ind_rural_employed", U("640425"), Y(2024), 1, "彭阳 in 2024");
  auto facts = FactsOf("ind_rural_employed", "employment_records", {"S3"});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].from_month, store::MonthIndex(2024, 1));
  ASSERT_TRUE(facts[0].to_month.has_value());
  EXPECT_EQ(*facts[0].to_month, store::MonthIndex(2024, 3));
  auto any = FactsOf("ind_rural_employed_any_duration", "employment_records", {"S3"});
  ASSERT_EQ(any.size(), 1u);
  EXPECT_EQ(any[0].from_month, store::MonthIndex(2023, 11));
}

TEST_P(HardCases, SpellUnderThreeMonthsNeverCountsAsStable) {
  // S4: C at W1, 2023-03-01 … 2023-05-15; it would be stable from 2023-05-31.
  EXPECT_TRUE(FactsOf("ws_rural_employed", "employment_records", {"S4"}).empty());
  EXPECT_TRUE(FactsOf("lab_rural_helped", "employment_records", {"S4"}).empty());
  EXPECT_EQ(FactsOf("ws_rural_employed_any_duration", "employment_records", {"S4"}).size(), 1u);
  Expect("ws_rural_employed", P("P1"), Cum(2030), 2, "D, E at any time; never C");
  Expect("ws_rural_employed", P("P1"), M(2023, 5), 1, "E (stable from 05-09); C not even in May");
  Expect("ws_rural_employed_any_duration", P("P1"), Y(2023), 3, "C, D, E");
  Expect("lab_pe_helped_incl_monitored", P("P1"), Y(2023), 4, "A, E, G, H; C is monitored but too short");
  // The boundary: three months to the day counts (from the month it is reached), a day less never.
  world_->Add("person:J", "persons",
              {{"name", "冶金花"}, {"id_number", testworld::IdNumber("640424", "19950505", 10)},
               {"hukou_unit", "640424"}, {"household_type", "lifted"}, {"snapshot_date", "2023-01-01"}});
  world_->Add("SJ", "employment_records",
              {{"person_id", Id("person:J")}, {"pairing_id", Id("P2")}, {"workshop_id", Id("W2")},
               {"work_unit", "640424"}, {"start_date", "2023-01-15"}, {"end_date", "2023-04-13"},
               {"channel", "workshop"}});
  Expect("ws_rural_employed", P("P1"), Y(2023), 2, "2023-01-15 … 04-13 is a day short of 3 months");
  Expect("ws_rural_employed_any_duration", P("P1"), Y(2023), 4, "C, D, E, J");
  Update("employment_records", "SJ", {{"end_date", "2023-04-14"}});
  Expect("ws_rural_employed", P("P1"), Y(2023), 3, "D, E, J: 01-15 + 3 months − 1 day = 04-14");
  Expect("ws_rural_employed", P("P1"), M(2023, 3), 0, "J not yet stable in March, E from May");
  Expect("ws_rural_employed", P("P1"), M(2023, 4), 1, "J stable on 04-14, so in April");
  Expect("ws_pe_employed", P("P1"), M(2023, 4), 1, "J is lifted");
  ExpectCheckClean("after the boundary spells");
}

TEST_P(HardCases, PairingEndedMidYearKeepsItsRecordsOfThatYear) {
  // P4 湖里→泾源 ended 2023-06-30.
  Expect("fund_fiscal_aid", P("P4"), Y(2023), 60000, "T9 on 2023-05-10, before the end");
  Expect("fund_fiscal_aid", P("P4"), Y(2024), 0, "nothing after the end");
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1485000.5, "the parent keeps T9");
  Expect("fund_fiscal_aid", U("350206"), Y(2023), 60000, "湖里's unit scope keeps it too");
  Expect("ind_rural_employed", P("P4"), Y(2023), 1, "G by S8a (ended 2023-05-31)");
  Expect("ind_rural_employed", P("P4"), Y(2024), 0, "");
  Expect("lab_transport_subsidy_amount", P("P4"), Y(2023), 400, "SB3");
  // The stock of pairings drops it after its end.
  Expect("pair_county", P("P1"), Y(2022), 3, "P2 P3 P4");
  Expect("pair_county", P("P1"), M(2023, 6), 3, "P4 still active on 06-30");
  Expect("pair_county", P("P1"), M(2023, 7), 2, "P4 gone in July");
  Expect("pair_county", P("P1"), Y(2023), 2, "P2 P3 at year end");
  Expect("pair_county", U("640424"), Q(2023, 2), 2, "泾源 had two eastern partners, P2 and P4");
  Expect("pair_county", U("640424"), Y(2023), 1, "only P2 at year end");
  Expect("pair_county_west_counties", U("640424"), Q(2023, 2), 1, "two partners, one county");
  Expect("pair_county", P("P4"), Y(2024), 0, "");
  // A record dated after the end needs a reason, and is refused without one.
  auto late = ledger_->Create(T("fund_transfers"),
                              {{"pairing_id", Id("P4")}, {"date", "2023-08-01"}, {"source_kind", "fiscal"},
                               {"stage", "received"}, {"amount_fen", 100}},
                              ledger::Actor{"indicator-test"});
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.status().code(), StatusCode::kInvalidArgument);
  Expect("fund_fiscal_aid", P("P4"), Y(2023), 60000, "the refused write left nothing");
}

TEST_P(HardCases, EasternUnitWithSeveralWesternPartners) {
  // 厦门 helps 固原 (T8), and through its districts 泾源 (T1 海沧, T9 湖里) and 彭阳 (T3 思明).
  Expect("fund_fiscal_aid", U("350200"), Y(2023), 1485000.5, "厦门: T8 + T1 + T3 + T9");
  Expect("fund_fiscal_aid", U("350000"), Y(2023), 1485000.5, "福建: the same");
  Expect("fund_fiscal_aid", U("350205"), Y(2023), 300000, "海沧: T1");
  Expect("fund_fiscal_aid", U("350203"), Y(2023), 125000.5, "思明: T3");
  Expect("fund_fiscal_aid", U("640424"), Y(2023), 360000, "泾源: T1 + T9 only");
  Expect("fund_fiscal_aid", U("640425"), Y(2023), 125000.5, "彭阳: T3 only");
  Expect("fund_fiscal_aid", U("640400"), Y(2023), 1485000.5, "固原: T8 at the city + both counties");
  Expect("fund_fiscal_aid", U("640424100"), Y(2023), 360000, "a township scope narrows only to its county");
  Expect("fund_fiscal_aid", All(), Y(2023), 1485000.5, "");
  Expect("pair_county", U("350200"), Y(2023), 2, "P2, P3; P19 is counterpart support");
  Expect("pair_county_west_counties", U("350200"), Y(2023), 2, "泾源, 彭阳");
  Expect("pair_county", U("640425"), Y(2023), 1, "P3 (P19 is not East–West)");
  Expect("ind_rural_employed", U("350200"), Y(2023), 3, "A, G, I");
  Expect("ind_rural_employed", U("640425"), Y(2023), 0, "B only from 2024");
  // The unit scope is everything 厦门 does, under any programme; the pairing scope is P1's tree.
  Expect("org_leader_visits", U("350200"), Y(2023), 3, "V1, V2 and P19's V6");
  Expect("org_leader_visits", P("P1"), Y(2023), 2, "V1, V2");
}

TEST_P(HardCases, PersonEmployedUnderTwoPairingsOfOneCountyCountsOnceForTheCounty) {
  // G: S8a under P4 (湖里→泾源), S8b under P2 (海沧→泾源); both of 泾源.
  Expect("ind_rural_employed", U("640424"), Y(2023), 3, "A, G, I: G once for 泾源");
  Expect("ind_rural_employed", P("P2"), Y(2023), 3, "A, G (S8b), I");
  Expect("ind_rural_employed", P("P4"), Y(2023), 1, "G (S8a)");
  Expect("lab_to_east", U("640424"), Y(2023), 2, "A, G");
  Expect("lab_to_east", P("P2"), Y(2023), 2, "A (S2), G (S8b)");
  Expect("lab_to_east", P("P4"), Y(2023), 1, "G (S8a)");
  Expect("lab_transport_subsidy_persons", U("640424"), Y(2023), 2, "A (P2), G (P4)");
  // G on a second roster row (same ID number, later snapshot) is still one person.
  world_->Add("person:G2", "persons",
              {{"name", "马福"}, {"id_number", testworld::IdNumber("640424", "19900101", 7)},
               {"hukou_unit", "640424"}, {"household_type", "lifted"}, {"snapshot_date", "2023-06-01"}});
  world_->Add("SG2", "employment_records",
              {{"person_id", Id("person:G2")}, {"pairing_id", Id("P2")}, {"employer_org_id", Id("E3")},
               {"work_unit", "640424"}, {"start_date", "2023-03-01"}, {"channel", "enterprise"},
               {"helped_by_cooperation", true}});
  Expect("ind_rural_employed", U("640424"), Y(2023), 3, "G's second row has G's ID number");
  Expect("ind_pe_employed", U("640424"), Y(2023), 2, "A, G");
  Expect("lab_local", U("640424"), Y(2023), 4, "A, E, H and now G (SG2 works at home)");
  Expect("lab_rural_helped", U("640424"), Y(2023), 5, "A, E, F, G, H: G still once");
}

TEST_P(HardCases, PersonsVersusPersonTimes) {
  Expect("tal_prof_e2w", P("P1"), Y(2023), 4, "陈, 林, 黄, 吴");
  Expect("tal_prof_e2w_persontimes", P("P1"), Y(2023), 5, "陈 twice");
  Expect("tal_prof_e2w_med", P("P1"), Y(2023), 1, "");
  Expect("tal_prof_e2w_med_persontimes", P("P1"), Y(2023), 2, "");
  Expect("tal_prof_w2e", P("P1"), Y(2023), 1, "");
  Expect("tal_prof_w2e_persontimes", P("P1"), Y(2023), 2, "");
  Expect("lab_training_persons", P("P1"), Y(2023), 3, "A, 马小花, C from 5 participant rows");
  Expect("lab_training_persontimes", P("P1"), Y(2023), 120, "declared attendees");
  Expect("trn_rural_leaders", P("P1"), Y(2023), 2, "3 rows: D twice, 李强");
  Expect("lab_organised_transfer", P("P1"), Y(2023), 3, "4 passenger rows: A twice");
  Expect("lab_organised_transfer_declared", P("P1"), Y(2023), 157, "declared persons_count");
  Expect("lab_transport_subsidy_persons", P("P1"), Y(2023), 2, "3 payments: A twice");
  // A secondee without an ID number is told apart by name: a second spell is the same person.
  world_->Add("SC7b", "secondments",
              {{"pairing_id", Id("P2")}, {"name", "黄农艺"}, {"category", "professional"}, {"direction", "e2w"},
               {"field", "agriculture"}, {"start_date", "2023-06-01"}, {"end_date", "2023-08-31"}});
  Expect("tal_prof_e2w", P("P1"), Y(2023), 4, "黄农艺 again");
  Expect("tal_prof_e2w_persontimes", P("P1"), Y(2023), 6, "one more spell");
  // Someone of the same name with an ID number is not matched to a name-only key.
  world_->Add("SC7c", "secondments",
              {{"pairing_id", Id("P2")}, {"name", "黄农艺"}, {"id_number", testworld::IdNumber("350205", "19700707", 18)},
               {"category", "professional"}, {"direction", "e2w"}, {"field", "agriculture"},
               {"start_date", "2023-06-01"}, {"end_date", "2023-08-31"}});
  Expect("tal_prof_e2w", P("P1"), Y(2023), 5, "keys by ID number and by name never meet");
  Expect("tal_prof_e2w_agri", P("P1"), Y(2023), 2, "");
}

TEST_P(HardCases, SignedAndPaidInInvestmentStayApart) {
  Expect("ind_investment_contract", P("P1"), Y(2023), 11000000, "signed I3 8000000 + I5 3000000");
  Expect("ind_investment_actual", P("P1"), Y(2023), 6200000, "paid in I1 + I4");
  Expect("ind_projects_signed", P("P1"), Y(2023), 2, "I3, I5");
  // I5 is paid in (2500000): it leaves the signed totals and joins the paid-in ones.
  Update("investments", "I5", {{"stage", "paid_in"}, {"paid_in_amount_fen", 250000000}});
  Expect("ind_investment_contract", P("P1"), Y(2023), 8000000, "I3 only");
  Expect("ind_investment_actual", P("P1"), Y(2023), 8700000, "I1 + I4 + I5 2500000");
  Expect("ind_projects_signed", P("P1"), Y(2023), 1, "I3");
  Expect("ind_enterprises_landed_incl_increase", P("P1"), Y(2023), 2, "E1, E3 (E3 already)");
  Expect("ind_enterprises_landed", P("P1"), Y(2023), 1, "I5 is not flagged as a new landing");
  // A paid-in amount on a signed row is not money paid in.
  Update("investments", "I3", {{"paid_in_amount_fen", 100000000}});
  Expect("ind_investment_actual", P("P1"), Y(2023), 8700000, "I3 is still only signed");
  Expect("ind_investment_contract", P("P1"), Y(2023), 8000000, "");
}

TEST_P(HardCases, IntentIsNeverARealisedSale) {
  Expect("csm_total", P("P1"), Y(2023), 155000, "realised CT1 + CT2 + CT3 + CT5");
  Expect("csm_signed_intent", P("P1"), Y(2023), 500000, "CT4 intent only");
  Expect("csm_purchase", P("P1"), Y(2023), 105000, "CT1 + CT5: CT4 is a purchase, but an intended one");
  Expect("csm_quantity", P("P1"), Y(2023), 8, "CT4's 20 not counted");
  // Half of the intent is realised.
  Update("consumption_txns", "CT4", {{"stage", "realised"}, {"amount_fen", 25000000}});
  Expect("csm_total", P("P1"), Y(2023), 405000, "155000 + 250000");
  Expect("csm_signed_intent", P("P1"), Y(2023), 0, "");
  Expect("csm_purchase", P("P1"), Y(2023), 355000, "");
  Expect("csm_quantity", P("P1"), Y(2023), 28, "");
  Expect("csm_suppliers_onboarded", P("P1"), Y(2023), 2, "C1 already counted");
}

TEST_P(HardCases, FiscalAndSocialMoneyStayApart) {
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1485000.5, "");
  Expect("fund_social", P("P1"), Y(2023), 82000, "donations D1 + D2 + D3");
  Expect("fund_total_aid", P("P1"), Y(2023), 1567000.5, "");
  Expect("fund_disbursement_rate", P("P1"), Y(2023), 250000 / 1485000.5 * 100, "T6 + T7 ÷ fund_fiscal_aid");
  // Social money in the transfer ledger (T4) is in neither total, whatever its amount.
  Update("fund_transfers", "T4", {{"amount_fen", 16000000}});
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1485000.5, "");
  Expect("fund_social", P("P1"), Y(2023), 82000, "social money is counted from donations only");
  // Declared fiscal, it is fiscal aid.
  Update("fund_transfers", "T4", {{"source_kind", "fiscal"}});
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1645000.5, "+ 160000");
  Expect("fund_social", P("P1"), Y(2023), 82000, "");
  // A cash donation is social, never fiscal; enterprise money (T11) is neither.
  Create("donations", {{"pairing_id", Id("P3")}, {"date", "2023-12-01"}, {"kind", "cash"}, {"amount_fen", 1000000}});
  Expect("fund_social", P("P1"), Y(2023), 92000, "");
  Expect("soc_donation_cash", P("P1"), Y(2023), 60000, "");
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1645000.5, "");
  Expect("fund_total_aid", P("P1"), Y(2023), 1737000.5, "1645000.5 + 92000");
}

TEST_P(HardCases, RatiosOverNothingHaveNoValue) {
  Expect("fund_fiscal_aid_per_county", P("P4"), Y(2024), kNoValue, "P4 ended: no county paired at the end of 2024");
  Expect("fund_disbursement_rate", P("P3"), Q(2023, 1), kNoValue, "nothing received in Q1");
  Expect("fund_fiscal_aid_key_county_share", P("P3"), Q(2023, 1), kNoValue, "");
  Expect("fund_total_aid", P("P3"), Q(2023, 1), 0, "a sum over nothing is 0, not “no value”");
  Expect("fund_fiscal_aid_key_county_share", U("640425"), Y(2023), 0, "彭阳 is no key county: 0 ÷ 125000.5");
  Expect("pair_township_coverage", U("640425"), Y(2023), 0, "白阳镇 unpaired: 0 of 1");
}

// ---- Where the engine departs from its documented rules --------------------------------

class EngineRules : public IndicatorWorldTest {};

// catalog.h: stock — "active at the period's end (date ≤ period end, and end absent or
// ≥ period end)"; pair_county's note: "未结束或结束于期末之后". A pairing or spell that
// ends in the middle of the period's last month is not active at its end.
TEST_P(EngineRules, StockEndingInsideThePeriodsLastMonthIsNotActiveAtItsEnd) {
  Expect("pair_county", P("P1"), M(2023, 6), 3, "P4 ends 06-30: active at the end of June");
  Update("pairings", "P4", {{"end_date", "2023-06-15"}});
  Expect("pair_county", P("P1"), M(2023, 5), 3, "still active on 05-31");
  Expect("pair_county", P("P1"), M(2023, 6), 2, "ended 06-15, so not active on 06-30");
  Expect("pair_county", P("P1"), Q(2023, 2), 2, "");
  Expect("pair_county", P("P1"), Y(2023), 2, "");
  // The same for a spell: I leaves 海沧 on 2023-12-15.
  Expect("lab_stable_in_east", P("P1"), Y(2023), 2, "G, I on 2023-12-31");
  Update("employment_records", "S10", {{"end_date", "2023-12-15"}});
  Expect("lab_stable_in_east", P("P1"), Y(2023), 1, "G; I left on 12-15");
  Expect("lab_stable_pe_in_east_incl_monitored", P("P1"), Y(2023), 1, "G");
  Expect("lab_stable_in_east", P("P1"), Q(2023, 3), 3, "A, G, I on 09-30");
  Expect("lab_stable_in_east_in_year", P("P1"), Y(2023), 3, "a span still overlaps 2023: A, G, I");
  // A pairing that lives inside one month is active at no month's end.
  world_->Add("P20", "pairings",
              {{"level", "county"}, {"east_unit", "350206"}, {"west_unit", "640425"}, {"start_date", "2023-03-05"},
               {"end_date", "2023-03-20"}, {"parent_id", Id("P1")}});
  Expect("pair_county", P("P1"), M(2023, 3), 3, "P2 P3 P4; not P20");
  ExpectCheckClean("after mid-month ends");
}

// indexer.h: "A record's facts depend on … the rows its rule paths reach (… a county's
// flags …). When such a row changes, the facts of the records that reach it are
// recomputed too." A record reaches its county through west_code, which the ledger
// derives from a township or village code without needing the county row to exist.
TEST_P(EngineRules, CountyEnteredAfterItsRecordsReachesThem) {
  world_->Add("unit:640422100", "admin_units",
              {{"code", "640422100"}, {"name", "吉强镇"}, {"level", "township"}, {"side", "west"},
               {"parent_code", "640400"}});
  model::Record t = Create("fund_transfers", {{"pairing_id", Id("P1")}, {"date", "2023-08-01"},
                                              {"source_kind", "fiscal"}, {"stage", "received"},
                                              {"amount_fen", 10000000}, {"recipient_unit", "640422100"}});
  EXPECT_EQ(t.GetString("west_code"), "640422");
  Expect("fund_fiscal_aid_key_county", P("P1"), Y(2023), 360000, "西吉 unknown yet: not a key county");
  world_->Add("unit:640422", "admin_units",
              {{"code", "640422"}, {"name", "西吉县"}, {"level", "county"}, {"side", "west"},
               {"parent_code", "640400"}, {"key_county", true}});
  Expect("fund_fiscal_aid_key_county", P("P1"), Y(2023), 460000, "T1 + T9 + 100000 to 西吉 (key county)");
  ExpectCheckClean("after entering the county");
}

// pair_township_total's note: "按统计范围内西部县的区划代码前缀取范围"; the design:
// coverage = paired west townships ÷ all townships of the west county. Units belong to
// no pairing, so in a pairing scope the denominator must come from the pairing's western
// party (固原 for P1, 泾源 for P2) rather than from pairing ids.
TEST_P(EngineRules, TownshipCoverageOfAPairingCountsTheTownshipsOfItsWesternParty) {
  Expect("pair_township_coverage", U("640424"), Y(2023), 50, "1 of 泾源's 2 townships");
  Expect("pair_township_total", P("P2"), Y(2023), 2, "泾源's townships 640424100, 640424101");
  Expect("pair_township_coverage", P("P2"), Y(2023), 50, "香水镇 of 2");
  Expect("pair_township_total", P("P1"), Y(2023), 3, "固原's townships: two in 泾源, 白阳镇 in 彭阳");
  Expect("pair_township_coverage", P("P1"), Y(2023), 100.0 / 3, "香水镇 of 3");
}

INSTANTIATE_TEST_SUITE_P(Engines, HardCases, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);
INSTANTIATE_TEST_SUITE_P(Engines, EngineRules, ::testing::ValuesIn(testdb::TestEngines()),
                         testdb::EngineParamName);

// ---- Live totals: the next Calculator call sees every write ---------------------------

class LiveTotals : public IndicatorWorldTest {};

TEST_P(LiveTotals, CreateUpdateDeleteOfARecord) {
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1485000.5, "");
  world_->Add("T12", "fund_transfers",
              {{"pairing_id", Id("P3")}, {"date", "2023-11-11"}, {"source_kind", "fiscal"}, {"stage", "received"},
               {"amount_fen", 2000000}});
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1505000.5, "+ T12 20000");
  Expect("fund_fiscal_aid", U("640425"), Y(2023), 145000.5, "T3 + T12");
  Expect("fund_fiscal_aid", P("P2"), Y(2023), 300000, "T12 is P3's");
  Update("fund_transfers", "T12", {{"amount_fen", 3000000}});
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1515000.5, "T12 now 30000");
  Update("fund_transfers", "T12", {{"stage", "planned"}});
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1485000.5, "a planned transfer is not aid");
  Update("fund_transfers", "T12", {{"stage", "received"}, {"date", "2024-02-02"}});
  Expect("fund_fiscal_aid", P("P1"), Y(2023), 1485000.5, "moved to 2024");
  Expect("fund_fiscal_aid", P("P1"), Y(2024), 100000, "T10 70000 + T12 30000");
  Delete("fund_transfers", Id("T12"));
  Expect("fund_fiscal_aid", P("P1"), Y(2024), 70000, "T10");
  ExpectCheckClean("after create, updates and delete");
}

TEST_P(LiveTotals, PersonsHouseholdTypeReachesTheirSpellsAndBenefits) {
  Expect("lab_pe_helped", P("P1"), Y(2023), 3, "A, G, H");
  Expect("ws_pe_employed", P("P1"), Y(2023), 1, "D");
  Update("persons", "person:E", {{"household_type", "lifted"}});
  Expect("lab_pe_helped", P("P1"), Y(2023), 4, "A, E, G, H");
  Expect("ws_pe_employed", P("P1"), Y(2023), 2, "D, E");
  Expect("lab_pe_helped_incl_monitored", P("P1"), Y(2023), 4, "unchanged: E was monitored");
  Update("persons", "person:A", {{"household_type", "ordinary"}});
  Expect("lab_pe_helped", P("P1"), Y(2023), 3, "E, G, H");
  Expect("ind_pe_employed", P("P1"), Y(2023), 1, "G");
  Expect("prj_pe_benefited", P("P1"), Y(2023), 2, "B, D");
  Expect("prj_pe_benefited_households", P("P1"), Y(2023), 1, "H-002");
  Expect("lab_pe_helped_incl_monitored", P("P1"), Y(2023), 3, "E, G, H");
  ExpectCheckClean("after household type changes");
}

TEST_P(LiveTotals, AnEmployersInvestmentReachesItsEmployees) {
  Expect("ind_rural_employed", P("P1"), Y(2023), 3, "A, G, I");
  // E2 (F's employer) lands an investment: F counts.
  model::Record inv = Create("investments", {{"pairing_id", Id("P3")}, {"enterprise_id", Id("E2")},
                                             {"stage", "paid_in"}, {"paid_in_amount_fen", 100000000},
                                             {"date", "2023-07-01"}});
  Expect("ind_rural_employed", P("P1"), Y(2023), 4, "A, F, G, I");
  Expect("ind_rural_employed_any_duration", P("P1"), Y(2023), 5, "A, B, F, G, I");
  Expect("ind_pe_employed_incl_monitored", P("P1"), Y(2023), 3, "F is ordinary");
  Expect("ind_enterprises_landed_incl_increase", P("P1"), Y(2023), 3, "E1, E2, E3");
  Expect("ind_investment_actual", P("P1"), Y(2023), 7200000, "+ 1000000");
  Delete("investments", inv.id());
  Expect("ind_rural_employed", P("P1"), Y(2023), 3, "F out again");
  // The signed I3 of E2 becomes paid in, then signed again.
  Update("investments", "I3", {{"stage", "paid_in"}, {"paid_in_amount_fen", 40000000}});
  Expect("ind_rural_employed", P("P1"), Y(2023), 4, "");
  Update("investments", "I3", {{"stage", "signed"}});
  Expect("ind_rural_employed", P("P1"), Y(2023), 3, "");
  // I1 moves from E1 to E2: E1 has no paid-in investment left (I2 is signed).
  Update("investments", "I1", {{"enterprise_id", Id("E2")}});
  Expect("ind_rural_employed", P("P1"), Y(2023), 3, "A (S2 at E3), F (E2), I; G's E1 spells out");
  Expect("ind_pe_employed", P("P1"), Y(2023), 1, "A");
  Expect("ind_rural_employed", P("P4"), Y(2023), 0, "S8a was at E1");
  ExpectCheckClean("after investment changes");
}

TEST_P(LiveTotals, RowsThatOtherRowsReadChangeTheirTotals) {
  // A county's flag.
  Update("admin_units", "unit:640425", {{"key_county", true}});
  Expect("fund_fiscal_aid_key_county", P("P1"), Y(2023), 485000.5, "T1 + T9 + T3 (彭阳 now a key county)");
  Update("admin_units", "unit:640424", {{"key_county", false}});
  Expect("fund_fiscal_aid_key_county", P("P1"), Y(2023), 125000.5, "T3 only");
  // A workshop becomes east-aided.
  Update("workshops", "W2", {{"east_aided", true}});
  Expect("ws_rural_employed_aided", P("P1"), Y(2023), 2, "D (W1), E (W2)");
  Expect("ws_count", P("P1"), Y(2023), 3, "W1, W2, W3");
  // A training event changes type: its participants follow.
  Update("training_events", "TE3", {{"training_type", "other"}});
  Expect("lab_training_persons", P("P1"), Y(2023), 2, "A and 马小花 of TE4; C only attended TE3");
  Expect("lab_training_persontimes", P("P1"), Y(2023), 60, "TE4 40 + TE9 20");
  // A project is tied to a demonstration site: its transfers follow.
  Update("projects", "PR2", {{"demo_site_id", Id("DS3")}});
  Expect("rv_demo_fiscal_aid", P("P1"), Y(2023), 425000.5, "T1 + T3");
  Update("projects", "PR1", {{"demo_site_id", nullptr}});
  Expect("rv_demo_fiscal_aid", P("P1"), Y(2023), 125000.5, "T3");
  // A pairing moves to another village: the demonstration sites follow.
  Update("pairings", "P13", {{"west_unit", "640424101202"}});
  Expect("rv_demo_villages_paired", P("P1"), Y(2023), 2, "DS1 (P15, P16), DS2 (P13 now)");
  Expect("pair_enterprise_village_villages", P("P1"), Y(2023), 3, "冶家, 龙潭, 沙南");
  Delete("pairings", Id("P15"));
  Delete("pairings", Id("P16"));
  Expect("rv_demo_villages_paired", P("P1"), Y(2023), 1, "DS2; 沙南 has no enterprise/socorg pairing left");
  // A new pairing reaches an existing site.
  Create("pairings", {{"level", "socorg_village"}, {"east_org_id", Id("SO1")}, {"west_unit", "640424100201"},
                      {"start_date", "2023-10-01"}, {"parent_id", Id("P2")}});
  Expect("rv_demo_villages_paired", P("P1"), Y(2023), 2, "DS1 again");
  ExpectCheckClean("after changes to referenced rows");
}

TEST_P(LiveTotals, PairingDatesChangeTheStock) {
  Update("pairings", "P3", {{"end_date", "2023-12-31"}});
  Expect("pair_county", P("P1"), Y(2023), 2, "P3 active on its last day");
  Expect("pair_county", P("P1"), Y(2024), 1, "P2");
  Update("pairings", "P3", {{"end_date", "2023-09-30"}});
  Expect("pair_county", P("P1"), Y(2023), 1, "P2");
  Expect("pair_county_west_counties", P("P1"), Y(2023), 1, "泾源");
  Expect("fund_fiscal_aid_per_county", P("P1"), Y(2023), 1485000.5, "÷ 1 county");
  Update("pairings", "P3", {{"end_date", nullptr}});
  Expect("pair_county", P("P1"), Y(2023), 2, "");
  Update("pairings", "P10", {{"start_date", "2023-09-01"}});
  Expect("pair_school", P("P1"), Y(2023), 3, "P8, P9, P10");
  Expect("pair_school_east_schools", P("P1"), Y(2023), 2, "S1, S2");
  ExpectCheckClean("after pairing date changes");
}

INSTANTIATE_TEST_SUITE_P(Engines, LiveTotals, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

// ---- Property: random writes never leave the facts behind the records -----------------

class Property : public IndicatorWorldTest {};

// Random rows and changes over the fixture world. Many are refused by the ledger (a date
// outside its pairing, a row still referenced…): refusals are part of the test, since a
// refused write must leave the facts alone too.
class RandomWriter {
 public:
  RandomWriter(ledger::Ledger& ledger, const testworld::World& world, uint64_t seed)
      : ledger_(ledger), world_(world), rng_(seed) {}

  struct Tally {
    int attempted = 0, applied = 0;
  };
  std::map<std::string, Tally> tally;  // "create", "update", "delete", "import"

  // Loads the ids of every row of the types it writes.
  void LoadPools() {
    for (const char* type : kTypes) {
      store::ListQuery q;
      q.type = &T(type);
      q.limit = 100'000;
      auto page = ledger_.List(q);
      ASSERT_TRUE(page.ok()) << page.status().ToString();
      for (const auto& r : page->rows) pools_[type].push_back(r.id());
    }
  }

  // One random write; a failure of anything but the row's own checks fails the test.
  void Step() {
    int dice = Uniform(0, 99);
    if (dice < 45) {
      Create();
    } else if (dice < 80) {
      Update();
    } else if (dice < 95) {
      Delete();
    } else {
      Import();
    }
  }

 private:
  static constexpr const char* kTypes[] = {
      "admin_units", "organizations", "pairings", "persons", "demo_sites", "projects", "fund_transfers",
      "project_beneficiaries", "industrial_parks", "investments", "workshops", "transport_trips",
      "trip_passengers", "employment_records", "subsidies", "job_fairs", "labour_service_providers",
      "secondments", "training_events", "training_participants", "sales_outlets", "consumption_txns",
      "donations", "wishes", "visits", "outcomes"};

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  template <typename V>
  typename V::value_type Pick(const V& v) {
    return v[static_cast<size_t>(Uniform(0, static_cast<int>(v.size()) - 1))];
  }
  int64_t Any(const std::string& type) {
    const auto& pool = pools_[type];
    return pool.empty() ? 0 : Pick(pool);
  }
  // 2021-01-01 … 2024-12-31.
  std::string Day() { return Date::FromDays(Date::FromYmd(2021, 1, 1).ToDays() + Uniform(0, 1460)).ToString(); }
  std::string DayAfter(const std::string& from) {
    auto d = Date::Parse(from);
    return Date::FromDays(d->ToDays() + Uniform(0, 400)).ToString();
  }
  int64_t Fen() { return Uniform(1, 100000) * 100 + Uniform(0, 99); }
  int64_t Org(std::initializer_list<const char*> names) {
    std::vector<int64_t> ids;
    for (const char* n : names) ids.push_back(world_.Id(n));
    return Pick(ids);
  }
  int64_t RecordPairing() {
    // Mostly the county pairings and the city; sometimes any pairing at all.
    if (Chance(0.8)) return Org({"P1", "P2", "P3", "P4", "P2", "P2"});
    return Any("pairings");
  }
  json WithPairing(json j) {
    j["pairing_id"] = RecordPairing();
    if (Chance(0.25)) j["outside_pairing_reason"] = "随机测试";
    return j;
  }
  std::string Village() { return Pick(std::vector<std::string>{"640424100201", "640424101201", "640424101202"}); }
  std::string WestUnit() {
    return Pick(std::vector<std::string>{"640424", "640425", "640400", "640424100", "640425100", "640424100201",
                                         "640424101202", "640422100"});
  }
  std::string WorkUnit() {
    return Pick(std::vector<std::string>{"640424", "640425", "640424100", "350205", "350203", "350206", "330106",
                                         "350200", "640424101201"});
  }
  std::string NewIdNumber() { return testworld::IdNumber("640424", "19880808", 100 + next_person_++); }

  json RandomRow(const std::string& type) {
    if (type == "fund_transfers") {
      json j = WithPairing({{"date", Day()},
                            {"source_kind",
                             Pick(std::vector<std::string>{"fiscal", "fiscal", "social_cash", "enterprise"})},
                            {"stage", Pick(std::vector<std::string>{"planned", "allocated", "received", "received",
                                                                     "disbursed"})},
                            {"amount_fen", Fen()}});
      if (Chance(0.4)) j["recipient_unit"] = Chance(0.3) ? std::string("640422100") : WestUnit();
      if (Chance(0.4)) j["project_id"] = Any("projects");
      return j;
    }
    if (type == "employment_records") {
      std::string start = Day();
      json j = WithPairing({{"person_id", Any("persons")}, {"work_unit", WorkUnit()}, {"start_date", start},
                            {"channel", Pick(std::vector<std::string>{"enterprise", "workshop", "public_welfare",
                                                                       "flexible"})}});
      if (Chance(0.6)) j["employer_org_id"] = Org({"E1", "E2", "E3", "G1"});
      if (Chance(0.4)) j["workshop_id"] = Any("workshops");
      if (Chance(0.6)) j["end_date"] = DayAfter(start);
      if (Chance(0.8)) j["helped_by_cooperation"] = Chance(0.7);
      return j;
    }
    if (type == "investments") {
      bool paid = Chance(0.5);
      json j = WithPairing({{"enterprise_id", Org({"E1", "E2", "E3"})}, {"stage", paid ? "paid_in" : "signed"},
                            {"date", Day()}, {"contract_amount_fen", Fen()}, {"paid_in_amount_fen", Fen()}});
      if (Chance(0.3)) j["park_id"] = Any("industrial_parks");
      if (Chance(0.5)) j["is_new_landing"] = Chance(0.5);
      if (Chance(0.5)) j["jobs_planned"] = Uniform(0, 200);
      if (Chance(0.3)) j["west_unit"] = WestUnit();
      return j;
    }
    if (type == "persons") {
      std::string id = Chance(0.2) && !id_numbers_.empty() ? Pick(id_numbers_) : NewIdNumber();
      id_numbers_.push_back(id);
      return {{"name", "随机" + std::to_string(next_person_)},
              {"id_number", id},
              {"hukou_unit", Pick(std::vector<std::string>{"640424", "640425", "640424100201", "640425100"})},
              {"household_type", Pick(std::vector<std::string>{"lifted", "monitored_unstable", "monitored_marginal",
                                                                "monitored_sudden", "ordinary"})},
              {"snapshot_date", Day()}};
    }
    if (type == "training_events") {
      std::string start = Day();
      return WithPairing({{"title", "随机培训"},
                          {"training_type", Pick(std::vector<std::string>{"cadre", "professional", "labour_skill",
                                                                           "rural_leader", "ecommerce", "other"})},
                          {"start_date", start},
                          {"attendees", Uniform(0, 100)}});
    }
    if (type == "training_participants") {
      json j = {{"event_id", Any("training_events")}, {"date", Day()}};
      if (Chance(0.6)) {
        j["person_id"] = Any("persons");
      } else {
        j["name"] = Pick(std::vector<std::string>{"马小花", "李强", "王五"});
      }
      if (Chance(0.5)) j["completed"] = Chance(0.5);
      if (Chance(0.2)) j["outside_pairing_reason"] = "随机测试";
      return j;
    }
    if (type == "pairings") {
      std::string level = Pick(std::vector<std::string>{"enterprise_village", "socorg_village", "household",
                                                         "township", "county", "school", "hospital", "village"});
      json j = {{"level", level}, {"start_date", Day()}};
      if (level == "enterprise_village" || level == "socorg_village" || level == "household") {
        j["east_org_id"] = Org({"E1", "E3", "SO1"});
        j["west_unit"] = Village();
      } else if (level == "township") {
        j["east_unit"] = Pick(std::vector<std::string>{"350205001", "350205002"});
        j["west_unit"] = Pick(std::vector<std::string>{"640424100", "640424101", "640425100"});
      } else if (level == "county") {
        j["east_unit"] = Pick(std::vector<std::string>{"350203", "350205", "350206"});
        j["west_unit"] = Pick(std::vector<std::string>{"640424", "640425"});
      } else if (level == "village") {
        j["east_unit"] = "350205001001";
        j["west_unit"] = Village();
      } else if (level == "school") {
        j["east_org_id"] = Org({"S1", "S2"});
        j["west_org_id"] = Org({"SW1", "SW2"});
      } else {
        j["east_org_id"] = Org({"H1", "H2"});
        j["west_org_id"] = Org({"HW1"});
      }
      if (Chance(0.3)) j["end_date"] = DayAfter(j["start_date"].get<std::string>());
      if (Chance(0.8)) j["parent_id"] = Org({"P1", "P2", "P3"});
      if (Chance(0.15)) j["programme"] = "counterpart";
      return j;
    }
    if (type == "demo_sites") {
      return WithPairing({{"name", "随机示范点"},
                          {"site_type", Pick(std::vector<std::string>{"village", "village", "base", "county"})},
                          {"unit", Pick(std::vector<std::string>{"640424100201", "640424101201", "640424101202",
                                                                  "640425"})},
                          {"designation_date", Day()}});
    }
    if (type == "projects") {
      std::string start = Day();
      json j = WithPairing({{"name", "随机项目"},
                            {"category", "industry"},
                            {"funding", Pick(std::vector<std::string>{"fiscal", "social", "mixed"})},
                            {"start_date", start}});
      if (Chance(0.5)) j["end_date"] = DayAfter(start);
      if (Chance(0.4)) j["demo_site_id"] = Any("demo_sites");
      return j;
    }
    if (type == "workshops") {
      return WithPairing({{"name", "随机车间"},
                          {"workshop_type", "factory"},
                          {"west_unit", WestUnit()},
                          {"recognised_date", Day()},
                          {"east_aided", Chance(0.5)},
                          {"jobs_provided", Uniform(0, 50)}});
    }
    if (type == "secondments") {
      std::string start = Day();
      json j = WithPairing({{"name", Pick(std::vector<std::string>{"陈医生", "林老师", "黄农艺", "新人"})},
                            {"category", Pick(std::vector<std::string>{"cadre", "professional"})},
                            {"direction", Pick(std::vector<std::string>{"e2w", "w2e"})},
                            {"field", Pick(std::vector<std::string>{"education", "health", "agriculture", "science",
                                                                     "other"})},
                            {"start_date", start},
                            {"end_date", DayAfter(start)}});
      if (Chance(0.6)) j["id_number"] = testworld::IdNumber("350203", "19750101", Uniform(11, 16));
      if (Chance(0.4)) {
        j["team_type"] = Pick(std::vector<std::string>{"medical", "education"});
        j["batch_no"] = Uniform(1, 4);
      }
      return j;
    }
    if (type == "consumption_txns") {
      json j = WithPairing({{"date", Day()},
                            {"buyer_type", "government"},
                            {"product", "随机产品"},
                            {"origin_unit", WestUnit()},
                            {"mode", Pick(std::vector<std::string>{"purchase", "helped_sale"})},
                            {"channel", Pick(std::vector<std::string>{"outlet", "ecommerce", "fair", "other"})},
                            {"stage", Pick(std::vector<std::string>{"intent", "realised"})},
                            {"amount_fen", Fen()}});
      if (Chance(0.6)) j["seller_org_id"] = Org({"C1", "C2"});
      if (Chance(0.5)) j["quantity"] = Uniform(1, 40) / 4.0;
      return j;
    }
    if (type == "donations") {
      json j = WithPairing({{"date", Day()}, {"kind", Pick(std::vector<std::string>{"cash", "inkind"})},
                            {"amount_fen", Fen()}});
      if (Chance(0.5)) j["item_count"] = Uniform(1, 100);
      if (Chance(0.4)) j["recipient_unit"] = WestUnit();
      return j;
    }
    if (type == "wishes") {
      std::string posted = Day();
      json j = WithPairing({{"posted_date", posted}, {"unit", Village()}, {"description", "随机心愿"}});
      if (Chance(0.6)) j["household"] = Pick(std::vector<std::string>{"马家", "李家", "王家"});
      if (Chance(0.6)) {
        j["wish_status"] = "fulfilled";
        if (Chance(0.8)) j["fulfilled_date"] = DayAfter(posted);
      }
      return j;
    }
    if (type == "project_beneficiaries") {
      json j = {{"project_id", Any("projects")}, {"person_id", Any("persons")}, {"link_type", "dividend"},
                {"date", Day()}, {"outside_pairing_reason", "随机测试"}};
      if (Chance(0.5)) j["household_ref"] = Pick(std::vector<std::string>{"H-001", "H-002", "H-009"});
      return j;
    }
    if (type == "trip_passengers") {
      return {{"trip_id", Any("transport_trips")}, {"person_id", Any("persons")}, {"date", Day()},
              {"outside_pairing_reason", "随机测试"}};
    }
    if (type == "subsidies") {
      return WithPairing({{"person_id", Any("persons")},
                          {"subsidy_type", Pick(std::vector<std::string>{"transport", "job_stabilisation"})},
                          {"amount_fen", Fen()},
                          {"payer_side", "east"},
                          {"paid_date", Day()}});
    }
    if (type == "visits") {
      json j = WithPairing({{"title", "随机互访"},
                            {"date", Day()},
                            {"direction", Pick(std::vector<std::string>{"e2w", "w2e"})},
                            {"lead_level", Pick(std::vector<std::string>{"top_leader", "deputy", "department"})},
                            {"visit_type", Pick(std::vector<std::string>{"survey", "joint_meeting", "study"})}});
      if (Chance(0.6)) j["participants"] = Uniform(1, 50);
      if (Chance(0.6)) j["enterprise_participants"] = Uniform(0, 10);
      return j;
    }
    if (type == "outcomes") {
      return WithPairing({{"subject", "随机"},
                          {"metric", Pick(std::vector<std::string>{"帮带本地骨干人数", "诊疗人次", "带动增收",
                                                                    "到东部就读职业院校学生", "其他"})},
                          {"value", Uniform(0, 1000) / 2.0},
                          {"period_start", Day()}});
    }
    if (type == "sales_outlets") {
      return WithPairing({{"name", "随机专柜"},
                          {"outlet_type", Pick(std::vector<std::string>{"counter", "hall", "zone"})},
                          {"east_unit", Pick(std::vector<std::string>{"350205", "350203"})},
                          {"opened_date", Day()}});
    }
    if (type == "labour_service_providers") {
      return WithPairing({{"name", "随机经纪人"},
                          {"provider_type", Pick(std::vector<std::string>{"broker", "agency", "station"})},
                          {"unit", WestUnit()},
                          {"since_date", Day()}});
    }
    if (type == "job_fairs") {
      return WithPairing({{"name", "随机招聘会"},
                          {"mode", Pick(std::vector<std::string>{"offline", "online", "livestream", "sourcing"})},
                          {"date", Day()},
                          {"positions_offered", Uniform(0, 500)}});
    }
    if (type == "admin_units") {
      // 西吉县 and one of its towns, in either order (records reach a county by code,
      // whether or not its row exists yet); else a new township or village of 泾源 or 彭阳.
      int n = next_unit_++;
      if (n == 0 || (n > 3 && Chance(0.1)))
        return {{"code", "640422100"}, {"name", "吉强镇"}, {"level", "township"}, {"side", "west"},
                {"parent_code", "640400"}};
      if (n == 3 || Chance(0.1))
        return {{"code", "640422"}, {"name", "西吉县"}, {"level", "county"}, {"side", "west"},
                {"parent_code", "640400"}, {"key_county", Chance(0.8)}};
      if (Chance(0.5))
        return {{"code", std::string(Chance(0.5) ? "640424" : "640425") + std::to_string(110 + n)},
                {"name", "随机镇" + std::to_string(n)},
                {"level", "township"},
                {"side", "west"},
                {"parent_code", "640400"}};
      return {{"code", "640424101" + std::to_string(300 + n)},
              {"name", "随机村" + std::to_string(n)},
              {"level", "village"},
              {"side", "west"},
              {"parent_code", "640424101"}};
    }
    return json::object();
  }

  json RandomPatch(const std::string& type) {
    if (type == "persons") {
      if (Chance(0.2)) return {{"hukou_unit", Pick(std::vector<std::string>{"640424", "640425", "640424100201"})}};
      if (Chance(0.1)) return {{"id_number", NewIdNumber()}};
      return {{"household_type", Pick(std::vector<std::string>{"lifted", "monitored_unstable", "ordinary"})}};
    }
    if (type == "investments") {
      if (Chance(0.4)) return {{"stage", Chance(0.5) ? "paid_in" : "signed"}};
      if (Chance(0.5)) return {{"enterprise_id", Org({"E1", "E2", "E3"})}};
      return {{"park_id", Chance(0.5) ? json(Any("industrial_parks")) : json(nullptr)}, {"date", Day()}};
    }
    if (type == "pairings") {
      if (Chance(0.5)) return {{"end_date", Chance(0.3) ? json(nullptr) : json(Day())}};
      if (Chance(0.4)) return {{"west_unit", Village()}};
      if (Chance(0.5)) return {{"level", Pick(std::vector<std::string>{"enterprise_village", "socorg_village",
                                                                        "household"})}};
      return {{"programme", Chance(0.5) ? "east_west" : "counterpart"}};
    }
    if (type == "admin_units") {
      if (Chance(0.7)) return {{"key_county", Chance(0.5)}};
      if (Chance(0.5)) return {{"exited_poverty", Chance(0.5)}};
      return {{"side", Chance(0.5) ? "west" : "east"}};
    }
    if (type == "workshops") return {{"east_aided", Chance(0.5)}};
    if (type == "training_events")
      return {{"training_type", Pick(std::vector<std::string>{"cadre", "labour_skill", "rural_leader", "other"})}};
    if (type == "projects") {
      if (Chance(0.6)) return {{"demo_site_id", Chance(0.5) ? json(Any("demo_sites")) : json(nullptr)}};
      return {{"funding", Pick(std::vector<std::string>{"fiscal", "social", "mixed"})}};
    }
    if (type == "employment_records") {
      int what = Uniform(0, 4);
      if (what == 0) return {{"employer_org_id", Chance(0.7) ? json(Org({"E1", "E2", "E3"})) : json(nullptr)}};
      if (what == 1) return {{"workshop_id", Chance(0.6) ? json(Any("workshops")) : json(nullptr)}};
      if (what == 2) return {{"end_date", Chance(0.3) ? json(nullptr) : json(Day())}};
      if (what == 3) return {{"helped_by_cooperation", Chance(0.5)}};
      return {{"work_unit", WorkUnit()}};
    }
    if (type == "fund_transfers") {
      int what = Uniform(0, 3);
      if (what == 0) return {{"amount_fen", Fen()}};
      if (what == 1) return {{"stage", Pick(std::vector<std::string>{"planned", "received", "disbursed"})}};
      if (what == 2) return {{"source_kind", Pick(std::vector<std::string>{"fiscal", "social_cash"})}};
      return {{"project_id", Chance(0.6) ? json(Any("projects")) : json(nullptr)}};
    }
    if (type == "secondments") {
      if (Chance(0.5)) return {{"field", Pick(std::vector<std::string>{"education", "health", "science"})}};
      return {{"direction", Chance(0.5) ? "e2w" : "w2e"}};
    }
    if (type == "consumption_txns") return {{"stage", Chance(0.5) ? "intent" : "realised"}};
    if (type == "wishes") return {{"wish_status", Chance(0.5) ? "fulfilled" : "claimed"}};
    if (type == "demo_sites") return {{"unit", Pick(std::vector<std::string>{"640424100201", "640424101202"})}};
    if (type == "training_participants")
      return Chance(0.5) ? json{{"completed", Chance(0.5)}} : json{{"person_id", nullptr}, {"name", "王五"}};
    if (type == "donations") return {{"kind", Chance(0.5) ? "cash" : "inkind"}};
    if (type == "outcomes") return {{"metric", Chance(0.5) ? "诊疗人次" : "带动增收"}};
    if (type == "visits") return {{"lead_level", Chance(0.5) ? "top_leader" : "deputy"}};
    return {{"note", "随机修改"}};
  }

  // Refusals by the row's own checks are expected; anything else is a failure.
  void Judge(const Status& s, const std::string& what, const std::string& op) {
    ++tally[op].attempted;
    if (s.ok()) {
      ++tally[op].applied;
      return;
    }
    // kAlreadyExists: a unit code entered twice (the store's unique key).
    EXPECT_TRUE(s.code() == StatusCode::kInvalidArgument || s.code() == StatusCode::kFailedPrecondition ||
                s.code() == StatusCode::kNotFound || s.code() == StatusCode::kAlreadyExists)
        << what << ": " << s.ToString();
  }

  std::string WritableType() {
    static const std::vector<std::string> kWeighted = {
        "fund_transfers", "fund_transfers", "employment_records", "employment_records", "employment_records",
        "investments", "investments", "persons", "persons", "training_participants", "training_events",
        "pairings", "pairings", "demo_sites", "projects", "workshops", "secondments", "consumption_txns",
        "donations", "wishes", "project_beneficiaries", "trip_passengers", "subsidies", "visits", "outcomes",
        "sales_outlets", "labour_service_providers", "job_fairs", "admin_units"};
    return Pick(kWeighted);
  }

  void Create() {
    std::string type = WritableType();
    json body = RandomRow(type);
    auto r = ledger_.Create(T(type), body, ledger::Actor{"property"});
    Judge(r.status(), "create " + type + " " + body.dump(), "create");
    if (r.ok()) pools_[type].push_back(r->id());
  }

  void Update() {
    static const std::vector<std::string> kTypesToChange = {
        "persons", "persons", "investments", "investments", "pairings", "pairings", "admin_units", "workshops",
        "training_events", "projects", "employment_records", "employment_records", "fund_transfers",
        "secondments", "consumption_txns", "wishes", "demo_sites", "training_participants", "donations",
        "outcomes", "visits"};
    std::string type = Pick(kTypesToChange);
    int64_t id = Any(type);
    if (id == 0) return;
    json patch = RandomPatch(type);
    auto r = ledger_.Update(T(type), id, patch, ledger::Actor{"property"});
    Judge(r.status(), "update " + type + " " + std::to_string(id) + " " + patch.dump(), "update");
  }

  void Delete() {
    std::string type = WritableType();
    auto& pool = pools_[type];
    if (pool.empty()) return;
    size_t i = static_cast<size_t>(Uniform(0, static_cast<int>(pool.size()) - 1));
    int64_t id = pool[i];
    Status s = ledger_.Delete(T(type), id, ledger::Actor{"property"});
    Judge(s, "delete " + type + " " + std::to_string(id), "delete");
    if (s.ok()) pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(i));
  }

  // A small batch through Ledger::Import (the bulk path: OnInsertBatch).
  void Import() {
    std::string type = Pick(std::vector<std::string>{"fund_transfers", "employment_records", "investments"});
    std::vector<ledger::ImportRow> rows;
    std::string bodies;
    for (int i = 0, n = Uniform(1, 4); i < n; ++i) {
      json body = RandomRow(type);
      body["outside_pairing_reason"] = "随机导入";
      bodies += "\n  " + body.dump();
      auto parsed = model::RecordFromJson(T(type), body);
      ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
      rows.push_back({i + 1, std::move(*parsed)});
    }
    auto n = ledger_.Import(T(type), std::move(rows), ledger::Actor{"property"});
    Judge(n.status(), "import " + type + bodies, "import");
    if (!n.ok()) return;
    // The new rows are the highest ids of the type.
    store::ListQuery q;
    q.type = &T(type);
    q.sort_field = "id";
    q.descending = true;
    q.limit = *n;
    auto page = ledger_.List(q);
    ASSERT_TRUE(page.ok());
    for (const auto& r : page->rows) pools_[type].push_back(r.id());
  }

  ledger::Ledger& ledger_;
  const testworld::World& world_;
  std::mt19937_64 rng_;
  std::map<std::string, std::vector<int64_t>> pools_;
  std::vector<std::string> id_numbers_;
  int next_person_ = 0;
  int next_unit_ = 0;
};

TEST_P(Property, RandomWritesLeaveNoDifferenceForCheck) {
  uint64_t seed = 14;  // a walk that enters 西吉县 after records of its town (see EngineRules)
  if (const char* s = std::getenv("SHANHAI_PROPERTY_SEED")) seed = std::strtoull(s, nullptr, 10);
  int steps = 400;
  if (const char* s = std::getenv("SHANHAI_PROPERTY_STEPS")) steps = std::max(1, std::atoi(s));
  std::printf("[   SEED   ] property seed %llu (set SHANHAI_PROPERTY_SEED to replay), %d steps\n",
              static_cast<unsigned long long>(seed), steps);
  RecordProperty("seed", std::to_string(seed));
  RandomWriter writer(*ledger_, *world_, seed);
  ASSERT_NO_FATAL_FAILURE(writer.LoadPools());
  for (int step = 1; step <= steps; ++step) {
    ASSERT_NO_FATAL_FAILURE(writer.Step()) << "step " << step << ", seed " << seed;
    if (step % 100 == 0) {
      ASSERT_NO_FATAL_FAILURE(
          ExpectCheckClean("after step " + std::to_string(step) + ", seed " + std::to_string(seed)));
      if (HasFailure()) break;
    }
  }
  int applied = 0;
  std::string summary;
  for (const auto& [op, t] : writer.tally) {
    summary += " " + op + " " + std::to_string(t.applied) + "/" + std::to_string(t.attempted);
    applied += t.applied;
  }
  std::printf("[   SEED   ] applied:%s\n", summary.c_str());
  // The walk must really have changed the world, in every way.
  EXPECT_GE(applied, steps / 2) << summary;
  for (const char* op : {"create", "update", "delete", "import"})
    EXPECT_GT(writer.tally[op].applied, 0) << op << " never applied:" << summary;
  ExpectCheckClean("at the end, seed " + std::to_string(seed));
}

INSTANTIATE_TEST_SUITE_P(Engines, Property, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

}  // namespace
}  // namespace shanhai
