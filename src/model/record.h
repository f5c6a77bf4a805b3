// model/record.h
//
// Record: one row of some RecordType, as values aligned with the type's fields. Used for
// every type alike, so storage, codecs and validation are written once.
//
// Value representation by FieldKind: kId/kInt/kMoney/kRef → int64_t; kReal → double;
// kBool → bool; kText/kEnum/kUnitCode/kDate/kTimestamp → std::string; an absent value
// (SQL NULL) → std::monostate.

#ifndef SHANHAI_MODEL_RECORD_H_
#define SHANHAI_MODEL_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/record_type.h"

namespace shanhai::model {

using Value = std::variant<std::monostate, int64_t, double, bool, std::string>;

class Record {
 public:
  // A row of `type` with every value absent. `type` must outlive the record (the
  // registry's types live for the whole program).
  explicit Record(const RecordType& type) : type_(&type), values_(type.fields.size()) {}

  const RecordType& type() const { return *type_; }
  const std::vector<Value>& values() const { return values_; }

  // The value at field index `i` (REQUIRES: i < fields.size()).
  const Value& at(size_t i) const { return values_[i]; }
  Value& at(size_t i) { return values_[i]; }

  // The value of the named field; an unknown name is a programmer error (asserts) and
  // reads as absent.
  const Value& Get(std::string_view field) const;
  void Set(std::string_view field, Value v);

  // Typed reads of the named field; nullopt when absent or of another representation.
  std::optional<int64_t> GetInt(std::string_view field) const;
  std::optional<std::string> GetString(std::string_view field) const;
  std::optional<bool> GetBool(std::string_view field) const;
  std::optional<double> GetReal(std::string_view field) const;

  // The id, or 0 before the store assigned one.
  int64_t id() const { return GetInt("id").value_or(0); }

 private:
  const RecordType* type_;
  std::vector<Value> values_;
};

bool IsAbsent(const Value& v);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_RECORD_H_
