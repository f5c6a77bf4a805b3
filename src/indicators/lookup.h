// indicators/lookup.h
//
// Lookup: reading rows other than the one being written, with a cache for the length
// of one write transaction, and the rows of a batch that the store does not hold yet.
// The ledger checks references through it and the indicator engine follows rule paths
// (a spell's person, a unit's flags) through it.
//
// Thread-safety: one Lookup belongs to one transaction and one thread.

#ifndef SHANHAI_INDICATORS_LOOKUP_H_
#define SHANHAI_INDICATORS_LOOKUP_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "model/record.h"
#include "store/store.h"

namespace shanhai::indicators {

class Lookup {
 public:
  // `txn` must outlive the lookup.
  explicit Lookup(store::Txn& txn) : txn_(txn) {}

  // The row of `type` with this id (a pending one first), or nullopt.
  Result<std::optional<model::Record>> Find(const model::RecordType& type, int64_t id);
  // The admin unit with this code, or nullopt.
  Result<std::optional<model::Record>> FindUnit(const std::string& code);
  // The rows of `type` whose `field` equals `value` (stored rows only; at most 10,000).
  Result<std::vector<model::Record>> FindBy(const model::RecordType& type, const std::string& field,
                                            const model::Value& value);

  // Makes a row of the batch being written visible to Find/FindUnit.
  void AddPending(const model::Record& record);
  // Forgets cached rows (after the transaction changed them).
  void Forget(const model::RecordType& type, int64_t id);
  void ForgetUnit(const std::string& code);

  store::Txn& txn() { return txn_; }

 private:
  store::Txn& txn_;
  std::map<std::pair<std::string_view, int64_t>, std::optional<model::Record>> rows_;
  std::map<std::string, std::optional<model::Record>> units_;
};

}  // namespace shanhai::indicators

#endif  // SHANHAI_INDICATORS_LOOKUP_H_
