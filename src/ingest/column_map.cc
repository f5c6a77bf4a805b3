#include "ingest/column_map.h"

#include <map>
#include <set>

#include "model/field_text.h"

namespace shanhai::ingest {
namespace {

constexpr int kIdNumberIndex = -2;  // the virtual id_number column, in the key index

// `s` without surrounding spaces, ASCII or not (U+3000, U+00A0).
std::string_view TrimSpaces(std::string_view s) {
  static constexpr std::string_view kSpaces[] = {" ", "\t", "\r", "\n", "\xE3\x80\x80", "\xC2\xA0"};
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view space : kSpaces) {
      if (s.starts_with(space)) {
        s.remove_prefix(space.size());
        changed = true;
      }
      if (s.ends_with(space)) {
        s.remove_suffix(space.size());
        changed = true;
      }
    }
  }
  return s;
}

// The form in which header cells and field names are compared.
std::string Normalize(std::string_view raw) {
  std::string_view s = TrimSpaces(raw);
  std::string out;
  out.reserve(s.size() + 4);
  for (char c : s) {
    if (c == '(') {
      out += "（";
    } else if (c == ')') {
      out += "）";
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Status Problems(const model::RecordType& type, std::vector<FieldError> errors, int64_t line) {
  std::string en = "the header (line " + std::to_string(line) + ") does not fit " + std::string(type.en);
  std::string zh = "表头（第 " + std::to_string(line) + " 行）与“" + std::string(type.zh) + "”不符";
  for (const auto& e : errors) {
    en += "; " + e.field + ": " + e.message_en;
    zh += "；" + e.field + "：" + e.message_zh;
  }
  return Status::InvalidArgument(en, zh, std::move(errors));
}

}  // namespace

Result<std::vector<ColumnBinding>> MapColumns(const model::RecordType& type, const std::vector<std::string>& header,
                                             int64_t line) {
  // Every accepted spelling → the fields it may mean (more than one: ambiguous).
  std::map<std::string, std::set<int>> keys;
  for (size_t i = 0; i < type.fields.size(); ++i) {
    const model::FieldDef& f = type.fields[i];
    for (const std::string& key :
         {model::FileColumnName(f), std::string(f.name), model::FileColumnLabel(f), std::string(f.zh)}) {
      // Files hold yuan; a column named "…_fen" would be read 100 times too large.
      if (f.kind == model::FieldKind::kMoney && key == f.name) continue;
      keys[Normalize(key)].insert(static_cast<int>(i));
    }
  }
  if (!type.id_hash_field.empty()) {
    keys["id_number"].insert(kIdNumberIndex);
    keys[Normalize("身份证号")].insert(kIdNumberIndex);
  }

  std::vector<ColumnBinding> columns;
  std::vector<FieldError> errors;
  std::map<int, std::string> seen;  // field index → the header that named it
  for (const std::string& cell : header) {
    ColumnBinding binding;
    binding.header = cell;
    const std::string key = Normalize(cell);
    if (key.empty()) {
      columns.push_back(std::move(binding));
      continue;
    }
    auto it = keys.find(key);
    const model::FieldDef* fen = nullptr;
    for (const model::FieldDef& f : type.fields)
      if (f.kind == model::FieldKind::kMoney && Normalize(std::string(f.name)) == key) fen = &f;
    if (it == keys.end() && fen) {
      errors.push_back({cell, "money in files is in yuan: head the column " + model::FileColumnName(*fen) + " (or " +
                                  model::FileColumnLabel(*fen) + ") and write yuan",
                        "文件中的金额以元为单位：请将列名改为 " + model::FileColumnName(*fen) + "（或“" +
                            model::FileColumnLabel(*fen) + "”），并填写元",
                        line});
      columns.push_back(std::move(binding));
      continue;
    }
    if (it == keys.end()) {
      std::string accepted;
      for (const model::FieldDef& f : type.fields)
        if (!f.system) accepted += (accepted.empty() ? "" : ", ") + model::FileColumnName(f);
      if (!type.id_hash_field.empty()) accepted += ", id_number";
      errors.push_back({cell, "unknown column; accepted: " + accepted + " (or their Chinese labels)",
                        "未知的列；可用的列：" + accepted + "（或其中文名称）", line});
      columns.push_back(std::move(binding));
      continue;
    }
    if (it->second.size() > 1) {
      std::string names;
      for (int i : it->second) names += (names.empty() ? "" : ", ") + std::string(type.fields[static_cast<size_t>(i)].name);
      errors.push_back({cell, "ambiguous column: it may mean " + names + "; head the column with one of these names",
                        "列名有歧义，可能指 " + names + "，请改用其中一个字段名作列名", line});
      columns.push_back(std::move(binding));
      continue;
    }
    const int index = *it->second.begin();
    if (auto [prev, inserted] = seen.emplace(index, cell); !inserted) {
      errors.push_back({cell, "the same field as column '" + prev->second + "' appears twice",
                        "与列“" + prev->second + "”是同一字段，重复出现", line});
      columns.push_back(std::move(binding));
      continue;
    }
    if (index == kIdNumberIndex) {
      binding.role = ColumnRole::kIdNumber;
    } else {
      binding.field_index = index;
      binding.role = type.fields[static_cast<size_t>(index)].system ? ColumnRole::kSystem : ColumnRole::kField;
    }
    columns.push_back(std::move(binding));
  }

  for (size_t i = 0; i < type.fields.size(); ++i) {
    const model::FieldDef& f = type.fields[i];
    if (!f.required || f.system || !f.default_code.empty() || seen.contains(static_cast<int>(i))) continue;
    const std::string name = model::FileColumnName(f), label = model::FileColumnLabel(f);
    errors.push_back({name, "required column missing (" + name + " or " + label + ")",
                      "缺少必填列（" + name + " 或 " + label + "）", line});
  }
  if (!errors.empty()) return Problems(type, std::move(errors), line);
  return columns;
}

}  // namespace shanhai::ingest
