// tests/store/store_test.cc
//
// The Store contract (store/store.h), run unchanged on every engine: each test gets a
// fresh database of the engine named by the test parameter (tests/store/
// test_databases.h). Expected results are written out by hand, so the engines agree
// with each other because each agrees with the contract.

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "model/record_type.h"
#include "store/migrations.h"
#include "store/store.h"
#include "tests/store/test_databases.h"

namespace shanhai::store {
namespace {

using model::FieldDef;
using model::FieldKind;
using model::Record;
using model::RecordType;
using model::Value;
using testdb::RawQuery;
using testdb::RawRows;
using testdb::TestDatabase;

// Distinct variable names, so that the macros nest (a callback inside ASSERT_OK may use
// EXPECT_CODE) without shadowing.
#define ASSERT_OK(expr)                                              \
  do {                                                               \
    const ::shanhai::Status assert_ok_status_ = (expr);              \
    ASSERT_TRUE(assert_ok_status_.ok()) << assert_ok_status_.ToString(); \
  } while (0)
#define EXPECT_CODE(expr, expected)                                                  \
  do {                                                                               \
    const ::shanhai::Status expect_code_status_ = (expr);                            \
    EXPECT_EQ(expect_code_status_.code(), (expected)) << expect_code_status_.ToString(); \
  } while (0)

// Text that COPY must escape (tab, newline, CR, backslash, a literal \N and \.) and
// that is not ASCII.
const std::string kTrickyText = "东西部协作：帮扶\t制表\n换行\\反斜杠\r回车 \\N \\. 末尾";

const RecordType& Type(std::string_view name) {
  const RecordType* t = model::FindType(name);
  EXPECT_NE(t, nullptr) << name;
  return *t;
}

std::string Show(const Value& v) {
  std::ostringstream out;
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) out << "NULL";
        if constexpr (std::is_same_v<T, int64_t>) out << "int " << x;
        if constexpr (std::is_same_v<T, double>) out << "real " << x;
        if constexpr (std::is_same_v<T, bool>) out << "bool " << (x ? "true" : "false");
        if constexpr (std::is_same_v<T, std::string>) out << "text \"" << x << "\"";
      },
      v);
  return out.str();
}

// Every field of `a` and `b` holds the same value in the same representation.
void ExpectSameRecord(const Record& a, const Record& b) {
  ASSERT_EQ(&a.type(), &b.type());
  for (size_t i = 0; i < a.type().fields.size(); ++i)
    EXPECT_TRUE(a.at(i) == b.at(i)) << a.type().name << "." << a.type().fields[i].name << ": " << Show(a.at(i))
                                    << " vs " << Show(b.at(i));
}

// A value of the field's kind. Variant 1 differs from 0 in every field, and exercises
// false, zero and a double whose shortest decimal form has 17 digits. Variant 2 is
// variant 0 with a third unit code (admin unit codes are unique).
Value SampleValue(const FieldDef& f, int variant) {
  if (f.kind == FieldKind::kUnitCode && variant == 2) return Value{std::string("620102")};
  if (variant == 2) variant = 0;
  switch (f.kind) {
    case FieldKind::kId: return Value{};
    case FieldKind::kText: return Value{variant == 0 ? kTrickyText : std::string("第二条 second")};
    case FieldKind::kInt: return Value{int64_t{variant == 0 ? 42 : 0}};
    case FieldKind::kReal: return Value{variant == 0 ? 2.5 : 0.1 + 0.2};
    case FieldKind::kMoney: return Value{int64_t{variant == 0 ? 123456 : 0}};
    case FieldKind::kDate: return Value{std::string(variant == 0 ? "2023-05-06" : "1999-12-31")};
    case FieldKind::kTimestamp: return Value{std::string(variant == 0 ? "2023-05-06T07:08:09Z" : "2000-01-01T00:00:00Z")};
    case FieldKind::kBool: return Value{variant == 0};
    case FieldKind::kEnum: return Value{std::string(variant == 0 ? f.choices.front().code : f.choices.back().code)};
    case FieldKind::kRef: return Value{int64_t{variant == 0 ? 7 : 8}};
    case FieldKind::kUnitCode: return Value{std::string(variant == 0 ? "640424" : "330100")};
  }
  return Value{};
}

// A row of `type` with every field but id set.
Record Sample(const RecordType& type, int variant = 0) {
  Record r(type);
  for (size_t i = 0; i < type.fields.size(); ++i) r.at(i) = SampleValue(type.fields[i], variant);
  return r;
}

// True for the columns the schema declares NOT NULL.
bool NotNull(const RecordType& type, const FieldDef& f) {
  return f.name == "id" || f.required || (type.is_record() && (f.name == "west_code" || f.name == "status"));
}

// A row of `type` with only its NOT NULL columns set.
Record Sparse(const RecordType& type) {
  Record r(type);
  for (size_t i = 0; i < type.fields.size(); ++i)
    if (NotNull(type, type.fields[i])) r.at(i) = SampleValue(type.fields[i], 2);
  return r;
}

// A project row for the List tests.
Record Project(int64_t id, std::string west, std::optional<std::string> east, std::optional<int64_t> pairing,
               std::string status, std::string name, std::string start, std::optional<std::string> end,
               std::optional<int64_t> fiscal) {
  Record r(Type("projects"));
  r.Set("id", id);
  r.Set("west_code", std::move(west));
  if (east) r.Set("east_code", *east);
  if (pairing) r.Set("pairing_id", *pairing);
  r.Set("status", std::move(status));
  r.Set("name", std::move(name));
  r.Set("category", std::string("industry"));
  r.Set("funding", std::string("fiscal"));
  r.Set("start_date", std::move(start));
  if (end) r.Set("end_date", *end);
  if (fiscal) r.Set("fiscal_amount_fen", *fiscal);
  return r;
}

Record Transfer(std::string west, int64_t amount, std::string date = "2023-03-01") {
  Record r(Type("fund_transfers"));
  r.Set("west_code", std::move(west));
  r.Set("status", std::string("draft"));
  r.Set("date", std::move(date));
  r.Set("source_kind", std::string("fiscal"));
  r.Set("stage", std::string("disbursed"));
  r.Set("amount_fen", amount);
  return r;
}

// A pairing row, optionally below `parent`.
Record Pairing(int64_t id, std::optional<int64_t> parent) {
  Record r(Type("pairings"));
  r.Set("id", id);
  r.Set("level", std::string("county"));
  r.Set("programme", std::string("east_west"));
  r.Set("start_date", std::string("2020-01-01"));
  if (parent) r.Set("parent_id", *parent);
  return r;
}

Record Unit(std::string code, std::string name) {
  Record r(Type("admin_units"));
  r.Set("code", std::move(code));
  r.Set("name", std::move(name));
  r.Set("level", std::string("county"));
  r.Set("side", std::string("west"));
  return r;
}

// Every row of `type` (up to 1000), by id.
ListQuery All(const RecordType& type) {
  ListQuery q;
  q.type = &type;
  q.limit = 1000;
  return q;
}

std::vector<int64_t> Ids(const Page& page) {
  std::vector<int64_t> ids;
  for (const Record& r : page.rows) ids.push_back(r.id());
  return ids;
}

int LatestMigration(std::string_view engine) {
  const auto& m = internal::Migrations(engine == "postgresql" ? "postgres" : engine);
  return m.empty() ? 0 : m.back().version;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
    auto db = TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
    ASSERT_NO_FATAL_FAILURE(Open());
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
  }

  void Open() {
    auto store = Store::Open(db_->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }

  Status Insert(Record& r) {
    return store_->Write([&](Txn& t) { return t.Insert(r); });
  }
  Status InsertMany(std::vector<Record>& rows) {
    return store_->Write([&](Txn& t) { return t.InsertMany(rows); });
  }
  Result<std::optional<Record>> Get(const RecordType& type, int64_t id) {
    std::optional<Record> out;
    Status s = store_->Read([&](Txn& t) {
      SHANHAI_ASSIGN_OR_RETURN(out, t.Get(type, id));
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return out;
  }
  Result<Page> List(const ListQuery& q) {
    Page page;
    Status s = store_->Read([&](Txn& t) {
      SHANHAI_ASSIGN_OR_RETURN(page, t.List(q));
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return page;
  }
  // The ids List returns for `q` (all pages' worth: limit 1000 unless set).
  std::vector<int64_t> ListIds(ListQuery q) {
    auto page = List(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? Ids(*page) : std::vector<int64_t>{};
  }
  int64_t Count(const RecordType& type) {
    ListQuery q;
    q.type = &type;
    q.limit = 0;
    auto page = List(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? page->total : -1;
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<Store> store_;
};

// ---- Opening ------------------------------------------------------------------------

TEST_P(StoreTest, OpensEmptyDatabaseAtLatestSchema) {
  EXPECT_EQ(store_->engine(), GetParam());
  EXPECT_GT(LatestMigration(GetParam()), 0);
  EXPECT_EQ(store_->schema_version(), LatestMigration(GetParam()));
  for (const RecordType& type : model::AllTypes()) EXPECT_EQ(Count(type), 0) << type.name;
}

TEST_P(StoreTest, ReopenKeepsDataAndSchemaVersion) {
  Record r = Sample(Type("fund_transfers"));
  ASSERT_OK(Insert(r));
  ASSERT_OK(store_->Write([](Txn& t) { return t.PutSetting("salt", "盐"); }));
  store_.reset();
  ASSERT_NO_FATAL_FAILURE(Open());
  EXPECT_EQ(store_->schema_version(), LatestMigration(GetParam()));
  auto got = Get(r.type(), r.id());
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  ExpectSameRecord(r, **got);
  std::optional<std::string> salt;
  ASSERT_OK(store_->Read([&](Txn& t) {
    SHANHAI_ASSIGN_OR_RETURN(salt, t.GetSetting("salt"));
    return Status::Ok();
  }));
  EXPECT_EQ(salt, "盐");
  // Ids continue after a reopen.
  Record next = Sample(Type("fund_transfers"));
  ASSERT_OK(Insert(next));
  EXPECT_EQ(next.id(), r.id() + 1);
  // One migration row per migration, none applied twice.
  auto rows = RawQuery(db_->url(), "SELECT COUNT(*), MAX(version) FROM schema_migrations");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ((*rows)[0][0], std::to_string(internal::Migrations(GetParam() == "sqlite" ? "sqlite" : "postgres").size()));
  EXPECT_EQ((*rows)[0][1], std::to_string(LatestMigration(GetParam())));
}

// Several processes (here: stores) opening one new database migrate it once.
TEST_P(StoreTest, ConcurrentOpensMigrateOnce) {
  auto fresh = TestDatabase::Create(GetParam());
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  const std::string url = (*fresh)->url();
  std::vector<Status> results(4);
  std::vector<int> versions(4, -1);
  {
    std::vector<std::thread> openers;
    for (size_t i = 0; i < results.size(); ++i) {
      openers.emplace_back([&, i] {
        auto store = Store::Open(url);
        if (!store.ok()) {
          results[i] = store.status();
          return;
        }
        versions[i] = (*store)->schema_version();
      });
    }
    for (auto& t : openers) t.join();
  }
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_TRUE(results[i].ok()) << results[i].ToString();
    EXPECT_EQ(versions[i], LatestMigration(GetParam()));
  }
  auto rows = RawQuery(url, "SELECT COUNT(*) FROM schema_migrations");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ((*rows)[0][0],
            std::to_string(internal::Migrations(GetParam() == "sqlite" ? "sqlite" : "postgres").size()));
}

TEST_P(StoreTest, RefusesNewerSchema) {
  store_.reset();
  ASSERT_TRUE(RawQuery(db_->url(), "INSERT INTO schema_migrations (version, name, applied_at) VALUES (" +
                                       std::to_string(LatestMigration(GetParam()) + 1) +
                                       ", '9999_future.sql', '2030-01-01T00:00:00Z')")
                  .ok());
  auto store = Store::Open(db_->url());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition) << store.status().ToString();
}

TEST_P(StoreTest, RefusesDatabaseThatIsNotShanhai) {
  auto other = TestDatabase::Create(GetParam());
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  auto made = RawQuery((*other)->url(), "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  auto store = Store::Open((*other)->url());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition) << store.status().ToString();
  // Nothing of ours was left behind.
  auto tables = RawQuery((*other)->url(), GetParam() == "sqlite"
                                              ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                                              : "SELECT COUNT(*) FROM information_schema.tables "
                                                "WHERE table_schema = current_schema()");
  ASSERT_TRUE(tables.ok()) << tables.status().ToString();
  EXPECT_EQ((*tables)[0][0], "1");
}

// Guards the migrations against drift from the model: every type's table has exactly
// the type's fields, in order, with the column type and nullability its kind implies,
// and there are no other tables.
TEST_P(StoreTest, SchemaMatchesModel) {
  const bool sqlite = GetParam() == "sqlite";
  auto column_type = [&](FieldKind kind) -> std::string {
    switch (kind) {
      case FieldKind::kId:
      case FieldKind::kInt:
      case FieldKind::kMoney:
      case FieldKind::kRef: return sqlite ? "INTEGER" : "bigint";
      case FieldKind::kReal: return sqlite ? "REAL" : "double precision";
      case FieldKind::kBool: return sqlite ? "INTEGER" : "boolean";
      case FieldKind::kDate: return sqlite ? "TEXT" : "date";
      default: return sqlite ? "TEXT" : "text";
    }
  };
  // Beside one table per type: settings, the migration log and the indicator facts.
  std::set<std::string> expected_tables = {"settings", "schema_migrations", "indicator_facts"};
  std::vector<const RecordType*> all;
  for (const RecordType& type : model::AllTypes()) all.push_back(&type);
  for (const RecordType& type : model::SystemTypes()) all.push_back(&type);
  for (const RecordType* each : all) {
    const RecordType& type = *each;
    SCOPED_TRACE(type.name);
    expected_tables.insert(std::string(type.name));
    // name, type, NOT NULL ("1"/"0")
    auto columns = RawQuery(db_->url(), sqlite ? "SELECT name, type, \"notnull\" FROM pragma_table_info('" +
                                                     std::string(type.name) + "') ORDER BY cid"
                                               : "SELECT column_name, data_type, "
                                                 "CASE is_nullable WHEN 'NO' THEN '1' ELSE '0' END "
                                                 "FROM information_schema.columns WHERE table_schema = "
                                                 "current_schema() AND table_name = '" +
                                                     std::string(type.name) + "' ORDER BY ordinal_position");
    ASSERT_TRUE(columns.ok()) << columns.status().ToString();
    std::vector<std::string> names, want_names;
    for (const auto& row : *columns) names.push_back(*row[0]);
    for (const FieldDef& f : type.fields) want_names.emplace_back(f.name);
    EXPECT_EQ(names, want_names);
    if (names != want_names) continue;
    for (size_t i = 0; i < type.fields.size(); ++i) {
      const FieldDef& f = type.fields[i];
      EXPECT_EQ(*(*columns)[i][1], column_type(f.kind)) << f.name;
      EXPECT_EQ(*(*columns)[i][2], NotNull(type, f) ? "1" : "0") << f.name;
    }
  }
  auto tables = RawQuery(db_->url(), sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                                            : "SELECT table_name FROM information_schema.tables "
                                              "WHERE table_schema = current_schema()");
  ASSERT_TRUE(tables.ok()) << tables.status().ToString();
  std::set<std::string> got;
  for (const auto& row : *tables) got.insert(*row[0]);
  EXPECT_EQ(got, expected_tables);
}

// ---- Round trips --------------------------------------------------------------------

TEST_P(StoreTest, RoundTripsEveryTypeThroughInsert) {
  for (const RecordType& type : model::AllTypes()) {
    SCOPED_TRACE(type.name);
    Record r = Sample(type);
    ASSERT_OK(Insert(r));
    EXPECT_EQ(r.id(), 1);
    auto got = Get(type, r.id());
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ASSERT_TRUE(got->has_value());
    ExpectSameRecord(r, **got);
    ListQuery q;
    q.type = &type;
    auto page = List(q);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_EQ(page->total, 1);
    ASSERT_EQ(page->rows.size(), 1u);
    ExpectSameRecord(r, page->rows[0]);
  }
}

TEST_P(StoreTest, RoundTripsEveryTypeThroughInsertMany) {
  for (const RecordType& type : model::AllTypes()) {
    SCOPED_TRACE(type.name);
    std::vector<Record> rows = {Sample(type, 0), Sample(type, 1), Sparse(type)};
    rows[1].Set("id", int64_t{10});
    ASSERT_OK(InsertMany(rows));
    EXPECT_EQ(rows[0].id(), 1);
    EXPECT_EQ(rows[1].id(), 10);
    EXPECT_EQ(rows[2].id(), 11);
    for (const Record& r : rows) {
      auto got = Get(type, r.id());
      ASSERT_TRUE(got.ok()) << got.status().ToString();
      ASSERT_TRUE(got->has_value()) << r.id();
      ExpectSameRecord(r, **got);
    }
    ListQuery q;
    q.type = &type;
    auto page = List(q);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_EQ(page->total, 3);
    ASSERT_EQ(page->rows.size(), 3u);
    for (size_t i = 0; i < 3; ++i) ExpectSameRecord(rows[i], page->rows[i]);
  }
}

TEST_P(StoreTest, GetUnitByCode) {
  Record unit = Unit("640424", "泾源县");
  ASSERT_OK(Insert(unit));
  std::optional<Record> found, missing;
  ASSERT_OK(store_->Read([&](Txn& t) {
    SHANHAI_ASSIGN_OR_RETURN(found, t.GetUnitByCode("640424"));
    SHANHAI_ASSIGN_OR_RETURN(missing, t.GetUnitByCode("640425"));
    return Status::Ok();
  }));
  ASSERT_TRUE(found.has_value());
  ExpectSameRecord(unit, *found);
  EXPECT_FALSE(missing.has_value());
}

// ---- Ids ----------------------------------------------------------------------------

TEST_P(StoreTest, AssignsIdsAboveEveryExplicitId) {
  const RecordType& type = Type("fund_transfers");
  Record a = Transfer("640424", 1);
  ASSERT_OK(Insert(a));
  EXPECT_EQ(a.id(), 1);
  Record b = Transfer("640424", 2);
  ASSERT_OK(Insert(b));
  EXPECT_EQ(b.id(), 2);
  Record c = Transfer("640424", 3);
  c.Set("id", int64_t{100});
  ASSERT_OK(Insert(c));
  EXPECT_EQ(c.id(), 100);
  Record d = Transfer("640424", 4);
  ASSERT_OK(Insert(d));
  EXPECT_EQ(d.id(), 101);
  Record below = Transfer("640424", 5);
  below.Set("id", int64_t{50});
  ASSERT_OK(Insert(below));
  EXPECT_EQ(below.id(), 50);
  Record e = Transfer("640424", 6);
  ASSERT_OK(Insert(e));
  EXPECT_EQ(e.id(), 102);

  // In a batch, rows are taken in order: an explicit id moves the next id past it.
  std::vector<Record> batch = {Transfer("640424", 7), Transfer("640424", 8), Transfer("640424", 9),
                               Transfer("640424", 10), Transfer("640424", 11)};
  batch[1].Set("id", int64_t{200});
  batch[3].Set("id", int64_t{150});
  ASSERT_OK(InsertMany(batch));
  EXPECT_EQ(Ids(Page{batch, 0}), (std::vector<int64_t>{103, 200, 201, 150, 202}));
  Record f = Transfer("640424", 12);
  ASSERT_OK(Insert(f));
  EXPECT_EQ(f.id(), 203);

  // Ids are per table.
  Record project = Sample(Type("projects"));
  ASSERT_OK(Insert(project));
  EXPECT_EQ(project.id(), 1);
  EXPECT_EQ(Count(type), 12);
}

TEST_P(StoreTest, DuplicateIdIsAlreadyExists) {
  const RecordType& type = Type("fund_transfers");
  Record a = Transfer("640424", 1);
  a.Set("id", int64_t{5});
  ASSERT_OK(Insert(a));

  Record same = Transfer("640424", 2);
  same.Set("id", int64_t{5});
  EXPECT_CODE(Insert(same), StatusCode::kAlreadyExists);
  // The key is (west_code, id); the id alone must still be unique.
  Record other_county = Transfer("620102", 3);
  other_county.Set("id", int64_t{5});
  EXPECT_CODE(Insert(other_county), StatusCode::kAlreadyExists);
  EXPECT_EQ(other_county.GetInt("id"), 5);  // the caller's record is left as it was

  // Through the bulk path: against the table, within the batch, and an assigned id
  // meeting a later explicit one.
  std::vector<Record> against_table = {Transfer("640424", 4), Transfer("630102", 5)};
  against_table[1].Set("id", int64_t{5});
  EXPECT_CODE(InsertMany(against_table), StatusCode::kAlreadyExists);
  EXPECT_TRUE(model::IsAbsent(against_table[0].Get("id")));  // untouched on error
  std::vector<Record> within = {Transfer("640424", 6), Transfer("630102", 7)};
  within[0].Set("id", int64_t{9});
  within[1].Set("id", int64_t{9});
  EXPECT_CODE(InsertMany(within), StatusCode::kAlreadyExists);
  std::vector<Record> assigned_then_explicit = {Transfer("640424", 8), Transfer("640424", 9)};
  assigned_then_explicit[1].Set("id", int64_t{6});
  EXPECT_CODE(InsertMany(assigned_then_explicit), StatusCode::kAlreadyExists);

  // Reference tables too, and a duplicate unique key (the unit code).
  Record unit = Unit("640424", "泾源县");
  ASSERT_OK(Insert(unit));
  Record same_id = Unit("640425", "彭阳县");
  same_id.Set("id", unit.id());
  EXPECT_CODE(Insert(same_id), StatusCode::kAlreadyExists);
  Record same_code = Unit("640424", "泾源县（重复）");
  EXPECT_CODE(Insert(same_code), StatusCode::kAlreadyExists);
  std::vector<Record> same_code_bulk = {Unit("640425", "彭阳县"), Unit("640424", "泾源县（重复）")};
  EXPECT_CODE(InsertMany(same_code_bulk), StatusCode::kAlreadyExists);

  EXPECT_EQ(Count(type), 1);
  EXPECT_EQ(Count(Type("admin_units")), 1);
}

TEST_P(StoreTest, ConstraintViolationsAreInvalidArgument) {
  Record negative = Transfer("640424", -1);
  EXPECT_CODE(Insert(negative), StatusCode::kInvalidArgument);
  Record missing = Transfer("640424", 1);
  missing.Set("date", Value{});
  EXPECT_CODE(Insert(missing), StatusCode::kInvalidArgument);
  std::vector<Record> bulk = {Transfer("640424", 1), Transfer("640424", -5)};
  EXPECT_CODE(InsertMany(bulk), StatusCode::kInvalidArgument);
  Record ok = Transfer("640424", 1);
  ASSERT_OK(Insert(ok));
  ok.Set("amount_fen", int64_t{-2});
  EXPECT_CODE(store_->Write([&](Txn& t) { return t.Update(ok); }), StatusCode::kInvalidArgument);
  EXPECT_EQ(Count(Type("fund_transfers")), 1);
}

// ---- Transactions -------------------------------------------------------------------

TEST_P(StoreTest, WriteRollsBackWhenCallbackFails) {
  Record kept = Transfer("640424", 1);
  ASSERT_OK(Insert(kept));
  Status s = store_->Write([&](Txn& t) -> Status {
    Record r = Transfer("640424", 2);
    SHANHAI_RETURN_IF_ERROR(t.Insert(r));
    std::vector<Record> many = {Transfer("640424", 3), Transfer("640424", 4)};
    SHANHAI_RETURN_IF_ERROR(t.InsertMany(many));
    SHANHAI_RETURN_IF_ERROR(t.Delete(kept.type(), kept.id()));
    SHANHAI_RETURN_IF_ERROR(t.PutSetting("k", "v"));
    return Status::NotFound("stop", "停止");
  });
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.message_en(), "stop");
  EXPECT_EQ(ListIds(All(kept.type())), std::vector<int64_t>{kept.id()});
  std::optional<std::string> setting;
  ASSERT_OK(store_->Read([&](Txn& t) {
    SHANHAI_ASSIGN_OR_RETURN(setting, t.GetSetting("k"));
    return Status::Ok();
  }));
  EXPECT_FALSE(setting.has_value());
}

// A failed statement undoes itself only: a callback may note the error and go on (an
// import skipping a bad row), and a failed batch leaves none of its rows.
TEST_P(StoreTest, FailedStatementLeavesTransactionUsable) {
  Record unit = Unit("640424", "泾源县");
  ASSERT_OK(Insert(unit));
  const RecordType& transfers = Type("fund_transfers");
  std::vector<Status> seen;
  ASSERT_OK(store_->Write([&](Txn& t) -> Status {
    Record dup = Unit("640424", "重复");
    seen.push_back(t.Insert(dup));
    std::vector<Record> half_bad = {Transfer("640424", 1), Transfer("640424", -1)};
    seen.push_back(t.InsertMany(half_bad));
    ListQuery odd = All(transfers);
    odd.equals = {{"amount_fen", Value{std::string("not a number")}}};
    (void)t.List(odd);  // SQLite finds nothing, PostgreSQL refuses the value
    Record good = Transfer("640424", 2);
    SHANHAI_RETURN_IF_ERROR(t.Insert(good));
    Record unit2 = Unit("640425", "彭阳县");
    return t.Insert(unit2);
  }));
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(seen[1].code(), StatusCode::kInvalidArgument);
  auto page = List(All(transfers));
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->rows.size(), 1u);
  EXPECT_EQ(page->rows[0].GetInt("amount_fen"), 2);
  EXPECT_EQ(Count(Type("admin_units")), 2);
}

TEST_P(StoreTest, WritesInsideReadFail) {
  Record existing = Transfer("640424", 1);
  ASSERT_OK(Insert(existing));
  ASSERT_OK(store_->Read([&](Txn& t) -> Status {
    Record r = Transfer("640424", 2);
    EXPECT_CODE(t.Insert(r), StatusCode::kFailedPrecondition);
    std::vector<Record> many = {Transfer("640424", 3)};
    EXPECT_CODE(t.InsertMany(many), StatusCode::kFailedPrecondition);
    EXPECT_CODE(t.Update(existing), StatusCode::kFailedPrecondition);
    EXPECT_CODE(t.Delete(existing.type(), existing.id()), StatusCode::kFailedPrecondition);
    EXPECT_CODE(t.PutSetting("k", "v"), StatusCode::kFailedPrecondition);
    // Reads still work afterwards.
    SHANHAI_ASSIGN_OR_RETURN(std::optional<Record> got, t.Get(existing.type(), existing.id()));
    EXPECT_TRUE(got.has_value());
    return Status::Ok();
  }));
  EXPECT_EQ(Count(existing.type()), 1);
}

TEST_P(StoreTest, ReadReturnsCallbackError) {
  Status s = store_->Read([](Txn&) { return Status::InvalidArgument("bad", "错误"); });
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  // The connection went back to the pool in a usable state.
  EXPECT_EQ(Count(Type("projects")), 0);
}

TEST_P(StoreTest, UpdateAndDelete) {
  const RecordType& type = Type("projects");
  Record r = Sample(type, 0);
  ASSERT_OK(Insert(r));
  Record changed = Sample(type, 1);
  changed.Set("id", r.id());
  changed.Set("end_date", Value{});
  ASSERT_OK(store_->Write([&](Txn& t) { return t.Update(changed); }));
  auto got = Get(type, r.id());
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  ExpectSameRecord(changed, **got);

  Record missing = Sample(type, 0);
  missing.Set("id", int64_t{999});
  EXPECT_CODE(store_->Write([&](Txn& t) { return t.Update(missing); }), StatusCode::kNotFound);
  EXPECT_CODE(store_->Write([&](Txn& t) { return t.Delete(type, 999); }), StatusCode::kNotFound);

  ASSERT_OK(store_->Write([&](Txn& t) { return t.Delete(type, r.id()); }));
  auto gone = Get(type, r.id());
  ASSERT_TRUE(gone.ok()) << gone.status().ToString();
  EXPECT_FALSE(gone->has_value());
  EXPECT_CODE(store_->Write([&](Txn& t) { return t.Delete(type, r.id()); }), StatusCode::kNotFound);
  EXPECT_EQ(Count(type), 0);
}

TEST_P(StoreTest, Settings) {
  std::optional<std::string> before, after, overwritten;
  ASSERT_OK(store_->Read([&](Txn& t) {
    SHANHAI_ASSIGN_OR_RETURN(before, t.GetSetting("id_salt"));
    return Status::Ok();
  }));
  EXPECT_FALSE(before.has_value());
  ASSERT_OK(store_->Write([&](Txn& t) -> Status {
    SHANHAI_RETURN_IF_ERROR(t.PutSetting("id_salt", "盐\t1"));
    SHANHAI_RETURN_IF_ERROR(t.PutSetting("empty", ""));
    SHANHAI_ASSIGN_OR_RETURN(after, t.GetSetting("id_salt"));  // visible inside the write
    return Status::Ok();
  }));
  EXPECT_EQ(after, "盐\t1");
  ASSERT_OK(store_->Write([](Txn& t) { return t.PutSetting("id_salt", "新的盐"); }));
  std::optional<std::string> empty;
  ASSERT_OK(store_->Read([&](Txn& t) {
    SHANHAI_ASSIGN_OR_RETURN(overwritten, t.GetSetting("id_salt"));
    SHANHAI_ASSIGN_OR_RETURN(empty, t.GetSetting("empty"));
    return Status::Ok();
  }));
  EXPECT_EQ(overwritten, "新的盐");
  EXPECT_EQ(empty, "");
}

// ---- List ---------------------------------------------------------------------------

class StoreListTest : public StoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(StoreTest::SetUp());
    if (IsSkipped()) return;
    // id  west    east    pairing status     name  start       end         fiscal
    std::vector<Record> rows = {
        Project(1, "640424", "330100", 1, "draft", "b", "2022-03-01", std::nullopt, 100),
        Project(2, "640522", "330204", 2, "approved", "A", "2021-01-01", "2021-12-31", std::nullopt),
        Project(3, "620102", "330106", 1, "approved", "中", "2023-06-01", "2024-01-31", 300),
        Project(4, "640424", "440300", 3, "submitted", "Z", "2020-01-01", "2022-01-01", 50),
        Project(5, "520102", std::nullopt, std::nullopt, "draft", "a", "2019-05-05", "2019-06-06", 100),
    };
    // Pairing 6 sits below pairing 1; 1, 2 and 3 are top-level.
    std::vector<Record> pairings = {Pairing(1, std::nullopt), Pairing(2, std::nullopt), Pairing(3, std::nullopt),
                                    Pairing(6, 1)};
    ASSERT_OK(InsertMany(pairings));
    ASSERT_OK(InsertMany(rows));
    projects_ = &Type("projects");
  }
  ListQuery Q() const {
    ListQuery q;
    q.type = projects_;
    q.limit = 1000;
    return q;
  }
  const RecordType* projects_ = nullptr;
};

// A pairing filter takes the pairings below it too, as indicator scopes do; equality on
// pairing_id takes the one pairing alone.
TEST_P(StoreListTest, PairingFilterIncludesThePairingsBelow) {
  std::vector<Record> sub = {Project(6, "450102", "110101", 6, "draft", "sub", "2018-05-01", "2018-06-01", 10)};
  ASSERT_OK(InsertMany(sub));
  ListQuery q = Q();
  q.pairing_id = 1;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 3, 6}));
  q.pairing_id = 6;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{6}));
  q = Q();
  q.equals = {{"pairing_id", Value{int64_t{1}}}};
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 3}));
  q = Q();
  q.type = &Type("pairings");
  q.pairing_id = 1;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 6}));
}

TEST_P(StoreListTest, FiltersByPairingUnitStatusAndEquals) {
  ListQuery q = Q();
  q.pairing_id = 1;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 3}));

  q = Q();
  q.unit_code = "640000";  // the province: west or east code starting "64"
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 2, 4}));
  q.unit_code = "640400";  // a city
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 4}));
  q.unit_code = "640424";  // a county
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 4}));
  q.unit_code = "330100";  // the eastern side
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 3}));
  q.unit_code = "330000";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 2, 3}));
  q.unit_code = "650000";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{}));

  q = Q();
  q.status = "approved";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2, 3}));
  q.pairing_id = 1;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{3}));

  q = Q();
  q.equals = {{"fiscal_amount_fen", Value{int64_t{100}}}};
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 5}));
  q.equals = {{"fiscal_amount_fen", Value{}}};  // absent: IS NULL
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2}));
  q.equals = {{"name", Value{std::string("中")}}, {"west_code", Value{std::string("620102")}}};
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{3}));
  q.equals = {{"start_date", Value{std::string("2021-01-01")}}};
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2}));
}

TEST_P(StoreListTest, FiltersByYearOverlap) {
  // Spans overlap the year; an open span (no end date) lasts from its start onwards.
  ListQuery q = Q();
  q.year = 2022;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 4}));
  q.year = 2024;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 3}));
  q.year = 2021;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2, 4}));
  q.year = 2019;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{5}));
  q.year = 2018;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{}));
  q.year = 2030;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1}));

  // A type placed by a single date.
  std::vector<Record> transfers = {Transfer("640424", 1, "2022-12-31"), Transfer("640424", 2, "2023-01-01"),
                                   Transfer("640424", 3, "2023-12-31"), Transfer("640424", 4, "2024-01-01")};
  ASSERT_OK(InsertMany(transfers));
  ListQuery t;
  t.type = &Type("fund_transfers");
  t.year = 2023;
  EXPECT_EQ(ListIds(t), (std::vector<int64_t>{2, 3}));
}

TEST_P(StoreListTest, SortsWithNullsLastAndTiesById) {
  ListQuery q = Q();
  q.sort_field = "fiscal_amount_fen";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{4, 1, 5, 3, 2}));
  q.descending = true;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{3, 1, 5, 4, 2}));
  q.sort_field = "end_date";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{3, 4, 2, 5, 1}));
  q.descending = false;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{5, 2, 4, 3, 1}));
  q.sort_field = "start_date";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{5, 4, 2, 1, 3}));
  q.sort_field = "id";
  q.descending = true;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{5, 4, 3, 2, 1}));
  // Text sorts by bytes (code points) on every engine, whatever the database collation.
  q.sort_field = "name";
  q.descending = false;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2, 4, 5, 1, 3}));  // A Z a b 中
  q.sort_field = "east_code";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 3, 2, 4, 5}));
}

TEST_P(StoreListTest, PagesWithOffsetLimitAndTotal) {
  ListQuery q = Q();
  q.limit = 2;
  auto page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 5);
  EXPECT_EQ(Ids(*page), (std::vector<int64_t>{1, 2}));
  q.offset = 2;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{3, 4}));
  q.offset = 4;
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{5}));
  q.offset = 10;
  page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_TRUE(page->rows.empty());
  EXPECT_EQ(page->total, 5);
  // limit 0: the total only.
  q = Q();
  q.status = "draft";
  q.limit = 0;
  page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_TRUE(page->rows.empty());
  EXPECT_EQ(page->total, 2);
  // The total counts every match, not the page.
  q.limit = 1;
  q.sort_field = "name";
  q.descending = true;
  page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 2);
  EXPECT_EQ(Ids(*page), (std::vector<int64_t>{1}));
}

// Free text searches the non-system text fields, with LIKE's wildcards taken literally,
// and gives the same rows on every engine.
TEST_P(StoreListTest, SearchesTextFieldsForASubstring) {
  auto with = [](Record r, std::string_view field, std::string value) {
    r.Set(field, std::move(value));
    return r;
  };
  // id  west     east      pairing status      name / the text field set
  std::vector<Record> rows = {
      Project(11, "640424", "330100", 1, "draft", "泾源县肉牛养殖基地", "2022-04-01", std::nullopt, 10),
      with(Project(12, "640522", "330204", 2, "approved", "闽宁协作示范村", "2021-02-01", std::nullopt, 20), "note",
           "村集体收入覆盖率 100%"),
      with(Project(13, "640424", "330100", 1, "approved", "Cattle_Farm 二期", "2023-01-01", std::nullopt, 30), "note",
           "Élevage ＡＢ"),
      with(with(Project(14, "640424", "440300", 3, "approved", "cattle farm", "2023-02-01", std::nullopt, 40),
                "source", "厦门市协作办"),
           "note", "备份于 D:\\数据"),
      with(Project(15, "620102", "330106", 1, "submitted", "扶贫车间", "2020-01-01", std::nullopt, 50),
           "recorded_by", "张三"),
  };
  ASSERT_OK(InsertMany(rows));
  auto search = [&](std::string text) {
    ListQuery q = Q();
    q.text = std::move(text);
    return ListIds(q);
  };
  using IdList = std::vector<int64_t>;

  // Chinese substrings, in any text field (name, note, source, recorded_by).
  EXPECT_EQ(search("肉牛"), (IdList{11}));
  EXPECT_EQ(search("泾源县肉牛养殖基地"), (IdList{11}));
  EXPECT_EQ(search("中"), (IdList{3}));
  EXPECT_EQ(search("收入覆盖"), (IdList{12}));
  EXPECT_EQ(search("厦门"), (IdList{14}));
  EXPECT_EQ(search("张三"), (IdList{15}));
  EXPECT_EQ(search("二期"), (IdList{13}));
  // ASCII letters in any case.
  EXPECT_EQ(search("CATTLE"), (IdList{13, 14}));
  EXPECT_EQ(search("cAtTlE fArM"), (IdList{14}));
  // Other letters only as written, whatever the database's collation would fold.
  EXPECT_EQ(search("Élevage"), (IdList{13}));
  EXPECT_EQ(search("LEVAGE"), (IdList{13}));
  EXPECT_EQ(search("élevage"), (IdList{}));
  EXPECT_EQ(search("ＡＢ"), (IdList{13}));
  EXPECT_EQ(search("ａｂ"), (IdList{}));
  EXPECT_EQ(search("AB"), (IdList{}));
  // %, _ and \ are characters, not wildcards or an escape: "E_f" is not "e f".
  EXPECT_EQ(search("%"), (IdList{12}));
  EXPECT_EQ(search("100%"), (IdList{12}));
  EXPECT_EQ(search("_"), (IdList{13}));
  EXPECT_EQ(search("E_f"), (IdList{13}));
  EXPECT_EQ(search("\\"), (IdList{14}));
  EXPECT_EQ(search("D:\\数"), (IdList{14}));
  EXPECT_EQ(search("\\%"), (IdList{}));
  // Codes, enums, numbers and dates are not searched.
  EXPECT_EQ(search("640424"), (IdList{}));
  EXPECT_EQ(search("approved"), (IdList{}));
  EXPECT_EQ(search("industry"), (IdList{}));
  EXPECT_EQ(search("2022"), (IdList{}));
  // No match.
  EXPECT_EQ(search("不存在的项目"), (IdList{}));
  // White space at the ends is ignored (the ideographic space too); blank is no filter.
  EXPECT_EQ(search(" 肉牛\t\u3000"), (IdList{11}));
  EXPECT_EQ(search("cattle farm "), (IdList{14}));
  const IdList all = {1, 2, 3, 4, 5, 11, 12, 13, 14, 15};
  EXPECT_EQ(search(""), all);
  EXPECT_EQ(search(" \u3000 "), all);

  // With the other filters, sort and paging: all must hold, the total counts every match.
  ListQuery q = Q();
  q.text = "cattle";
  q.pairing_id = 1;
  EXPECT_EQ(ListIds(q), (IdList{13}));
  q = Q();
  q.text = "cattle";
  q.unit_code = "440000";
  EXPECT_EQ(ListIds(q), (IdList{14}));
  q = Q();
  q.text = "a";  // fixture rows "A" and "a", and both cattle farms
  q.status = "approved";
  EXPECT_EQ(ListIds(q), (IdList{2, 13, 14}));
  q.year = 2023;
  EXPECT_EQ(ListIds(q), (IdList{13, 14}));
  q.equals = {{"fiscal_amount_fen", Value{int64_t{40}}}};
  EXPECT_EQ(ListIds(q), (IdList{14}));
  q = Q();
  q.text = "a";
  q.sort_field = "fiscal_amount_fen";
  q.descending = true;
  q.limit = 2;
  auto page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 4);
  EXPECT_EQ(Ids(*page), (IdList{5, 14}));  // 100, 40; then 30 (13) and NULL (2)
  q.text = "肉牛";
  q.year = 2021;
  page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 0);
  EXPECT_TRUE(page->rows.empty());

  // System text (the ID-number hash) is not searched; the person's name is.
  Record person(Type("persons"));
  person.Set("west_code", std::string("640424"));
  person.Set("status", std::string("draft"));
  person.Set("id_hash", std::string("hash-abcdef0123"));
  person.Set("name", std::string("李四"));
  person.Set("hukou_unit", std::string("640424"));
  person.Set("household_type", std::string("lifted"));
  person.Set("snapshot_date", std::string("2023-01-01"));
  ASSERT_OK(Insert(person));
  ListQuery p = All(Type("persons"));
  p.text = "abcdef";
  EXPECT_EQ(ListIds(p), (IdList{}));
  p.text = "李";
  EXPECT_EQ(ListIds(p), (IdList{person.id()}));

  // Text PostgreSQL could not compare is refused on every engine.
  for (std::string bad : {std::string("\xff"), std::string("a\0b", 3), std::string("\xe8\x82")}) {
    q = Q();
    q.text = bad;
    auto refused = List(q);
    EXPECT_EQ(refused.ok() ? StatusCode::kOk : refused.status().code(), StatusCode::kInvalidArgument);
  }
}

TEST_P(StoreListTest, RejectsBadQueries) {
  auto code = [&](const ListQuery& q) {
    auto page = List(q);
    return page.ok() ? StatusCode::kOk : page.status().code();
  };
  ListQuery q = Q();
  q.sort_field = "no_such_field";
  EXPECT_EQ(code(q), StatusCode::kInvalidArgument);
  q = Q();
  q.equals = {{"no_such_field", Value{int64_t{1}}}};
  EXPECT_EQ(code(q), StatusCode::kInvalidArgument);
  q = Q();
  q.unit_code = "99";
  EXPECT_EQ(code(q), StatusCode::kInvalidArgument);
  q = Q();
  q.limit = -1;
  EXPECT_EQ(code(q), StatusCode::kInvalidArgument);
  q = Q();
  q.offset = -1;
  EXPECT_EQ(code(q), StatusCode::kInvalidArgument);
  q = Q();
  q.type = &Type("admin_units");
  q.year = 2023;  // admin units are not placed in time
  EXPECT_EQ(code(q), StatusCode::kInvalidArgument);
  q = Q();
  q.type = &Type("persons");
  q.pairing_id = 1;
  EXPECT_EQ(code(q), StatusCode::kOk);  // persons have an optional pairing
}

TEST_P(StoreTest, ListsReferenceTypes) {
  std::vector<Record> units = {Unit("640424", "泾源县"), Unit("640400", "固原市"), Unit("330100", "杭州市")};
  ASSERT_OK(InsertMany(units));
  ListQuery q = All(Type("admin_units"));
  q.unit_code = "640000";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{1, 2}));

  std::vector<Record> pairings;
  for (int i = 0; i < 3; ++i) {
    Record p = Sparse(Type("pairings"));
    p.Set("west_code", std::string(i == 2 ? "620102" : "640424"));
    p.Set("east_code", std::string("330100"));
    pairings.push_back(p);
  }
  ASSERT_OK(InsertMany(pairings));
  q = All(Type("pairings"));
  q.pairing_id = 2;  // a pairing's own id
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2}));
  q = All(Type("pairings"));
  q.unit_code = "620000";
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{3}));

  std::vector<Record> agreements;
  for (int year : {2022, 2023, 2023}) {
    Record a = Sparse(Type("agreements"));
    a.Set("year", int64_t{year});
    a.Set("pairing_id", int64_t{1});
    agreements.push_back(a);
  }
  ASSERT_OK(InsertMany(agreements));
  q = All(Type("agreements"));
  q.year = 2023;  // by the year column
  EXPECT_EQ(ListIds(q), (std::vector<int64_t>{2, 3}));
}

// ---- Concurrency and volume ---------------------------------------------------------

TEST_P(StoreTest, ConcurrentWritersAndReaders) {
  const RecordType& type = Type("fund_transfers");
  constexpr int kWriters = 4, kWritesEach = 50;
  std::atomic<bool> writing{true};
  std::atomic<int> reads{0};
  std::vector<std::vector<int64_t>> assigned(kWriters);
  std::vector<Status> failures(kWriters + 2);

  std::vector<std::thread> readers;
  for (int i = 0; i < 2; ++i) {
    readers.emplace_back([&, i] {
      int64_t last_total = 0;
      while (writing.load()) {
        ListQuery q = All(type);
        q.limit = 1000;
        Page page;
        Status s = store_->Read([&](Txn& t) {
          SHANHAI_ASSIGN_OR_RETURN(page, t.List(q));
          return Status::Ok();
        });
        // A snapshot: the page and its total agree, and totals never go back.
        if (s.ok() && static_cast<int64_t>(page.rows.size()) != page.total)
          s = Status::Internal("page of " + std::to_string(page.rows.size()) + " rows, total " +
                               std::to_string(page.total));
        if (s.ok() && page.total < last_total) s = Status::Internal("total went back");
        if (!s.ok()) {
          failures[kWriters + i] = s;
          return;
        }
        last_total = page.total;
        ++reads;
      }
    });
  }
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      for (int i = 0; i < kWritesEach; ++i) {
        Record r = Transfer("640424", w * 1000 + i);
        Status s = store_->Write([&](Txn& t) { return t.Insert(r); });
        if (!s.ok()) {
          failures[w] = s;
          return;
        }
        assigned[w].push_back(r.id());
      }
    });
  }
  for (auto& t : writers) t.join();
  writing = false;
  for (auto& t : readers) t.join();
  for (const Status& s : failures) EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(reads.load(), 0);

  std::set<int64_t> ids;
  for (const auto& v : assigned) ids.insert(v.begin(), v.end());
  EXPECT_EQ(ids.size(), size_t{kWriters * kWritesEach});
  ListQuery q = All(type);
  q.limit = 1000;
  auto page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, kWriters * kWritesEach);
  std::vector<int64_t> listed = Ids(*page);
  EXPECT_EQ(std::set<int64_t>(listed.begin(), listed.end()), ids);
}

TEST_P(StoreTest, BulkInsertManyOfTwentyThousandRows) {
  const RecordType& type = Type("fund_transfers");
  constexpr int kRows = 20000;
  std::vector<Record> rows;
  rows.reserve(kRows);
  for (int i = 0; i < kRows; ++i) {
    Record r = Transfer(i % 2 ? "640424" : "620102", i, i % 3 ? "2023-03-01" : "2022-07-15");
    r.Set("purpose", "用途\t" + std::to_string(i) + (i % 7 ? "" : "\n\\"));
    if (i % 5 == 0) r.Set("payer", std::string("浙江省杭州市"));
    rows.push_back(std::move(r));
  }
  auto start = std::chrono::steady_clock::now();
  ASSERT_OK(InsertMany(rows));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ " << GetParam() << " ] InsertMany of " << kRows << " rows: " << ms << " ms\n";
  EXPECT_EQ(rows.front().id(), 1);
  EXPECT_EQ(rows.back().id(), kRows);
  EXPECT_EQ(Count(type), kRows);
  for (int i : {0, 7, 9999, kRows - 1}) {
    auto got = Get(type, rows[static_cast<size_t>(i)].id());
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ASSERT_TRUE(got->has_value());
    ExpectSameRecord(rows[static_cast<size_t>(i)], **got);
  }
  ListQuery q = All(type);
  q.year = 2022;
  q.unit_code = "620102";
  q.limit = 0;
  auto page = List(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, (kRows + 5) / 6);  // even i, divisible by 3
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);
INSTANTIATE_TEST_SUITE_P(Engines, StoreListTest, ::testing::ValuesIn(testdb::TestEngines()),
                         testdb::EngineParamName);

// ---- Engine-specific opening errors -------------------------------------------------

TEST(SqliteStoreOpenTest, FileThatIsNotADatabaseIsRefused) {
  auto db = TestDatabase::Create("sqlite");
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  {
    FILE* f = std::fopen((*db)->url().c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("name,amount\n泾源县,100\n", f);
    for (int i = 0; i < 200; ++i) std::fputs("padding padding padding padding\n", f);
    std::fclose(f);
  }
  auto store = Store::Open((*db)->url());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable) << store.status().ToString();
}

TEST(PostgresStoreOpenTest, UnreachableServerIsUnavailable) {
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  auto store = Store::Open("postgresql://shanhai@127.0.0.1:1/shanhai?connect_timeout=5");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable) << store.status().ToString();
}

// A connection that broke while idle is replaced when the next transaction starts,
// so a server restart does not fail the first request after it.
TEST(PostgresStoreTest, ReplacesConnectionsThatBrokeWhileIdle) {
  SHANHAI_REQUIRE_TEST_ENGINE("postgresql");
  auto db = TestDatabase::Create("postgresql");
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  {
    auto store = Store::Open((*db)->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Record a = Transfer("640424", 1);
    ASSERT_OK((*store)->Write([&](Txn& t) { return t.Insert(a); }));
    ASSERT_OK((*store)->Read([](Txn& t) { return t.GetSetting("x").status(); }));
    auto killed = RawQuery((*db)->url(),
                           "SELECT COUNT(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    ASSERT_TRUE(killed.ok()) << killed.status().ToString();
    EXPECT_EQ((*killed)[0][0], "2");  // the writer and the pooled reader
    Record b = Transfer("640424", 2);
    ASSERT_OK((*store)->Write([&](Txn& t) { return t.Insert(b); }));
    EXPECT_EQ(b.id(), 2);
    int64_t total = 0;
    ASSERT_OK((*store)->Read([&](Txn& t) -> Status {
      ListQuery q = All(Type("fund_transfers"));
      SHANHAI_ASSIGN_OR_RETURN(Page page, t.List(q));
      total = page.total;
      return Status::Ok();
    }));
    EXPECT_EQ(total, 2);
  }
}

// A Txn belongs to its callback's thread; the engine refuses it elsewhere.
TEST(PostgresStoreTest, TxnRefusesOtherThreads) {
  SHANHAI_REQUIRE_TEST_ENGINE("postgresql");
  auto db = TestDatabase::Create("postgresql");
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  auto store = Store::Open((*db)->url());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Status from_other_thread;
  ASSERT_OK((*store)->Write([&](Txn& t) {
    std::thread other([&] {
      Record r = Transfer("640424", 1);
      from_other_thread = t.Insert(r);
    });
    other.join();
    return Status::Ok();
  }));
  EXPECT_EQ(from_other_thread.code(), StatusCode::kFailedPrecondition) << from_other_thread.ToString();
  store->reset();
}

TEST(PostgresStoreOpenTest, MissingDatabaseIsUnavailable) {
  SHANHAI_REQUIRE_TEST_ENGINE("postgresql");
  auto db = TestDatabase::Create("postgresql");
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  std::string url = (*db)->url();
  url.insert(url.find("/shanhai_t_") + 1, "missing_");
  auto store = Store::Open(url);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable) << store.status().ToString();
}

}  // namespace
}  // namespace shanhai::store
