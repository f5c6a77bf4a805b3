#include "base/money.h"

#include <cstdio>

namespace shanhai {

Result<int64_t> ParseYuanToFen(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument(
        "not an amount in yuan with at most two decimals: '" + std::string(text) + "'",
        "金额应为以元为单位、最多两位小数的数字：'" + std::string(text) + "'");
  };
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return bad();
  constexpr int64_t kMax = 9'000'000'000'000'000;
  int64_t yuan = 0;
  size_t i = 0;
  int digits = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    char c = text[i];
    if (c == ',') {
      if (digits == 0) return bad();
      continue;
    }
    if (c < '0' || c > '9') return bad();
    yuan = yuan * 10 + (c - '0');
    ++digits;
    if (yuan > kMax / 100) return bad();
  }
  if (digits == 0) return bad();
  int64_t fen = 0;
  if (i < text.size()) {
    ++i;  // '.'
    int decimals = 0;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c < '0' || c > '9' || decimals == 2) return bad();
      fen = fen * 10 + (c - '0');
      ++decimals;
    }
    if (decimals == 0) return bad();
    if (decimals == 1) fen *= 10;
  }
  int64_t total = yuan * 100 + fen;
  // The yuan check above lets 90000000000000.99 through: the bound is on fen.
  if (total > kMax) return bad();
  return negative ? -total : total;
}

std::string FormatFenAsYuan(int64_t fen) {
  char buf[32];
  const bool negative = fen < 0;
  // Negating INT64_MIN would overflow; amounts are bounded far below it by parsing.
  uint64_t v = negative ? static_cast<uint64_t>(-(fen + 1)) + 1 : static_cast<uint64_t>(fen);
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "",
                static_cast<unsigned long long>(v / 100), static_cast<unsigned long long>(v % 100));
  return buf;
}

}  // namespace shanhai
