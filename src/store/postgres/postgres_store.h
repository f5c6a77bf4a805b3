// store/postgres/postgres_store.h (internal to store/)
//
// The server engine: PostgreSQL 15 through libpq. Connections come from a small pool;
// Write() runs in a serialisable-enough READ COMMITTED transaction behind a process-wide
// writer lock (matching the SQLite engine's one-writer model), and bulk inserts use COPY.
//
// Behaviour through the Store interface is the SQLite engine's, with these details:
//  - Writers are serialised by a mutex in the process and by a transaction-level
//    advisory lock across processes (SQLite's file lock does the same there).
//  - Read() runs in a REPEATABLE READ, READ ONLY transaction on a pooled connection (at
//    most 16 open; a 17th concurrent reader waits).
//  - Ids come from the sequence <table>_id_seq, moved past every explicit id. Sequences
//    ignore rollback and deletes, so after a rolled-back Write or after deleting the
//    highest row, assigned ids can skip numbers where SQLite (MAX(id) + 1) would reuse
//    them. Ids never repeat.
//  - A statement that fails inside a transaction is undone alone (a savepoint around
//    each write and each List with `equals`), so the callback may go on, as in SQLite.
//  - The server checks values SQLite stores as given: a malformed date, text for a
//    number column or invalid UTF-8 fails with kInvalidArgument. Text containing NUL is
//    refused with kInvalidArgument (PostgreSQL text cannot hold it).
//  - The database must exist (Open does not create PostgreSQL databases); an empty one
//    is migrated. Each connection sets DateStyle ISO, UTF8 and extra_float_digits 1, so
//    dates read back as YYYY-MM-DD and doubles exactly.

#ifndef SHANHAI_STORE_POSTGRES_POSTGRES_STORE_H_
#define SHANHAI_STORE_POSTGRES_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace shanhai::store::internal {

// Connects to `url` (a libpq connection URI), migrates the database and returns the
// store. Errors as Store::Open.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

}  // namespace shanhai::store::internal

#endif  // SHANHAI_STORE_POSTGRES_POSTGRES_STORE_H_
