// store/sqlite/sqlite_store.h (internal to store/)
//
// The embedded engine: one SQLite file in WAL mode. One writer connection behind a mutex
// runs every Write() under BEGIN IMMEDIATE (a deferred transaction that later upgrades
// fails with SQLITE_BUSY without consulting the busy handler); Read() borrows a
// read-only connection from a pool, so readers never wait for the writer.

#ifndef SHANHAI_STORE_SQLITE_SQLITE_STORE_H_
#define SHANHAI_STORE_SQLITE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace shanhai::store::internal {

// Opens (creating if missing) the SQLite database file at `path` and migrates it.
// Errors as Store::Open.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace shanhai::store::internal

#endif  // SHANHAI_STORE_SQLITE_SQLITE_STORE_H_
