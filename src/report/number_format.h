// report/number_format.h (internal to report/)
//
// Numbers as Chinese reports print them, shared by the text and HTML renderers (the
// XLSX renderer writes numbers and leaves the grouping to Excel's formats):
//  - amounts in 元 are shown in 万元 with two decimals and thousands separators:
//    161500000 元 → "16,150.00" + "万元" (also 元/县 → 万元/县 and the like);
//  - rates (unit "%") with one decimal: "87.5%";
//  - counts with thousands separators: "13,138"; other fractions with up to two
//    decimals: "79.6".
// An absent value is shown as "—".

#ifndef SHANHAI_REPORT_NUMBER_FORMAT_H_
#define SHANHAI_REPORT_NUMBER_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/display_width.h"

#include "report/annual_report.h"

namespace shanhai::report::internal {

inline constexpr std::string_view kNone = "—";

// True when `unit` is an amount of money in yuan ("元", "元/县", "元/户"…).
bool IsYuanUnit(std::string_view unit);
// The unit values are shown in: "万元" for "元", "万元/县" for "元/县", else `unit`.
std::string DisplayUnit(std::string_view unit);
// The factor from the catalog's unit to DisplayUnit (1e-4 for yuan, else 1).
double DisplayScale(std::string_view unit);

// `v` with `decimals` decimals and thousands separators: 16150 → "16,150.00".
std::string GroupedNumber(double v, int decimals);
// The number part of `v` in `unit`, as shown (see the file comment).
std::string FormatValue(std::optional<double> v, std::string_view unit);
// The number with its display unit: "16,150.00万元", "13,138人", "87.5%".
std::string FormatQuantity(std::optional<double> v, std::string_view unit);
// A percentage with one decimal: "107.7%" ("—" when absent).
std::string FormatPercent(std::optional<double> pct);
// The change on last year: "+12.3%", "-4.0%", "+1.2个百分点" for rates, "新增" when last
// year had nothing, "持平" when equal, "—" when unknown.
std::string FormatChange(const ReportRow& row);
// The target as shown: "15,000.00" or "10–12" (number part only, in display units).
std::string FormatTarget(const std::optional<Target>& target, std::string_view unit);
// A published figure with its qualifier: "16,150.00万元", "1,800.00万余元", "约400人",
// "10–12个".
std::string FormatReported(const ReportedFigure& f);
// The difference of a compared figure: "+1,234.00万元（+7.6%）", or why it was not compared.
std::string FormatDifference(const ReportedFigure& f);
// The completion cell: "107.7%", and for a range target "107.7%（区间内）".
std::string FormatCompletion(std::optional<double> pct, RangeStanding standing);
// "区间内" / "低于区间" / "高于区间" / "".
std::string_view StandingZh(RangeStanding standing);
// A row's label: the indicator's name, or for a variant "· " + its variant label.
std::string RowLabel(const ReportRow& row);

// `text` padded with spaces to `width` cells, on the right (or on the left).
std::string PadRight(std::string_view text, int width);
std::string PadLeft(std::string_view text, int width);

}  // namespace shanhai::report::internal

#endif  // SHANHAI_REPORT_NUMBER_FORMAT_H_
