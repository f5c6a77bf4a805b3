// `shanhai check`: recomputes every indicator fact from the raw records and compares
// them with the live ones kept on every write. There must be no difference.

#include <iostream>
#include <map>

#include "cli/command.h"

namespace shanhai::cli {
namespace {

std::string Describe(const store::Fact& f) {
  return f.indicator + " ← " + f.record_type + " #" + std::to_string(f.record_id);
}

}  // namespace

void AddCheckCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("check", "由原始记录重算全部指标并与实时数据核对 / recompute every indicator "
                                          "from the records and compare with the live totals");
  struct Options {
    std::string db = "shanhai.db";
    bool repair = false;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_flag("--repair", o->repair, "发现差异时修复 / rewrite the facts where they differ");
  cmd->callback([o, exit_code] {
    auto ws = OpenWorkspaceOrReport(o->db);
    if (!ws) {
      *exit_code = kExitFailure;
      return;
    }
    indicators::CheckReport report;
    Status s = o->repair ? ws->store->Write([&](store::Txn& txn) -> Status {
      SHANHAI_ASSIGN_OR_RETURN(report, ws->indexer->Rebuild(txn));
      return Status::Ok();
    })
                         : ws->store->Read([&](store::Txn& txn) -> Status {
                             SHANHAI_ASSIGN_OR_RETURN(report, ws->indexer->Check(txn));
                             return Status::Ok();
                           });
    if (!s.ok()) {
      *exit_code = ReportError(s);
      return;
    }
    std::cout << "核对 " << report.records << " 条记录、" << report.facts << " 条指标数据 / checked " << report.records
              << " records, " << report.facts << " indicator facts\n";
    if (report.clean()) {
      std::cout << "无差异 / no difference\n";
      return;
    }
    size_t shown = 0;
    auto show = [&](const char* what, const std::string& text) {
      if (++shown <= 50) std::cout << "  " << what << " " << text << "\n";
    };
    for (const auto& f : report.missing) show("缺少 / missing:", Describe(f));
    for (const auto& f : report.extra) show("多余 / extra:  ", Describe(f));
    for (const auto& [stored, derived] : report.changed) show("不同 / differs:", Describe(derived));
    std::cout << "差异 / differences: " << report.missing.size() + report.extra.size() + report.changed.size()
              << (o->repair ? "（已修复 / repaired）" : "") << "\n";
    if (!o->repair) *exit_code = kExitFailure;
  });
}

}  // namespace shanhai::cli
