#include <gtest/gtest.h>

#include "base/date.h"
#include "base/money.h"
#include "base/result.h"

namespace shanhai {
namespace {

TEST(DateTest, ParsesIsoAndRejectsEverythingElse) {
  auto d = Date::Parse("2024-02-29");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->year(), 2024);
  EXPECT_EQ(d->month(), 2);
  EXPECT_EQ(d->day(), 29);
  EXPECT_EQ(d->ToString(), "2024-02-29");
  for (const char* bad : {"2023-02-29", "2024-2-29", "2024/02/29", "20240229", "2024-13-01", "2024-00-10",
                          "2024-01-32", "", "abcd-ef-gh", "1899-12-31", "2024-01-01T00:00"}) {
    Result<Date> r = Date::Parse(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
      EXPECT_NE(r.status().message_zh().find("YYYY-MM-DD"), std::string::npos);
    }
  }
}

TEST(DateTest, DaysRoundTripAndMonthArithmetic) {
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).ToDays(), 0);
  EXPECT_EQ(Date::FromYmd(2000, 3, 1).ToDays(), 11017);
  for (int64_t days : {-1000, 0, 11016, 19783, 40000}) EXPECT_EQ(Date::FromDays(days).ToDays(), days);
  EXPECT_EQ(Date::FromYmd(2023, 1, 31).AddMonths(1).ToString(), "2023-02-28");
  EXPECT_EQ(Date::FromYmd(2024, 1, 31).AddMonths(1).ToString(), "2024-02-29");
  EXPECT_EQ(Date::FromYmd(2023, 11, 15).AddMonths(3).ToString(), "2024-02-15");
  EXPECT_LT(Date::FromYmd(2023, 12, 31), Date::FromYmd(2024, 1, 1));
}

TEST(MoneyTest, ParsesYuanIntoFenExactly) {
  EXPECT_EQ(*ParseYuanToFen("1234.56"), 123456);
  EXPECT_EQ(*ParseYuanToFen("1,234.5"), 123450);
  EXPECT_EQ(*ParseYuanToFen(" 0.01 "), 1);
  EXPECT_EQ(*ParseYuanToFen("-3"), -300);
  EXPECT_EQ(*ParseYuanToFen("147000000"), 14700000000);
  for (const char* bad : {"", "1.234", "1e5", "abc", ".5", "5.", "1.2.3", ",100", "12 34", "99999999999999999999"})
    EXPECT_FALSE(ParseYuanToFen(bad).ok()) << bad;
}

// Found by fuzz/money_fuzzer: the yuan part was bounded, so .99 could go past 9e15 fen.
TEST(MoneyTest, BoundIsOnFenIncludingTheDecimals) {
  EXPECT_EQ(*ParseYuanToFen("90000000000000"), 9'000'000'000'000'000);
  EXPECT_EQ(*ParseYuanToFen("-90000000000000.00"), -9'000'000'000'000'000);
  EXPECT_FALSE(ParseYuanToFen("90000000000000.99").ok());
  EXPECT_FALSE(ParseYuanToFen("-90000000000000.01").ok());
}

TEST(MoneyTest, FormatsFenAsYuan) {
  EXPECT_EQ(FormatFenAsYuan(123456), "1234.56");
  EXPECT_EQ(FormatFenAsYuan(5), "0.05");
  EXPECT_EQ(FormatFenAsYuan(-150), "-1.50");
  EXPECT_EQ(FormatFenAsYuan(0), "0.00");
  EXPECT_EQ(*ParseYuanToFen(FormatFenAsYuan(9'000'000'000'000'00)), 9'000'000'000'000'00);
}

TEST(StatusTest, CarriesBothLanguagesAndFields) {
  Status s = Status::InvalidArgument("bad", "错误", {{"amount_fen", "negative", "为负", 7}});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  ASSERT_EQ(s.fields().size(), 1u);
  EXPECT_EQ(s.fields()[0].row, 7);
  EXPECT_NE(s.ToString().find("line 7"), std::string::npos);
  EXPECT_EQ(s.WithPrefix("x: ", "甲：").message_zh(), "甲：错误");
  Result<int> r = s;
  EXPECT_FALSE(r.ok());
  Result<int> v = 3;
  EXPECT_EQ(*v, 3);
}

}  // namespace
}  // namespace shanhai
