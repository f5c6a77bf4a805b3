// The annual report as plain text (report/render.h).

#include <algorithm>
#include <array>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "report/number_format.h"
#include "report/render.h"

namespace shanhai::report {
namespace {

using namespace internal;  // NOLINT(google-build-using-namespace): the report's own helpers

constexpr std::array<std::string_view, 10> kNumerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
constexpr std::string_view kFlag = "⚠";
constexpr int kMaxUnitWidth = 8;

std::string Numeral(size_t i) { return i < kNumerals.size() ? std::string(kNumerals[i]) : std::to_string(i + 1); }

// The 公开报道数 cell: the first figure, "等N条" when there are more, ⚠ when any differs.
std::string ReportedCell(const ReportRow& row) {
  if (row.reported.empty()) return "";
  std::string text = FormatReported(row.reported.front());
  if (row.reported.size() > 1) text += " 等" + std::to_string(row.reported.size()) + "条";
  if (row.has_flag()) text += " " + std::string(kFlag);
  return text;
}

// One sentence of the 数说 summary for a group: its main indicators with a value.
std::string Summary(const ReportGroup& group) {
  std::string text;
  for (const ReportRow& row : group.rows) {
    if (row.depth > 0 || !row.actual || *row.actual == 0) continue;
    if (!text.empty()) text += "，";
    text += row.name_zh + FormatQuantity(row.actual, row.unit);
    if (row.completion_pct) text += "（完成任务的" + FormatPercent(row.completion_pct) + "）";
  }
  return text.empty() ? "本年度无记录。" : text + "。";
}

// A table with columns aligned by display width; column 0 left-aligned, the rest right-
// aligned except those listed in `left`.
class Table {
 public:
  explicit Table(std::vector<std::string> header, std::vector<size_t> left = {})
      : header_(std::move(header)), left_(std::move(left)) {}
  void Add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  void AddNote(std::string note) { notes_[rows_.size()].push_back(std::move(note)); }
  // Widens the columns to at least `widths` (so that tables of all groups line up).
  void Widen(std::vector<int>& widths) const {
    widths.resize(header_.size(), 0);
    for (size_t c = 0; c < header_.size(); ++c) widths[c] = std::max(widths[c], DisplayWidth(header_[c]));
    for (const auto& r : rows_)
      for (size_t c = 0; c < r.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], DisplayWidth(r[c]));
  }
  void Print(std::ostringstream& out, const std::vector<int>& widths, bool header = true) const {
    if (header) Line(out, header_, widths);
    for (size_t i = 0; i < rows_.size(); ++i) {
      Line(out, rows_[i], widths);
      if (auto it = notes_.find(i + 1); it != notes_.end())
        for (const std::string& n : it->second) out << n << "\n";
    }
  }

 private:
  void Line(std::ostringstream& out, const std::vector<std::string>& cells, const std::vector<int>& widths) const {
    std::string line;
    for (size_t c = 0; c < cells.size(); ++c) {
      const bool left = c == 0 || std::find(left_.begin(), left_.end(), c) != left_.end();
      if (c > 0) line += "  ";
      line += left ? PadRight(cells[c], widths[c]) : PadLeft(cells[c], widths[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }

  std::vector<std::string> header_;
  std::vector<size_t> left_;
  std::vector<std::vector<std::string>> rows_;
  std::map<size_t, std::vector<std::string>> notes_;  // after row n (1-based)
};

// Two lines under an indicator for one published figure: what it says and how it
// compares (its scope and period when they are not the report's own), then the quote.
std::string FigureNote(const ReportedFigure& f, int year) {
  std::string line = "      └ 报道 " + FormatReported(f);
  if (f.difference) {
    line += "，计算值" + (f.compared_variant_zh.empty() ? "" : "（" + f.compared_variant_zh + "口径）") + " " +
            FormatQuantity(f.computed, f.unit) + "，差异 " + FormatDifference(f);
    if (f.flagged) line += " " + std::string(kFlag);
  } else {
    line += "（" + f.not_compared_zh + "）";
  }
  const std::string y = std::to_string(year);
  const bool whole_year = f.period_start == y + "-01-01" && f.period_end == y + "-12-31";
  std::string where;
  if (!f.same_scope && !f.scope_name.empty()) where += "范围：" + f.scope_name;
  if (!whole_year || f.is_cumulative) {
    if (!where.empty()) where += "；";
    where += "期间：" + f.period_start + "至" + f.period_end + (f.is_cumulative ? "（累计）" : "");
  }
  if (!where.empty()) line += "［" + where + "］";
  line += "\n        “" + f.quote + "”——" + f.source_doc;
  if (!f.source_date.empty()) line += "（" + f.source_date + "）";
  return line;
}

}  // namespace

std::string RenderText(const AnnualReport& report) {
  std::ostringstream out;
  out << report.title_zh << "\n" << report.title_en << "\n\n";
  out << "范围：" << report.scope_kind_zh << " " << report.scope_name;
  if (report.scope.kind == indicators::Scope::Kind::kPairing)
    out << "（编号 " << report.scope.pairing_id << "，含下级结对 " << report.sub_pairings << " 个）";
  else
    out << "（" << report.scope.unit_code << "）";
  out << "\n年度：" << report.period_zh << "    生成时间：" << report.generated_at << "\n";
  out << "说明：金额以万元计；完成率＝完成数÷任务数（区间任务按下限）；同比为较上年增减；"
         "公开报道数与计算值相差超过"
      << GroupedNumber(kFlagThresholdPct, 0) << "%者标 " << kFlag << "。\n\n";

  out << "【数说】\n";
  for (const ReportGroup& g : report.groups) out << g.zh << "：" << Summary(g) << "\n";
  out << "\n";

  std::vector<Table> tables;
  for (const ReportGroup& g : report.groups) {
    Table t({"指标", "单位", "完成数", "任务数", "完成率", "上年", "同比", "累计", "公开报道数"}, {1, 8});
    for (const ReportRow& r : g.rows) {
      std::string label = std::string(static_cast<size_t>(r.depth) * 2, ' ') + RowLabel(r);
      // A unit too long for the column (（按产品计量单位）) goes with the label instead.
      std::string unit = DisplayUnit(r.unit);
      if (DisplayWidth(unit) > kMaxUnitWidth) {
        label += unit;
        unit = std::string(kNone);
      }
      t.Add({label, unit, FormatValue(r.actual, r.unit), FormatTarget(r.target, r.unit),
             FormatCompletion(r.completion_pct, r.standing), FormatValue(r.last_year, r.unit), FormatChange(r),
             FormatValue(r.cumulative, r.unit), ReportedCell(r)});
      for (const ReportedFigure& f : r.reported) t.AddNote(FigureNote(f, report.year));
    }
    tables.push_back(std::move(t));
  }
  std::vector<int> widths;
  for (const Table& t : tables) t.Widen(widths);
  for (size_t i = 0; i < tables.size(); ++i) {
    out << Numeral(i) << "、" << report.groups[i].zh << "\n";
    tables[i].Print(out, widths);
    out << "\n";
  }

  out << "【任务完成情况】（任务数/完成数）\n";
  if (report.tasks.empty()) {
    out << "本年度未录入任务数。\n";
  } else {
    Table t({"板块", "指标", "单位", "任务数", "完成数", "完成率", "状态"}, {1, 2, 6});
    int done = 0;
    for (const TaskRow& task : report.tasks) {
      done += task.done ? 1 : 0;
      std::string state = task.done ? "已完成" : "未完成";
      if (task.standing != RangeStanding::kNone) state += "（" + std::string(StandingZh(task.standing)) + "）";
      t.Add({task.group_zh, task.name_zh, DisplayUnit(task.unit), FormatTarget(task.target, task.unit),
             FormatValue(task.actual, task.unit), FormatPercent(task.completion_pct), state});
    }
    std::vector<int> task_widths;
    t.Widen(task_widths);
    t.Print(out, task_widths);
    out << "共 " << report.tasks.size() << " 项任务，已完成 " << done << " 项。\n";
  }
  return out.str();
}

}  // namespace shanhai::report
