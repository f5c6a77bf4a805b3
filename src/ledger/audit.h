// ledger/audit.h (internal to ledger/)
//
// The audit log as the ledger writes it: one audit_log row (model/system_types.cc) per
// changed row, in the transaction that changes it, so a write and its trace are
// committed or rolled back together. The table itself refuses updates and deletes.
#ifndef SHANHAI_LEDGER_AUDIT_H_
#define SHANHAI_LEDGER_AUDIT_H_

#include <string_view>
#include <vector>

#include "base/status.h"
#include "ledger/ledger.h"
#include "model/record.h"
#include "store/store.h"

namespace shanhai::ledger {

// The audit row for `action` ("create", "update", "delete", "import") on a row whose
// state was `before` (null when created) and is `after` (null when deleted).
model::Record AuditRow(const Actor& actor, std::string_view action, const model::Record* before,
                       const model::Record* after, const std::string& at);

// Writes one audit row. Errors: the store's.
Status AppendAudit(store::Txn& txn, const Actor& actor, std::string_view action, const model::Record* before,
                   const model::Record* after);

}  // namespace shanhai::ledger

#endif  // SHANHAI_LEDGER_AUDIT_H_
