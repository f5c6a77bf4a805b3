// The OpenAPI 3.0 document, generated from the route table and the type registry so it
// cannot drift from what the handlers accept.

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "api/record_routes.h"
#include "model/record_type.h"

namespace shanhai::api {
namespace {

using nlohmann::json;
using model::FieldKind;

json FieldSchema(const model::FieldDef& f) {
  json s;
  switch (f.kind) {
    case FieldKind::kId:
    case FieldKind::kRef:
      s = {{"type", "integer"}, {"format", "int64"}, {"minimum", 1}};
      break;
    case FieldKind::kInt:
      s = {{"type", "integer"}, {"format", "int64"}, {"minimum", 0}};
      break;
    case FieldKind::kMoney:
      s = {{"type", "integer"}, {"format", "int64"}, {"minimum", 0}, {"x-unit", "fen"}};
      break;
    case FieldKind::kReal:
      s = {{"type", "number"}};
      break;
    case FieldKind::kBool:
      s = {{"type", "boolean"}};
      break;
    case FieldKind::kDate:
      s = {{"type", "string"}, {"format", "date"}};
      break;
    case FieldKind::kTimestamp:
      s = {{"type", "string"}, {"format", "date-time"}};
      break;
    case FieldKind::kUnitCode:
      s = {{"type", "string"}, {"pattern", "^([0-9]{6}|[0-9]{9}|[0-9]{12})$"}};
      break;
    case FieldKind::kEnum: {
      json codes = json::array();
      for (const auto& c : f.choices) codes.push_back(c.code);
      s = {{"type", "string"}, {"enum", codes}};
      if (!f.default_code.empty()) s["default"] = f.default_code;
      break;
    }
    case FieldKind::kText:
      s = {{"type", "string"}};
      break;
  }
  std::string description = std::string(f.zh) + " / " + std::string(f.en);
  if (f.kind == FieldKind::kRef) description += " → " + std::string(f.ref);
  if (f.kind == FieldKind::kUnitCode && !f.ref.empty()) description += " → admin_units.code";
  if (f.kind == FieldKind::kEnum) {
    description += " (";
    for (size_t i = 0; i < f.choices.size(); ++i)
      description += (i ? ", " : "") + std::string(f.choices[i].code) + "=" + std::string(f.choices[i].zh);
    description += ")";
  }
  s["description"] = description;
  if (f.system) s["readOnly"] = true;
  s["nullable"] = true;
  return s;
}

json TypeSchema(const model::RecordType& t) {
  json props = json::object();
  json required = json::array();
  for (const auto& f : t.fields) {
    props[std::string(f.name)] = FieldSchema(f);
    if (f.required && !f.system) required.push_back(f.name);
  }
  if (!t.id_hash_field.empty())
    props["id_number"] = {{"type", "string"},
                          {"writeOnly", true},
                          {"description", "身份证号，仅保存加盐哈希 / ID number; only its salted hash is stored"}};
  json s = {{"type", "object"},
            {"title", std::string(t.zh) + " / " + std::string(t.en)},
            {"properties", props},
            {"additionalProperties", false}};
  if (!required.empty()) s["required"] = required;
  return s;
}

json Ref(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }

json ErrorResponses() {
  json e = {{"description", "错误 / error"}, {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
  return {{"400", e}, {"404", e}, {"409", e}, {"413", e}, {"500", e}};
}

json Operation(const std::string& method, const std::string& pattern, const model::RecordType* t) {
  json op;
  std::string name = t ? std::string(t->name) : "";
  json params = json::array();
  if (pattern.find("{id}") != std::string::npos)
    params.push_back({{"name", "id"}, {"in", "path"}, {"required", true}, {"schema", {{"type", "integer"}, {"minimum", 1}}}});
  json ok_row = {{"description", "OK"}, {"content", {{"application/json", {{"schema", Ref(name)}}}}}};
  const bool is_import = pattern.ends_with("/import"), is_export = pattern.ends_with("/export");
  if (t && (is_import || is_export || (method == "GET" && pattern.find("{id}") == std::string::npos))) {
    op["summary"] = "列表 / list " + std::string(t->en);
    for (auto [p, type, d] : {std::tuple{"pairing", "integer", "结对关系编号 / pairing id"},
                              {"unit", "string", "区划代码（含下级）/ unit code, with units below"},
                              {"year", "integer", "年度 / year"},
                              {"status", "string", "状态 / workflow status"},
                              {"q", "string",
                               "全文搜索：任一文本字段包含此文本（英文字母不分大小写，% _ 按字面匹配）/ "
                               "free text: some text field contains it (ASCII case-insensitive; % and _ are literal)"},
                              {"sort", "string", "排序字段，前加 - 为降序 / sort field, '-' for descending"},
                              {"page", "integer", "页码（从1开始）/ page, from 1"},
                              {"page_size", "integer", "每页条数（≤500）/ rows per page (≤ 500)"}})
      params.push_back({{"name", p}, {"in", "query"}, {"schema", {{"type", type}}}, {"description", d}});
    params.push_back({{"name", "<field>"},
                      {"in", "query"},
                      {"schema", {{"type", "string"}}},
                      {"description", "任一字段等值筛选 / equality filter on any field"}});
    op["responses"] = {{"200",
                        {{"description", "OK"},
                         {"content",
                          {{"application/json",
                            {{"schema",
                              {{"type", "object"},
                               {"properties",
                                {{"items", {{"type", "array"}, {"items", Ref(name)}}},
                                 {"total", {{"type", "integer"}}},
                                 {"page", {{"type", "integer"}}},
                                 {"page_size", {{"type", "integer"}}}}}}}}}}}}}};
    if (is_export) {
      // The list's filters, without paging, and the file format.
      json filters = json::array();
      for (const json& p : params)
        if (p["name"] != "page" && p["name"] != "page_size") filters.push_back(p);
      filters.push_back({{"name", "format"},
                         {"in", "query"},
                         {"schema", {{"type", "string"}, {"enum", {"xlsx", "csv", "json"}}}},
                         {"description", "文件格式（缺省 xlsx）/ file format (default xlsx)"}});
      params = std::move(filters);
      op["summary"] = "导出 / export " + std::string(t->en);
      op["responses"] = {{"200",
                          {{"description", "文件（附件）/ the file, as an attachment"},
                           {"content",
                            {{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", json::object()},
                             {"text/csv", json::object()},
                             {"application/json", json::object()}}}}}};
    } else if (is_import) {
      params = json::array({{{"name", "format"},
                             {"in", "query"},
                             {"schema", {{"type", "string"}, {"enum", {"csv", "xlsx", "json"}}}},
                             {"description", "文件格式（缺省按内容判断）/ file format (default: by content)"}}});
      op["summary"] = "导入（全部成功或全部不写）/ import " + std::string(t->en) + ", all or nothing";
      op["requestBody"] = {{"required", true},
                           {"content",
                            {{"text/csv", {{"schema", {{"type", "string"}}}}},
                             {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              {{"schema", {{"type", "string"}, {"format", "binary"}}}}},
                             {"application/json", {{"schema", {{"type", "array"}, {"items", Ref(name)}}}}}}}};
      op["responses"] = {{"200",
                          {{"description", "OK"},
                           {"content",
                            {{"application/json",
                              {{"schema",
                                {{"type", "object"},
                                 {"properties",
                                  {{"type", {{"type", "string"}}},
                                   {"rows_read", {{"type", "integer"}}},
                                   {"rows_written", {{"type", "integer"}}},
                                   {"elapsed_ms", {{"type", "integer"}}}}}}}}}}}}}};
    }
  } else if (t && method == "GET") {
    op["summary"] = "查看 / get " + std::string(t->en);
    op["responses"] = {{"200", ok_row}};
  } else if (t && method == "POST") {
    op["summary"] = "新增 / create " + std::string(t->en);
    op["requestBody"] = {{"required", true}, {"content", {{"application/json", {{"schema", Ref(name)}}}}}};
    op["responses"] = {{"201", ok_row}};
  } else if (t && (method == "PUT" || method == "PATCH")) {
    op["summary"] = (method == "PUT" ? "替换 / replace " : "修改 / patch ") + std::string(t->en);
    op["requestBody"] = {{"required", true}, {"content", {{"application/json", {{"schema", Ref(name)}}}}}};
    op["responses"] = {{"200", ok_row}};
  } else if (t && method == "DELETE") {
    op["summary"] = "删除 / delete " + std::string(t->en);
    op["responses"] = {{"204", {{"description", "已删除 / deleted"}}}};
  } else {
    op["summary"] = pattern;
    // The fixed routes: their query parameters, as the handlers read them.
    struct Param {
      const char* name;
      const char* type;
      bool required;
      const char* description;
    };
    static const std::vector<std::pair<std::string, std::vector<Param>>> kFixed = {
        {"/api/v1/changes",
         {{"limit", "integer", false, "条数（≤100，缺省20）/ items (≤ 100, default 20)"},
          {"pairing", "integer", false, "结对关系 / pairing"},
          {"unit", "string", false, "区划代码（含下级）/ unit code, with units below"}}},
        {"/api/v1/indicators/values",
         {{"year", "integer", true, "年度 / year"},
          {"codes", "string", false, "指标代码，逗号分隔（缺省为全部）/ comma-separated codes (default all)"},
          {"pairing", "integer", false, "结对关系（含下级）/ pairing, with those below it"},
          {"unit", "string", false, "区划代码（所在一侧，含下级）/ unit code, its side, with units below"},
          {"quarter", "integer", false, "季度 1–4 / quarter"},
          {"month", "integer", false, "月份 1–12 / month"},
          {"cumulative", "integer", false, "1：截至年底累计 / 1: cumulative to the year's end"}}},
        {"/api/v1/indicators/series",
         {{"code", "string", true, "指标代码 / indicator code"},
          {"from", "integer", true, "起始年度 / first year"},
          {"to", "integer", true, "结束年度 / last year"},
          {"granularity", "string", false, "year | quarter | month"},
          {"pairing", "integer", false, "结对关系 / pairing"},
          {"unit", "string", false, "区划代码 / unit code"}}},
        {"/api/v1/indicators/ranking",
         {{"code", "string", true, "指标代码（非派生）/ indicator code (not derived)"},
          {"year", "integer", true, "年度 / year"},
          {"level", "string", false, "结对层级 / pairing level"},
          {"limit", "integer", false, "条数（≤500）/ rows (≤ 500)"}}},
        {"/api/v1/reports/annual",
         {{"year", "integer", true, "年度 / year"},
          {"pairing", "integer", false, "结对关系（与 unit 二选一）/ pairing (or unit)"},
          {"unit", "string", false, "区划代码 / unit code"},
          {"format", "string", false, "json | html | xlsx | text"}}},
    };
    for (const auto& [fixed, list] : kFixed) {
      if (fixed != pattern) continue;
      for (const Param& p : list)
        params.push_back({{"name", p.name},
                          {"in", "query"},
                          {"required", p.required},
                          {"schema", {{"type", p.type}}},
                          {"description", p.description}});
    }
    op["responses"] = {{"200", {{"description", "OK"}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}}}};
  }
  if (t) op["tags"] = json::array({std::string(t->zh) + " " + std::string(t->en)});
  if (!params.empty()) op["parameters"] = params;
  const json errors = ErrorResponses();  // named: items() of a temporary would dangle
  for (const auto& [code, r] : errors.items())
    if (!op["responses"].contains(code)) op["responses"][code] = r;
  return op;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string OpenApiDocument(const Router& router, const ApiOptions& options) {
  json paths = json::object();
  for (const Route& route : router.routes()) {
    if (route.pattern.find("{type}") != std::string::npos) {
      for (const model::RecordType& t : model::AllTypes()) {
        std::string path = route.pattern;
        path.replace(path.find("{type}"), 6, t.name);
        paths[path][Lower(route.method)] = Operation(route.method, route.pattern, &t);
      }
    } else {
      paths[route.pattern][Lower(route.method)] = Operation(route.method, route.pattern, nullptr);
    }
  }
  json schemas = json::object();
  for (const model::RecordType& t : model::AllTypes()) schemas[std::string(t.name)] = TypeSchema(t);
  json field_error = {{"type", "object"},
                      {"properties",
                       {{"field", {{"type", "string"}}},
                        {"message", {{"type", "string"}, {"description", "中文"}}},
                        {"message_en", {{"type", "string"}}},
                        {"row", {{"type", "integer"}, {"description", "导入文件行号 / line of an imported file"}}}}}};
  schemas["Error"] = {{"type", "object"},
                      {"properties",
                       {{"error",
                         {{"type", "object"},
                          {"properties",
                           {{"code", {{"type", "string"}}},
                            {"message", {{"type", "string"}, {"description", "中文说明"}}},
                            {"message_en", {{"type", "string"}}},
                            {"fields", {{"type", "array"}, {"items", field_error}}}}}}}}}};
  json doc = {{"openapi", "3.0.3"},
              {"info",
               {{"title", "山海 shanhai API"},
                {"version", options.version},
                {"description",
                 "东西部协作台账 JSON API。金额为整数“分”，日期为 YYYY-MM-DD。 / The East–West cooperation ledger API. "
                 "Money is integer fen; dates are YYYY-MM-DD."}}},
              {"paths", paths},
              {"components", {{"schemas", schemas}}}};
  return doc.dump(2);
}

}  // namespace shanhai::api
