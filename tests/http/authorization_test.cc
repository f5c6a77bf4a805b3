// The authorization matrix: every route of the API's route table × every role × a row
// inside and a row outside the caller's data scope. Generated from the table itself, so
// a route added without an access policy fails here (and is refused to everyone).
//
// The requests go straight to the router (no sockets): the access layer, the handlers
// and the ledger's guard are the code under test.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "api/access.h"
#include "api/api.h"
#include "auth/accounts.h"
#include "indicators/indexer.h"
#include "ledger/ledger.h"
#include "model/record_type.h"
#include "store/store.h"
#include "tests/store/test_databases.h"

namespace shanhai {
namespace {

using nlohmann::json;

struct User {
  std::string name;
  auth::Role role;
  auth::DataScope scope;
  std::string unit;
  int64_t pairing = 0;
  std::string sector;
  std::string token;
};

class AuthorizationTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    SHANHAI_REQUIRE_TEST_ENGINE(GetParam());
    auto db = testdb::TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(*db);
    auto store = store::Store::Open(db_->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    auto catalog = indicators::Catalog::LoadDefault();
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    indexer_ = std::make_unique<indicators::Indexer>(*catalog);
    ledger_ = std::make_unique<ledger::Ledger>(*store_, indexer_.get());
    api::ApiOptions options;
    options.catalog = *catalog;
    options.accounts = std::make_shared<auth::Accounts>(*store_);
    accounts_ = options.accounts;
    router_ = api::MakeApiRouter(*ledger_, options);

    const ledger::Actor system;
    auto make = [&](std::string_view type, json body) -> int64_t {
      auto row = ledger_->Create(*model::FindType(type), body, system);
      EXPECT_TRUE(row.ok()) << type << ": " << row.status().ToString();
      return row.ok() ? row->id() : 0;
    };
    for (json unit : {json{{"code", "350000"}, {"name", "福建省"}, {"level", "province"}, {"side", "east"}},
                      json{{"code", "350200"}, {"name", "厦门市"}, {"level", "city"}, {"parent_code", "350000"}, {"side", "east"}},
                      json{{"code", "640000"}, {"name", "宁夏回族自治区"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "640400"}, {"name", "固原市"}, {"level", "city"}, {"parent_code", "640000"}, {"side", "west"}},
                      json{{"code", "640424"}, {"name", "泾源县"}, {"level", "county"}, {"parent_code", "640400"}, {"side", "west"}},
                      json{{"code", "620000"}, {"name", "甘肃省"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "622900"}, {"name", "临夏回族自治州"}, {"level", "city"}, {"parent_code", "620000"}, {"side", "west"}}})
      make("admin_units", unit);
    inside_pairing_ = make("pairings", {{"name", "厦门—泾源"}, {"level", "county"}, {"east_unit", "350200"},
                                        {"west_unit", "640424"}, {"start_date", "2021-01-01"}});
    outside_pairing_ = make("pairings", {{"name", "厦门—临夏"}, {"level", "city"}, {"east_unit", "350200"},
                                         {"west_unit", "622900"}, {"start_date", "2017-01-01"}});
    inside_row_ = make("fund_transfers", Transfer(inside_pairing_));
    outside_row_ = make("fund_transfers", Transfer(outside_pairing_));

    users_ = {{"admin", auth::Role::kNationalAdmin, auth::DataScope::kAll, "", 0, "", ""},
              {"supervisor", auth::Role::kProvincialSupervisor, auth::DataScope::kUnit, "640000", 0, "", ""},
              {"guyuan", auth::Role::kWestOffice, auth::DataScope::kUnit, "640400", 0, "", ""},
              {"xiamen", auth::Role::kEastOffice, auth::DataScope::kPairing, "", inside_pairing_, "", ""},
              {"renshe", auth::Role::kSectorEditor, auth::DataScope::kUnit, "640400", 0, "labour", ""},
              {"viewer", auth::Role::kViewer, auth::DataScope::kAll, "", 0, "", ""}};
    for (User& u : users_) {
      auth::NewUser n;
      n.username = u.name;
      n.password = "Matrix-pass-2026";
      n.role = u.role;
      n.scope = u.scope;
      n.unit_code = u.unit;
      if (u.pairing) n.pairing_id = u.pairing;
      n.sector = u.sector;
      auto id = accounts_->AddUser(n, auth::Principal{}, auth::Origin{});
      ASSERT_TRUE(id.ok()) << id.status().ToString();
      auto token = accounts_->IssueApiToken(*id, "matrix", 1);
      ASSERT_TRUE(token.ok());
      u.token = token->token;
    }
  }

  static json Transfer(int64_t pairing) {
    return {{"pairing_id", pairing}, {"date", "2023-06-30"}, {"source_kind", "fiscal"}, {"stage", "received"},
            {"amount_fen", 100000}};
  }

  http::Response Send(const std::string& method, const std::string& target, const std::string& body,
                      const std::string& token) {
    http::Request rq;
    rq.method = method;
    auto q = target.find('?');
    rq.path = target.substr(0, q);
    if (q != std::string::npos) {
      std::string rest = target.substr(q + 1);
      for (size_t pos = 0; pos < rest.size();) {
        size_t amp = rest.find('&', pos);
        if (amp == std::string::npos) amp = rest.size();
        std::string kv = rest.substr(pos, amp - pos);
        size_t eq = kv.find('=');
        rq.query[kv.substr(0, eq)] = eq == std::string::npos ? "" : kv.substr(eq + 1);
        pos = amp + 1;
      }
    }
    rq.body = body;
    rq.remote_address = "127.0.0.1";
    rq.headers["content-type"] = "application/json";
    if (!token.empty()) rq.headers["authorization"] = "Bearer " + token;
    return router_->Handle(rq);
  }

  // A concrete request for a route: the record routes on fund transfers (the row named
  // by `row`), the figure routes for `pairing`.
  std::string Target(const api::Route& route, int64_t row, int64_t pairing) {
    std::string t = std::regex_replace(route.pattern, std::regex("\\{type\\}"), "fund_transfers");
    t = std::regex_replace(t, std::regex("\\{id\\}"), std::to_string(row));
    if (t == "/api/v1/indicators/values") t += "?year=2023&pairing=" + std::to_string(pairing);
    if (t == "/api/v1/indicators/series") t += "?code=fund_fiscal_aid&from=2022&to=2023&pairing=" + std::to_string(pairing);
    if (t == "/api/v1/indicators/ranking") t += "?code=fund_fiscal_aid&year=2023";
    if (t == "/api/v1/reports/annual") t += "?year=2023&pairing=" + std::to_string(pairing) + "&format=json";
    if (t == "/api/v1/changes") t += "?pairing=" + std::to_string(pairing);
    if (t.ends_with("/export")) t += "?format=json";
    if (t.ends_with("/import")) t += "?format=json";
    return t;
  }
  std::string Body(const api::Route& route, int64_t pairing) {
    if (route.pattern == "/api/v1/auth/login") return json{{"username", "admin"}, {"password", "Matrix-pass-2026"}}.dump();
    if (route.pattern == "/api/v1/auth/tokens") return json{{"name", "t"}, {"days", 1}}.dump();
    if (route.pattern.ends_with("/import")) return json::array({Transfer(pairing)}).dump();
    if (route.method == "POST" || route.method == "PUT" || route.method == "PATCH") return Transfer(pairing).dump();
    return "";
  }

  std::unique_ptr<testdb::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<indicators::Indexer> indexer_;
  std::unique_ptr<ledger::Ledger> ledger_;
  std::shared_ptr<auth::Accounts> accounts_;
  std::unique_ptr<api::Router> router_;
  std::vector<User> users_;
  int64_t inside_pairing_ = 0, outside_pairing_ = 0, inside_row_ = 0, outside_row_ = 0;
};

TEST_P(AuthorizationTest, EveryRouteHasAnAccessPolicy) {
  ASSERT_GT(router_->routes().size(), 15u);
  for (const api::Route& r : router_->routes())
    EXPECT_NE(api::AccessOf(r).kind, api::Access::Kind::kUnknown) << r.method << " " << r.pattern;
}

TEST_P(AuthorizationTest, NothingButThePublicRoutesAnswersWithoutSigningIn) {
  for (const api::Route& r : router_->routes()) {
    http::Response res = Send(r.method, Target(r, inside_row_, inside_pairing_), Body(r, inside_pairing_), "");
    if (api::AccessOf(r).kind == api::Access::Kind::kPublic) {
      EXPECT_NE(res.status, 401) << r.method << " " << r.pattern;
    } else {
      EXPECT_EQ(res.status, 401) << r.method << " " << r.pattern << ": " << res.body;
    }
    // A forged token is no better than none.
    if (api::AccessOf(r).kind != api::Access::Kind::kPublic) {
      EXPECT_EQ(Send(r.method, Target(r, inside_row_, inside_pairing_), Body(r, inside_pairing_), "sht_forged").status,
                401)
          << r.pattern;
    }
  }
}

TEST_P(AuthorizationTest, RolesAndScopesOverTheWholeRouteTable) {
  for (const User& u : users_) {
    for (const api::Route& r : router_->routes()) {
      const api::Access access = api::AccessOf(r);
      if (access.kind == api::Access::Kind::kPublic || r.pattern.starts_with("/api/v1/auth/")) continue;
      std::optional<auth::Permission> needed;
      if (access.kind == api::Access::Kind::kPermission) needed = access.permission;
      if (access.kind == api::Access::Kind::kRecordWrite) needed = api::WritePermissionFor("fund_transfers");
      const bool allowed = !needed || auth::Allows(u.role, *needed);
      const bool sector_ok = u.role != auth::Role::kSectorEditor || auth::SectorCovers(u.sector, "fund_transfers");
      const std::string what = u.name + " " + r.method + " " + r.pattern;
      // Users who see everything would change the shared rows for the users after them;
      // their writes are api_test's subject. Their refusals still count.
      if (u.scope == auth::DataScope::kAll && r.method != "GET" && allowed) continue;

      // Outside the data scope (the 临夏 pairing for everyone but the national users).
      http::Response out = Send(r.method, Target(r, outside_row_, outside_pairing_), Body(r, outside_pairing_), u.token);
      if (!allowed) {
        EXPECT_EQ(out.status, 403) << what << ": " << out.body;
        continue;
      }
      if (u.scope != auth::DataScope::kAll) {
        // Never a success that shows or changes the other pairing's rows.
        EXPECT_TRUE(out.status == 403 || out.status == 404 || out.status == 400 ||
                    (out.status == 200 && r.method == "GET"))
            << what << " → " << out.status << ": " << out.body;
        if (out.status == 200) {
          EXPECT_EQ(out.body.find("\"pairing_id\":" + std::to_string(outside_pairing_) + ","), std::string::npos)
              << what << " leaks a row of pairing " << outside_pairing_ << ": " << out.body.substr(0, 400);
        }
        if (r.pattern == "/api/v1/{type}/{id}") {
          EXPECT_EQ(out.status, 404) << what << " (an id outside the scope looks like a missing one)";
        }
      } else if (r.method == "GET") {
        EXPECT_EQ(out.status, 200) << what << ": " << out.body;
      }
      (void)sector_ok;
    }
  }
}

TEST_P(AuthorizationTest, ScopedWritesStayInsideTheScope) {
  const User& guyuan = users_[2];
  const User& labour = users_[4];
  // Inside: 泾源 (under 固原) is the western office's own.
  EXPECT_EQ(Send("POST", "/api/v1/fund_transfers", Transfer(inside_pairing_).dump(), guyuan.token).status, 201);
  // Outside: 临夏 is not; nothing is written.
  http::Response denied = Send("POST", "/api/v1/fund_transfers", Transfer(outside_pairing_).dump(), guyuan.token);
  EXPECT_EQ(denied.status, 403) << denied.body;
  // Moving an own row out of the scope is refused too.
  http::Response moved = Send("PATCH", "/api/v1/fund_transfers/" + std::to_string(inside_row_),
                              json{{"pairing_id", outside_pairing_}}.dump(), guyuan.token);
  EXPECT_EQ(moved.status, 403) << moved.body;
  // A labour editor writes labour records only.
  EXPECT_EQ(Send("POST", "/api/v1/fund_transfers", Transfer(inside_pairing_).dump(), labour.token).status, 403);
  // An import with one row outside the scope writes nothing.
  json rows = json::array({Transfer(inside_pairing_), Transfer(outside_pairing_)});
  http::Response import = Send("POST", "/api/v1/fund_transfers/import?format=json", rows.dump(), guyuan.token);
  EXPECT_EQ(import.status, 400) << import.body;
  // The audit log has the writes that happened, with who did them.
  int64_t audited = -1;
  ASSERT_TRUE(store_->Read([&](store::Txn& txn) {
    store::ListQuery q;
    q.type = model::FindSystemType("audit_log");
    q.equals.emplace_back("username", model::Value{std::string("guyuan")});
    q.limit = 0;
    auto page = txn.List(q);
    if (!page.ok()) return page.status();
    audited = page->total;
    return Status::Ok();
  }).ok());
  EXPECT_EQ(audited, 1);
}

TEST_P(AuthorizationTest, SessionsNeedTheCsrfToken) {
  http::Request login;
  login.method = "POST";
  login.path = "/api/v1/auth/login";
  login.body = json{{"username", "admin"}, {"password", "Matrix-pass-2026"}}.dump();
  login.remote_address = "127.0.0.1";
  http::Response r = router_->Handle(login);
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string cookie = r.headers["Set-Cookie"];
  ASSERT_NE(cookie.find("HttpOnly"), std::string::npos);
  ASSERT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  const std::string session = cookie.substr(0, cookie.find(';'));
  const std::string csrf = json::parse(r.body)["csrf_token"].get<std::string>();

  http::Request write;
  write.method = "POST";
  write.path = "/api/v1/fund_transfers";
  write.body = Transfer(inside_pairing_).dump();
  write.remote_address = "127.0.0.1";
  write.headers["content-type"] = "application/json";
  write.headers["cookie"] = session;
  EXPECT_EQ(router_->Handle(write).status, 403);  // no token
  write.headers["x-csrf-token"] = csrf + "x";
  EXPECT_EQ(router_->Handle(write).status, 403);  // wrong token
  write.headers["x-csrf-token"] = csrf;
  EXPECT_EQ(router_->Handle(write).status, 201);

  http::Request read;
  read.method = "GET";
  read.path = "/api/v1/auth/me";
  read.headers["cookie"] = session;
  http::Response me = router_->Handle(read);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(json::parse(me.body)["user"]["username"], "admin");
  EXPECT_EQ(json::parse(me.body)["csrf_token"], csrf);

  // Token requests with the wrong JSON shapes are refused as bad input, not as a crash.
  http::Request token;
  token.method = "POST";
  token.path = "/api/v1/auth/tokens";
  token.headers["cookie"] = session;
  token.headers["x-csrf-token"] = csrf;
  for (const json& bad : {json{{"name", 42}}, json{{"days", "ten"}}, json{{"days", 1e12}}, json{{"days", 0}}}) {
    token.body = bad.dump();
    EXPECT_EQ(router_->Handle(token).status, 400) << token.body;
  }
  token.body = json{{"name", "nightly"}, {"days", 7}}.dump();
  EXPECT_EQ(router_->Handle(token).status, 201);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuthorizationTest, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

}  // namespace
}  // namespace shanhai
