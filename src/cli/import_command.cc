// `shanhai import`: one file of one record type, all or nothing, with a progress bar
// on a terminal and a summary (or every bad row) at the end.

#include <iostream>

#include "cli/command.h"
#include "cli/progress_bar.h"
#include "ingest/importer.h"
#include "ledger/ledger.h"

namespace shanhai::cli {

void AddImportCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("import", "导入文件（CSV、JSON、XLSX），全部成功才写入 / import a file, all or nothing");
  struct Options {
    std::string db = "shanhai.db";
    std::string type;
    std::string file;
    std::string format = "auto";
    std::string actor = "cli";
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--type", o->type, "数据类型，如 fund_transfers / record type, e.g. fund_transfers")->required();
  cmd->add_option("file", o->file, "文件 / file")->required();
  cmd->add_option("--format", o->format, "auto|csv|json|xlsx")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "csv", "json", "xlsx"}));
  cmd->add_option("--as", o->actor, "记录填报人 / who is importing (provenance)")->capture_default_str();
  cmd->callback([o, exit_code] {
    const model::RecordType* type = model::FindType(o->type);
    if (!type) {
      *exit_code = ReportError(Status::InvalidArgument("unknown record type '" + o->type + "'",
                                                       "未知的数据类型“" + o->type + "”"));
      return;
    }
    auto ws = OpenWorkspaceOrReport(o->db);
    if (!ws) {
      *exit_code = kExitFailure;
      return;
    }
    ingest::ImportFormat format = o->format == "csv"    ? ingest::ImportFormat::kCsv
                                  : o->format == "json" ? ingest::ImportFormat::kJson
                                  : o->format == "xlsx" ? ingest::ImportFormat::kXlsx
                                                        : ingest::ImportFormat::kAuto;
    ProgressBar bar(o->file);
    auto summary = ingest::ImportFile(*ws->ledger, *type, o->file, format, ledger::Actor{o->actor},
                                      [&bar](int64_t done, int64_t total) { bar.Update(done, total); });
    bar.Finish();
    if (!summary.ok()) {
      *exit_code = ReportError(summary.status());
      return;
    }
    std::cout << "已导入 " << summary->rows_written << " 行“" << type->zh << "”（共读取 " << summary->rows_read << " 行，用时 "
              << summary->elapsed_ms << " 毫秒）\n"
              << "imported " << summary->rows_written << " " << type->en << " rows of " << summary->rows_read
              << " read in " << summary->elapsed_ms << " ms\n";
  });
}

}  // namespace shanhai::cli
