// report/render.h
//
// The annual report (report/annual_report.h) in four forms. All put the same content on
// the page: a title block (title, scope, year, when generated), then one section per
// catalog group with a line per indicator — 指标, 单位, 完成数, 任务数, 完成率, 上年, 同比,
// 累计, 公开报道数 with the difference (flagged above 5 %) — then the 任务数/完成数 view and
// the published figures with their quotes. Amounts in 元 are shown in 万元 with two
// decimals (16,150.00万元), counts with thousands separators, rates with one decimal.
//
// Thread-safety: pure functions of the report; RenderXlsx writes only `path`.

#ifndef SHANHAI_REPORT_RENDER_H_
#define SHANHAI_REPORT_RENDER_H_

#include <nlohmann/json.hpp>
#include <string>

#include "base/status.h"
#include "report/annual_report.h"

namespace shanhai::report {

// Plain text for a terminal (UTF-8, columns aligned with CJK characters counted two
// cells wide), opening with a 数说 summary per group in the manner of a published
// report's 【数据】 section.
std::string RenderText(const AnnualReport& report);

// The report as data: every value as a number in the catalog's unit (元, not 万元),
// absent values as null. Shape: {"title", "title_en", "scope": {"kind", "pairing_id" |
// "unit_code", "name", "sub_pairings"}, "year", "generated_at", "groups": [{"code",
// "zh", "en", "rows": [{"code", "name", "unit", "variant_of", "depth", "actual",
// "last_year", "change", "change_pct", "cumulative", "target": {"value"} | {"min",
// "max"} | null, "completion_pct", "range_standing", "reported": [{…, "difference",
// "difference_pct", "flagged"}]}]}], "tasks": […]}.
nlohmann::json RenderJson(const AnnualReport& report);

// A self-contained HTML page (no external resources) that prints on A4 landscape: one
// table per group, reported figures as numbered footnotes with their quotes (and as
// tooltips), flagged differences highlighted.
std::string RenderHtml(const AnnualReport& report);

// Writes an .xlsx workbook to `path` (created or replaced) with libxlsxwriter: sheet
// 年度报告 (title block, frozen header, group header rows, units column, number
// formats, A4 landscape, one page wide, header rows repeated, page numbers in the
// footer), sheet 任务完成情况 (the 任务数/完成数 view) and sheet 公开报道数 (the
// published figures with quotes and sources). Errors: kUnavailable when the file cannot
// be written; kInternal when libxlsxwriter fails otherwise.
Status RenderXlsx(const AnnualReport& report, const std::string& path);

}  // namespace shanhai::report

#endif  // SHANHAI_REPORT_RENDER_H_
