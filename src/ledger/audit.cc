#include "ledger/audit.h"

#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "model/record_json.h"
#include "model/record_type.h"

namespace shanhai::ledger {

model::Record AuditRow(const Actor& actor, std::string_view action, const model::Record* before,
                       const model::Record* after, const std::string& at) {
  model::Record r(*model::FindSystemType("audit_log"));
  const model::Record& row = after ? *after : *before;
  r.Set("at", at);
  if (actor.user_id) r.Set("user_id", actor.user_id);
  r.Set("username", actor.name.empty() ? std::string("system") : actor.name);
  if (!actor.remote_address.empty()) r.Set("remote_address", actor.remote_address);
  r.Set("action", std::string(action));
  r.Set("record_type", std::string(row.type().name));
  r.Set("record_id", row.id());
  // Scope columns, so the log can be read with the same data scope as the rows.
  for (const char* f : {"west_code", "east_code"})
    if (row.type().FieldIndex(f) >= 0)
      if (auto v = row.GetString(f)) r.Set(f, *v);
  if (row.type().FieldIndex("pairing_id") >= 0) {
    if (auto v = row.GetInt("pairing_id")) r.Set("pairing_id", *v);
  } else if (row.type().name == "pairings") {
    r.Set("pairing_id", row.id());
  }
  // The JSON form never holds an ID number, only its salted hash (model/record_json.h).
  if (before) r.Set("before_json", model::RecordToJson(*before).dump());
  if (after) r.Set("after_json", model::RecordToJson(*after).dump());
  return r;
}

Status AppendAudit(store::Txn& txn, const Actor& actor, std::string_view action, const model::Record* before,
                   const model::Record* after) {
  model::Record r = AuditRow(actor, action, before, after, NowUtcIso());
  return txn.Insert(r);
}

}  // namespace shanhai::ledger
