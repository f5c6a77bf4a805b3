// The annual report as a print-ready XLSX workbook (report/render.h), with libxlsxwriter.
//
// Amounts are written as numbers in 万元 ("#,##0.00"), counts "#,##0", rates as
// fractions shown "0.0%", so that the sheet computes and sorts like the data it is,
// while printing as the text and HTML forms read.

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "report/number_format.h"
#include "report/render.h"

namespace shanhai::report {
namespace {

using namespace internal;  // NOLINT(google-build-using-namespace): the report's own helpers

constexpr std::array<std::string_view, 10> kNumerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

std::string Numeral(size_t i) { return i < kNumerals.size() ? std::string(kNumerals[i]) : std::to_string(i + 1); }

constexpr lxw_color_t kHeadFill = 0xD9E1F2;
constexpr lxw_color_t kGroupFill = 0xEEF2F8;
constexpr lxw_color_t kFlagFill = 0xFDE8E8;
constexpr lxw_color_t kFlagInk = 0xB42318;
constexpr lxw_color_t kMutedInk = 0x6B7280;
constexpr lxw_color_t kBorder = 0xB0B7C3;

// How a row's numbers are written: the scale to the shown unit and the number format.
enum class NumKind { kMoney, kRate, kCount, kFraction };

NumKind KindOf(const ReportRow& r) {
  if (IsYuanUnit(r.unit)) return NumKind::kMoney;
  if (r.unit == "%") return NumKind::kRate;
  for (const auto& v : {r.actual, r.last_year, r.cumulative})
    if (v && std::fabs(*v - std::round(*v)) > 1e-9) return NumKind::kFraction;
  if (r.target)
    for (const auto& v : {r.target->value, r.target->min, r.target->max})
      if (v && std::fabs(*v - std::round(*v)) > 1e-9) return NumKind::kFraction;
  return NumKind::kCount;
}

// Lines `text` takes when wrapped in a column `width` characters wide.
int WrappedLines(std::string_view text, double width) {
  const double usable = std::max(1.0, width - 1);
  return std::max(1, static_cast<int>(std::ceil(DisplayWidth(text) / usable)));
}

// A row tall enough for `lines` lines of the default font.
constexpr double RowHeight(int lines) { return 15.0 * lines + 1; }

class Writer {
 public:
  explicit Writer(const std::string& path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;  // merged cells and comments need random access
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    wb_ = workbook_new_opt(path.c_str(), &options);
  }
  ~Writer() {
    if (wb_ != nullptr) workbook_close(wb_);
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  bool ok() const { return wb_ != nullptr; }
  Status Write(const AnnualReport& report);

 private:
  lxw_format* Format(bool bold = false, double size = 0) {
    lxw_format* f = workbook_add_format(wb_);
    if (bold) format_set_bold(f);
    if (size > 0) format_set_font_size(f, size);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
  }
  lxw_format* Cell(const char* num_format = nullptr, bool right = false) {
    lxw_format* f = Format();
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, kBorder);
    if (num_format != nullptr) format_set_num_format(f, num_format);
    if (right || num_format != nullptr) {
      // Numbers keep a little distance from the cell's right border.
      format_set_align(f, LXW_ALIGN_RIGHT);
      format_set_indent(f, 1);
    }
    return f;
  }
  void MakeFormats();
  void Check(lxw_error err) {
    if (err != LXW_NO_ERROR && first_error_ == LXW_NO_ERROR) first_error_ = err;
  }
  void Text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* f) {
    Check(worksheet_write_string(ws, row, col, text.c_str(), f));
  }
  void Number(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::optional<double> v, lxw_format* f) {
    if (v && std::isfinite(*v))
      Check(worksheet_write_number(ws, row, col, *v, f));
    else
      Text(ws, row, col, std::string(kNone), dash_);
  }
  void Merge(lxw_worksheet* ws, lxw_row_t row, lxw_col_t last_col, const std::string& text, lxw_format* f) {
    Check(worksheet_merge_range(ws, row, 0, row, last_col, text.c_str(), f));
  }
  // Title block on rows 0–3; returns the first free row.
  lxw_row_t TitleBlock(lxw_worksheet* ws, const AnnualReport& report, lxw_col_t last_col, const std::string& subtitle);
  void PrintSetup(lxw_worksheet* ws, lxw_row_t header_row, lxw_col_t last_col, lxw_row_t last_row);
  void MainSheet(const AnnualReport& report);
  void TaskSheet(const AnnualReport& report);
  void FigureSheet(const AnnualReport& report);

  lxw_workbook* wb_ = nullptr;
  lxw_error first_error_ = LXW_NO_ERROR;
  lxw_format *title_ = nullptr, *subtitle_ = nullptr, *meta_ = nullptr, *head_ = nullptr, *group_ = nullptr;
  lxw_format *name_ = nullptr, *variant1_ = nullptr, *variant2_ = nullptr, *unit_ = nullptr, *text_ = nullptr;
  lxw_format *wrap_ = nullptr, *dash_ = nullptr, *right_text_ = nullptr;
  lxw_format *money_ = nullptr, *count_ = nullptr, *fraction_ = nullptr, *rate_ = nullptr, *points_ = nullptr;
  lxw_format *flag_money_ = nullptr, *flag_count_ = nullptr, *flag_fraction_ = nullptr, *flag_rate_ = nullptr;
  lxw_format *flag_text_ = nullptr, *flag_right_ = nullptr, *flag_wrap_ = nullptr;
};

void Writer::MakeFormats() {
  title_ = Format(true, 16);
  format_set_align(title_, LXW_ALIGN_CENTER);
  subtitle_ = Format(false, 10);
  format_set_align(subtitle_, LXW_ALIGN_CENTER);
  format_set_font_color(subtitle_, kMutedInk);
  meta_ = Format(false, 10);
  head_ = Cell();
  format_set_bold(head_);
  format_set_bg_color(head_, kHeadFill);
  format_set_align(head_, LXW_ALIGN_CENTER);
  format_set_text_wrap(head_);
  group_ = Cell();
  format_set_bold(group_);
  format_set_bg_color(group_, kGroupFill);
  name_ = Cell();
  variant1_ = Cell();
  format_set_indent(variant1_, 2);
  format_set_font_color(variant1_, 0x475467);
  variant2_ = Cell();
  format_set_indent(variant2_, 4);
  format_set_font_color(variant2_, 0x475467);
  unit_ = Cell();
  format_set_align(unit_, LXW_ALIGN_CENTER);
  format_set_text_wrap(unit_);  // （按产品计量单位） does not fit the column
  text_ = Cell();
  wrap_ = Cell();
  format_set_text_wrap(wrap_);
  dash_ = Cell(nullptr, true);
  format_set_font_color(dash_, kMutedInk);
  right_text_ = Cell(nullptr, true);
  money_ = Cell("#,##0.00");
  count_ = Cell("#,##0");
  fraction_ = Cell("#,##0.00");
  rate_ = Cell("0.0%");
  points_ = Cell("+0.0\"个百分点\";-0.0\"个百分点\";0.0\"个百分点\"");
  flag_money_ = Cell("#,##0.00");
  flag_count_ = Cell("#,##0");
  flag_fraction_ = Cell("#,##0.00");
  flag_rate_ = Cell("0.0%");
  flag_text_ = Cell();
  flag_right_ = Cell(nullptr, true);
  flag_wrap_ = Cell();
  format_set_text_wrap(flag_wrap_);
  for (lxw_format* f : {flag_money_, flag_count_, flag_fraction_, flag_rate_, flag_text_, flag_right_, flag_wrap_}) {
    format_set_bg_color(f, kFlagFill);
    format_set_font_color(f, kFlagInk);
    format_set_bold(f);
  }
}

lxw_row_t Writer::TitleBlock(lxw_worksheet* ws, const AnnualReport& report, lxw_col_t last_col,
                             const std::string& subtitle) {
  Check(worksheet_set_row(ws, 0, 28, nullptr));
  Merge(ws, 0, last_col, report.title_zh + (subtitle.empty() ? "" : "——" + subtitle), title_);
  Merge(ws, 1, last_col, report.title_en, subtitle_);
  std::string scope = "范围：" + report.scope_kind_zh + " " + report.scope_name;
  if (report.scope.kind == indicators::Scope::Kind::kPairing)
    scope += "（编号 " + std::to_string(report.scope.pairing_id) + "，含下级结对 " +
             std::to_string(report.sub_pairings) + " 个）";
  else
    scope += "（" + report.scope.unit_code + "）";
  Merge(ws, 2, last_col, scope, meta_);
  Merge(ws, 3, last_col,
        "年度：" + report.period_zh + "　　生成时间：" + report.generated_at +
            "　　金额单位：万元；完成率＝完成数÷任务数（区间任务按下限）；公开报道数与计算值相差超过" +
            GroupedNumber(kFlagThresholdPct, 0) + "%者标红",
        meta_);
  return 5;
}

void Writer::PrintSetup(lxw_worksheet* ws, lxw_row_t header_row, lxw_col_t last_col, lxw_row_t last_row) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_set_margins(ws, 0.4, 0.4, 0.55, 0.6);  // inches
  worksheet_center_horizontally(ws);
  Check(worksheet_repeat_rows(ws, header_row, header_row));
  Check(worksheet_print_area(ws, 0, 0, last_row, last_col));
  Check(worksheet_set_footer(ws, "&C第 &P 页，共 &N 页"));
  worksheet_freeze_panes(ws, header_row + 1, 0);
}

void Writer::MainSheet(const AnnualReport& report) {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, "年度报告");
  constexpr lxw_col_t kLast = 10;
  std::array<double, kLast + 1> widths = {30, 8, 13, 13, 11, 13, 11, 13, 19, 13, 10};
  for (const ReportRow* r : report.AllRows())
    widths[0] = std::max(widths[0], std::min(60.0, DisplayWidth(RowLabel(*r)) + 2.0 * r->depth + 2));
  for (lxw_col_t c = 0; c <= kLast; ++c) Check(worksheet_set_column(ws, c, c, widths[c], nullptr));
  lxw_row_t row = TitleBlock(ws, report, kLast, "");
  const lxw_row_t header_row = row;
  const std::array<const char*, kLast + 1> headers = {"指标", "单位", "完成数", "任务数", "完成率", "上年",
                                                      "同比", "累计", "公开报道数", "差异", "差异率"};
  for (lxw_col_t c = 0; c <= kLast; ++c) Text(ws, row, c, headers[c], head_);
  Check(worksheet_set_row(ws, row, 20, nullptr));
  ++row;
  for (size_t g = 0; g < report.groups.size(); ++g) {
    const ReportGroup& group = report.groups[g];
    Merge(ws, row++, kLast, Numeral(g) + "、" + group.zh, group_);
    for (const ReportRow& r : group.rows) {
      const NumKind kind = KindOf(r);
      const double scale = DisplayScale(r.unit);
      lxw_format* num = kind == NumKind::kMoney ? money_ : kind == NumKind::kRate ? rate_
                        : kind == NumKind::kFraction ? fraction_ : count_;
      lxw_format* flag_num = kind == NumKind::kMoney ? flag_money_ : kind == NumKind::kRate ? flag_rate_
                             : kind == NumKind::kFraction ? flag_fraction_ : flag_count_;
      // Values as written: 万元 for yuan, fractions for rates ("0.0%").
      auto shown = [&](std::optional<double> v) -> std::optional<double> {
        if (!v) return v;
        return kind == NumKind::kRate ? *v / 100 : *v * scale;
      };
      Text(ws, row, 0, RowLabel(r), r.depth == 0 ? name_ : r.depth == 1 ? variant1_ : variant2_);
      Text(ws, row, 1, DisplayUnit(r.unit), unit_);
      if (const int lines = WrappedLines(DisplayUnit(r.unit), widths[1]); lines > 1)
        Check(worksheet_set_row(ws, row, RowHeight(lines), nullptr));
      Number(ws, row, 2, shown(r.actual), num);
      if (r.target && r.target->is_range())
        Text(ws, row, 3, FormatTarget(r.target, r.unit), right_text_);
      else if (r.target)
        Number(ws, row, 3, shown(r.target->value), num);
      else
        Text(ws, row, 3, std::string(kNone), dash_);
      if (r.completion_pct && r.standing != RangeStanding::kNone)
        Text(ws, row, 4, FormatCompletion(r.completion_pct, r.standing), right_text_);
      else
        Number(ws, row, 4, r.completion_pct ? std::optional<double>(*r.completion_pct / 100) : std::nullopt, rate_);
      Number(ws, row, 5, shown(r.last_year), num);
      if (r.unit == "%" && r.change)
        Number(ws, row, 6, *r.change, points_);
      else if (r.change_pct)
        Number(ws, row, 6, *r.change_pct / 100, rate_);
      else
        Text(ws, row, 6, FormatChange(r), dash_);
      Number(ws, row, 7, shown(r.cumulative), num);
      if (r.reported.empty()) {
        for (lxw_col_t c = 8; c <= kLast; ++c) Check(worksheet_write_blank(ws, row, c, text_));
        ++row;
        continue;
      }
      // One line per published figure; the first on the indicator's own line.
      for (size_t k = 0; k < r.reported.size(); ++k) {
        const ReportedFigure& f = r.reported[k];
        if (k > 0) {
          for (lxw_col_t c = 0; c < 8; ++c) Check(worksheet_write_blank(ws, row, c, text_));
        }
        // A bare number only where it means what the row's unit says.
        if (f.qualifier == "exact" && f.unit == r.unit) {
          Number(ws, row, 8, shown(f.value), f.flagged ? flag_num : num);
        } else {
          Text(ws, row, 8, FormatReported(f), f.flagged ? flag_right_ : right_text_);
        }
        std::string comment = "“" + f.quote + "”——" + f.source_doc;
        if (!f.source_date.empty()) comment += "（" + f.source_date + "）";
        if (!f.scope_name.empty()) comment += "\n范围：" + f.scope_name;
        comment += "\n期间：" + f.period_start + "至" + f.period_end;
        if (!f.compared_variant_zh.empty()) comment += "\n按“" + f.compared_variant_zh + "”口径比较";
        Check(worksheet_write_comment(ws, row, 8, comment.c_str()));
        if (f.difference) {
          Number(ws, row, 9, shown(f.difference), f.flagged ? flag_num : num);
          if (f.difference_pct)
            Number(ws, row, 10, *f.difference_pct / 100, f.flagged ? flag_rate_ : rate_);
          else
            Text(ws, row, 10, std::string(kNone), dash_);
        } else {
          Text(ws, row, 9, "未比较", dash_);
          Check(worksheet_write_comment(ws, row, 9, f.not_compared_zh.c_str()));
          Text(ws, row, 10, std::string(kNone), dash_);
        }
        ++row;
      }
    }
  }
  Merge(ws, row, kLast, "注：公开报道数的原文、来源与比较范围见单元格批注及“公开报道数”工作表。", meta_);
  PrintSetup(ws, header_row, kLast, row);
  worksheet_activate(ws);
}

void Writer::TaskSheet(const AnnualReport& report) {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, "任务完成情况");
  constexpr lxw_col_t kLast = 6;
  std::array<double, kLast + 1> widths = {14, 30, 8, 15, 15, 11, 16};
  for (const TaskRow& t : report.tasks) widths[1] = std::max(widths[1], std::min(60.0, DisplayWidth(t.name_zh) + 2.0));
  for (lxw_col_t c = 0; c <= kLast; ++c) Check(worksheet_set_column(ws, c, c, widths[c], nullptr));
  lxw_row_t row = TitleBlock(ws, report, kLast, "任务完成情况");
  const lxw_row_t header_row = row;
  const std::array<const char*, kLast + 1> headers = {"板块", "指标", "单位", "任务数", "完成数", "完成率", "状态"};
  for (lxw_col_t c = 0; c <= kLast; ++c) Text(ws, row, c, headers[c], head_);
  ++row;
  int done = 0;
  for (const TaskRow& t : report.tasks) {
    const bool money = IsYuanUnit(t.unit);
    const bool rate = t.unit == "%";
    const double scale = DisplayScale(t.unit);
    lxw_format* num = money ? money_ : rate ? rate_ : count_;
    auto shown = [&](std::optional<double> v) -> std::optional<double> {
      if (!v) return v;
      return rate ? *v / 100 : *v * scale;
    };
    done += t.done ? 1 : 0;
    Text(ws, row, 0, t.group_zh, text_);
    Text(ws, row, 1, t.name_zh, text_);
    Text(ws, row, 2, DisplayUnit(t.unit), unit_);
    if (t.target.is_range())
      Text(ws, row, 3, FormatTarget(t.target, t.unit), right_text_);
    else
      Number(ws, row, 3, shown(t.target.value), num);
    Number(ws, row, 4, shown(t.actual), num);
    Number(ws, row, 5, t.completion_pct ? std::optional<double>(*t.completion_pct / 100) : std::nullopt,
           t.done ? rate_ : flag_rate_);
    std::string state = t.done ? "已完成" : "未完成";
    if (t.standing != RangeStanding::kNone) state += "（" + std::string(StandingZh(t.standing)) + "）";
    Text(ws, row, 6, state, t.done ? text_ : flag_text_);
    ++row;
  }
  Merge(ws, row, kLast,
        "共 " + std::to_string(report.tasks.size()) + " 项任务，已完成 " + std::to_string(done) + " 项。", meta_);
  PrintSetup(ws, header_row, kLast, row);
}

void Writer::FigureSheet(const AnnualReport& report) {
  lxw_worksheet* ws = workbook_add_worksheet(wb_, "公开报道数");
  constexpr lxw_col_t kLast = 8;
  const std::array<double, kLast + 1> widths = {22, 17, 20, 22, 13, 22, 42, 26, 11};
  for (lxw_col_t c = 0; c <= kLast; ++c) Check(worksheet_set_column(ws, c, c, widths[c], nullptr));
  lxw_row_t row = TitleBlock(ws, report, kLast, "公开报道数对照");
  const lxw_row_t header_row = row;
  const std::array<const char*, kLast + 1> headers = {"指标", "报道数", "范围", "期间", "计算值",
                                                      "差异", "原文", "来源", "发布日期"};
  for (lxw_col_t c = 0; c <= kLast; ++c) Text(ws, row, c, headers[c], head_);
  ++row;
  for (const ReportRow* r : report.AllRows()) {
    for (const ReportedFigure& f : r->reported) {
      const double scale = DisplayScale(f.unit);
      lxw_format* num = IsYuanUnit(f.unit) ? money_ : (std::fabs(f.value - std::round(f.value)) > 1e-9 ? fraction_ : count_);
      const std::array<std::string, kLast + 1> cells = {
          r->name_zh,
          FormatReported(f),
          f.scope_name.empty() ? std::string(kNone) : f.scope_name,
          f.period_start + "至" + f.period_end + (f.is_cumulative ? "（累计）" : ""),
          "",
          f.difference ? FormatDifference(f) : f.not_compared_zh,
          "“" + f.quote + "”",
          f.source_doc,
          f.source_date.empty() ? std::string(kNone) : f.source_date};
      int lines = 1;
      for (lxw_col_t c = 0; c <= kLast; ++c) lines = std::max(lines, WrappedLines(cells[c], widths[c]));
      // Neither Excel nor LibreOffice grows a row for wrapped text on opening a file
      // reliably; the height is set from the longest cell.
      Check(worksheet_set_row(ws, row, RowHeight(lines), nullptr));
      Text(ws, row, 0, cells[0], wrap_);
      Text(ws, row, 1, cells[1], f.flagged ? flag_right_ : right_text_);
      Text(ws, row, 2, cells[2], wrap_);
      Text(ws, row, 3, cells[3], wrap_);
      if (f.computed && f.difference)
        Number(ws, row, 4, *f.computed * scale, num);
      else
        Text(ws, row, 4, std::string(kNone), dash_);
      Text(ws, row, 5, cells[5], f.flagged ? flag_wrap_ : wrap_);
      Text(ws, row, 6, cells[6], wrap_);
      Text(ws, row, 7, cells[7], wrap_);
      Text(ws, row, 8, cells[8], unit_);
      ++row;
    }
  }
  if (row == header_row + 1) Merge(ws, row++, kLast, "本年度无匹配的公开报道数。", meta_);
  PrintSetup(ws, header_row, kLast, row - 1);
}

Status Writer::Write(const AnnualReport& report) {
  MakeFormats();
  lxw_doc_properties props{};
  std::string title = report.title_zh;
  std::string subject = report.title_en;
  std::string author = "山海 shanhai";
  props.title = title.data();
  props.subject = subject.data();
  props.author = author.data();
  Check(workbook_set_properties(wb_, &props));
  MainSheet(report);
  TaskSheet(report);
  FigureSheet(report);
  lxw_error closed = workbook_close(wb_);
  wb_ = nullptr;
  if (first_error_ != LXW_NO_ERROR) return Status::Internal("libxlsxwriter: " + std::string(lxw_strerror(first_error_)));
  if (closed == LXW_ERROR_CREATING_XLSX_FILE || closed == LXW_ERROR_CREATING_TMPFILE)
    return Status::Unavailable("cannot write the workbook: " + std::string(lxw_strerror(closed)),
                               "无法写入工作簿文件：" + std::string(lxw_strerror(closed)));
  if (closed != LXW_NO_ERROR) return Status::Internal("libxlsxwriter: " + std::string(lxw_strerror(closed)));
  return Status::Ok();
}

}  // namespace

Status RenderXlsx(const AnnualReport& report, const std::string& path) {
  Writer writer(path);
  if (!writer.ok())
    return Status::Unavailable("cannot start a workbook at " + path, "无法在 " + path + " 创建工作簿");
  Status s = writer.Write(report);
  if (!s.ok()) std::remove(path.c_str());
  return s;
}

}  // namespace shanhai::report
