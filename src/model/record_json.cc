#include "model/record_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace shanhai::model {
namespace {

using nlohmann::json;

// The problem with `v` as a value of `f`, or an empty string when it fits.
std::pair<std::string, std::string> KindMismatch(const FieldDef& f, const json& v, Value& out) {
  auto expected = [&] {
    return std::pair{"expected " + std::string(KindNameEn(f.kind)) + ", got " + std::string(v.type_name()),
                     "应为" + std::string(KindNameZh(f.kind)) + "，实际为 " + std::string(v.type_name())};
  };
  switch (f.kind) {
    case FieldKind::kId:
    case FieldKind::kInt:
    case FieldKind::kMoney:
    case FieldKind::kRef:
      if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) return expected();
        out = v.get<int64_t>();
        return {};
      }
      // 12.0 is an integer written carelessly; 12.5 fen is not an amount.
      if (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>() &&
          std::fabs(v.get<double>()) < 9e15) {
        out = static_cast<int64_t>(v.get<double>());
        return {};
      }
      return expected();
    case FieldKind::kReal:
      if (!v.is_number()) return expected();
      out = v.get<double>();
      return {};
    case FieldKind::kBool:
      if (!v.is_boolean()) return expected();
      out = v.get<bool>();
      return {};
    case FieldKind::kText:
    case FieldKind::kEnum:
    case FieldKind::kDate:
    case FieldKind::kTimestamp:
    case FieldKind::kUnitCode:
      if (!v.is_string()) return expected();
      out = v.get<std::string>();
      return {};
  }
  return expected();
}

}  // namespace

Result<ParsedRecord> RecordFromJson(const RecordType& type, const json& obj, bool apply_defaults) {
  if (!obj.is_object())
    return Status::InvalidArgument("the body must be a JSON object", "请求体应为 JSON 对象");
  ParsedRecord parsed{Record(type), {}, std::nullopt};
  std::vector<FieldError> errors;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const std::string& key = it.key();
    if (key == "id_number" && !type.id_hash_field.empty()) {
      if (it->is_string()) {
        parsed.id_number = it->get<std::string>();
      } else if (!it->is_null()) {
        errors.push_back({key, "expected text", "应为文本", 0});
      }
      continue;
    }
    int index = type.FieldIndex(key);
    if (index < 0) {
      errors.push_back({key, "unknown field for " + std::string(type.en), "“" + std::string(type.zh) + "”没有此字段", 0});
      continue;
    }
    const FieldDef& f = type.fields[static_cast<size_t>(index)];
    if (f.system) {
      errors.push_back({key, "is set by the system and cannot be written", "由系统生成，不能填写", 0});
      continue;
    }
    parsed.present.push_back(key);
    if (it->is_null()) continue;
    Value value;
    auto [en, zh] = KindMismatch(f, *it, value);
    if (!en.empty()) {
      errors.push_back({key, en, zh, 0});
      continue;
    }
    parsed.record.at(static_cast<size_t>(index)) = std::move(value);
  }
  if (!errors.empty()) {
    std::string en = "invalid input for " + std::string(type.en), zh = "“" + std::string(type.zh) + "”输入有误";
    for (const auto& e : errors) {
      en += "; " + e.field + ": " + e.message_en;
      zh += "；" + e.field + "：" + e.message_zh;
    }
    return Status::InvalidArgument(en, zh, errors);
  }
  if (apply_defaults) {
    for (size_t i = 0; i < type.fields.size(); ++i) {
      const FieldDef& f = type.fields[i];
      if (f.kind == FieldKind::kEnum && !f.default_code.empty() && IsAbsent(parsed.record.at(i)))
        parsed.record.at(i) = std::string(f.default_code);
    }
  }
  return parsed;
}

json ValueToJson(const FieldDef&, const Value& v) {
  return std::visit(
      [](const auto& x) -> json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return nullptr;
        } else {
          return x;
        }
      },
      v);
}

json RecordToJson(const Record& record) {
  json out = json::object();
  const auto& fields = record.type().fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (IsAbsent(record.at(i))) continue;
    out[std::string(fields[i].name)] = ValueToJson(fields[i], record.at(i));
  }
  return out;
}

}  // namespace shanhai::model
