#include "ingest/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace shanhai::ingest {
namespace {

using Cells = std::vector<std::string>;

std::vector<TableRow> MustRead(std::string_view text) {
  Result<std::vector<TableRow>> rows = ReadCsv(text);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  return rows.ok() ? *rows : std::vector<TableRow>{};
}

// The error of reading `text`, which must fail with kInvalidArgument.
Status MustFail(std::string_view text) {
  Result<std::vector<TableRow>> rows = ReadCsv(text);
  EXPECT_FALSE(rows.ok());
  if (rows.ok()) return Status::Ok();
  EXPECT_EQ(rows.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(rows.status().message_zh().empty());
  return rows.status();
}

int64_t ErrorLine(const Status& s) { return s.fields().empty() ? -1 : s.fields().front().row; }

TEST(CsvReaderTest, ReadsPlainRowsWithLineNumbers) {
  auto rows = MustRead("a,b,c\n1,2,3\n4,5,6\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells, (Cells{"a", "b", "c"}));
  EXPECT_EQ(rows[1].cells, (Cells{"1", "2", "3"}));
  EXPECT_EQ(rows[2].cells, (Cells{"4", "5", "6"}));
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[2].line, 3);
}

TEST(CsvReaderTest, QuotedFieldsWithCommasAndDoubledQuotes) {
  auto rows = MustRead("name,note\n\"Li, Wei\",\"she said \"\"hi\"\"\"\n\"\",x\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].cells, (Cells{"Li, Wei", "she said \"hi\""}));
  EXPECT_EQ(rows[2].cells, (Cells{"", "x"}));
}

TEST(CsvReaderTest, EmbeddedNewlinesKeepPhysicalLineNumbers) {
  // Row 2 spans lines 2–4; the next row starts on line 5.
  auto rows = MustRead("a,b\n\"one\ntwo\nthree\",x\nnext,y\n\"p\r\nq\",z\r\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].cells[0], "one\ntwo\nthree");
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[2].cells, (Cells{"next", "y"}));
  EXPECT_EQ(rows[2].line, 5);
  EXPECT_EQ(rows[3].cells[0], "p\r\nq");
  EXPECT_EQ(rows[3].line, 6);
}

TEST(CsvReaderTest, Utf8ByteOrderMarkIsDropped) {
  auto rows = MustRead("\xEF\xBB\xBF名称,金额（元）\n杭州市,12.50\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells, (Cells{"名称", "金额（元）"}));
  EXPECT_EQ(rows[1].cells, (Cells{"杭州市", "12.50"}));
}

TEST(CsvReaderTest, CrlfAndLfAndNoFinalLineBreak) {
  auto rows = MustRead("a,b\r\n1,2\r\n3,4");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].cells, (Cells{"1", "2"}));
  EXPECT_EQ(rows[2].cells, (Cells{"3", "4"}));
  EXPECT_EQ(rows[2].line, 3);
}

TEST(CsvReaderTest, EmptyLinesAreSkippedButCounted) {
  auto rows = MustRead("a,b\n\n1,2\r\n\r\n3,4\n\n\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[2].line, 5);
}

TEST(CsvReaderTest, EmptyFieldsAndTrailingComma) {
  auto rows = MustRead("a,b,c\n,,\n1,,\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].cells, (Cells{"", "", ""}));
  EXPECT_EQ(rows[2].cells, (Cells{"1", "", ""}));
  // A trailing comma at the very end of the input is one more empty field.
  auto last = MustRead("a,b\n1,");
  ASSERT_EQ(last.size(), 2u);
  EXPECT_EQ(last[1].cells, (Cells{"1", ""}));
}

TEST(CsvReaderTest, EmptyInputHasNoRows) {
  EXPECT_TRUE(MustRead("").empty());
  EXPECT_TRUE(MustRead("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(MustRead("\n\r\n").empty());
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheLineWhereItOpened) {
  Status s = MustFail("a,b\n1,2\n3,\"never\nclosed\n");
  EXPECT_EQ(ErrorLine(s), 3);
  EXPECT_NE(s.message_en().find("line 3"), std::string::npos) << s.message_en();
  EXPECT_NE(s.message_zh().find("第 3 行"), std::string::npos) << s.message_zh();
}

TEST(CsvReaderTest, QuoteInsideUnquotedFieldIsAnError) {
  Status s = MustFail("a,b\n1,2\n3,ab\"c\n");
  EXPECT_EQ(ErrorLine(s), 3);
}

TEST(CsvReaderTest, TextAfterClosingQuoteIsAnError) {
  Status s = MustFail("a,b\n\"x\ny\"z,1\n");
  // The field opened on line 2 and closed on line 3, where the stray text is.
  EXPECT_EQ(ErrorLine(s), 3);
}

TEST(CsvReaderTest, WrongFieldCountNamesTheRowsFirstLine) {
  Status fewer = MustFail("a,b,c\n1,2,3\n4,5\n");
  EXPECT_EQ(ErrorLine(fewer), 3);
  EXPECT_NE(fewer.message_en().find("expected 3"), std::string::npos) << fewer.message_en();
  Status more = MustFail("a,b\n\"multi\nline\",2,3\n");
  EXPECT_EQ(ErrorLine(more), 2);
}

TEST(CsvReaderTest, InvalidUtf8NamesTheLine) {
  // "杭州" in GBK is BA BC D6 DD: not UTF-8.
  Status s = MustFail("a,b\n1,2\n3,\xBA\xBC\xD6\xDD\n");
  EXPECT_EQ(ErrorLine(s), 3);
  EXPECT_NE(s.message_en().find("UTF-8"), std::string::npos);
  // Overlong encodings and surrogates are refused too.
  EXPECT_EQ(ErrorLine(MustFail("a\n\xC0\xAF\n")), 2);
  EXPECT_EQ(ErrorLine(MustFail("a\n\xED\xA0\x80\n")), 2);
  EXPECT_EQ(ErrorLine(MustFail("a\nok\n\xE6\x9D\n")), 3);  // truncated sequence
}

TEST(CsvReaderTest, Utf16AndNulAreRefused) {
  EXPECT_EQ(ErrorLine(MustFail("\xFF\xFE" "a")), 1);
  Status nul = MustFail(std::string_view("a,b\nx,\0y\n", 9));
  EXPECT_EQ(ErrorLine(nul), 2);
}

}  // namespace
}  // namespace shanhai::ingest
