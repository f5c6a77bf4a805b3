#include "api/traditional_labels.h"

#include <gtest/gtest.h>

namespace shanhai::api {
namespace {

using nlohmann::json;

class TraditionalLabelsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = text::ScriptConverter::Open(text::ScriptConversion::kToTraditionalTaiwan);
    ASSERT_TRUE(c.ok()) << c.status().message_en();
    converter_ = std::move(*c);
  }
  std::unique_ptr<text::ScriptConverter> converter_;
};

TEST_F(TraditionalLabelsTest, LabelsGetTwinsDataDoesNot) {
  json doc = json::parse(R"({
    "types": [{"name": "projects", "zh": "项目", "en": "Projects",
               "fields": [{"name": "amount_fen", "zh": "资金", "en": "Amount",
                           "choices": [{"code": "paid", "zh": "已拨付", "en": "Paid"}]}]}],
    "rows": [{"name": "财政援助资金", "name_en": "Fiscal aid", "unit": "元"}],
    "scope": {"name": "厦门市—临夏州", "kind_zh": "结对关系"}
  })");
  AddTraditionalLabels(doc, *converter_);
  EXPECT_EQ(doc["types"][0]["zh_tw"], "專案");
  EXPECT_EQ(doc["types"][0]["fields"][0]["zh_tw"], "資金");
  EXPECT_EQ(doc["types"][0]["fields"][0]["choices"][0]["zh_tw"], "已撥付");
  EXPECT_EQ(doc["rows"][0]["name_zh_tw"], "財政援助資金");
  // Data values without an English twin stay as they are, and get no twin.
  EXPECT_EQ(doc["types"][0]["name"], "projects");
  EXPECT_FALSE(doc["rows"][0].contains("unit_zh_tw"));
  EXPECT_FALSE(doc["scope"].contains("name_zh_tw"));
  EXPECT_EQ(doc["scope"]["name"], "厦门市—临夏州");
}

TEST_F(TraditionalLabelsTest, WrappedHandlerLeavesErrorsAndOtherContentAlone) {
  std::shared_ptr<const text::ScriptConverter> shared = std::move(converter_);
  auto ok = WithTraditionalLabels(
      [](const http::Request&, const PathParams&) { return http::Response::Json(200, R"({"zh":"劳务协作","en":"Labour"})"); },
      shared);
  auto err = WithTraditionalLabels(
      [](const http::Request&, const PathParams&) { return http::Response::Json(400, R"({"zh":"劳务"})"); }, shared);
  auto html = WithTraditionalLabels(
      [](const http::Request&, const PathParams&) {
        http::Response r;
        r.content_type = "text/html; charset=utf-8";
        r.body = "<p>劳务</p>";
        return r;
      },
      shared);
  http::Request rq;
  EXPECT_EQ(json::parse(ok(rq, {}).body)["zh_tw"], "勞務協作");
  EXPECT_EQ(err(rq, {}).body, R"({"zh":"劳务"})");
  EXPECT_EQ(html(rq, {}).body, "<p>劳务</p>");
}

}  // namespace
}  // namespace shanhai::api
