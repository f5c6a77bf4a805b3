// tests/store/backup_test.cc
//
// Backup and restore (store/backup.h) on every engine. The round trip compares every
// table the engine's catalog lists, whole rows in a fixed order, so tables added by
// later migrations are covered without touching this file.

#include "store/backup.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "indicators/catalog.h"
#include "indicators/indexer.h"
#include "ingest/importer.h"
#include "ledger/ledger.h"
#include "model/record_type.h"
#include "store/migrations.h"
#include "store/store.h"
#include "tests/store/test_databases.h"

namespace shanhai::store {
namespace {

namespace fs = std::filesystem;
using testdb::RawQuery;
using testdb::RawRows;
using testdb::TestDatabase;

#define ASSERT_OK(expr)                                                  \
  do {                                                                   \
    const ::shanhai::Status assert_ok_status_ = (expr);                  \
    ASSERT_TRUE(assert_ok_status_.ok()) << assert_ok_status_.ToString(); \
  } while (0)

bool IsPostgres(const std::string& url) { return url.starts_with("postgresql://"); }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteFile(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// A single text cell of a raw query.
std::string Cell(const std::string& url, const std::string& sql) {
  auto rows = RawQuery(url, sql);
  EXPECT_TRUE(rows.ok()) << sql << ": " << rows.status().ToString();
  if (!rows.ok() || rows->empty() || rows->front().empty() || !rows->front().front()) return "";
  return *rows->front().front();
}

std::vector<std::string> FirstColumn(const std::string& url, const std::string& sql) {
  std::vector<std::string> out;
  auto rows = RawQuery(url, sql);
  EXPECT_TRUE(rows.ok()) << sql << ": " << rows.status().ToString();
  if (rows.ok())
    for (const auto& row : *rows) out.push_back(row.front().value_or("NULL"));
  return out;
}

// Every table of the database, from the engine's own catalog.
std::vector<std::string> Tables(const std::string& url) {
  return FirstColumn(url, IsPostgres(url)
                              ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                "AND table_type = 'BASE TABLE' ORDER BY table_name"
                              : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                "ESCAPE '\\' ORDER BY name");
}

// Each table of the catalog with the ORDER BY that lists its rows in a total order:
// the primary key, then every column by position (so that a table without a key
// still lists the same way every time).
RawRows TablesWithOrder(const std::string& url) {
  auto rows = RawQuery(
      url,
      IsPostgres(url)
          ? "SELECT t.table_name, concat_ws(', ', (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY "
            "array_position(i.indkey, a.attnum)) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY (i.indkey) WHERE i.indisprimary AND i.indrelid = quote_ident(t.table_name)::regclass), "
            "(SELECT string_agg(c.ordinal_position::text, ', ' ORDER BY c.ordinal_position) FROM "
            "information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name)) "
            "FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
            "ORDER BY 1"
          : "SELECT m.name, (SELECT group_concat(k, ', ') FROM (SELECT '\"' || name || '\"' AS k FROM "
            "pragma_table_info(m.name) WHERE pk > 0 UNION ALL SELECT cid + 1 FROM pragma_table_info(m.name))) "
            "FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1");
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  return rows.ok() ? *rows : RawRows{};
}

std::string ShowRow(const std::vector<std::optional<std::string>>& row) {
  std::string s;
  for (const auto& cell : row) s += (s.empty() ? "" : " | ") + (cell ? "'" + *cell + "'" : std::string("NULL"));
  return s;
}

// Every row of every table, every column, by table, in the order of TablesWithOrder.
// PostgreSQL answers in one query (a connection per table is slow there): each row as
// its row_to_json text. On SQLite each row is its cells joined.
std::map<std::string, std::vector<std::string>> AllRows(const std::string& url) {
  std::map<std::string, std::vector<std::string>> by_table;
  RawRows tables = TablesWithOrder(url);
  if (IsPostgres(url)) {
    std::string sql;
    for (const auto& t : tables) {
      by_table[*t[0]];
      sql += std::string(sql.empty() ? "" : " UNION ALL ") + "SELECT '" + *t[0] + "', row_number() OVER (ORDER BY " +
             *t[1] + "), row_to_json(x)::text FROM \"" + *t[0] + "\" x";
    }
    if (sql.empty()) return by_table;
    auto rows = RawQuery(url, sql + " ORDER BY 1, 2");
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (rows.ok())
      for (const auto& r : *rows) by_table[*r[0]].push_back(*r[2]);
    return by_table;
  }
  for (const auto& t : tables) {
    auto rows = RawQuery(url, "SELECT * FROM \"" + *t[0] + "\" ORDER BY " + *t[1]);
    EXPECT_TRUE(rows.ok()) << *t[0] << ": " << rows.status().ToString();
    auto& out = by_table[*t[0]];
    if (rows.ok())
      for (const auto& r : *rows) out.push_back(ShowRow(r));
  }
  return by_table;
}

// The same tables holding the same rows (and on PostgreSQL, sequences at the same
// values, so that new ids continue where they did). Returns the rows compared.
int64_t ExpectSameDatabase(const std::string& a, const std::string& b) {
  auto rows_a = AllRows(a), rows_b = AllRows(b);
  std::vector<std::string> tables_a, tables_b;
  for (const auto& [t, rows] : rows_a) tables_a.push_back(t);
  for (const auto& [t, rows] : rows_b) tables_b.push_back(t);
  EXPECT_EQ(tables_a, tables_b);
  int64_t compared = 0;
  for (const auto& [t, rows] : rows_a) {
    const auto& other = rows_b[t];
    EXPECT_EQ(rows.size(), other.size()) << "table " << t;
    for (size_t i = 0; i < std::min(rows.size(), other.size()); ++i) {
      if (rows[i] != other[i]) {
        ADD_FAILURE() << "table " << t << ", row " << i << ":\n  " << rows[i] << "\n  " << other[i];
        break;
      }
    }
    compared += static_cast<int64_t>(rows.size());
  }
  if (IsPostgres(a)) {
    const std::string sequences =
        "SELECT sequencename || '=' || COALESCE(last_value::text, 'unused') FROM pg_sequences "
        "WHERE schemaname = 'public' ORDER BY 1";
    EXPECT_EQ(FirstColumn(a, sequences), FirstColumn(b, sequences));
  }
  return compared;
}

int LatestVersion(const std::string& url) {
  const auto& m = internal::Migrations(IsPostgres(url) ? "postgres" : "sqlite");
  return m.empty() ? 0 : m.back().version;
}

// The demo dataset (data/demo), loaded as `shanhai demo` does: every type's file
// through the ledger, indicator facts included.
void LoadDemo(const std::string& url) {
  auto store = Store::Open(url);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto catalog = indicators::Catalog::LoadDefault();
  ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
  indicators::Indexer indexer(*catalog);
  ASSERT_TRUE(indexer.EnsureFresh(**store).ok());
  ledger::Ledger ledger(**store, &indexer);
  ledger::Actor actor;
  actor.name = "demo";
  int files = 0;
  for (const model::RecordType& t : model::AllTypes()) {
    fs::path file = fs::path(SHANHAI_DEMO_DIR) / (std::string(t.name) + ".json");
    if (!fs::exists(file)) continue;
    auto summary = ingest::ImportFile(ledger, t, file.string(), ingest::ImportFormat::kJson, actor);
    ASSERT_TRUE(summary.ok()) << file << ": " << summary.status().ToString();
    ++files;
  }
  ASSERT_GT(files, 10);
}

const model::RecordType& Type(std::string_view name) { return *model::FindType(name); }

model::Record Transfer(int64_t amount) {
  model::Record r(Type("fund_transfers"));
  r.Set("west_code", std::string("640424"));
  r.Set("status", std::string("draft"));
  r.Set("date", std::string("2023-03-01"));
  r.Set("source_kind", std::string("fiscal"));
  r.Set("stage", std::string("disbursed"));
  r.Set("amount_fen", amount);
  return r;
}

// A few rows of several types straight through the store, for the tests that need
// some data but not the whole demo.
void LoadSmallFixture(const std::string& url) {
  auto store = Store::Open(url);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_OK((*store)->Write([](Txn& txn) -> Status {
    model::Record unit(Type("admin_units"));
    unit.Set("code", std::string("640424"));
    unit.Set("name", std::string("泾源县"));
    unit.Set("level", std::string("county"));
    unit.Set("side", std::string("west"));
    unit.Set("key_county", true);
    SHANHAI_RETURN_IF_ERROR(txn.Insert(unit));
    for (int i = 1; i <= 5; ++i) {
      model::Record t = Transfer(100000 * i);
      t.Set("note", std::string("第 ") + std::to_string(i) + " 笔\t含制表符\n与换行");
      SHANHAI_RETURN_IF_ERROR(txn.Insert(t));
    }
    return txn.PutSetting("id_salt", "0123456789abcdef0123456789abcdef");
  }));
}

class BackupTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
    source_ = NewDatabase();
    std::string dir = (fs::temp_directory_path() / "shanhai-backup-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(dir.data()), nullptr);
    dir_ = dir;
  }
  void TearDown() override {
    source_.reset();
    if (!dir_.empty()) {
      std::error_code ec;
      fs::remove_all(dir_, ec);
    }
  }

  std::unique_ptr<TestDatabase> NewDatabase() {
    auto db = TestDatabase::Create(GetParam());
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? std::move(*db) : nullptr;
  }
  bool postgres() const { return GetParam() == "postgresql"; }
  std::string File(const std::string& name) const { return dir_ + "/" + name; }
  std::string BackupFile() const { return File(postgres() ? "shanhai.dump" : "shanhai-backup.db"); }

  // Files in the temp directory, so that a test can see that nothing was left behind.
  std::vector<std::string> FilesInDir() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  std::unique_ptr<TestDatabase> source_;
  std::string dir_;
};

TEST_P(BackupTest, RoundTripOfTheDemoKeepsEveryTable) {
  ASSERT_NO_FATAL_FAILURE(LoadDemo(source_->url()));
  auto backup = Backup(source_->url(), BackupFile(), {});
  ASSERT_TRUE(backup.ok()) << backup.status().ToString();
  EXPECT_EQ(backup->engine, GetParam());
  EXPECT_EQ(backup->schema_version, LatestVersion(source_->url()));
  EXPECT_GT(backup->bytes, 10000);
  EXPECT_EQ(FilesInDir(), std::vector<std::string>{fs::path(BackupFile()).filename().string()});

  auto target = NewDatabase();
  auto restored = Restore(BackupFile(), target->url(), {});
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  EXPECT_EQ(restored->schema_version, backup->schema_version);
  EXPECT_EQ(restored->restored_version, LatestVersion(target->url()));

  std::vector<std::string> tables = Tables(source_->url());
  for (const char* t :
       {"settings", "schema_migrations", "admin_units", "pairings", "fund_transfers", "indicator_facts"})
    EXPECT_NE(std::find(tables.begin(), tables.end(), t), tables.end()) << t;
  int64_t rows = ExpectSameDatabase(source_->url(), target->url());
  EXPECT_GT(rows, 5000) << "the demo should fill the database";
  EXPECT_FALSE(Cell(target->url(), "SELECT value FROM settings WHERE key = 'id_salt'").empty());
  // The SQLite backup is itself a database equal to the source.
  if (!postgres()) ExpectSameDatabase(source_->url(), BackupFile());

  // The restored database is a working one: ids continue above the restored rows.
  auto store = Store::Open(target->url());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  int64_t max_id = std::stoll(Cell(target->url(), "SELECT MAX(id) FROM fund_transfers"));
  ASSERT_OK((*store)->Write([&](Txn& txn) -> Status {
    model::Record t = Transfer(1);
    SHANHAI_RETURN_IF_ERROR(txn.Insert(t));
    EXPECT_GT(t.id(), max_id);
    return Status::Ok();
  }));
}

TEST_P(BackupTest, BackupWhileAnotherThreadWritesIsConsistent) {
  ASSERT_NO_FATAL_FAILURE(LoadSmallFixture(source_->url()));
  auto store = Store::Open(source_->url());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  // Each write adds a row and records the count in the same transaction, so a copy
  // that mixed two moments would show a count that is not its number of rows.
  std::atomic<bool> stop{false};
  std::atomic<int64_t> writes{0};
  Status writer_status;
  std::thread writer;
  // Stops the writer however the test ends (an ASSERT returns early).
  struct Joiner {
    std::atomic<bool>& stop;
    std::thread& thread;
    ~Joiner() {
      stop = true;
      if (thread.joinable()) thread.join();
    }
  } joiner{stop, writer};
  writer = std::thread([&] {
    while (!stop) {
      writer_status = (*store)->Write([&](Txn& txn) -> Status {
        model::Record t = Transfer(7);
        SHANHAI_RETURN_IF_ERROR(txn.Insert(t));
        Page page;
        ListQuery q;
        q.type = &Type("fund_transfers");
        q.limit = 0;
        SHANHAI_ASSIGN_OR_RETURN(page, txn.List(q));
        return txn.PutSetting("test_transfer_count", std::to_string(page.total));
      });
      if (!writer_status.ok()) return;
      ++writes;
      // Steadily, not flat out: the server must also serve the backup (2 CPUs in CI).
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (writes < 20 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // Each round on PostgreSQL creates a database; two rounds are as telling as three.
  const int rounds = postgres() ? 2 : 3;
  int64_t last_count = 0;
  for (int i = 0; i < rounds && writes >= 20; ++i) {
    std::string file = File("during-" + std::to_string(i) + (postgres() ? ".dump" : ".db"));
    auto backup = Backup(source_->url(), file, {});
    ASSERT_TRUE(backup.ok()) << backup.status().ToString();
    auto copy = NewDatabase();
    auto restored = Restore(file, copy->url(), {});
    ASSERT_TRUE(restored.ok()) << restored.status().ToString();
    std::string count = Cell(copy->url(), "SELECT count(*) FROM fund_transfers");
    EXPECT_EQ(count, Cell(copy->url(), "SELECT value FROM settings WHERE key = 'test_transfer_count'"));
    // Each backup saw the writer further on: it kept writing around the backups.
    EXPECT_GT(std::stoll(count), last_count);
    last_count = std::stoll(count);
  }
  stop = true;
  writer.join();
  EXPECT_TRUE(writer_status.ok()) << writer_status.ToString();
  EXPECT_GE(writes.load(), 20);
}

TEST_P(BackupTest, RefusesToOverwriteABackupWithoutForce) {
  ASSERT_NO_FATAL_FAILURE(LoadSmallFixture(source_->url()));
  WriteFile(BackupFile(), "an older file that must survive");
  auto refused = Backup(source_->url(), BackupFile(), {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kAlreadyExists) << refused.status().ToString();
  EXPECT_NE(refused.status().message_zh().find("已存在"), std::string::npos);
  EXPECT_EQ(ReadFile(BackupFile()), "an older file that must survive");
  EXPECT_EQ(FilesInDir().size(), 1u);

  BackupOptions force;
  force.force = true;
  auto replaced = Backup(source_->url(), BackupFile(), force);
  ASSERT_TRUE(replaced.ok()) << replaced.status().ToString();
  auto target = NewDatabase();
  auto restored = Restore(BackupFile(), target->url(), {});
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  ExpectSameDatabase(source_->url(), target->url());
  EXPECT_EQ(FilesInDir().size(), 1u);
}

TEST_P(BackupTest, RefusesToRestoreIntoADatabaseThatHoldsData) {
  ASSERT_NO_FATAL_FAILURE(LoadSmallFixture(source_->url()));
  ASSERT_TRUE(Backup(source_->url(), BackupFile(), {}).ok());
  // After the backup, the source changes; a refused restore must not undo that.
  ASSERT_TRUE(RawQuery(source_->url(), "DELETE FROM fund_transfers WHERE amount_fen = 100000").ok());
  auto refused = Restore(BackupFile(), source_->url(), {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition) << refused.status().ToString();
  EXPECT_NE(refused.status().message_zh().find("已有数据"), std::string::npos) << refused.status().message_zh();
  EXPECT_EQ(Cell(source_->url(), "SELECT count(*) FROM fund_transfers"), "4");

  RestoreOptions force;
  force.force = true;
  auto forced = Restore(BackupFile(), source_->url(), force);
  if (postgres()) {
    ASSERT_FALSE(forced.ok());
    EXPECT_EQ(forced.status().code(), StatusCode::kFailedPrecondition) << forced.status().ToString();
    EXPECT_EQ(Cell(source_->url(), "SELECT count(*) FROM fund_transfers"), "4");
  } else {
    // --force replaces the SQLite file with the backup's state, by rename.
    ASSERT_TRUE(forced.ok()) << forced.status().ToString();
    EXPECT_EQ(Cell(source_->url(), "SELECT count(*) FROM fund_transfers"), "5");
  }
}

TEST_P(BackupTest, RestoresIntoADatabaseOpenedOnceButEmpty) {
  ASSERT_NO_FATAL_FAILURE(LoadSmallFixture(source_->url()));
  ASSERT_TRUE(Backup(source_->url(), BackupFile(), {}).ok());
  auto target = NewDatabase();
  {
    auto opened = Store::Open(target->url());  // as `shanhai init` leaves it
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    ASSERT_OK((*opened)->Write([](Txn& txn) { return txn.PutSetting("id_salt", "another salt, replaced"); }));
  }
  auto restored = Restore(BackupFile(), target->url(), {});
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  ExpectSameDatabase(source_->url(), target->url());
}

TEST_P(BackupTest, RefusesABackupFromANewerShanhai) {
  ASSERT_NO_FATAL_FAILURE(LoadSmallFixture(source_->url()));
  const std::string future =
      "INSERT INTO schema_migrations (version, name, applied_at) "
      "VALUES (9999, '9999_future.sql', '2099-01-01T00:00:00Z')";
  if (postgres()) {
    ASSERT_TRUE(RawQuery(source_->url(), future).ok());
    ASSERT_TRUE(Backup(source_->url(), BackupFile(), {}).ok());
  } else {
    ASSERT_TRUE(Backup(source_->url(), BackupFile(), {}).ok());
    ASSERT_TRUE(RawQuery(BackupFile(), future).ok());
  }
  auto target = NewDatabase();
  auto refused = Restore(BackupFile(), target->url(), {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition) << refused.status().ToString();
  EXPECT_NE(refused.status().message_en().find("9999"), std::string::npos) << refused.status().message_en();
  EXPECT_NE(refused.status().message_zh().find("请用制作该备份的或更新的山海版本恢复"), std::string::npos);
  // Nothing was written to the target.
  if (postgres()) {
    EXPECT_TRUE(Tables(target->url()).empty());
  } else {
    EXPECT_FALSE(fs::exists(target->url()));
  }
}

TEST_P(BackupTest, RefusesMissingAndForeignFiles) {
  auto target = NewDatabase();
  auto missing = Restore(File("no-such-backup"), target->url(), {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound) << missing.status().ToString();

  WriteFile(File("notes.txt"), "这不是备份 / not a backup\n");
  auto text = Restore(File("notes.txt"), target->url(), {});
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), StatusCode::kInvalidArgument) << text.status().ToString();
  EXPECT_NE(text.status().message_zh().find("不是山海备份"), std::string::npos) << text.status().message_zh();

  // A backup of the other engine is named as such.
  std::string foreign = File("foreign");
  if (postgres()) {
    std::string sqlite_db = File("other.db");
    ASSERT_TRUE(Store::Open(sqlite_db).ok());
    ASSERT_TRUE(Backup(sqlite_db, foreign, {}).ok());
  } else {
    WriteFile(foreign, std::string("PGDMP\x01\x0e\x00", 8));
  }
  auto other = Restore(foreign, target->url(), {});
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), StatusCode::kInvalidArgument) << other.status().ToString();
  EXPECT_NE(other.status().message_en().find(postgres() ? "SQLite backup" : "PostgreSQL backup"), std::string::npos)
      << other.status().message_en();

  if (postgres()) {
    EXPECT_TRUE(Tables(target->url()).empty());
  } else {
    EXPECT_FALSE(fs::exists(target->url()));
  }
}

TEST_P(BackupTest, RefusesBadDatabases) {
  // Not a shanhai database: no tables at all (PostgreSQL), another program's (SQLite).
  if (!postgres()) {
    ASSERT_TRUE(RawQuery(source_->url(), "CREATE TABLE other (a TEXT)").ok());
  }
  auto foreign = Backup(source_->url(), BackupFile(), {});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.status().code(), StatusCode::kFailedPrecondition) << foreign.status().ToString();
  EXPECT_TRUE(FilesInDir().empty());

  if (postgres()) {
    const std::string& url = source_->url();
    std::string unreachable = "postgresql://postgres@127.0.0.1:1/shanhai";
    auto down = Backup(unreachable, BackupFile(), {});
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.status().code(), StatusCode::kUnavailable) << down.status().ToString();
    auto malformed = Backup(url + "?no_such_option=1", BackupFile(), {});
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.status().code(), StatusCode::kInvalidArgument) << malformed.status().ToString();
  } else {
    auto missing = Backup(File("no-such.db"), BackupFile(), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.status().code(), StatusCode::kNotFound) << missing.status().ToString();
    ASSERT_NO_FATAL_FAILURE(LoadSmallFixture(File("real.db")));
    ASSERT_TRUE(Backup(File("real.db"), BackupFile(), {}).ok());
    auto no_dir = Restore(BackupFile(), File("no-such-dir/x.db"), {});
    ASSERT_FALSE(no_dir.ok());
    EXPECT_EQ(no_dir.status().code(), StatusCode::kUnavailable) << no_dir.status().ToString();
    auto into_itself = Backup(File("real.db"), File("real.db"), BackupOptions{true});
    ASSERT_FALSE(into_itself.ok());
    EXPECT_EQ(into_itself.status().code(), StatusCode::kInvalidArgument) << into_itself.status().ToString();
  }
  EXPECT_FALSE(Backup("", BackupFile(), {}).ok());
  EXPECT_FALSE(Backup(source_->url(), "", {}).ok());
}

INSTANTIATE_TEST_SUITE_P(Engines, BackupTest, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

}  // namespace
}  // namespace shanhai::store
