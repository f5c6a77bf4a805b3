#include "auth/principal.h"

#include <array>
#include <string_view>
#include <utility>

namespace shanhai::auth {
namespace {

bool InUnit(const std::optional<std::string>& code, std::string_view unit) {
  return code && CodeInUnit(*code, unit);
}

bool InPairings(const Principal& who, const std::optional<int64_t>& id) {
  return id && who.pairings.count(*id) > 0;
}

// The field naming the unit of a reference row without west/east codes.
bool ReferenceInScope(const Principal& who, const model::Record& row) {
  const std::string_view type = row.type().name;
  if (who.scope == DataScope::kOwn) return false;  // reference data is not "recorded by" anyone
  if (type == "pairings") {
    if (InPairings(who, row.GetInt("id"))) return true;
    return who.scope == DataScope::kUnit &&
           (InUnit(row.GetString("east_unit"), who.unit_code) || InUnit(row.GetString("west_unit"), who.unit_code));
  }
  if (type == "agreements" || type == "targets") return InPairings(who, row.GetInt("pairing_id"));
  if (who.scope != DataScope::kUnit) return false;
  if (type == "admin_units") return InUnit(row.GetString("code"), who.unit_code);
  if (type == "organizations") return InUnit(row.GetString("unit_code"), who.unit_code);
  return false;
}

}  // namespace

bool InScope(const Principal& who, const model::Record& row) {
  const model::RecordType& type = row.type();
  if (type.type_class == model::TypeClass::kSystem) return false;
  if (who.scope == DataScope::kAll) return true;
  if (type.type_class == model::TypeClass::kReference) return ReferenceInScope(who, row);
  switch (who.scope) {
    case DataScope::kAll:
      return true;
    case DataScope::kUnit:
      return InUnit(row.GetString("west_code"), who.unit_code) || InUnit(row.GetString("east_code"), who.unit_code) ||
             InPairings(who, row.GetInt("pairing_id"));
    case DataScope::kPairing:
      return InPairings(who, row.GetInt("pairing_id"));
    case DataScope::kOwn: {
      auto by = row.GetString("recorded_by");
      return by && !who.username.empty() && *by == who.username;
    }
  }
  return false;
}

bool CodeInUnit(std::string_view code, std::string_view unit) {
  if (code.empty() || unit.empty()) return false;
  while (unit.size() > 2 && unit.substr(unit.size() - 2) == "00") unit.remove_suffix(2);
  return code.substr(0, unit.size()) == unit;
}

bool Readable(const Principal& who, const model::Record& row) {
  const std::string_view type = row.type().name;
  if (type == "admin_units" || type == "organizations" || type == "pairings") return true;
  return InScope(who, row);
}

std::string_view ScopeCode(DataScope scope) {
  switch (scope) {
    case DataScope::kAll: return "all";
    case DataScope::kUnit: return "unit";
    case DataScope::kPairing: return "pairing";
    case DataScope::kOwn: return "own";
  }
  return "own";
}

bool ParseScope(std::string_view code, DataScope& out) {
  constexpr std::array<std::pair<std::string_view, DataScope>, 4> kAll = {
      {{"all", DataScope::kAll}, {"unit", DataScope::kUnit}, {"pairing", DataScope::kPairing}, {"own", DataScope::kOwn}}};
  for (const auto& [c, s] : kAll)
    if (c == code) {
      out = s;
      return true;
    }
  return false;
}

}  // namespace shanhai::auth
