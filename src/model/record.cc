#include "model/record.h"

#include <cassert>

namespace shanhai::model {
namespace {
const Value kAbsent;
}

bool IsAbsent(const Value& v) { return std::holds_alternative<std::monostate>(v); }

const Value& Record::Get(std::string_view field) const {
  int i = type_->FieldIndex(field);
  assert(i >= 0 && "unknown field");
  return i < 0 ? kAbsent : values_[static_cast<size_t>(i)];
}

void Record::Set(std::string_view field, Value v) {
  int i = type_->FieldIndex(field);
  assert(i >= 0 && "unknown field");
  if (i >= 0) values_[static_cast<size_t>(i)] = std::move(v);
}

std::optional<int64_t> Record::GetInt(std::string_view field) const {
  if (type_->FieldIndex(field) < 0) return std::nullopt;
  const Value& v = Get(field);
  if (auto* p = std::get_if<int64_t>(&v)) return *p;
  return std::nullopt;
}

std::optional<std::string> Record::GetString(std::string_view field) const {
  if (type_->FieldIndex(field) < 0) return std::nullopt;
  const Value& v = Get(field);
  if (auto* p = std::get_if<std::string>(&v)) return *p;
  return std::nullopt;
}

std::optional<bool> Record::GetBool(std::string_view field) const {
  if (type_->FieldIndex(field) < 0) return std::nullopt;
  const Value& v = Get(field);
  if (auto* p = std::get_if<bool>(&v)) return *p;
  return std::nullopt;
}

std::optional<double> Record::GetReal(std::string_view field) const {
  if (type_->FieldIndex(field) < 0) return std::nullopt;
  const Value& v = Get(field);
  if (auto* p = std::get_if<double>(&v)) return *p;
  return std::nullopt;
}

}  // namespace shanhai::model
