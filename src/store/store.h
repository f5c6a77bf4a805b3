// store/store.h
//
// Store: the one storage interface of shanhai. Everything above it (ledger, api, cli,
// ingest) reads and writes through Store and Txn and never sees SQL or an engine
// header. Two engines implement it: SQLite (embedded, one file, the default) and
// PostgreSQL (libpq), chosen by the URL given to Open().
//
// Rows are model::Record values; tables and columns follow the model registry
// (model/record_type.h), with the schema itself in numbered migrations per engine
// (store/migrations/<engine>/NNNN_name.sql), applied at open.
//
// Thread-safety: a Store may be used from many threads at once. Write() calls are
// serialised (one writer at a time, as SQLite requires and as keeps id assignment and
// live totals simple); Read() calls run concurrently with each other and with a writer.
// A Txn must only be used inside the callback it was passed to, on that thread.

#ifndef SHANHAI_STORE_STORE_H_
#define SHANHAI_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "model/record.h"
#include "store/fact.h"

namespace shanhai::store {

// What List() returns: one page of rows and how many rows match in all.
struct Page {
  std::vector<model::Record> rows;
  int64_t total = 0;
};

// A list request. Every filter is optional; all given filters must hold.
struct ListQuery {
  const model::RecordType* type = nullptr;  // REQUIRED
  // Rows of this pairing and of every pairing below it (parent_id), as indicator scopes
  // count (records, agreements, targets: by pairing_id; pairings: by id). For one pairing
  // alone, filter `equals` on pairing_id.
  std::optional<int64_t> pairing_id;
  // Rows within this administrative unit on either side, by code prefix: records by
  // west_code/east_code, pairings by their parties, units by their own code,
  // organisations by their unit. Must be a well-formed code.
  std::optional<std::string> unit_code;
  // Rows placed in this calendar year: by the type's date field, or overlapping the year
  // for spans (date field … end date field); agreements and targets by their year.
  std::optional<int> year;
  // Records in this workflow status.
  std::optional<std::string> status;
  // Field = value conditions (field names must exist in the type; values as in Record).
  std::vector<std::pair<std::string, model::Value>> equals;
  // Free-text search: rows where at least one non-system text field (FieldKind::kText —
  // names, titles, quotes, payer, source, recorded_by, note…; not ids, codes, enums,
  // numbers, dates or the ID-number hashes) contains this text as a substring. ASCII
  // letters match whatever their case; every other character (Chinese included) matches
  // only itself: no Simplified/Traditional, full-/half-width or accent folding. `%`, `_`
  // and `\` are ordinary characters, not wildcards. White space at either end (ASCII, and
  // the ideographic space U+3000) is ignored; empty or white-space-only text does not
  // filter. Results are the same on every engine. Errors: kInvalidArgument when the text
  // is not well-formed UTF-8 or contains NUL.
  std::optional<std::string> text;
  // Sort by this field (must exist), ties broken by id ascending.
  std::string sort_field = "id";
  bool descending = false;
  int64_t offset = 0;
  int64_t limit = 50;  // 0 returns only the total
};

// Whether ListQuery::pairing_id / ListQuery::unit_code may be set for rows of `type`
// (otherwise List answers kInvalidArgument).
bool CanFilterByPairing(const model::RecordType& type);
bool CanFilterByUnit(const model::RecordType& type);

// A transaction handed to a Store::Write or Store::Read callback.
class Txn {
 public:
  virtual ~Txn() = default;

  // The row of `type` with this id, or nullopt. Errors: kInternal on engine failure.
  virtual Result<std::optional<model::Record>> Get(const model::RecordType& type, int64_t id) = 0;
  // The admin unit with this code, or nullopt.
  virtual Result<std::optional<model::Record>> GetUnitByCode(std::string_view code) = 0;
  virtual Result<Page> List(const ListQuery& query) = 0;

  // Inserts `record`. When its id is absent the store assigns the next id and writes it
  // into `record`; a given id is kept (imports keep their ids) and later assigned ids
  // continue above it. System timestamps are the caller's (the ledger sets them).
  // Errors: kAlreadyExists for a duplicate id or unique key (e.g. unit code);
  // kFailedPrecondition inside Read().
  virtual Status Insert(model::Record& record) = 0;
  // Inserts many rows of one type through the engine's bulk path (one prepared
  // statement / COPY). Same id rules and errors as Insert; on error nothing of the
  // batch remains once the transaction rolls back.
  virtual Status InsertMany(std::vector<model::Record>& records) = 0;
  // Replaces the row with record.id(). Errors: kNotFound.
  virtual Status Update(const model::Record& record) = 0;
  // Deletes a row. Errors: kNotFound.
  virtual Status Delete(const model::RecordType& type, int64_t id) = 0;

  // ---- Indicator facts (store/fact.h) ----
  // Replaces every fact of one record with `facts` (empty: the record yields none).
  virtual Status ReplaceFacts(std::string_view record_type, int64_t record_id, const std::vector<Fact>& facts) = 0;
  // Adds facts of records that have none yet (a new batch), through the bulk path.
  virtual Status InsertFacts(const std::vector<Fact>& facts) = 0;
  // The aggregate of the matching facts: one group, or one per pairing when grouped
  // (pairings without facts are absent). A sum over no facts is 0.
  virtual Result<std::vector<FactGroup>> AggregateFacts(const FactQuery& query) = 0;
  // Every stored fact, ordered by (record_type, record_id, indicator); for `check`.
  virtual Result<std::vector<Fact>> ListFacts() = 0;

  // Database-wide settings (the ID-number salt, the database's creation time…).
  virtual Result<std::optional<std::string>> GetSetting(std::string_view key) = 0;
  virtual Status PutSetting(std::string_view key, std::string_view value) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Opens the database named by `url`, creating it if needed, and applies pending
  // migrations. "postgresql://…" or "postgres://…" selects PostgreSQL (libpq connection
  // URI); anything else is a SQLite file path. Errors: kUnavailable when the database
  // cannot be opened or reached; kFailedPrecondition when it was written by a newer
  // shanhai (unknown migration) or is not a shanhai database.
  static Result<std::unique_ptr<Store>> Open(const std::string& url);

  // Runs `fn` in one write transaction: committed when `fn` returns OK, rolled back
  // (nothing written) when it returns an error, which Write then returns. Writers are
  // serialised.
  virtual Status Write(const std::function<Status(Txn&)>& fn) = 0;
  // Runs `fn` on a consistent snapshot; writes inside fail with kFailedPrecondition.
  virtual Status Read(const std::function<Status(Txn&)>& fn) = 0;

  // "sqlite" or "postgresql".
  virtual std::string_view engine() const = 0;
  // The number of the last migration applied.
  virtual int schema_version() const = 0;
};

}  // namespace shanhai::store

#endif  // SHANHAI_STORE_STORE_H_
