// Accounts on every storage engine: users, sign-in with lock-out and throttling, console
// sessions and API tokens, the login log, and the append-only logs.

#include "auth/accounts.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ledger/ledger.h"
#include "model/record_type.h"
#include "store/store.h"
#include "tests/store/test_databases.h"

namespace shanhai {
namespace {

using auth::Accounts;
using auth::DataScope;
using auth::NewUser;
using auth::Origin;
using auth::Principal;
using auth::Role;
using nlohmann::json;

const model::RecordType& Sys(std::string_view name) { return *model::FindSystemType(name); }

class AccountsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
    auto db = testdb::TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
    auto store = store::Store::Open(db_->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    ledger::Ledger ledger(*store_);
    const ledger::Actor system;
    for (json unit : {json{{"code", "350000"}, {"name", "福建省"}, {"level", "province"}, {"side", "east"}},
                      json{{"code", "350200"}, {"name", "厦门市"}, {"level", "city"}, {"parent_code", "350000"}, {"side", "east"}},
                      json{{"code", "640000"}, {"name", "宁夏回族自治区"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "640400"}, {"name", "固原市"}, {"level", "city"}, {"parent_code", "640000"}, {"side", "west"}},
                      json{{"code", "640424"}, {"name", "泾源县"}, {"level", "county"}, {"parent_code", "640400"}, {"side", "west"}},
                      json{{"code", "620000"}, {"name", "甘肃省"}, {"level", "province"}, {"side", "west"}}})
    {
      auto made = ledger.Create(*model::FindType("admin_units"), unit, system);
      ASSERT_TRUE(made.ok()) << made.status().ToString();
    }
    auto parent = ledger.Create(*model::FindType("pairings"),
                                json{{"name", "厦门—固原"}, {"level", "city"}, {"programme", "east_west"},
                                     {"east_unit", "350200"}, {"west_unit", "640400"}, {"start_date", "2016-01-01"}},
                                system);
    ASSERT_TRUE(parent.ok()) << parent.status().ToString();
    parent_id_ = parent->id();
    auto child = ledger.Create(*model::FindType("pairings"),
                               json{{"name", "厦门—泾源"}, {"level", "county"}, {"programme", "east_west"},
                                    {"east_unit", "350200"}, {"west_unit", "640424"}, {"start_date", "2016-01-01"},
                                    {"parent_id", parent_id_}},
                               system);
    ASSERT_TRUE(child.ok()) << child.status().ToString();
    child_id_ = child->id();
    accounts_ = std::make_unique<Accounts>(*store_, auth::AccountsOptions{3, 5, 900, 3600});
  }

  int64_t Add(std::string name, Role role, DataScope scope, std::string unit = {}, std::optional<int64_t> pairing = {}) {
    NewUser u;
    u.username = std::move(name);
    u.password = "Jingyuan-2024";
    u.role = role;
    u.scope = scope;
    u.unit_code = std::move(unit);
    u.pairing_id = pairing;
    auto id = accounts_->AddUser(u, Principal{}, Origin{"127.0.0.1", "test"});
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  int64_t Count(std::string_view type, std::string field = {}, std::string value = {}) {
    int64_t n = -1;
    EXPECT_TRUE(store_->Read([&](store::Txn& txn) {
      store::ListQuery q;
      q.type = &Sys(type);
      q.limit = 0;
      if (!field.empty()) q.equals.emplace_back(field, value);
      auto page = txn.List(q);
      if (!page.ok()) return page.status();
      n = page->total;
      return Status::Ok();
    }).ok());
    return n;
  }

  std::unique_ptr<testdb::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Accounts> accounts_;
  int64_t parent_id_ = 0, child_id_ = 0;
};

TEST_P(AccountsTest, FirstUserSignsInAndTheSessionResolves) {
  auto none = accounts_->HasUsers();
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(*none);
  int64_t id = Add("admin", Role::kNationalAdmin, DataScope::kAll);
  EXPECT_TRUE(*accounts_->HasUsers());

  auto s = accounts_->Login("admin", "Jingyuan-2024", Origin{"10.0.0.1", "ua"});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->principal.user_id, id);
  EXPECT_EQ(s->principal.role, Role::kNationalAdmin);
  EXPECT_FALSE(s->principal.csrf_token.empty());
  auto r = accounts_->Resolve(s->token);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->principal.username, "admin");
  EXPECT_EQ(r->principal.via, "session");
  EXPECT_EQ(r->principal.csrf_token, s->principal.csrf_token);

  // Only the digest is stored.
  EXPECT_EQ(Count("api_tokens", "digest", s->token), 0);
  EXPECT_EQ(Count("login_log", "outcome", "ok"), 1);
  EXPECT_EQ(Count("audit_log", "action", "user_add"), 1);

  ASSERT_TRUE(accounts_->Logout(s->token, Origin{"10.0.0.1", "ua"}).ok());
  EXPECT_EQ(accounts_->Resolve(s->token).status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(Count("login_log", "outcome", "logout"), 1);
}

TEST_P(AccountsTest, BadAccountsAreRefusedWithTheirFields) {
  NewUser u;
  u.username = "9bad name";
  u.password = "short";
  u.role = Role::kSectorEditor;
  u.scope = DataScope::kUnit;
  auto r = accounts_->AddUser(u, Principal{}, Origin{});
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  std::set<std::string> fields;
  for (const auto& f : r.status().fields()) fields.insert(f.field);
  EXPECT_EQ(fields, (std::set<std::string>{"username", "password", "unit_code", "sector"}));
  EXPECT_EQ(Count("users"), 0);

  Add("wang", Role::kViewer, DataScope::kAll);
  NewUser again;
  again.username = "wang";
  again.password = "Another-pass-1";
  again.scope = DataScope::kAll;
  EXPECT_EQ(accounts_->AddUser(again, Principal{}, Origin{}).status().code(), StatusCode::kAlreadyExists);
  NewUser nowhere;
  nowhere.username = "zhao";
  nowhere.password = "Another-pass-1";
  nowhere.scope = DataScope::kUnit;
  nowhere.unit_code = "999999";
  EXPECT_EQ(accounts_->AddUser(nowhere, Principal{}, Origin{}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Count("users"), 1);
}

TEST_P(AccountsTest, WrongPasswordsLockTheAccountWithOneMessage) {
  Add("lihua", Role::kWestOffice, DataScope::kUnit, "640424");
  auto unknown = accounts_->Login("nobody", "whatever-123", Origin{"10.0.0.2", ""});
  auto wrong = accounts_->Login("lihua", "wrong-password-1", Origin{"10.0.0.2", ""});
  ASSERT_EQ(unknown.status().code(), StatusCode::kUnauthenticated);
  ASSERT_EQ(wrong.status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(unknown.status().message_en(), wrong.status().message_en());  // no user enumeration
  accounts_->Login("lihua", "wrong-password-2", Origin{"10.0.0.3", ""}).status();
  accounts_->Login("lihua", "wrong-password-3", Origin{"10.0.0.4", ""}).status();
  // Three failures in a row: locked, even with the right password.
  auto locked = accounts_->Login("lihua", "Jingyuan-2024", Origin{"10.0.0.5", ""});
  EXPECT_EQ(locked.status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(Count("login_log", "outcome", "locked_out"), 1);
  EXPECT_EQ(Count("login_log", "outcome", "bad_password"), 3);
  EXPECT_EQ(Count("login_log", "outcome", "unknown_user"), 1);
}

TEST_P(AccountsTest, OneAddressIsThrottled) {
  Add("lihua", Role::kWestOffice, DataScope::kAll);
  for (int i = 0; i < 5; ++i) accounts_->Login("nobody" + std::to_string(i), "x-123456789", Origin{"10.9.9.9", ""}).status();
  // Right password, but from an address that failed too often.
  EXPECT_EQ(accounts_->Login("lihua", "Jingyuan-2024", Origin{"10.9.9.9", ""}).status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(Count("login_log", "outcome", "throttled"), 1);
  EXPECT_TRUE(accounts_->Login("lihua", "Jingyuan-2024", Origin{"10.1.1.1", ""}).ok());
}

TEST_P(AccountsTest, ScopesResolveAgainstThePairingGraph) {
  int64_t unit = Add("guyuan", Role::kWestOffice, DataScope::kUnit, "640400");
  int64_t pairing = Add("xiamen", Role::kEastOffice, DataScope::kPairing, {}, parent_id_);
  int64_t child = Add("jingyuan", Role::kEastOffice, DataScope::kPairing, {}, child_id_);
  EXPECT_EQ(accounts_->PrincipalOf(unit)->pairings, (std::set<int64_t>{parent_id_, child_id_}));
  EXPECT_EQ(accounts_->PrincipalOf(pairing)->pairings, (std::set<int64_t>{parent_id_, child_id_}));
  EXPECT_EQ(accounts_->PrincipalOf(child)->pairings, (std::set<int64_t>{child_id_}));
  int64_t gansu = Add("gansu", Role::kWestOffice, DataScope::kUnit, "620000");
  EXPECT_TRUE(accounts_->PrincipalOf(gansu)->pairings.empty());
}

TEST_P(AccountsTest, ApiTokensAndDisabledUsers) {
  int64_t id = Add("script", Role::kViewer, DataScope::kAll);
  auto t = accounts_->IssueApiToken(id, "nightly export", 30);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->token.rfind("sht_", 0), 0u);
  auto r = accounts_->Resolve(t->token);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->principal.via, "api");
  EXPECT_TRUE(r->principal.csrf_token.empty());
  EXPECT_EQ(accounts_->IssueApiToken(id, "x", 0).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(accounts_->Resolve("sht_forged").status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(accounts_->Resolve("").status().code(), StatusCode::kUnauthenticated);

  // Disabling the user ends its tokens.
  ASSERT_TRUE(store_->Write([&](store::Txn& txn) {
    auto u = txn.Get(Sys("users"), id);
    if (!u.ok()) return u.status();
    model::Record row = std::move(**u);
    row.Set("disabled", true);
    return txn.Update(row);
  }).ok());
  EXPECT_EQ(accounts_->Resolve(t->token).status().code(), StatusCode::kUnauthenticated);
}

TEST_P(AccountsTest, LogsAreAppendOnly) {
  Add("admin", Role::kNationalAdmin, DataScope::kAll);
  ASSERT_TRUE(accounts_->Login("admin", "Jingyuan-2024", Origin{}).ok());
  for (std::string_view type : {"audit_log", "login_log"}) {
    const int64_t before = Count(type);
    ASSERT_GT(before, 0) << type;
    Status del = store_->Write([&](store::Txn& txn) { return txn.Delete(Sys(type), 1); });
    EXPECT_FALSE(del.ok()) << type;
    Status upd = store_->Write([&](store::Txn& txn) -> Status {
      auto row = txn.Get(Sys(type), 1);
      if (!row.ok()) return row.status();
      if (!row->has_value()) return Status::NotFound("row 1", "row 1");
      model::Record r = std::move(**row);
      r.Set("username", std::string("someone else"));
      return txn.Update(r);
    });
    EXPECT_FALSE(upd.ok()) << type;
    EXPECT_EQ(Count(type), before) << type;
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, AccountsTest, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

}  // namespace
}  // namespace shanhai
