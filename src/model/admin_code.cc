#include "model/admin_code.h"

#include <algorithm>

namespace shanhai::model {

bool IsWellFormedUnitCode(std::string_view code) {
  if (code.size() != 6 && code.size() != 9 && code.size() != 12) return false;
  if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  int province = (code[0] - '0') * 10 + (code[1] - '0');
  auto in = [&](int lo, int hi) { return province >= lo && province <= hi; };
  return in(11, 15) || in(21, 23) || in(31, 37) || in(41, 46) || in(50, 54) || in(61, 65) ||
         province == 71 || province == 81 || province == 82;
}

std::string_view LevelOfCode(std::string_view code) {
  if (code.size() == 12) return "village";
  if (code.size() == 9) return "township";
  if (code.size() != 6) return {};
  if (code.substr(2) == "0000") return "province";
  if (code.substr(4) == "00") return "city";
  return "county";
}

std::string_view SignificantPrefix(std::string_view code) {
  std::string_view level = LevelOfCode(code);
  if (level == "province") return code.substr(0, 2);
  if (level == "city") return code.substr(0, 4);
  return code;
}

std::string CountyPart(std::string_view code) { return std::string(code.substr(0, 6)); }

bool IsWithin(std::string_view code, std::string_view ancestor) {
  std::string_view prefix = SignificantPrefix(ancestor);
  return !prefix.empty() && code.substr(0, prefix.size()) == prefix;
}

}  // namespace shanhai::model
