// The JSON API over a real HTTP server on loopback, on every storage engine: the
// resource conventions, the OpenAPI document, and the bad-input matrix, in which every
// case must get a clear 4xx with the error envelope and write nothing.

#include <cctype>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "auth/accounts.h"
#include "http/server.h"
#include "indicators/indexer.h"
#include "ledger/ledger.h"
#include "model/record_type.h"
#include "tests/http/http_client.h"
#include "tests/store/test_databases.h"

namespace shanhai {
namespace {

using nlohmann::json;
using testhttp::HttpReply;

constexpr size_t kBodyLimit = 64 * 1024;

class ApiTest : public ::testing::TestWithParam<std::string> {
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
    api::ApiOptions api_options;
    api_options.catalog = *catalog;
    router_ = api::MakeApiRouter(*ledger_, api_options);
    http::ServerOptions options;
    options.port = 0;
    options.max_body_bytes = kBodyLimit;
    api::Router* r = router_.get();
    auto server = http::Server::Start(options, [r](const http::Request& rq) { return r->Handle(rq); });
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(*server);

    // Every request of these tests is made by a national administrator's API token;
    // tests/http/authorization_test.cc covers the other roles and the refusals.
    auth::Accounts accounts(*store_);
    auth::NewUser admin;
    admin.username = "admin";
    admin.password = "Test-admin-2026";
    admin.role = auth::Role::kNationalAdmin;
    admin.scope = auth::DataScope::kAll;
    auto admin_id = accounts.AddUser(admin, auth::Principal{}, auth::Origin{});
    ASSERT_TRUE(admin_id.ok()) << admin_id.status().ToString();
    auto token = accounts.IssueApiToken(*admin_id, "tests", 1);
    ASSERT_TRUE(token.ok()) << token.status().ToString();
    auth_header_ = "Bearer " + token->token;

    for (json unit : {json{{"code", "350000"}, {"name", "福建省"}, {"level", "province"}, {"side", "east"}},
                      json{{"code", "350200"}, {"name", "厦门市"}, {"level", "city"}, {"parent_code", "350000"}, {"side", "east"}},
                      json{{"code", "640000"}, {"name", "宁夏回族自治区"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "640400"}, {"name", "固原市"}, {"level", "city"}, {"parent_code", "640000"}, {"side", "west"}},
                      json{{"code", "640424"}, {"name", "泾源县"}, {"level", "county"}, {"parent_code", "640400"}, {"side", "west"}},
                      json{{"code", "620000"}, {"name", "甘肃省"}, {"level", "province"}, {"side", "west"}},
                      json{{"code", "622900"}, {"name", "临夏回族自治州"}, {"level", "city"}, {"parent_code", "620000"}, {"side", "west"}}})
      ASSERT_EQ(Call("POST", "/api/v1/admin_units", unit.dump()).status, 201);
    ASSERT_EQ(Call("POST", "/api/v1/pairings",
                   json{{"id", 1}, {"level", "county"}, {"east_unit", "350200"}, {"west_unit", "640424"}, {"start_date", "2021-01-01"}}.dump())
                  .status,
              201);
    ASSERT_EQ(Call("POST", "/api/v1/pairings",
                   json{{"id", 2}, {"level", "city"}, {"east_unit", "350200"}, {"west_unit", "622900"},
                        {"start_date", "2017-01-01"}, {"end_date", "2021-12-31"}}.dump())
                  .status,
              201);
  }
  void TearDown() override {
    if (server_) server_->Stop();
    server_.reset();
    router_.reset();
    ledger_.reset();
    indexer_.reset();
    store_.reset();
    db_.reset();
  }

  HttpReply Call(const std::string& method, const std::string& target, const std::string& body = "",
                 const std::string& content_type = "application/json") {
    auto reply = testhttp::HttpRequest(server_->port(), method, target, body, content_type,
                                       {{"Authorization", auth_header_}});
    EXPECT_TRUE(reply.ok()) << reply.status().ToString();
    return reply.ok() ? *reply : HttpReply{};
  }
  json CallJson(const std::string& method, const std::string& target, const std::string& body = "") {
    HttpReply r = Call(method, target, body);
    return json::parse(r.body, nullptr, false);
  }
  int64_t Total(const std::string& type) { return CallJson("GET", "/api/v1/" + type + "?page_size=1")["total"].get<int64_t>(); }

  static json Transfer() {
    return {{"pairing_id", 1}, {"date", "2023-06-30"}, {"source_kind", "fiscal"}, {"stage", "received"}, {"amount_fen", 8600000000}};
  }

  std::unique_ptr<testdb::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<indicators::Indexer> indexer_;
  std::unique_ptr<ledger::Ledger> ledger_;
  std::unique_ptr<api::Router> router_;
  std::unique_ptr<http::Server> server_;
  std::string auth_header_;
};

TEST_P(ApiTest, HealthReportsEngineAndSchema) {
  HttpReply r = Call("GET", "/api/v1/health");
  ASSERT_EQ(r.status, 200);
  json j = json::parse(r.body);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["engine"], GetParam());
  EXPECT_GE(j["schema_version"].get<int>(), 1);
}

TEST_P(ApiTest, CreateGetListPatchReplaceDelete) {
  HttpReply created = Call("POST", "/api/v1/fund_transfers", Transfer().dump());
  ASSERT_EQ(created.status, 201) << created.body;
  json row = json::parse(created.body);
  int64_t id = row["id"].get<int64_t>();
  EXPECT_EQ(created.headers["location"], "/api/v1/fund_transfers/" + std::to_string(id));
  EXPECT_EQ(row["west_code"], "640424");
  EXPECT_EQ(row["amount_fen"], 8600000000);

  json got = CallJson("GET", "/api/v1/fund_transfers/" + std::to_string(id));
  EXPECT_EQ(got, row);

  for (int i = 0; i < 4; ++i) {
    json t = Transfer();
    t["date"] = "2024-0" + std::to_string(i + 1) + "-15";
    t["amount_fen"] = 100 * (i + 1);
    ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", t.dump()).status, 201);
  }
  json page = CallJson("GET", "/api/v1/fund_transfers?year=2024&sort=-amount_fen&page=2&page_size=3");
  EXPECT_EQ(page["total"], 4);
  ASSERT_EQ(page["items"].size(), 1u);
  EXPECT_EQ(page["items"][0]["amount_fen"], 100);
  EXPECT_EQ(CallJson("GET", "/api/v1/fund_transfers?unit=640000")["total"], 5);
  EXPECT_EQ(CallJson("GET", "/api/v1/fund_transfers?unit=622900")["total"], 0);
  EXPECT_EQ(CallJson("GET", "/api/v1/fund_transfers?pairing=1&stage=received&amount_fen=200")["total"], 1);
  EXPECT_EQ(CallJson("GET", "/api/v1/pairings?unit=350200")["total"], 2);

  HttpReply patched = Call("PATCH", "/api/v1/fund_transfers/" + std::to_string(id), R"({"payer":"厦门市财政局"})");
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(json::parse(patched.body)["payer"], "厦门市财政局");
  EXPECT_EQ(json::parse(patched.body)["amount_fen"], 8600000000);

  json replacement = Transfer();
  replacement["amount_fen"] = 5;
  HttpReply replaced = Call("PUT", "/api/v1/fund_transfers/" + std::to_string(id), replacement.dump());
  ASSERT_EQ(replaced.status, 200) << replaced.body;
  EXPECT_FALSE(json::parse(replaced.body).contains("payer")) << "PUT clears what it leaves out";

  EXPECT_EQ(Call("DELETE", "/api/v1/fund_transfers/" + std::to_string(id)).status, 204);
  EXPECT_EQ(Call("GET", "/api/v1/fund_transfers/" + std::to_string(id)).status, 404);
}

TEST_P(ApiTest, EveryTypeHasAWorkingListEndpoint) {
  for (const model::RecordType& t : model::AllTypes()) {
    HttpReply r = Call("GET", "/api/v1/" + std::string(t.name));
    ASSERT_EQ(r.status, 200) << t.name << ": " << r.body;
    json j = json::parse(r.body);
    EXPECT_TRUE(j["items"].is_array());
    EXPECT_TRUE(j.contains("total"));
  }
}

TEST_P(ApiTest, OpenApiDescribesEveryTypeAndRoute) {
  HttpReply r = Call("GET", "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  json doc = json::parse(r.body);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  for (const model::RecordType& t : model::AllTypes()) {
    std::string base = "/api/v1/" + std::string(t.name);
    ASSERT_TRUE(doc["paths"].contains(base)) << base;
    EXPECT_TRUE(doc["paths"][base].contains("get"));
    EXPECT_TRUE(doc["paths"][base].contains("post"));
    for (const char* m : {"get", "put", "patch", "delete"}) EXPECT_TRUE(doc["paths"][base + "/{id}"].contains(m)) << base << m;
    const json& schema = doc["components"]["schemas"][std::string(t.name)];
    EXPECT_EQ(schema["properties"].size(), t.fields.size() + (t.id_hash_field.empty() ? 0 : 1));
  }
  EXPECT_TRUE(doc["paths"].contains("/api/v1/health"));
  EXPECT_EQ(doc["components"]["schemas"]["fund_transfers"]["properties"]["amount_fen"]["x-unit"], "fen");
}

struct BadCase {
  std::string name;
  std::string method;
  std::string target;
  std::string body;
  std::string content_type = "application/json";
  int status;
  std::string code;
  std::string field;  // expected in error.fields, or ""
};

TEST_P(ApiTest, BadInputGetsAClearErrorAndWritesNothing) {
  ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", Transfer().dump()).status, 201);
  const std::string one = "/api/v1/fund_transfers/1";
  auto with = [](json base, const std::string& key, json value) {
    base[key] = std::move(value);
    return base.dump();
  };
  json ended = Transfer();
  ended["pairing_id"] = 2;
  json spell = {{"pairing_id", 1}, {"title", "考察"}, {"date", "2023-05-02"}, {"end_date", "2023-05-01"},
                {"direction", "e2w"}, {"lead_level", "top_leader"}, {"visit_type", "survey"}};
  std::vector<BadCase> cases = {
      {"malformed JSON", "POST", "/api/v1/fund_transfers", R"({"amount_fen": 12,)", "application/json", 400, "invalid_argument", ""},
      {"not an object", "POST", "/api/v1/fund_transfers", "[1,2]", "application/json", 400, "invalid_argument", ""},
      {"wrong type", "POST", "/api/v1/fund_transfers", with(Transfer(), "amount_fen", "86亿"), "application/json", 400, "invalid_argument", "amount_fen"},
      {"fractional fen", "POST", "/api/v1/fund_transfers", with(Transfer(), "amount_fen", 1.5), "application/json", 400, "invalid_argument", "amount_fen"},
      {"unknown field", "POST", "/api/v1/fund_transfers", with(Transfer(), "colour", "red"), "application/json", 400, "invalid_argument", "colour"},
      {"system field", "POST", "/api/v1/fund_transfers", with(Transfer(), "west_code", "640424"), "application/json", 400, "invalid_argument", "west_code"},
      {"negative money", "POST", "/api/v1/fund_transfers", with(Transfer(), "amount_fen", -1), "application/json", 400, "invalid_argument", "amount_fen"},
      {"bad date", "POST", "/api/v1/fund_transfers", with(Transfer(), "date", "2023-02-30"), "application/json", 400, "invalid_argument", "date"},
      {"bad enum", "POST", "/api/v1/fund_transfers", with(Transfer(), "stage", "paid"), "application/json", 400, "invalid_argument", "stage"},
      {"missing required", "POST", "/api/v1/fund_transfers", json{{"pairing_id", 1}}.dump(), "application/json", 400, "invalid_argument", "date"},
      {"end before start", "POST", "/api/v1/visits", spell.dump(), "application/json", 400, "invalid_argument", "end_date"},
      {"unknown pairing", "POST", "/api/v1/fund_transfers", with(Transfer(), "pairing_id", 404), "application/json", 400, "invalid_argument", "pairing_id"},
      {"ended pairing", "POST", "/api/v1/fund_transfers", ended.dump(), "application/json", 400, "invalid_argument", "date"},
      {"bad unit code", "POST", "/api/v1/fund_transfers", with(Transfer(), "recipient_unit", "6404"), "application/json", 400, "invalid_argument", "recipient_unit"},
      {"no content type", "POST", "/api/v1/fund_transfers", Transfer().dump(), "", 400, "invalid_argument", ""},
      {"text content type", "POST", "/api/v1/fund_transfers", Transfer().dump(), "text/plain", 400, "invalid_argument", ""},
      {"oversized body", "POST", "/api/v1/fund_transfers", with(Transfer(), "note", std::string(kBodyLimit + 10, 'x')), "application/json", 413, "payload_too_large", ""},
      {"unknown type", "POST", "/api/v1/spaceships", Transfer().dump(), "application/json", 404, "not_found", ""},
      {"patch negative", "PATCH", one, R"({"amount_fen": -5})", "application/json", 400, "invalid_argument", "amount_fen"},
      {"patch malformed", "PATCH", one, "{", "application/json", 400, "invalid_argument", ""},
      {"patch id change", "PATCH", one, R"({"id": 7})", "application/json", 400, "invalid_argument", "id"},
      {"put missing required", "PUT", one, R"({"pairing_id": 1})", "application/json", 400, "invalid_argument", "date"},
      {"patch missing row", "PATCH", "/api/v1/fund_transfers/999", R"({"payer":"x"})", "application/json", 404, "not_found", ""},
      {"bad id", "GET", "/api/v1/fund_transfers/abc", "", "", 400, "invalid_argument", "id"},
      {"bad page size", "GET", "/api/v1/fund_transfers?page_size=100000", "", "", 400, "invalid_argument", "page_size"},
      {"unknown query", "GET", "/api/v1/fund_transfers?colour=red", "", "", 400, "invalid_argument", "colour"},
      {"unknown sort", "GET", "/api/v1/fund_transfers?sort=colour", "", "", 400, "invalid_argument", ""},
      {"bad unit filter", "GET", "/api/v1/fund_transfers?unit=xyz", "", "", 400, "invalid_argument", ""},
      {"wrong method", "POST", "/api/v1/health", "{}", "application/json", 405, "method_not_allowed", ""},
      {"unknown path", "GET", "/api/v2/things", "", "", 404, "not_found", ""},
  };
  const json before = CallJson("GET", "/api/v1/fund_transfers?page_size=500");
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.name);
    HttpReply r = Call(c.method, c.target, c.body, c.content_type);
    EXPECT_EQ(r.status, c.status) << r.body;
    json j = json::parse(r.body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.body;
    EXPECT_EQ(j["error"]["code"], c.code);
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty()) << "a Chinese message";
    EXPECT_FALSE(j["error"]["message_en"].get<std::string>().empty()) << "an English message";
    if (!c.field.empty()) {
      bool found = false;
      for (const json& f : j["error"]["fields"]) {
        if (f["field"] == c.field) {
          found = true;
          EXPECT_FALSE(f["message"].get<std::string>().empty());
          EXPECT_FALSE(f["message_en"].get<std::string>().empty());
        }
      }
      EXPECT_TRUE(found) << "fields should name " << c.field << ": " << r.body;
    }
  }
  EXPECT_EQ(CallJson("GET", "/api/v1/fund_transfers?page_size=500"), before) << "nothing written";
  EXPECT_EQ(Total("visits"), 0);
}

// The live-totals promise: a record written through the API changes the indicator in
// the very next request, with no batch step between.
TEST_P(ApiTest, AWriteChangesTheIndicatorInTheNextRequest) {
  auto fiscal = [&](const std::string& scope) {
    json j = CallJson("GET", "/api/v1/indicators/values?codes=fund_fiscal_aid,fund_total_aid&year=2023&" + scope);
    EXPECT_TRUE(j.contains("values")) << j.dump();
    return j.contains("values") ? j["values"][0]["value"].get<double>() : -1.0;
  };
  EXPECT_EQ(fiscal("pairing=1"), 0);
  json t = Transfer();  // 8,600,000,000 fen received, fiscal, 2023-06-30
  HttpReply created = Call("POST", "/api/v1/fund_transfers", t.dump());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(fiscal("pairing=1"), 86000000.0) << "元, live";
  EXPECT_EQ(fiscal("unit=350200"), 86000000.0) << "the eastern city's roll-up";
  EXPECT_EQ(fiscal("unit=640000"), 86000000.0) << "the western province's roll-up";
  EXPECT_EQ(fiscal("unit=622900"), 0) << "another western partner";
  int64_t id = json::parse(created.body)["id"].get<int64_t>();
  ASSERT_EQ(Call("PATCH", "/api/v1/fund_transfers/" + std::to_string(id), R"({"stage":"planned"})").status, 200);
  EXPECT_EQ(fiscal("pairing=1"), 0) << "a planned transfer is not received aid";
  ASSERT_EQ(Call("PATCH", "/api/v1/fund_transfers/" + std::to_string(id), R"({"stage":"received","amount_fen":100})").status, 200);
  EXPECT_EQ(fiscal("pairing=1"), 1.0);
  ASSERT_EQ(Call("DELETE", "/api/v1/fund_transfers/" + std::to_string(id)).status, 204);
  EXPECT_EQ(fiscal("pairing=1"), 0);
}

// The annual report is read from the same live facts: a record created through the API
// is in the report of the very next request.
TEST_P(ApiTest, AnnualReportFollowsWritesAndChecksParameters) {
  auto fiscal_in_report = [&]() -> std::optional<double> {
    json report = CallJson("GET", "/api/v1/reports/annual?pairing=1&year=2023");
    for (const json& group : report["groups"])
      for (const json& row : group["rows"])
        if (row["code"] == "fund_fiscal_aid") return row["actual"].is_null() ? 0.0 : row["actual"].get<double>();
    return std::nullopt;
  };
  ASSERT_EQ(fiscal_in_report(), 0.0);
  ASSERT_EQ(Call("POST", "/api/v1/targets",
                 json{{"pairing_id", 1}, {"year", 2023}, {"indicator_code", "fund_fiscal_aid"}, {"target_value", 172000000}}.dump())
                .status,
            201);
  ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", Transfer().dump()).status, 201);
  EXPECT_EQ(fiscal_in_report(), 86000000.0);
  json report = CallJson("GET", "/api/v1/reports/annual?pairing=1&year=2023");
  bool found = false;
  for (const json& group : report["groups"])
    for (const json& row : group["rows"])
      if (row["code"] == "fund_fiscal_aid") {
        found = true;
        EXPECT_EQ(row["target"]["value"], 172000000.0);
        EXPECT_DOUBLE_EQ(row["completion_pct"].get<double>(), 50.0);
      }
  EXPECT_TRUE(found);
  HttpReply html = Call("GET", "/api/v1/reports/annual?pairing=1&year=2023&format=html");
  EXPECT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("财政援助资金"), std::string::npos);
  HttpReply xlsx = Call("GET", "/api/v1/reports/annual?unit=350200&year=2023&format=xlsx");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK") << "a zip archive";
  EXPECT_EQ(Call("GET", "/api/v1/reports/annual?pairing=1").status, 400) << "year is required";
  EXPECT_EQ(Call("GET", "/api/v1/reports/annual?pairing=99&year=2023").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/reports/annual?pairing=1&year=2023&format=pdf").status, 400);
}

TEST_P(ApiTest, IndicatorEndpointsCheckTheirParameters) {
  EXPECT_EQ(Call("GET", "/api/v1/indicators").status, 200);
  json catalog = CallJson("GET", "/api/v1/indicators");
  EXPECT_GT(catalog["indicators"].size(), 60u);
  EXPECT_EQ(Call("GET", "/api/v1/indicators/values?year=2023&codes=nonsense").status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/indicators/values?codes=fund_fiscal_aid").status, 400) << "year is required";
  EXPECT_EQ(Call("GET", "/api/v1/indicators/values?year=2023&pairing=99").status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/indicators/values?year=2023&unit=999999").status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/indicators/values?year=2023&quarter=5").status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/indicators/values?year=2023&colour=red").status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/indicators/series?code=fund_fiscal_aid&from=2024&to=2020").status, 400);
  json series = CallJson("GET", "/api/v1/indicators/series?code=csm_total&from=2022&to=2023&granularity=quarter");
  EXPECT_EQ(series["points"].size(), 8u);
  json ranking = CallJson("GET", "/api/v1/indicators/ranking?code=fund_fiscal_aid&year=2023");
  EXPECT_TRUE(ranking["ranking"].is_array());
  EXPECT_EQ(Call("GET", "/api/v1/indicators/ranking?code=fund_disbursement_rate&year=2023").status, 400)
      << "derived indicators are not ranked";
}

// Import over HTTP is all or nothing: a file with one bad row names the row and field
// and writes nothing; the corrected file writes every row.
TEST_P(ApiTest, ImportNamesTheBadRowAndWritesNothing) {
  const std::string header = "pairing_id,date,source_kind,stage,amount_yuan\n";
  const std::string good = "1,2023-03-01,fiscal,received,120.50\n1,2023-04-01,fiscal,received,80\n";
  HttpReply bad = Call("POST", "/api/v1/fund_transfers/import", header + good + "1,2023-05-01,fiscal,received,-3\n", "text/csv");
  ASSERT_EQ(bad.status, 400) << bad.body;
  json err = json::parse(bad.body)["error"];
  ASSERT_EQ(err["fields"].size(), 1u) << bad.body;
  EXPECT_EQ(err["fields"][0]["row"], 4);
  EXPECT_EQ(err["fields"][0]["field"], "amount_fen");
  EXPECT_FALSE(err["message"].get<std::string>().empty());
  EXPECT_FALSE(err["message_en"].get<std::string>().empty());
  EXPECT_EQ(Total("fund_transfers"), 0);

  HttpReply ok = Call("POST", "/api/v1/fund_transfers/import?format=csv", header + good, "text/csv");
  ASSERT_EQ(ok.status, 200) << ok.body;
  json summary = json::parse(ok.body);
  EXPECT_EQ(summary["rows_read"], 2);
  EXPECT_EQ(summary["rows_written"], 2);
  EXPECT_EQ(Total("fund_transfers"), 2);
  // Money read in yuan is kept in fen.
  EXPECT_EQ(CallJson("GET", "/api/v1/fund_transfers?sort=date")["items"][0]["amount_fen"], 12050);
}

TEST_P(ApiTest, ImportRefusesEmptyFilesUnknownFormatsAndUnknownTypes) {
  EXPECT_EQ(Call("POST", "/api/v1/fund_transfers/import", "", "text/csv").status, 400);
  EXPECT_EQ(Call("POST", "/api/v1/fund_transfers/import?format=xls", "a,b\n", "text/csv").status, 400);
  EXPECT_EQ(Call("POST", "/api/v1/fund_transfers/import?dry_run=1", "a,b\n", "text/csv").status, 400);
  EXPECT_EQ(Call("POST", "/api/v1/no_such_type/import", "a,b\n", "text/csv").status, 404);
  EXPECT_EQ(Call("POST", "/api/v1/fund_transfers/import", std::string(kBodyLimit + 1, 'x'), "text/csv").status, 413);
  EXPECT_EQ(Total("fund_transfers"), 0);
}

// The export takes the list's filters, names the file, and comes back in as it went out.
TEST_P(ApiTest, ExportAppliesTheFiltersAndReimports) {
  json a = Transfer(), b = Transfer();
  b["date"] = "2022-02-02";
  ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", a.dump()).status, 201);
  ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", b.dump()).status, 201);
  HttpReply csv = Call("GET", "/api/v1/fund_transfers/export?format=csv&year=2023");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.headers["content-type"], "text/csv; charset=utf-8");
  EXPECT_NE(csv.headers["content-disposition"].find("attachment; filename=\"fund_transfers-"), std::string::npos);
  EXPECT_NE(csv.body.find("2023-06-30"), std::string::npos);
  EXPECT_EQ(csv.body.find("2022-02-02"), std::string::npos);

  HttpReply xlsx = Call("GET", "/api/v1/fund_transfers/export?format=xlsx&pairing=1");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");  // a zip archive
  EXPECT_EQ(Call("GET", "/api/v1/fund_transfers/export?format=pdf").status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/fund_transfers/export?colour=red").status, 400);

  ASSERT_EQ(Call("DELETE", "/api/v1/fund_transfers/1").status, 204);
  ASSERT_EQ(Call("DELETE", "/api/v1/fund_transfers/2").status, 204);
  HttpReply back = Call("POST", "/api/v1/fund_transfers/import?format=xlsx", xlsx.body,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(Total("fund_transfers"), 2);
}

// q= searches the text fields, in the list and in the export, and combines with the
// other filters.
TEST_P(ApiTest, FreeTextSearchInListAndExport) {
  auto url_encode = [](const std::string& text) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
      if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
        out += static_cast<char>(c);
      } else {
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
    return out;
  };
  json xiamen = Transfer(), fuzhou = Transfer(), fund = Transfer();
  xiamen["payer"] = "厦门市财政局";
  fuzhou["payer"] = "福州市协作办";
  fuzhou["purpose"] = "覆盖率 100%";
  fuzhou["date"] = "2022-03-01";
  fund["payer"] = "Xiamen_Fund";
  for (const json& t : {xiamen, fuzhou, fund}) ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", t.dump()).status, 201);
  auto payers = [&](const std::string& query) {
    HttpReply r = Call("GET", "/api/v1/fund_transfers?" + query);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    std::vector<std::string> out;
    json j = json::parse(r.body, nullptr, false);
    if (!j.is_object()) return out;
    for (const json& row : j["items"]) out.push_back(row["payer"].get<std::string>());
    return out;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(payers("q=" + url_encode("厦门")), (Names{"厦门市财政局"}));
  EXPECT_EQ(payers("q=" + url_encode("协作")), (Names{"福州市协作办"}));
  EXPECT_EQ(payers("q=" + url_encode("100%")), (Names{"福州市协作办"}));  // in purpose
  EXPECT_EQ(payers("q=" + url_encode("%")), (Names{"福州市协作办"}));
  EXPECT_EQ(payers("q=_"), (Names{"Xiamen_Fund"}));
  EXPECT_EQ(payers("q=XIAMEN"), (Names{"Xiamen_Fund"}));
  EXPECT_EQ(payers("q=" + url_encode("不存在")), (Names{}));
  EXPECT_EQ(payers("q=640424"), (Names{}));  // west_code is a code, not text
  EXPECT_EQ(payers("q=+&sort=id").size(), 3u);  // blank: no filter
  EXPECT_EQ(payers("q=" + url_encode("市") + "&year=2023&sort=id"), (Names{"厦门市财政局"}));
  EXPECT_EQ(payers("q=" + url_encode("市") + "&pairing=1&sort=-date&page_size=1"), (Names{"厦门市财政局"}));
  json counted = CallJson("GET", "/api/v1/fund_transfers?q=" + url_encode("市") + "&page_size=1");
  EXPECT_EQ(counted["total"], 2);  // every match, not the page
  EXPECT_EQ(counted["items"].size(), 1u);
  HttpReply bad = Call("GET", "/api/v1/fund_transfers?q=%FF");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(json::parse(bad.body, nullptr, false)["error"]["code"], "invalid_argument");

  HttpReply csv = Call("GET", "/api/v1/fund_transfers/export?format=csv&q=" + url_encode("厦门"));
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find("厦门市财政局"), std::string::npos);
  EXPECT_EQ(csv.body.find("福州市协作办"), std::string::npos);
  EXPECT_EQ(csv.body.find("Xiamen_Fund"), std::string::npos);
  HttpReply all = Call("GET", "/api/v1/fund_transfers/export?format=json&q=");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(json::parse(all.body).size(), 3u);

  json doc = CallJson("GET", "/api/v1/openapi.json");
  for (const char* path : {"/api/v1/fund_transfers", "/api/v1/fund_transfers/export"}) {
    bool documented = false;
    for (const json& p : doc["paths"][path]["get"]["parameters"])
      if (p["name"] == "q" && p["in"] == "query") documented = true;
    EXPECT_TRUE(documented) << path;
  }
}

TEST_P(ApiTest, ChangesListTheNewestWritesFirst) {
  ASSERT_EQ(Call("POST", "/api/v1/fund_transfers", Transfer().dump()).status, 201);
  ASSERT_EQ(Call("PATCH", "/api/v1/pairings/2", R"({"note":"history"})").status, 200);
  json changes = CallJson("GET", "/api/v1/changes?limit=100");
  ASSERT_TRUE(changes["items"].is_array()) << changes.dump();
  bool saw_transfer = false, saw_pairing_update = false;
  for (const json& c : changes["items"]) {
    if (c["type"] == "fund_transfers" && c["id"] == 1 && c["action"] == "created" && c["pairing_id"] == 1) saw_transfer = true;
    if (c["type"] == "pairings" && c["id"] == 2) saw_pairing_update = true;
  }
  EXPECT_TRUE(saw_transfer) << changes.dump();
  EXPECT_TRUE(saw_pairing_update) << changes.dump();
  for (size_t i = 1; i < changes["items"].size(); ++i)
    EXPECT_GE(changes["items"][i - 1]["at"].get<std::string>(), changes["items"][i]["at"].get<std::string>());
  // A pairing scope keeps only rows placed in it.
  json in_pairing = CallJson("GET", "/api/v1/changes?pairing=1");
  for (const json& c : in_pairing["items"])
    EXPECT_TRUE(c["type"] == "pairings" || c["pairing_id"] == 1) << c.dump();
  EXPECT_EQ(CallJson("GET", "/api/v1/changes?limit=1")["items"].size(), 1u);
  // A unit scope reads only the types that can be placed in a unit.
  HttpReply by_unit = Call("GET", "/api/v1/changes?unit=640000");
  ASSERT_EQ(by_unit.status, 200) << by_unit.body;
  bool saw_unit_transfer = false;
  json unit_items = json::parse(by_unit.body)["items"];
  for (const json& c : unit_items)
    if (c["type"] == "fund_transfers") saw_unit_transfer = true;
  EXPECT_TRUE(saw_unit_transfer) << by_unit.body;
  EXPECT_EQ(Call("GET", "/api/v1/changes?limit=0").status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/changes?pairing=1&unit=640000").status, 400);
}

// Targets name a catalog indicator in its unit, once per pairing and year.
TEST_P(ApiTest, TargetsMustNameACatalogIndicatorOncePerYear) {
  auto target = [](json extra) {
    json t = {{"pairing_id", 1}, {"year", 2023}, {"indicator_code", "fund_fiscal_aid"}, {"target_value", 1000000}};
    if (extra.is_object()) t.update(extra);
    return t.dump();
  };
  HttpReply unknown = Call("POST", "/api/v1/targets", target({{"indicator_code", "no_such_code"}}));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("indicator_code"), std::string::npos) << unknown.body;
  HttpReply wrong_unit = Call("POST", "/api/v1/targets", target({{"unit", "万元"}}));
  EXPECT_EQ(wrong_unit.status, 400) << wrong_unit.body;
  EXPECT_NE(wrong_unit.body.find("\"unit\""), std::string::npos) << wrong_unit.body;
  EXPECT_EQ(Total("targets"), 0);

  HttpReply ok = Call("POST", "/api/v1/targets", target(json::object()));
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(json::parse(ok.body)["unit"], "元");  // filled in from the catalog
  HttpReply twice = Call("POST", "/api/v1/targets", target({{"target_value", 5}}));
  EXPECT_EQ(twice.status, 400) << twice.body;
  EXPECT_NE(json::parse(twice.body)["error"]["message"].get<std::string>().find("已有"), std::string::npos) << twice.body;
  // Changing the one target is fine; another year is another target.
  int64_t id = json::parse(ok.body)["id"].get<int64_t>();
  EXPECT_EQ(Call("PATCH", "/api/v1/targets/" + std::to_string(id), R"({"target_value": 2000000})").status, 200);
  EXPECT_EQ(Call("POST", "/api/v1/targets", target({{"year", 2024}})).status, 201);
  EXPECT_EQ(Total("targets"), 2);
  // Published figures must name a catalog indicator too.
  json figure = {{"pairing_id", 1}, {"source_doc", "报道"}, {"quote", "援助资金1亿元"}, {"indicator_code", "nope"},
                 {"value", 100000000}, {"unit", "元"}, {"period_start", "2023-01-01"}, {"period_end", "2023-12-31"}};
  EXPECT_EQ(Call("POST", "/api/v1/reported_figures", figure.dump()).status, 400);
}

// Labels reach the console in Traditional Chinese too; data values are left alone.
TEST_P(ApiTest, LabelsCarryTraditionalTwins) {
  json types = CallJson("GET", "/api/v1/types");
  const json* transfers = nullptr;
  for (const json& t : types)
    if (t["name"] == "fund_transfers") transfers = &t;
  ASSERT_NE(transfers, nullptr);
  EXPECT_EQ((*transfers)["zh"], "资金拨付");
  EXPECT_EQ((*transfers)["zh_tw"], "資金撥付");
  json catalog = CallJson("GET", "/api/v1/indicators");
  for (const json& ind : catalog["indicators"]) {
    ASSERT_TRUE(ind.contains("zh_tw")) << ind.dump();
    EXPECT_FALSE(ind["zh_tw"].get<std::string>().empty());
  }
  json pairing = CallJson("GET", "/api/v1/pairings/1");
  EXPECT_FALSE(pairing.contains("name_zh_tw"));
}

INSTANTIATE_TEST_SUITE_P(Engines, ApiTest, ::testing::ValuesIn(testdb::TestEngines()), testdb::EngineParamName);

}  // namespace
}  // namespace shanhai
