// ledger/ledger.h
//
// Ledger: the one write path of shanhai. The API, the CLI and the importers all go
// through it, so every row that reaches the Store has been checked the same way:
//
//   1. the model's own rules (model::ValidateRecord);
//   2. references: every id and unit code it names exists;
//   3. the pairing: a record's date lies within its pairing's start..end, unless the
//      record says why not (outside_pairing_reason);
//   4. derivations: west_code/east_code from the record's western unit or its pairing,
//      the salted hash of an ID number (the number itself is dropped), timestamps,
//      provenance (recorded_by defaults to the actor);
//   5. locked rows (status "locked") cannot change or be deleted;
//   6. the actor's guard (the API's data-scope and permission check) sees every row
//      before it is written, as it will be stored;
//   7. an audit_log row records each write: who, from where, the row before and after
//      (ledger/audit.h), in the same transaction.
//
// A failed call writes nothing. Errors are kInvalidArgument with field-level messages
// (zh + en), kNotFound, kFailedPrecondition (locked, still referenced), or the store's.
//
// Thread-safety: a Ledger may be shared by threads; it holds no mutable state of its
// own beyond what the Store synchronises.

#ifndef SHANHAI_LEDGER_LEDGER_H_
#define SHANHAI_LEDGER_LEDGER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "base/result.h"
#include "indicators/indexer.h"
#include "model/record.h"
#include "model/record_json.h"
#include "store/store.h"

namespace shanhai::ledger {

// Who is writing: provenance (recorded_by) and the audit log take it from here.
struct Actor {
  Actor() = default;
  explicit Actor(std::string who) : name(std::move(who)) {}

  std::string name = "system";  // the user name, or "system", "cli", "demo"
  int64_t user_id = 0;          // 0: not a signed-in user (CLI, demo loading)
  std::string remote_address;   // where the request came from, for the audit log
  // Called inside the write transaction for every row about to change: `before` is the
  // stored row (null when creating), `after` the row as it will be stored (null when
  // deleting). A non-OK status aborts the whole write with that status. Empty: no check.
  std::function<Status(const model::Record* before, const model::Record* after)> guard;
};

// One parsed row of an imported file, with the line it came from (1-based).
struct ImportRow {
  int64_t line = 0;
  model::ParsedRecord parsed;
};

// Called during an import with rows processed so far and the total.
using ProgressFn = std::function<void(int64_t done, int64_t total)>;

class Ledger {
 public:
  // `store` (and `indexer`, when given) must outlive the ledger. With an indexer, every
  // write also brings the indicator facts up to date in the same transaction; without
  // one, no facts are kept (tests of the write path alone).
  explicit Ledger(store::Store& store, const indicators::Indexer* indexer = nullptr)
      : store_(store), indexer_(indexer) {}

  // Creates a row of `type` from its JSON form (model/record_json.h). Returns the row
  // as stored (id and derived fields filled in).
  Result<model::Record> Create(const model::RecordType& type, const nlohmann::json& body, const Actor& actor);

  // Changes the fields `patch` names (JSON merge-patch: null clears a field), then runs
  // the same checks as Create on the whole row. Returns the row as stored.
  Result<model::Record> Update(const model::RecordType& type, int64_t id, const nlohmann::json& patch,
                               const Actor& actor);

  // Deletes a row. kFailedPrecondition when it is locked or other rows refer to it
  // (the message names one of them).
  Status Delete(const model::RecordType& type, int64_t id, const Actor& actor);

  // The row with this id; kNotFound when there is none.
  Result<model::Record> Get(const model::RecordType& type, int64_t id);

  // A page of rows (see store::ListQuery).
  Result<store::Page> List(const store::ListQuery& query);

  // Writes all `rows` of `type` in one transaction, or none of them. Every row is
  // checked (not only up to the first bad one); on failure the status is
  // kInvalidArgument and lists each problem with its row's line. Rows may refer to
  // rows earlier in the same batch by their explicit ids. Returns the number written.
  Result<int64_t> Import(const model::RecordType& type, std::vector<ImportRow> rows, const Actor& actor,
                         const ProgressFn& progress = {});

  store::Store& store() { return store_; }
  const indicators::Indexer* indexer() const { return indexer_; }

 private:
  // The indicator catalog the rows are checked against (the indexer's), or null.
  const indicators::Catalog* Catalog() const;

  store::Store& store_;
  const indicators::Indexer* indexer_;
};

}  // namespace shanhai::ledger

#endif  // SHANHAI_LEDGER_LEDGER_H_
