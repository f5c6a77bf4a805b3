#include "api/record_routes.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "store/store.h"

namespace shanhai::api {
namespace {

using nlohmann::json;

class RecordRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "record_routes_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    auto opened = store::Store::Open((dir_ / "t.db").string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(*opened);
    ledger_ = std::make_unique<ledger::Ledger>(*store_);
    AddRecordRoutes(router_, *ledger_);
    auto unit = ledger_->Create(*model::FindType("admin_units"),
                                {{"code", "640000"}, {"name", "宁夏回族自治区"}, {"level", "province"}, {"side", "west"}},
                                {});
    ASSERT_TRUE(unit.ok()) << unit.status().ToString();
    unit_id_ = unit->id();
  }
  void TearDown() override {
    ledger_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  http::Response Send(const std::string& method, const std::string& path, std::string body) {
    http::Request rq;
    rq.method = method;
    rq.path = path;
    rq.headers["content-type"] = "application/json";
    rq.body = std::move(body);
    return router_.Handle(rq);
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<ledger::Ledger> ledger_;
  Router router_;
  int64_t unit_id_ = 0;
};

// A body nested 200,000 deep used to overflow the stack when PUT copied it, ending the
// server; now every writing route refuses it before building it.
TEST_F(RecordRoutesTest, DeeplyNestedBodiesAreRefused) {
  const std::string deep = "{\"name\":" + std::string(200'000, '[') + std::string(200'000, ']') + "}";
  const std::string path = "/api/v1/admin_units/" + std::to_string(unit_id_);
  for (const auto& [method, target] : {std::pair{"PUT", path}, {"PATCH", path}, {"POST", "/api/v1/admin_units"}}) {
    http::Response r = Send(method, target, deep);
    EXPECT_EQ(r.status, 400) << method;
    EXPECT_NE(r.body.find("nested more than 64 levels"), std::string::npos) << method << ": " << r.body;
  }
  // Up to the limit a body is read as before (here: a wrong type for the field).
  const std::string nested = "{\"name\":" + std::string(60, '[') + std::string(60, ']') + "}";
  http::Response r = Send("PUT", path, nested);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("expected text"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace shanhai::api
