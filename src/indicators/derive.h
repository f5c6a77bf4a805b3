// indicators/derive.h
//
// DeriveFacts: what one record contributes to the indicators of the catalog (one fact
// per counted indicator whose rule the record meets). Pure function of the record, the
// rows its rule paths reach, and the catalog; the Indexer stores the result.

#ifndef SHANHAI_INDICATORS_DERIVE_H_
#define SHANHAI_INDICATORS_DERIVE_H_

#include <vector>

#include "base/result.h"
#include "indicators/catalog.h"
#include "indicators/lookup.h"
#include "model/record.h"
#include "store/fact.h"

namespace shanhai::indicators {

// The facts `record` yields for every counted indicator over its type. REQUIRES: the
// record is stored (has an id) and carries its derived west/east codes. Errors: the
// store's, when a look-up fails.
Result<std::vector<store::Fact>> DeriveFacts(const Catalog& catalog, const model::Record& record, Lookup& lookup);

// The facts of one indicator only (empty when the record does not count for it).
Result<std::vector<store::Fact>> DeriveFactsFor(const Indicator& indicator, const model::Record& record,
                                                Lookup& lookup);

// The value a rule path reaches from `record`: "stage", "person_id.household_type",
// "west_code.key_county". Absent when a hop leads nowhere.
Result<model::Value> ResolvePath(const model::Record& record, const std::string& path, Lookup& lookup);

// Whether `record` meets every condition.
Result<bool> Meets(const std::vector<Condition>& conditions, const model::Record& record, Lookup& lookup);

}  // namespace shanhai::indicators

#endif  // SHANHAI_INDICATORS_DERIVE_H_
