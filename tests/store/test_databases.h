// tests/store/test_databases.h
//
// Fresh databases for integration suites, so that one suite runs unchanged on every
// storage engine. SQLite is always available (a file in a new temp directory).
// PostgreSQL is available when SHANHAI_TEST_PG_URL names a server database the tests may
// use to create and drop others (scripts/pg start sets it up); each TestDatabase is a
// new database on that server, created with a Chinese ICU collation when the server has
// ICU, so that tests see the ordering a production database in China would have.
//
// When PostgreSQL is not configured, its test cases skip, except under CI=true, where
// they fail: CI must never pass by testing one engine only.
//
//   class LedgerTest : public ::testing::TestWithParam<std::string> {
//    protected:
//     void SetUp() override {
//       SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
//       auto db = shanhai::testdb::TestDatabase::Create(GetParam());
//       ASSERT_TRUE(db.ok()) << db.status().ToString();
//       db_ = std::move(*db);
//       auto store = shanhai::store::Store::Open(db_->url());
//       ...
//     }
//     void TearDown() override { store_.reset(); db_.reset(); }  // store first
//     std::unique_ptr<shanhai::testdb::TestDatabase> db_;
//     std::unique_ptr<shanhai::store::Store> store_;
//   };
//   INSTANTIATE_TEST_SUITE_P(Engines, LedgerTest,
//                            ::testing::ValuesIn(shanhai::testdb::TestEngines()),
//                            shanhai::testdb::EngineParamName);

#ifndef SHANHAI_TESTS_STORE_TEST_DATABASES_H_
#define SHANHAI_TESTS_STORE_TEST_DATABASES_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace shanhai::testdb {

// Every engine a suite is instantiated for: "sqlite", "postgresql". An engine that
// cannot run here is still listed; SHANHAI_REQUIRE_TEST_ENGINE decides what happens.
std::vector<std::string> TestEngines();

// Why `engine` cannot be tested in this environment, or "" when it can.
std::string EngineUnavailableReason(std::string_view engine);

// True when an unavailable engine fails the test instead of skipping it (CI=true).
bool MissingEngineIsFailure();

// For INSTANTIATE_TEST_SUITE_P: the engine name as the parameter's name.
std::string EngineParamName(const ::testing::TestParamInfo<std::string>& info);

// In SetUp() or a test body: skips the test when `engine` is unavailable, or fails it
// under CI=true.
#define SHANHAI_REQUIRE_TEST_ENGINE(engine)                                            \
  do {                                                                                 \
    const std::string shanhai_reason_ = ::shanhai::testdb::EngineUnavailableReason(engine); \
    if (!shanhai_reason_.empty()) {                                                    \
      if (::shanhai::testdb::MissingEngineIsFailure()) FAIL() << shanhai_reason_;    \
      GTEST_SKIP() << shanhai_reason_;                                                 \
    }                                                                                  \
  } while (0)

// One fresh, empty database, removed (files deleted, or DROP DATABASE … WITH (FORCE))
// when destroyed. Close every Store on it first (PostgreSQL would kill their sessions,
// SQLite would leave open handles on deleted files). Not copyable.
class TestDatabase {
 public:
  // Creates a database of `engine` ("sqlite" or "postgresql"). Errors: kUnavailable when
  // the engine is not configured or the server cannot be reached.
  static Result<std::unique_ptr<TestDatabase>> Create(std::string_view engine);

  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& engine() const { return engine_; }
  // What Store::Open takes: a file path or a postgresql:// URL.
  const std::string& url() const { return url_; }

 private:
  TestDatabase(std::string engine, std::string url, std::string cleanup)
      : engine_(std::move(engine)), url_(std::move(url)), cleanup_(std::move(cleanup)) {}

  std::string engine_;
  std::string url_;
  std::string cleanup_;  // SQLite: the temp directory; PostgreSQL: the database name
};

// Rows of a raw query; a cell is nullopt for SQL NULL.
using RawRows = std::vector<std::vector<std::optional<std::string>>>;

// Runs `sql` on the database at `url` (as given to Store::Open) on a connection of its
// own, bypassing the Store: to inspect a schema or to set up a state the Store API
// cannot produce. Several statements are allowed; the rows of the last one are
// returned, every value as text.
Result<RawRows> RawQuery(const std::string& url, const std::string& sql);

}  // namespace shanhai::testdb

#endif  // SHANHAI_TESTS_STORE_TEST_DATABASES_H_
