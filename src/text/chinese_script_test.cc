#include "text/chinese_script.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace shanhai::text {
namespace {

TEST(ScriptConverterTest, SimplifiedToTaiwanUsesTaiwanCharactersAndWords) {
  auto conv = ScriptConverter::Open(ScriptConversion::kToTraditionalTaiwan);
  ASSERT_TRUE(conv.ok()) << conv.status().message_en();
  EXPECT_EQ((*conv)->Convert("东西部协作台账"), "東西部協作臺賬");
  EXPECT_EQ((*conv)->Convert("劳务协作"), "勞務協作");
  // s2twp rewrites vocabulary, not only characters.
  EXPECT_EQ((*conv)->Convert("数据"), "資料");
}

TEST(ScriptConverterTest, TraditionalToSimplifiedKeepsWordsAndNames) {
  auto conv = ScriptConverter::Open(ScriptConversion::kToSimplified);
  ASSERT_TRUE(conv.ok()) << conv.status().message_en();
  EXPECT_EQ((*conv)->Convert("東西部協作幫扶資金"), "东西部协作帮扶资金");
  // t2s changes characters only: the Taiwan word 資料庫 stays a word-for-word 资料库.
  EXPECT_EQ((*conv)->Convert("臺灣的資料庫"), "台湾的资料库");
}

TEST(ScriptConverterTest, AsciiAndEmptyPassThrough) {
  auto conv = ScriptConverter::Open(ScriptConversion::kToTraditionalTaiwan);
  ASSERT_TRUE(conv.ok());
  EXPECT_EQ((*conv)->Convert(""), "");
  EXPECT_EQ((*conv)->Convert("fund_fiscal_aid 2024"), "fund_fiscal_aid 2024");
}

TEST(ScriptConverterTest, SharedAcrossThreadsGivesTheSameAnswers) {
  auto conv = ScriptConverter::Open(ScriptConversion::kToTraditionalTaiwan);
  ASSERT_TRUE(conv.ok());
  const ScriptConverter& c = **conv;
  const std::vector<std::string> inputs = {"财政援助资金", "帮助农村劳动力就业", "消费帮扶", "结对关系"};
  std::vector<std::string> expected;
  for (const auto& s : inputs) expected.push_back(c.Convert(s));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        size_t k = static_cast<size_t>(i + t) % inputs.size();
        // A suffix makes some strings new, so both the cache and OpenCC are exercised.
        std::string in = inputs[k] + (i % 7 == 0 ? std::to_string(i) : "");
        std::string out = c.Convert(in);
        if (i % 7 != 0 && out != expected[k]) ++mismatches[static_cast<size_t>(t)];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace shanhai::text
