// indicators/indexer.h
//
// Indexer: keeps the indicator facts (store/fact.h) in step with the records, inside
// the transaction that writes them, so every total is live. It also recomputes every
// fact from the raw records for `shanhai check` and repairs them after the catalog
// changed.
//
// A record's facts depend on the record and on the rows its rule paths reach (a spell's
// person, a county's flags, whether an employer landed an investment). When such a row
// changes, the facts of the records that reach it are recomputed too.
//
// Thread-safety: immutable after construction; calls take the caller's transaction.

#ifndef SHANHAI_INDICATORS_INDEXER_H_
#define SHANHAI_INDICATORS_INDEXER_H_

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "indicators/catalog.h"
#include "indicators/lookup.h"
#include "model/record.h"
#include "store/store.h"

namespace shanhai::indicators {

// What `Check` found: facts stored but not derivable from the records (extra), facts
// derivable but not stored (missing), and facts stored with other content (changed).
struct CheckReport {
  int64_t records = 0;  // records examined
  int64_t facts = 0;    // facts derived from them
  std::vector<store::Fact> missing;
  std::vector<store::Fact> extra;
  std::vector<std::pair<store::Fact, store::Fact>> changed;  // (stored, derived)
  bool clean() const { return missing.empty() && extra.empty() && changed.empty(); }
};

class Indexer {
 public:
  explicit Indexer(std::shared_ptr<const Catalog> catalog);

  // After one row was created (before == nullptr), updated, or deleted (after ==
  // nullptr) in `lookup`'s transaction: replaces that row's facts and recomputes those
  // of the rows whose facts depend on it.
  Status OnWrite(Lookup& lookup, const model::Record* before, const model::Record* after) const;

  // After a batch of new rows (an import) was inserted: adds their facts in bulk and
  // updates the rows that depend on them.
  Status OnInsertBatch(Lookup& lookup, const std::vector<model::Record>& rows) const;

  // Recomputes every fact from the records and compares with the stored ones.
  Result<CheckReport> Check(store::Txn& txn) const;

  // Makes the stored facts equal to the derived ones (after a catalog change). Returns
  // what was wrong before.
  Result<CheckReport> Rebuild(store::Txn& txn) const;

  // Rebuilds the facts when they were derived under another catalog (or none), judged by
  // the fingerprint stored beside them; a no-op otherwise. Run once at start-up.
  // Returns true when any fact had to change.
  Result<bool> EnsureFresh(store::Store& store) const;

  const Catalog& catalog() const { return *catalog_; }
  // A fingerprint of the catalog's rules; stored with the facts so that a changed
  // catalog is noticed at start-up.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  // Rows of `dependent` whose `field` holds a key of a `source` row (its id, its code,
  // or the value of `source_field`) have facts that read the source row.
  struct Dependency {
    const model::RecordType* dependent;
    std::string field;
    const model::RecordType* source;
    std::string source_field;  // "id", "code", or a field (exists_in)
    bool exists_in;            // new source rows matter too
  };

  Status RecomputeDependents(Lookup& lookup, const model::Record* before, const model::Record* after,
                             bool created) const;
  Result<std::vector<store::Fact>> DeriveAll(store::Txn& txn, int64_t* records) const;

  std::shared_ptr<const Catalog> catalog_;
  std::vector<Dependency> dependencies_;
  std::vector<const model::RecordType*> rule_types_;
  std::string fingerprint_;
};

}  // namespace shanhai::indicators

#endif  // SHANHAI_INDICATORS_INDEXER_H_
