// base/money.h
//
// Money in shanhai is an integer number of fen (分, 1/100 yuan) held in int64_t: no
// floating point ever touches an amount. These functions convert between fen and the
// decimal yuan text that people type into files ("1234.5", "1,234.56", "-0.01").

#ifndef SHANHAI_BASE_MONEY_H_
#define SHANHAI_BASE_MONEY_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace shanhai {

// Parses decimal yuan with at most two decimals, an optional sign, optional thousands
// commas, and surrounding spaces. "12.345", "1e5", "" and values beyond ±9e15 fen are
// kInvalidArgument. Chinese magnitudes (1.47亿) are text/'s job, not this function's.
Result<int64_t> ParseYuanToFen(std::string_view text);

// Formats fen as yuan with exactly two decimals and no grouping: 123456 → "1234.56".
std::string FormatFenAsYuan(int64_t fen);

}  // namespace shanhai

#endif  // SHANHAI_BASE_MONEY_H_
