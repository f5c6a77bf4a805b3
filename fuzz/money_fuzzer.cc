// fuzz/money_fuzzer.cc
//
// Amounts as people type them (base/money.h): ParseYuanToFen on arbitrary text, and
// FormatFenAsYuan on arbitrary int64 values (INT64_MIN included).
//
// Properties: a parsed amount stays within the documented ±9e15 fen; formatting it and
// parsing the text again gives the same fen; formatting any int64 is defined behaviour.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/money.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using shanhai::fuzz::Require;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto fen = shanhai::ParseYuanToFen(text);
  if (fen.ok()) {
    constexpr int64_t kMax = 9'000'000'000'000'000;
    Require(*fen <= kMax && *fen >= -kMax, "ParseYuanToFen returned an amount beyond ±9e15 fen");
    const std::string formatted = shanhai::FormatFenAsYuan(*fen);
    auto again = shanhai::ParseYuanToFen(formatted);
    Require(again.ok() && *again == *fen, "FormatFenAsYuan's text does not parse back to the same fen");
  }
  if (size >= sizeof(int64_t)) {
    int64_t any;
    std::memcpy(&any, data, sizeof any);
    const std::string s = shanhai::FormatFenAsYuan(any);
    Require(s.size() >= 4 && s[s.size() - 3] == '.', "FormatFenAsYuan lost its two decimals");
  }
  return 0;
}
