// The ledger's write path on every storage engine: checks, derivations, history of
// pairings, privacy of ID numbers, locking, references and all-or-nothing imports.

#include "ledger/ledger.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "model/record_type.h"
#include "store/store.h"
#include "tests/store/test_databases.h"

namespace shanhai {
namespace {

using nlohmann::json;

const model::RecordType& T(std::string_view name) { return *model::FindType(name); }

bool HasField(const Status& s, std::string_view field) {
  for (const auto& f : s.fields())
    if (f.field == field) return true;
  return false;
}

class LedgerTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
    auto db = testdb::TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
    auto store = store::Store::Open(db_->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    ledger_ = std::make_unique<ledger::Ledger>(*store_);
    // A small real world: 厦门 helps 泾源县 since 2021; 厦门 → 临夏州 ended in 2021.
    for (json unit : {json{{"code", "350000"}, {"name", "福建省"}, {"level", "province"}, {"side", "east"}},
                      json{{"code", "350200"}, {"name", "厦门市"}, {"level", "city"}, {"parent_code", "350000"}, {"side", "east"}},
                      json{{"code", "640000"}, {"name", "宁夏回族自治区"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "640400"}, {"name", "固原市"}, {"level", "city"}, {"parent_code", "640000"}, {"side", "west"}},
                      json{{"code", "640424"}, {"name", "泾源县"}, {"level", "county"}, {"parent_code", "640400"}, {"side", "west"}, {"key_county", true}},
                      json{{"code", "640425"}, {"name", "彭阳县"}, {"level", "county"}, {"parent_code", "640400"}, {"side", "west"}},
                      json{{"code", "620000"}, {"name", "甘肃省"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "622900"}, {"name", "临夏回族自治州"}, {"level", "city"}, {"parent_code", "620000"}, {"side", "west"}}})
      Must("admin_units", unit);
    Must("pairings", {{"id", 1}, {"level", "county"}, {"east_unit", "350200"}, {"west_unit", "640424"}, {"start_date", "2021-01-01"}});
    Must("pairings", {{"id", 2}, {"level", "city"}, {"east_unit", "350200"}, {"west_unit", "622900"},
                      {"start_date", "2017-01-01"}, {"end_date", "2021-12-31"}, {"end_reason", "2021年结对关系调整"}});
  }
  void TearDown() override {
    ledger_.reset();
    store_.reset();
    db_.reset();
  }

  model::Record Must(std::string_view type, const json& body) {
    auto r = ledger_->Create(T(type), body, ledger::Actor{"tester"});
    EXPECT_TRUE(r.ok()) << type << ": " << r.status().ToString();
    return r.ok() ? *r : model::Record(T(type));
  }
  int64_t Count(std::string_view type) {
    store::ListQuery q;
    q.type = &T(type);
    q.limit = 0;
    auto page = ledger_->List(q);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }
  static json Transfer(int64_t pairing, std::string date, int64_t fen) {
    return {{"pairing_id", pairing}, {"date", date}, {"source_kind", "fiscal"}, {"stage", "received"}, {"amount_fen", fen}};
  }

  std::unique_ptr<testdb::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<ledger::Ledger> ledger_;
};

TEST_P(LedgerTest, CreateDerivesCodesAndProvenance) {
  model::Record pairing = *ledger_->Get(T("pairings"), 1);
  EXPECT_EQ(pairing.GetString("west_code"), "640424");
  EXPECT_EQ(pairing.GetString("east_code"), "350200");
  model::Record t = Must("fund_transfers", Transfer(1, "2023-06-30", 8600000000));
  EXPECT_GT(t.id(), 0);
  EXPECT_EQ(t.GetString("west_code"), "640424");
  EXPECT_EQ(t.GetString("east_code"), "350200");
  EXPECT_EQ(t.GetString("status"), "draft");
  EXPECT_EQ(t.GetString("recorded_by"), "tester");
  EXPECT_TRUE(t.GetString("recorded_at").has_value());
  model::Record stored = *ledger_->Get(T("fund_transfers"), t.id());
  EXPECT_EQ(stored.values(), t.values());
  // A more precise western unit on the record wins over the pairing's.
  model::Record p = Must("fund_transfers", [] {
    json j = Transfer(1, "2023-07-01", 100);
    j["recipient_unit"] = "640425";
    return j;
  }());
  EXPECT_EQ(p.GetString("west_code"), "640425");
}

TEST_P(LedgerTest, UnknownReferencesAreRejectedAndNothingIsWritten) {
  auto r = ledger_->Create(T("fund_transfers"), Transfer(99, "2023-06-30", 100), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasField(r.status(), "pairing_id"));
  json bad_unit = Transfer(1, "2023-06-30", 100);
  bad_unit["recipient_unit"] = "640499";
  auto u = ledger_->Create(T("fund_transfers"), bad_unit, {});
  ASSERT_FALSE(u.ok());
  EXPECT_TRUE(HasField(u.status(), "recipient_unit"));
  EXPECT_NE(u.status().message_zh().find("640499"), std::string::npos);
  EXPECT_EQ(Count("fund_transfers"), 0);
}

TEST_P(LedgerTest, EndedPairingKeepsItsHistoryButTakesNoNewDates) {
  // 2020 is inside 厦门 → 临夏州 (2017–2021): fine, and it still counts for 2020.
  model::Record old = Must("fund_transfers", Transfer(2, "2020-05-01", 500));
  EXPECT_EQ(old.GetString("west_code"), "622900");
  auto late = ledger_->Create(T("fund_transfers"), Transfer(2, "2022-03-01", 500), {});
  ASSERT_FALSE(late.ok());
  EXPECT_TRUE(HasField(late.status(), "date"));
  EXPECT_NE(late.status().message_zh().find("结对期外说明"), std::string::npos);
  EXPECT_EQ(Count("fund_transfers"), 1);
  json explained = Transfer(2, "2022-03-01", 500);
  explained["outside_pairing_reason"] = "2021年调整前签订协议的尾款";
  EXPECT_TRUE(ledger_->Create(T("fund_transfers"), explained, {}).ok());
  // Before the pairing began is just as outside.
  EXPECT_FALSE(ledger_->Create(T("fund_transfers"), Transfer(1, "2020-12-31", 1), {}).ok());
  // Agreements and targets: by year.
  EXPECT_FALSE(ledger_->Create(T("targets"), {{"pairing_id", 2}, {"year", 2023}, {"indicator_code", "csm_total"}, {"target_value", 1}}, {}).ok());
  EXPECT_TRUE(ledger_->Create(T("targets"), {{"pairing_id", 2}, {"year", 2021}, {"indicator_code", "csm_total"}, {"target_value", 1}}, {}).ok());
}

TEST_P(LedgerTest, PairingSidesMustMatchForEastWestProgramme) {
  auto wrong = ledger_->Create(T("pairings"), {{"level", "county"}, {"east_unit", "640425"}, {"west_unit", "640424"},
                                               {"start_date", "2021-01-01"}}, {});
  ASSERT_FALSE(wrong.ok());
  EXPECT_TRUE(HasField(wrong.status(), "east_unit"));
  // Intra-provincial cooperation pairs two units of one side.
  EXPECT_TRUE(ledger_->Create(T("pairings"), {{"level", "county"}, {"programme", "intra_province"}, {"east_unit", "640425"},
                                              {"west_unit", "640424"}, {"start_date", "2021-01-01"}}, {})
                  .ok());
}

TEST_P(LedgerTest, IdNumbersAreCheckedHashedAndNeverStored) {
  json person = {{"hukou_unit", "640424"}, {"household_type", "lifted"}, {"snapshot_date", "2023-01-01"}, {"name", "马*花"}};
  auto missing = ledger_->Create(T("persons"), person, {});
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(HasField(missing.status(), "id_number"));
  person["id_number"] = "990101199001011231";  // wrong check character (0 fits)
  auto invalid = ledger_->Create(T("persons"), person, {});
  ASSERT_FALSE(invalid.ok());
  EXPECT_TRUE(HasField(invalid.status(), "id_number"));
  std::string valid;
  for (char c : std::string("0123456789X")) {
    std::string candidate = std::string("99010119900101123") + c;
    person["id_number"] = candidate;
    auto r = ledger_->Create(T("persons"), person, {});
    if (r.ok()) {
      valid = candidate;
      EXPECT_EQ(r->GetString("id_hash")->size(), 64u);
      EXPECT_EQ(r->GetString("west_code"), "640424");
      EXPECT_FALSE(r->GetInt("pairing_id").has_value()) << "a person belongs to no pairing";
      break;
    }
  }
  ASSERT_FALSE(valid.empty());
  auto rows = testdb::RawQuery(db_->url(), "SELECT * FROM persons");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  for (const auto& cell : rows->front())
    if (cell) {
      EXPECT_EQ(cell->find("99010119900101"), std::string::npos) << "raw ID number stored: " << *cell;
    }
  // An employment spell lives in the person's home county whatever its pairing says.
  int64_t person_id = 1;
  model::Record job = Must("employment_records", {{"pairing_id", 1}, {"person_id", person_id}, {"work_unit", "350200"},
                                                  {"start_date", "2023-03-01"}, {"channel", "enterprise"}});
  EXPECT_EQ(job.GetString("west_code"), "640424");
}

TEST_P(LedgerTest, ChildRowsInheritTheParentsPairing) {
  model::Record event = Must("training_events", {{"pairing_id", 1}, {"title", "劳务技能培训"}, {"training_type", "labour_skill"},
                                                 {"start_date", "2023-04-01"}, {"attendees", 40}});
  model::Record participant =
      Must("training_participants", {{"event_id", event.id()}, {"name", "马*明"}, {"date", "2023-04-01"}});
  EXPECT_EQ(participant.GetInt("pairing_id"), 1);
  EXPECT_EQ(participant.GetString("west_code"), "640424");
  auto orphan = ledger_->Create(T("training_participants"), {{"event_id", 777}, {"date", "2023-04-01"}}, {});
  ASSERT_FALSE(orphan.ok());
  EXPECT_TRUE(HasField(orphan.status(), "event_id"));
}

TEST_P(LedgerTest, UpdateMergesRechecksAndRespectsLocks) {
  model::Record t = Must("fund_transfers", Transfer(1, "2023-06-30", 100));
  auto patched = ledger_->Update(T("fund_transfers"), t.id(), {{"amount_fen", 250}, {"payer", "厦门市财政局"}}, {});
  ASSERT_TRUE(patched.ok()) << patched.status().ToString();
  EXPECT_EQ(patched->GetInt("amount_fen"), 250);
  EXPECT_EQ(patched->GetString("date"), "2023-06-30");
  auto cleared = ledger_->Update(T("fund_transfers"), t.id(), {{"payer", nullptr}}, {});
  ASSERT_TRUE(cleared.ok());
  EXPECT_FALSE(cleared->GetString("payer").has_value());
  auto negative = ledger_->Update(T("fund_transfers"), t.id(), {{"amount_fen", -1}}, {});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(ledger_->Get(T("fund_transfers"), t.id())->GetInt("amount_fen"), 250) << "a failed update writes nothing";
  EXPECT_FALSE(ledger_->Update(T("fund_transfers"), t.id(), {{"id", 5}}, {}).ok());
  EXPECT_EQ(ledger_->Update(T("fund_transfers"), 999, {{"amount_fen", 1}}, {}).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(ledger_->Update(T("fund_transfers"), t.id(), {{"status", "locked"}}, {}).ok());
  auto locked = ledger_->Update(T("fund_transfers"), t.id(), {{"amount_fen", 1}}, {});
  EXPECT_EQ(locked.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(ledger_->Delete(T("fund_transfers"), t.id(), {}).code(), StatusCode::kFailedPrecondition);
}

TEST_P(LedgerTest, DeleteRefusesRowsOthersReferTo) {
  model::Record t = Must("fund_transfers", Transfer(1, "2023-06-30", 100));
  Status s = ledger_->Delete(T("pairings"), 1, {});
  EXPECT_EQ(s.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.message_zh().find("引用"), std::string::npos);
  Status unit = ledger_->Delete(T("admin_units"), *ledger_->List([] {
                                   store::ListQuery q;
                                   q.type = &T("admin_units");
                                   q.equals.emplace_back("code", std::string("640424"));
                                   return q;
                                 }())->rows.front().GetInt("id"),
                                {});
  EXPECT_EQ(unit.code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(ledger_->Delete(T("fund_transfers"), t.id(), {}).ok());
  EXPECT_EQ(ledger_->Get(T("fund_transfers"), t.id()).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ledger_->Delete(T("fund_transfers"), t.id(), {}).code(), StatusCode::kNotFound);
}

TEST_P(LedgerTest, ImportIsAllOrNothingAndNamesEveryBadLine) {
  auto row = [](int64_t line, const json& j) {
    auto parsed = model::RecordFromJson(T("fund_transfers"), j);
    EXPECT_TRUE(parsed.ok());
    return ledger::ImportRow{line, *parsed};
  };
  std::vector<ledger::ImportRow> rows;
  rows.push_back(row(2, Transfer(1, "2023-01-05", 100)));
  rows.push_back(row(3, Transfer(1, "2023-01-06", -100)));
  rows.push_back(row(4, Transfer(1, "2023-01-07", 100)));
  rows.push_back(row(5, Transfer(2, "2023-01-08", 100)));  // pairing ended in 2021
  int64_t last_done = -1;
  auto bad = ledger_->Import(T("fund_transfers"), rows, {}, [&](int64_t done, int64_t) { last_done = done; });
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  std::set<int64_t> lines;
  for (const auto& f : bad.status().fields()) lines.insert(f.row);
  EXPECT_EQ(lines, (std::set<int64_t>{3, 5}));
  EXPECT_NE(bad.status().message_zh().find("未写入任何数据"), std::string::npos);
  EXPECT_EQ(Count("fund_transfers"), 0);
  EXPECT_EQ(last_done, 4);

  std::vector<ledger::ImportRow> good;
  for (int i = 0; i < 4500; ++i) good.push_back(row(i + 2, Transfer(1, "2023-02-01", 1000 + i)));
  auto ok = ledger_->Import(T("fund_transfers"), good, {});
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(*ok, 4500);
  EXPECT_EQ(Count("fund_transfers"), 4500);
}

TEST_P(LedgerTest, ImportRowsMayReferToEarlierRowsOfTheSameFile) {
  auto row = [](int64_t line, const json& j) {
    auto parsed = model::RecordFromJson(T("pairings"), j);
    EXPECT_TRUE(parsed.ok());
    return ledger::ImportRow{line, *parsed};
  };
  std::vector<ledger::ImportRow> rows;
  rows.push_back(row(2, {{"id", 10}, {"level", "city"}, {"east_unit", "350200"}, {"west_unit", "640400"}, {"start_date", "2021-01-01"}}));
  rows.push_back(row(3, {{"id", 11}, {"level", "county"}, {"east_unit", "350200"}, {"west_unit", "640425"},
                         {"start_date", "2021-01-01"}, {"parent_id", 10}}));
  rows.push_back(row(4, {{"id", 11}, {"level", "county"}, {"east_unit", "350200"}, {"west_unit", "640425"},
                         {"start_date", "2021-01-01"}}));
  auto dup = ledger_->Import(T("pairings"), rows, {});
  ASSERT_FALSE(dup.ok());
  ASSERT_EQ(dup.status().fields().size(), 1u);
  EXPECT_EQ(dup.status().fields()[0].row, 4);
  EXPECT_EQ(dup.status().fields()[0].field, "id");
  rows.pop_back();
  // An id the table already holds is found when the bulk insert refuses the batch, and
  // named with its line like any other problem.
  std::vector<ledger::ImportRow> clash = rows;
  clash.push_back(row(5, {{"id", 1}, {"level", "county"}, {"east_unit", "350200"}, {"west_unit", "640425"},
                          {"start_date", "2021-01-01"}}));
  auto existing = ledger_->Import(T("pairings"), clash, {});
  ASSERT_FALSE(existing.ok());
  ASSERT_EQ(existing.status().fields().size(), 1u) << existing.status().ToString();
  EXPECT_EQ(existing.status().fields()[0].row, 5);
  EXPECT_EQ(existing.status().fields()[0].field, "id");
  EXPECT_EQ(Count("pairings"), 2) << "nothing of the refused file was written";
  auto ok = ledger_->Import(T("pairings"), rows, {});
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ledger_->Get(T("pairings"), 11)->GetString("west_code"), "640425");
  // Ids assigned later continue above the imported ones.
  model::Record next = Must("pairings", {{"level", "county"}, {"east_unit", "350200"}, {"west_unit", "640425"}, {"start_date", "2022-01-01"}});
  EXPECT_EQ(next.id(), 12);
}

INSTANTIATE_TEST_SUITE_P(Engines, LedgerTest, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

}  // namespace
}  // namespace shanhai
