#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "model/admin_code.h"
#include "model/field_text.h"
#include "model/id_number.h"
#include "model/record_json.h"
#include "model/validation.h"

namespace shanhai::model {
namespace {

using nlohmann::json;

const RecordType& T(std::string_view name) {
  const RecordType* t = FindType(name);
  EXPECT_NE(t, nullptr) << name;
  return *t;
}

Record FromJson(std::string_view type, const json& j) {
  auto parsed = RecordFromJson(T(type), j);
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
  return parsed.ok() ? parsed->record : Record(T(type));
}

bool HasFieldError(const Status& s, std::string_view field) {
  for (const auto& f : s.fields())
    if (f.field == field) return true;
  return false;
}

TEST(RegistryTest, HoldsEveryTypeOfTheDesignWithCommonFields) {
  for (const char* name :
       {"admin_units", "organizations", "pairings", "agreements", "targets", "fund_transfers", "projects",
        "project_beneficiaries", "investments", "industrial_parks", "workshops", "persons", "employment_records",
        "transport_trips", "trip_passengers", "subsidies", "job_fairs", "labour_service_providers", "secondments",
        "training_events", "training_participants", "consumption_txns", "sales_outlets", "donations", "wishes",
        "demo_sites", "visits", "outcomes", "reported_figures"}) {
    const RecordType* t = FindType(name);
    ASSERT_NE(t, nullptr) << name;
    if (t->is_record()) {
      for (const char* common : {"id", "west_code", "east_code", "pairing_id", "status", "source", "recorded_by",
                                 "recorded_at"})
        EXPECT_GE(t->FieldIndex(common), 0) << name << "." << common;
    }
    // Every role names a real field, and references name real types.
    for (std::string_view role : {t->date_field, t->end_date_field, t->west_unit_field, t->parent_field})
      if (!role.empty()) {
        EXPECT_GE(t->FieldIndex(role), 0) << name << " role " << role;
      }
    for (const FieldDef& f : t->fields) {
      if (f.kind == FieldKind::kRef) {
        EXPECT_NE(FindType(f.ref), nullptr) << name << "." << f.name;
      }
      if (f.kind == FieldKind::kMoney) {
        EXPECT_TRUE(std::string_view(f.name).ends_with("_fen")) << f.name;
      }
      EXPECT_FALSE(f.zh.empty()) << name << "." << f.name;
    }
  }
  EXPECT_EQ(FindType("nonsense"), nullptr);
}

TEST(RegistryTest, ReferencedTypesComeFirst) {
  // A full export is re-imported in registry order, so a type must follow every type it
  // refers to (self-references aside).
  const auto& types = AllTypes();
  for (size_t i = 0; i < types.size(); ++i)
    for (const FieldDef& f : types[i].fields)
      if (f.kind == FieldKind::kRef && f.ref != types[i].name) {
        size_t j = 0;
        while (types[j].name != f.ref) ++j;
        EXPECT_LT(j, i) << types[i].name << "." << f.name << " refers to later type " << f.ref;
      }
}

TEST(AdminCodeTest, ShapesAndPrefixes) {
  EXPECT_TRUE(IsWellFormedUnitCode("640424"));
  EXPECT_TRUE(IsWellFormedUnitCode("640121103"));
  EXPECT_TRUE(IsWellFormedUnitCode("640121103201"));
  for (const char* bad : {"64042", "6404240", "990000", "00000000", "64a424", ""}) EXPECT_FALSE(IsWellFormedUnitCode(bad)) << bad;
  EXPECT_EQ(LevelOfCode("640000"), "province");
  EXPECT_EQ(LevelOfCode("640400"), "city");
  EXPECT_EQ(LevelOfCode("640424"), "county");
  EXPECT_EQ(LevelOfCode("640121103"), "township");
  EXPECT_EQ(SignificantPrefix("350200"), "3502");
  EXPECT_TRUE(IsWithin("640424", "640000"));
  EXPECT_TRUE(IsWithin("640121103201", "640121"));
  EXPECT_FALSE(IsWithin("622901", "640000"));
  EXPECT_EQ(CountyPart("640121103201"), "640121");
}

TEST(IdNumberTest, ChecksGb11643AndHashesWithSalt) {
  // The examples printed in GB 11643-1999 itself.
  EXPECT_TRUE(CheckIdNumber("11010519491231002X").ok());
  EXPECT_TRUE(CheckIdNumber("11010519491231002x").ok());
  EXPECT_FALSE(CheckIdNumber("110105194912310021").ok()) << "wrong check character";
  EXPECT_FALSE(CheckIdNumber("110105194902300021").ok()) << "30 February";
  EXPECT_FALSE(CheckIdNumber("1101051949123100").ok());
  EXPECT_FALSE(CheckIdNumber("1101051949123100AX").ok());
  // Exactly one check character fits a synthetic number of the non-existent region 99.
  int fits = 0;
  for (char c : std::string("0123456789X"))
    if (CheckIdNumber(std::string("99010119900101123") + c).ok()) ++fits;
  EXPECT_EQ(fits, 1);
  Status s = CheckIdNumber("110105194912310021");
  EXPECT_EQ(s.message_en().find("110105"), std::string::npos) << "the message must not repeat the number";
  std::string a = HashIdNumber("11010519491231002X", "salt-one-0123456789");
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a, HashIdNumber("11010519491231002x", "salt-one-0123456789")) << "case-insensitive X";
  EXPECT_NE(a, HashIdNumber("11010519491231002X", "salt-two-0123456789"));
  EXPECT_EQ(a.find("110105"), std::string::npos);
}

TEST(CreditCodeTest, ChecksGb32100) {
  std::string base = "91110000100000000";
  int fits = 0;
  std::string valid;
  for (char c : std::string("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
    if (CheckCreditCode(base + c).ok()) {
      ++fits;
      valid = base + c;
    }
  }
  EXPECT_EQ(fits, 1) << "exactly one check character fits";
  std::string changed = valid;
  changed[10] = changed[10] == '1' ? '2' : '1';
  EXPECT_FALSE(CheckCreditCode(changed).ok()) << "a changed digit breaks the check";
  EXPECT_FALSE(CheckCreditCode("short").ok());
  EXPECT_FALSE(CheckCreditCode("91110000100000000I").ok()) << "I is not in the alphabet";
}

TEST(RecordJsonTest, ReadsKindsAndRejectsUnknownSystemAndWrongTypes) {
  auto ok = RecordFromJson(T("fund_transfers"), json{{"pairing_id", 3},
                                                     {"date", "2023-04-01"},
                                                     {"source_kind", "fiscal"},
                                                     {"stage", "received"},
                                                     {"amount_fen", 8600000000}});
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->record.GetInt("amount_fen"), 8600000000);
  EXPECT_EQ(ok->record.GetString("status"), "draft") << "enum defaults apply";
  EXPECT_EQ(ok->present.size(), 5u);

  auto bad = RecordFromJson(T("fund_transfers"), json{{"amount_fen", "12"},
                                                      {"colour", "red"},
                                                      {"west_code", "640424"},
                                                      {"date", 20230401},
                                                      {"pairing_id", 1.5}});
  ASSERT_FALSE(bad.ok());
  const Status& s = bad.status();
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  for (const char* f : {"amount_fen", "colour", "west_code", "date", "pairing_id"}) EXPECT_TRUE(HasFieldError(s, f)) << f;
  EXPECT_FALSE(RecordFromJson(T("fund_transfers"), json::array()).ok());
  EXPECT_FALSE(RecordFromJson(T("fund_transfers"), json{{"amount_fen", 1.5}}).ok()) << "no fractional fen";
}

TEST(RecordJsonTest, RoundTrips) {
  Record r = FromJson("persons", {{"hukou_unit", "640424"},
                                  {"household_type", "lifted"},
                                  {"snapshot_date", "2023-01-01"},
                                  {"birth_year", 1990}});
  json out = RecordToJson(r);
  EXPECT_EQ(out["hukou_unit"], "640424");
  EXPECT_EQ(out["birth_year"], 1990);
  EXPECT_FALSE(out.contains("name")) << "absent values are omitted";
  auto back = RecordFromJson(T("persons"), out);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->record.values(), r.values());
}

TEST(ValidationTest, AmountsDatesCodesAndEnums) {
  Record r = FromJson("fund_transfers", {{"pairing_id", 1},
                                         {"date", "2023-02-30"},
                                         {"source_kind", "gift"},
                                         {"stage", "received"},
                                         {"amount_fen", -5},
                                         {"recipient_unit", "64042"}});
  Status s = ValidateRecord(r);
  ASSERT_FALSE(s.ok());
  for (const char* f : {"date", "source_kind", "amount_fen", "recipient_unit"}) EXPECT_TRUE(HasFieldError(s, f)) << f;
  EXPECT_NE(s.message_zh().find("金额不能为负数"), std::string::npos);
}

TEST(ValidationTest, RequiredFieldsAndEndBeforeStart) {
  Record r = FromJson("employment_records", {{"pairing_id", 1},
                                             {"person_id", 2},
                                             {"work_unit", "350203"},
                                             {"start_date", "2023-05-01"},
                                             {"end_date", "2023-04-30"}});
  Status s = ValidateRecord(r);
  EXPECT_TRUE(HasFieldError(s, "end_date"));
  EXPECT_TRUE(HasFieldError(s, "channel")) << "channel is required";
  Record missing_pairing = FromJson("visits", {{"title", "调研"},
                                               {"date", "2023-05-01"},
                                               {"direction", "e2w"},
                                               {"lead_level", "top_leader"},
                                               {"visit_type", "survey"}});
  EXPECT_TRUE(HasFieldError(ValidateRecord(missing_pairing), "pairing_id"));
}

TEST(ValidationTest, AdminUnitShapeAndParent) {
  EXPECT_TRUE(ValidateRecord(FromJson("admin_units", {{"code", "640424"}, {"name", "泾源县"}, {"level", "county"},
                                                      {"parent_code", "640400"}, {"side", "west"}}))
                  .ok());
  Status wrong_level = ValidateRecord(FromJson(
      "admin_units", {{"code", "640400"}, {"name", "固原市"}, {"level", "county"}, {"parent_code", "640000"}, {"side", "west"}}));
  EXPECT_TRUE(HasFieldError(wrong_level, "level"));
  Status wrong_parent = ValidateRecord(FromJson(
      "admin_units", {{"code", "640424"}, {"name", "泾源县"}, {"level", "county"}, {"parent_code", "350200"}, {"side", "west"}}));
  EXPECT_TRUE(HasFieldError(wrong_parent, "parent_code"));
  Status village_without_parent = ValidateRecord(FromJson(
      "admin_units", {{"code", "640121103201"}, {"name", "原隆村"}, {"level", "village"}, {"side", "west"}}));
  EXPECT_TRUE(HasFieldError(village_without_parent, "parent_code"));
}

TEST(ValidationTest, PairingPartiesTargetsInvestmentsFigures) {
  Status both = ValidateRecord(FromJson("pairings", {{"level", "city"},
                                                     {"east_unit", "350200"},
                                                     {"east_org_id", 4},
                                                     {"start_date", "2017-01-01"}}));
  EXPECT_TRUE(HasFieldError(both, "east_unit"));
  EXPECT_TRUE(HasFieldError(both, "west_unit")) << "no western party";
  Status target = ValidateRecord(FromJson("targets", {{"pairing_id", 1}, {"year", 2023}, {"indicator_code", "csm_total"},
                                                      {"min_value", 50}, {"max_value", 30}}));
  EXPECT_TRUE(HasFieldError(target, "max_value"));
  Status no_value = ValidateRecord(FromJson("targets", {{"pairing_id", 1}, {"year", 2023}, {"indicator_code", "x"}}));
  EXPECT_TRUE(HasFieldError(no_value, "target_value"));
  Status inv = ValidateRecord(FromJson("investments", {{"pairing_id", 1}, {"enterprise_id", 2}, {"stage", "paid_in"},
                                                       {"date", "2022-08-01"}, {"contract_amount_fen", 100}}));
  EXPECT_TRUE(HasFieldError(inv, "paid_in_amount_fen"));
  Status range = ValidateRecord(FromJson("reported_figures", {{"source_doc", "d"}, {"quote", "5至8个"}, {"value", 5},
                                                              {"unit", "个"}, {"qualifier", "range"},
                                                              {"period_start", "2022-01-01"}, {"period_end", "2022-12-31"}}));
  EXPECT_TRUE(HasFieldError(range, "value_max"));
}

TEST(FieldTextTest, MoneyInYuanBooleansAndEnumLabels) {
  const RecordType& ft = T("fund_transfers");
  EXPECT_EQ(FileColumnName(*ft.Field("amount_fen")), "amount_yuan");
  EXPECT_EQ(FileColumnLabel(*ft.Field("amount_fen")), "金额（元）");
  EXPECT_EQ(std::get<int64_t>(*ParseFieldText(*ft.Field("amount_fen"), "1,234.56")), 123456);
  EXPECT_FALSE(ParseFieldText(*ft.Field("amount_fen"), "1.234").ok());
  EXPECT_EQ(std::get<std::string>(*ParseFieldText(*ft.Field("stage"), "到位")), "received");
  EXPECT_EQ(std::get<std::string>(*ParseFieldText(*ft.Field("stage"), "received")), "received");
  EXPECT_TRUE(IsAbsent(*ParseFieldText(*ft.Field("payer"), "   ")));
  const RecordType& ws = T("workshops");
  EXPECT_EQ(std::get<bool>(*ParseFieldText(*ws.Field("east_aided"), "是")), true);
  EXPECT_FALSE(ParseFieldText(*ws.Field("east_aided"), "maybe").ok());
  EXPECT_FALSE(ParseFieldText(*ws.Field("jobs_provided"), "12a").ok());
  for (const Value& v : {Value{int64_t{123456}}, Value{}}) {
    std::string text = FormatFieldText(*ft.Field("amount_fen"), v);
    EXPECT_EQ(*ParseFieldText(*ft.Field("amount_fen"), text), v);
  }
  const FieldDef& area = *T("industrial_parks").Field("area_m2");
  for (double d : {960000.0, 0.1, 2.5, 1e-7}) EXPECT_EQ(std::get<double>(*ParseFieldText(area, FormatFieldText(area, d))), d);
}

}  // namespace
}  // namespace shanhai::model
