// `shanhai export`: the rows of one record type that match the filters, as CSV, JSON or
// XLSX, to a file or standard output.

#include <iostream>

#include "cli/command.h"
#include "export/exporter.h"

namespace shanhai::cli {

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("export", "导出数据（CSV、JSON、XLSX）/ export rows as CSV, JSON or XLSX");
  struct Options {
    std::string db = "shanhai.db";
    std::string type;
    std::string format = "csv";
    std::string output;
    int64_t pairing = 0;
    std::string unit;
    int year = 0;
    std::string status;
  };
  auto o = std::make_shared<Options>();
  AddDbOption(*cmd, &o->db);
  cmd->add_option("--type", o->type, "数据类型 / record type")->required();
  cmd->add_option("--format", o->format, "csv|json|xlsx")->capture_default_str()->check(CLI::IsMember({"csv", "json", "xlsx"}));
  cmd->add_option("-o,--output", o->output, "输出文件（缺省为标准输出；xlsx 必须指定）/ output file (stdout if omitted)");
  cmd->add_option("--pairing", o->pairing, "结对关系编号 / pairing id");
  cmd->add_option("--unit", o->unit, "区划代码（含下级）/ unit code, with units below");
  cmd->add_option("--year", o->year, "年度 / year");
  cmd->add_option("--status", o->status, "状态 / workflow status");
  cmd->callback([o, exit_code] {
    const model::RecordType* type = model::FindType(o->type);
    if (!type) {
      *exit_code = ReportError(Status::InvalidArgument("unknown record type '" + o->type + "'",
                                                       "未知的数据类型“" + o->type + "”"));
      return;
    }
    exports::ExportFormat format = o->format == "json"   ? exports::ExportFormat::kJson
                                   : o->format == "xlsx" ? exports::ExportFormat::kXlsx
                                                         : exports::ExportFormat::kCsv;
    if (format == exports::ExportFormat::kXlsx && o->output.empty()) {
      *exit_code = ReportError(Status::InvalidArgument("xlsx needs --output FILE", "导出 xlsx 须用 --output 指定文件"));
      return;
    }
    auto store = OpenStoreOrReport(o->db);
    if (!store) {
      *exit_code = kExitFailure;
      return;
    }
    store::ListQuery query;
    query.type = type;
    if (o->pairing > 0) query.pairing_id = o->pairing;
    if (!o->unit.empty()) query.unit_code = o->unit;
    if (o->year > 0) query.year = o->year;
    if (!o->status.empty()) query.status = o->status;
    Status s = o->output.empty() ? exports::ExportRecords(*store, query, format, std::cout)
                                 : exports::ExportRecordsToFile(*store, query, format, o->output);
    if (!s.ok()) *exit_code = ReportError(s);
  });
}

}  // namespace shanhai::cli
