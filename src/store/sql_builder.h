// store/sql_builder.h (internal to store/)
//
// The SQL both engines share: list queries with their filters, inserts and updates, all
// with bound parameters (never values spliced into text). The engines differ only in
// placeholders ("?" vs "$1") and in how they bind values, which they do themselves.

#ifndef SHANHAI_STORE_SQL_BUILDER_H_
#define SHANHAI_STORE_SQL_BUILDER_H_

#include <string>
#include <vector>

#include "base/result.h"
#include "model/record.h"
#include "store/store.h"

namespace shanhai::store::internal {

enum class Dialect { kSqlite, kPostgres };

struct Sql {
  std::string text;
  std::vector<model::Value> params;
};

// "SELECT <all columns> FROM … WHERE … ORDER BY … LIMIT … OFFSET …" for `q`, or with
// `count_only` "SELECT COUNT(*) FROM … WHERE …". Errors: kInvalidArgument for an
// unknown sort or filter field, a malformed unit code, or a negative offset/limit.
Result<Sql> BuildList(const ListQuery& q, Dialect dialect, bool count_only);

// The comma-separated column list of `type`, in field order.
std::string ColumnList(const model::RecordType& type);

// "INSERT INTO t (cols) VALUES (placeholders)" with parameters left for the caller.
std::string InsertSql(const model::RecordType& type, Dialect dialect);

// "UPDATE t SET col = …, … WHERE id = <last placeholder>" (all columns but id).
std::string UpdateSql(const model::RecordType& type, Dialect dialect);

// ---- indicator_facts ----
// The columns of indicator_facts in the order every fact statement uses.
inline constexpr const char* kFactColumns =
    "west_code, indicator, record_type, record_id, pairing_id, east_code, from_month, to_month, value, distinct_key";
inline constexpr int kFactColumnCount = 10;

// "INSERT INTO indicator_facts (…) VALUES (…), (…)" for `rows` facts.
std::string FactInsertSql(Dialect dialect, size_t rows);
// The parameters of one fact, in kFactColumns order.
void AppendFactParams(const Fact& fact, std::vector<model::Value>& params);
// The aggregate of `q` (columns: indicator or NULL, pairing_id or NULL, value). Errors: kInvalidArgument
// for an empty indicator or a period that ends before it starts.
Result<Sql> BuildFactAggregate(const FactQuery& q, Dialect dialect);

// Placeholder number `n` (1-based) in `dialect`.
std::string Placeholder(Dialect dialect, int n);

}  // namespace shanhai::store::internal

#endif  // SHANHAI_STORE_SQL_BUILDER_H_
