// The annual report as a printable, self-contained HTML page (report/render.h).

#include <array>
#include <string>

#include "report/number_format.h"
#include "report/render.h"

namespace shanhai::report {
namespace {

using namespace internal;  // NOLINT(google-build-using-namespace): the report's own helpers

constexpr std::array<std::string_view, 10> kNumerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

std::string Numeral(size_t i) { return i < kNumerals.size() ? std::string(kNumerals[i]) : std::to_string(i + 1); }

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

constexpr std::string_view kStyle = R"css(
:root { --ink: #1f2329; --muted: #6b7280; --line: #d0d5dd; --head: #f2f4f7; --group: #e8eef7;
        --flag: #fde8e8; --flag-ink: #b42318; --ok: #067647; --short: #b54708; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; color: var(--ink); background: #fff;
       font: 13px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
             "WenQuanYi Micro Hei", sans-serif; }
header.title { border-bottom: 2px solid var(--ink); padding-bottom: 10px; margin-bottom: 14px; }
h1 { font-size: 22px; margin: 0 0 2px; letter-spacing: 1px; }
.en { color: var(--muted); margin: 0 0 8px; font-size: 12px; }
dl.meta { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
p.legend { color: var(--muted); font-size: 12px; margin: 8px 0 0; }
h2 { font-size: 16px; margin: 18px 0 6px; padding-left: 8px; border-left: 4px solid #2e5c9a; }
section.summary dl { display: grid; grid-template-columns: 7.5em 1fr; gap: 3px 12px; margin: 0; }
section.summary dt { font-weight: 600; }
section.summary dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
table.rows { table-layout: fixed; }
th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.unit { white-space: nowrap; color: var(--muted); }
col.c-name { width: 23%; } col.c-unit { width: 5%; } col.c-num { width: 8.5%; } col.c-rep { width: 21%; }
tr.variant td.name { color: #475467; }
tr.d1 td.name { padding-left: 22px; } tr.d2 td.name { padding-left: 38px; }
tr.empty td { color: #98a2b3; }
td.ok { color: var(--ok); } td.short { color: var(--short); }
td.rep { font-size: 12px; }
td.rep .fig { display: block; }
td.rep .diff { color: var(--muted); }
.flag { background: var(--flag); color: var(--flag-ink); font-weight: 600; padding: 0 3px; border-radius: 2px; }
tr.flagged td.rep { background: #fff6f5; }
sup { line-height: 0; }
sup a { color: #2e5c9a; text-decoration: none; font-size: 10px; }
ol.notes { margin: 6px 0 0; padding-left: 2.2em; font-size: 11.5px; color: #344054; }
ol.notes li { margin: 1px 0; }
ol.notes .quote { color: var(--ink); }
ol.notes .src { color: var(--muted); }
table.tasks td.state-done { color: var(--ok); } table.tasks td.state-open { color: var(--short); }
footer { margin-top: 18px; color: var(--muted); font-size: 11px; border-top: 1px solid var(--line); padding-top: 6px; }
@page { size: A4 landscape; margin: 12mm 10mm 14mm; }
@media print {
  body { padding: 0; font-size: 10.5px; }
  h1 { font-size: 18px; }
  h2 { font-size: 13px; break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  ol.notes { font-size: 9.5px; }
  a { color: inherit; }
}
)css";

// The 公开报道数 cell: every figure with its footnote number, the difference below it.
std::string ReportedCell(const ReportRow& row, int& footnote) {
  std::string html;
  for (const ReportedFigure& f : row.reported) {
    ++footnote;
    const std::string n = std::to_string(footnote);
    html += "<span class=\"fig\" title=\"" + Escape("“" + f.quote + "”——" + f.source_doc) + "\">" +
            Escape(FormatReported(f)) + "<sup><a href=\"#fn" + n + "\">[" + n + "]</a></sup>";
    if (f.difference) {
      const std::string diff = "差异 " + FormatDifference(f);
      html += " <span class=\"" + std::string(f.flagged ? "flag" : "diff") + "\">" + Escape(diff) + "</span>";
    } else {
      html += " <span class=\"diff\" title=\"" + Escape(f.not_compared_zh) + "\">（未比较）</span>";
    }
    html += "</span>";
  }
  return html;
}

std::string FootnoteItem(const ReportedFigure& f, int n) {
  std::string html = "<li id=\"fn" + std::to_string(n) + "\"><span class=\"quote\">“" + Escape(f.quote) + "”</span>";
  html += "<span class=\"src\">——" + Escape(f.source_doc);
  if (!f.source_date.empty()) html += "（" + Escape(f.source_date) + "）";
  html += "</span>。报道数 " + Escape(FormatReported(f)) + "（" + Escape(f.qualifier_zh) + "）；范围：" +
          Escape(f.scope_name.empty() ? std::string(kNone) : f.scope_name) + "；期间：" + Escape(f.period_start) +
          "至" + Escape(f.period_end) + (f.is_cumulative ? "（累计）" : "") + "。";
  if (f.difference) {
    html += "计算值" + Escape(f.compared_variant_zh.empty() ? "" : "（" + f.compared_variant_zh + "口径）") + " " +
            Escape(FormatQuantity(f.computed, f.unit)) + "，差异 ";
    html += f.flagged ? "<span class=\"flag\">" + Escape(FormatDifference(f)) + "</span>" : Escape(FormatDifference(f));
    html += "。";
  } else {
    html += Escape(f.not_compared_zh) + "。";
  }
  return html + "</li>";
}

bool IsEmpty(const ReportRow& r) {
  auto zero = [](const std::optional<double>& v) { return !v || *v == 0; };
  return zero(r.actual) && zero(r.last_year) && zero(r.cumulative) && !r.target && r.reported.empty();
}

}  // namespace

std::string RenderHtml(const AnnualReport& report) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + Escape(report.title_zh) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";

  h += "<header class=\"title\">\n<h1>" + Escape(report.title_zh) + "</h1>\n<p class=\"en\">" + Escape(report.title_en) +
       "</p>\n<dl class=\"meta\">";
  std::string scope = report.scope_kind_zh + " " + report.scope_name;
  if (report.scope.kind == indicators::Scope::Kind::kPairing)
    scope += "（编号 " + std::to_string(report.scope.pairing_id) + "，含下级结对 " +
             std::to_string(report.sub_pairings) + " 个）";
  else
    scope += "（" + report.scope.unit_code + "）";
  h += "<dt>范围</dt><dd>" + Escape(scope) + "</dd><dt>年度</dt><dd>" + Escape(report.period_zh) +
       "</dd><dt>生成时间</dt><dd>" + Escape(report.generated_at) + "</dd></dl>\n";
  h += "<p class=\"legend\">金额单位：万元。完成率＝完成数÷任务数（区间任务按下限）；同比为较上年增减；"
       "公开报道数与计算值相差超过" +
       GroupedNumber(kFlagThresholdPct, 0) + "%者<span class=\"flag\">标红</span>，原文见各板块脚注。</p>\n</header>\n";

  // 数说: the main indicators with a value, group by group.
  h += "<section class=\"summary\">\n<h2>数说</h2>\n<dl>";
  for (const ReportGroup& g : report.groups) {
    std::string text;
    for (const ReportRow& r : g.rows) {
      if (r.depth > 0 || !r.actual || *r.actual == 0) continue;
      if (!text.empty()) text += "，";
      text += Escape(r.name_zh) + "<b>" + Escape(FormatQuantity(r.actual, r.unit)) + "</b>";
      if (r.completion_pct) text += "（完成任务的" + Escape(FormatPercent(r.completion_pct)) + "）";
    }
    h += "<dt>" + Escape(g.zh) + "</dt><dd>" + (text.empty() ? std::string("本年度无记录") : text) + "。</dd>";
  }
  h += "</dl>\n</section>\n";

  int footnote = 0;
  for (size_t i = 0; i < report.groups.size(); ++i) {
    const ReportGroup& g = report.groups[i];
    h += "<section class=\"group\" id=\"g-" + Escape(g.code) + "\">\n<h2>" + Numeral(i) + "、" + Escape(g.zh) + "</h2>\n";
    h += "<table class=\"rows\"><colgroup><col class=\"c-name\"><col class=\"c-unit\"><col class=\"c-num\">"
         "<col class=\"c-num\"><col class=\"c-num\"><col class=\"c-num\"><col class=\"c-num\"><col class=\"c-num\">"
         "<col class=\"c-rep\"></colgroup>\n<thead><tr><th>指标</th><th>单位</th><th>完成数</th><th>任务数</th>"
         "<th>完成率</th><th>上年</th><th>同比</th><th>累计</th><th>公开报道数</th></tr></thead>\n<tbody>\n";
    std::string notes;
    const int group_first_note = footnote + 1;
    for (const ReportRow& r : g.rows) {
      std::string cls = r.variant ? "variant d" + std::to_string(r.depth) : "main";
      if (IsEmpty(r)) cls += " empty";
      if (r.has_flag()) cls += " flagged";
      std::string completion_cls = "num";
      if (r.completion_pct) completion_cls += *r.completion_pct >= 100 ? " ok" : " short";
      const int first_note = footnote;
      const std::string reported = ReportedCell(r, footnote);
      for (size_t k = 0; k < r.reported.size(); ++k)
        notes += FootnoteItem(r.reported[k], first_note + static_cast<int>(k) + 1);
      h += "<tr class=\"" + cls + "\" id=\"r-" + Escape(r.code) + "\"><td class=\"name\" title=\"" +
           Escape(r.name_zh + " / " + r.name_en + "（" + r.code + "）") + "\">" + Escape(RowLabel(r)) +
           "</td><td class=\"unit\">" + Escape(DisplayUnit(r.unit)) + "</td><td class=\"num\">" +
           Escape(FormatValue(r.actual, r.unit)) + "</td><td class=\"num\">" + Escape(FormatTarget(r.target, r.unit)) +
           "</td><td class=\"" + completion_cls + "\">" + Escape(FormatCompletion(r.completion_pct, r.standing)) +
           "</td><td class=\"num\">" + Escape(FormatValue(r.last_year, r.unit)) + "</td><td class=\"num\">" +
           Escape(FormatChange(r)) + "</td><td class=\"num\">" + Escape(FormatValue(r.cumulative, r.unit)) +
           "</td><td class=\"rep\">" + reported + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
    if (!notes.empty()) h += "<ol class=\"notes\" start=\"" + std::to_string(group_first_note) + "\">" + notes + "</ol>\n";
    h += "</section>\n";
  }

  h += "<section class=\"tasks\">\n<h2>任务完成情况（任务数/完成数）</h2>\n";
  if (report.tasks.empty()) {
    h += "<p>本年度未录入任务数。</p>\n";
  } else {
    h += "<table class=\"tasks\"><thead><tr><th>板块</th><th>指标</th><th>单位</th><th>任务数</th><th>完成数</th>"
         "<th>完成率</th><th>状态</th></tr></thead>\n<tbody>\n";
    int done = 0;
    for (const TaskRow& t : report.tasks) {
      done += t.done ? 1 : 0;
      std::string state = t.done ? "已完成" : "未完成";
      if (t.standing != RangeStanding::kNone) state += "（" + std::string(StandingZh(t.standing)) + "）";
      h += "<tr><td>" + Escape(t.group_zh) + "</td><td>" + Escape(t.name_zh) + "</td><td class=\"unit\">" +
           Escape(DisplayUnit(t.unit)) + "</td><td class=\"num\">" + Escape(FormatTarget(t.target, t.unit)) +
           "</td><td class=\"num\">" + Escape(FormatValue(t.actual, t.unit)) + "</td><td class=\"num\">" +
           Escape(FormatPercent(t.completion_pct)) + "</td><td class=\"" + (t.done ? "state-done" : "state-open") +
           "\">" + Escape(state) + "</td></tr>\n";
    }
    h += "</tbody></table>\n<p>共 " + std::to_string(report.tasks.size()) + " 项任务，已完成 " + std::to_string(done) +
         " 项。</p>\n";
  }
  h += "</section>\n<footer>山海 shanhai 东西部协作台账 · 由台账记录实时计算 · 生成于 " + Escape(report.generated_at) +
       "</footer>\n</body>\n</html>\n";
  return h;
}

}  // namespace shanhai::report
