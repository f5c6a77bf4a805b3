// `shanhai report`: the annual report of a pairing or a unit for one year, as text,
// JSON, HTML or XLSX (report/render.h).

#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "report/annual_report.h"
#include "report/render.h"

namespace shanhai::cli {
namespace {

// Writes `content` to `path` (or standard output when empty).
Status WriteOut(const std::string& path, const std::string& content) {
  if (path.empty()) {
    std::cout << content;
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::Unavailable("cannot write to standard output", "无法写入标准输出");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) return Status::Unavailable("cannot write " + path, "无法写入文件 " + path);
  return Status::Ok();
}

}  // namespace

void AddReportCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("report", "年度报告（按结对关系或行政区划）/ the annual report of a pairing or a unit");
  struct Options {
    std::string db = "shanhai.db";
    int64_t pairing = 0;
    std::string unit;
    int year = 0;
    std::string format = "text";
    std::string output;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  auto* pairing = cmd->add_option("--pairing", o->pairing, "结对关系编号（含下级结对）/ pairing id, with the pairings below it");
  auto* unit = cmd->add_option("--unit", o->unit, "行政区划代码（东西部均可）/ unit code, either side");
  pairing->excludes(unit);
  cmd->add_option("--year", o->year, "年度 / year")->required()->check(CLI::Range(1900, 2999));
  cmd->add_option("--format", o->format, "text|json|html|xlsx")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json", "html", "xlsx"}));
  cmd->add_option("-o,--output", o->output, "输出文件（缺省为标准输出；xlsx 必须指定）/ output file (stdout if omitted)");
  cmd->callback([o, exit_code] {
    if ((o->pairing > 0) == !o->unit.empty()) {
      *exit_code = ReportError(Status::InvalidArgument("give either --pairing ID or --unit CODE",
                                                       "须指定 --pairing 结对编号 或 --unit 区划代码（二选一）"));
      return;
    }
    if (o->format == "xlsx" && o->output.empty()) {
      *exit_code = ReportError(Status::InvalidArgument("xlsx needs --output FILE", "xlsx 格式须用 --output 指定文件"));
      return;
    }
    auto ws = OpenWorkspaceOrReport(o->db);
    if (!ws) {
      *exit_code = kExitFailure;
      return;
    }
    const indicators::Scope scope =
        o->pairing > 0 ? indicators::Scope::Pairing(o->pairing) : indicators::Scope::Unit(o->unit);
    report::AnnualReport built;
    Status s = ws->store->Read([&](store::Txn& txn) -> Status {
      SHANHAI_ASSIGN_OR_RETURN(built, report::BuildAnnualReport(*ws->catalog, txn, scope, o->year));
      return Status::Ok();
    });
    if (s.ok()) {
      if (o->format == "xlsx") {
        s = report::RenderXlsx(built, o->output);
      } else if (o->format == "json") {
        s = WriteOut(o->output, report::RenderJson(built).dump(2) + "\n");
      } else if (o->format == "html") {
        s = WriteOut(o->output, report::RenderHtml(built));
      } else {
        s = WriteOut(o->output, report::RenderText(built));
      }
    }
    if (!s.ok()) *exit_code = ReportError(s);
  });
}

}  // namespace shanhai::cli
