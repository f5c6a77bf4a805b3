#include "model/field_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "base/money.h"

namespace shanhai::model {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

Status Expected(const FieldDef& f, std::string_view text) {
  return Status::InvalidArgument(
      "expected " + std::string(KindNameEn(f.kind)) + " for " + std::string(f.name) + ", got '" +
          std::string(text) + "'",
      std::string(f.zh) + "应为" + std::string(KindNameZh(f.kind)) + "，实际为 '" + std::string(text) + "'");
}

}  // namespace

std::string FileColumnName(const FieldDef& f) {
  std::string name(f.name);
  if (f.kind == FieldKind::kMoney && name.size() > 4 && name.ends_with("_fen"))
    name.replace(name.size() - 4, 4, "_yuan");
  return name;
}

std::string FileColumnLabel(const FieldDef& f) {
  std::string label(f.zh);
  if (f.kind == FieldKind::kMoney) label += "（元）";
  return label;
}

Result<Value> ParseFieldText(const FieldDef& f, std::string_view raw) {
  std::string_view text = Trim(raw);
  if (text.empty()) return Value{};
  switch (f.kind) {
    case FieldKind::kId:
    case FieldKind::kInt:
    case FieldKind::kRef: {
      int64_t v = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (ec != std::errc() || end != text.data() + text.size()) return Expected(f, text);
      return Value{v};
    }
    case FieldKind::kMoney: {
      Result<int64_t> fen = ParseYuanToFen(text);
      if (!fen.ok()) return Expected(f, text);
      return Value{*fen};
    }
    case FieldKind::kReal: {
      std::string copy(text);
      char* end = nullptr;
      double v = std::strtod(copy.c_str(), &end);
      if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return Expected(f, text);
      return Value{v};
    }
    case FieldKind::kBool:
      if (text == "是" || text == "true" || text == "TRUE" || text == "1" || text == "Y" || text == "y")
        return Value{true};
      if (text == "否" || text == "false" || text == "FALSE" || text == "0" || text == "N" || text == "n")
        return Value{false};
      return Expected(f, text);
    case FieldKind::kEnum:
      for (const Choice& c : f.choices)
        if (text == c.code || text == c.zh || text == c.en) return Value{std::string(c.code)};
      // An unknown code is kept so that validation reports it with the allowed list.
      return Value{std::string(text)};
    case FieldKind::kText:
    case FieldKind::kDate:
    case FieldKind::kTimestamp:
    case FieldKind::kUnitCode:
      return Value{std::string(text)};
  }
  return Expected(f, text);
}

std::string FormatFieldText(const FieldDef& f, const Value& v) {
  if (IsAbsent(v)) return {};
  if (auto* i = std::get_if<int64_t>(&v)) {
    if (f.kind == FieldKind::kMoney) return FormatFenAsYuan(*i);
    return std::to_string(*i);
  }
  if (auto* d = std::get_if<double>(&v)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    // Prefer the shortest form that reads back exactly.
    for (int precision = 1; precision <= 17; ++precision) {
      char shorter[64];
      std::snprintf(shorter, sizeof shorter, "%.*g", precision, *d);
      if (std::strtod(shorter, nullptr) == *d) return shorter;
    }
    return buf;
  }
  if (auto* b = std::get_if<bool>(&v)) return *b ? "是" : "否";
  return std::get<std::string>(v);
}

}  // namespace shanhai::model
