#include "report/number_format.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace shanhai::report::internal {

bool IsYuanUnit(std::string_view unit) { return unit == "元" || unit.starts_with("元/"); }

std::string DisplayUnit(std::string_view unit) {
  if (IsYuanUnit(unit)) return "万" + std::string(unit);
  return std::string(unit);
}

double DisplayScale(std::string_view unit) { return IsYuanUnit(unit) ? 1e-4 : 1.0; }

std::string GroupedNumber(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string text = buf;
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);  // no "-0.00"
  const size_t sign = text.front() == '-' ? 1 : 0;
  size_t end = text.find('.');
  if (end == std::string::npos) end = text.size();
  for (size_t i = end; i > sign + 3; i -= 3) text.insert(i - 3, ",");
  return text;
}

std::string FormatValue(std::optional<double> v, std::string_view unit) {
  if (!v || !std::isfinite(*v)) return std::string(kNone);
  const double shown = *v * DisplayScale(unit);
  if (IsYuanUnit(unit)) return GroupedNumber(shown, 2);
  if (unit == "%") return GroupedNumber(shown, 1);
  if (std::fabs(shown - std::round(shown)) < 1e-9) return GroupedNumber(std::round(shown), 0);
  std::string text = GroupedNumber(shown, 2);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string FormatQuantity(std::optional<double> v, std::string_view unit) {
  if (!v) return std::string(kNone);
  return FormatValue(v, unit) + DisplayUnit(unit);
}

std::string FormatPercent(std::optional<double> pct) {
  if (!pct || !std::isfinite(*pct)) return std::string(kNone);
  return GroupedNumber(*pct, 1) + "%";
}

namespace {
std::string Signed(const std::string& text) {
  if (text.empty() || text.front() == '-') return text;
  if (text.find_first_not_of("0.,") == std::string::npos) return text;  // zero
  return "+" + text;
}
}  // namespace

std::string FormatChange(const ReportRow& row) {
  if (!row.actual || !row.last_year) return std::string(kNone);
  if (row.unit == "%") return Signed(GroupedNumber(*row.change, 1)) + "个百分点";
  if (*row.actual == *row.last_year) return *row.actual == 0 ? std::string(kNone) : "持平";
  if (*row.last_year == 0) return "新增";
  if (row.change_pct) return Signed(GroupedNumber(*row.change_pct, 1)) + "%";
  return std::string(kNone);
}

std::string FormatTarget(const std::optional<Target>& target, std::string_view unit) {
  if (!target) return std::string(kNone);
  if (target->is_range()) return FormatValue(target->min, unit) + "–" + FormatValue(target->max, unit);
  return FormatValue(target->value, unit);
}

std::string FormatReported(const ReportedFigure& f) {
  const std::string unit = DisplayUnit(f.unit);
  const std::string value = FormatValue(f.value, f.unit);
  if (f.qualifier == "range" && f.value_max) return value + "–" + FormatValue(f.value_max, f.unit) + unit;
  if (f.qualifier == "at_least") return "不少于" + value + unit;
  if (f.qualifier == "about") return "约" + value + unit;
  if (f.qualifier == "at_most") return "不超过" + value + unit;
  return value + unit;
}

std::string FormatDifference(const ReportedFigure& f) {
  if (!f.difference) return f.not_compared_zh;
  std::string text = Signed(FormatValue(*f.difference, f.unit)) + DisplayUnit(f.unit);
  if (f.difference_pct) text += "（" + Signed(GroupedNumber(*f.difference_pct, 1)) + "%）";
  return text;
}

std::string_view StandingZh(RangeStanding standing) {
  switch (standing) {
    case RangeStanding::kBelow:
      return "低于区间";
    case RangeStanding::kWithin:
      return "区间内";
    case RangeStanding::kAbove:
      return "高于区间";
    case RangeStanding::kNone:
      break;
  }
  return "";
}

std::string FormatCompletion(std::optional<double> pct, RangeStanding standing) {
  std::string text = FormatPercent(pct);
  if (pct && standing != RangeStanding::kNone) text += "（" + std::string(StandingZh(standing)) + "）";
  return text;
}

std::string RowLabel(const ReportRow& row) {
  if (!row.variant || row.variant_zh.empty()) return row.name_zh;
  return "· " + row.variant_zh;
}

std::string PadRight(std::string_view text, int width) {
  std::string out(text);
  for (int w = DisplayWidth(text); w < width; ++w) out += ' ';
  return out;
}

std::string PadLeft(std::string_view text, int width) {
  std::string out;
  for (int w = DisplayWidth(text); w < width; ++w) out += ' ';
  return out + std::string(text);
}

}  // namespace shanhai::report::internal
