#include "indicators/lookup.h"

namespace shanhai::indicators {

Result<std::optional<model::Record>> Lookup::Find(const model::RecordType& type, int64_t id) {
  auto key = std::make_pair(type.name, id);
  if (auto it = rows_.find(key); it != rows_.end()) return it->second;
  SHANHAI_ASSIGN_OR_RETURN(auto row, txn_.Get(type, id));
  rows_.emplace(key, row);
  return row;
}

Result<std::optional<model::Record>> Lookup::FindUnit(const std::string& code) {
  if (auto it = units_.find(code); it != units_.end()) return it->second;
  SHANHAI_ASSIGN_OR_RETURN(auto row, txn_.GetUnitByCode(code));
  units_.emplace(code, row);
  return row;
}

Result<std::vector<model::Record>> Lookup::FindBy(const model::RecordType& type, const std::string& field,
                                                  const model::Value& value) {
  store::ListQuery q;
  q.type = &type;
  q.equals.emplace_back(field, value);
  q.limit = 10'000;
  SHANHAI_ASSIGN_OR_RETURN(store::Page page, txn_.List(q));
  return std::move(page.rows);
}

void Lookup::AddPending(const model::Record& r) {
  if (r.id() != 0) rows_.insert_or_assign(std::make_pair(r.type().name, r.id()), r);
  if (r.type().name == "admin_units") units_.insert_or_assign(r.GetString("code").value_or(""), r);
}

void Lookup::Forget(const model::RecordType& type, int64_t id) { rows_.erase(std::make_pair(type.name, id)); }

void Lookup::ForgetUnit(const std::string& code) { units_.erase(code); }

}  // namespace shanhai::indicators
