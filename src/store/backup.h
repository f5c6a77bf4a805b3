// store/backup.h
//
// Backup and restore of a whole shanhai database, for either engine, chosen by the URL
// as in Store::Open.
//
//  - SQLite: the backup is itself a shanhai SQLite database, copied page by page with
//    SQLite's online backup API inside one read transaction, so it is the state of one
//    moment even while a server keeps writing (WAL lets the writer go on meanwhile).
//  - PostgreSQL: the backup is a pg_dump archive in custom format (pg_dump -Fc), made
//    and restored by the pg_dump / pg_restore programs (postgresql-client), found in
//    $SHANHAI_PG_BIN when set, else on PATH. pg_dump also reads one snapshot. The
//    connection settings of the URL reach them through their environment (PGHOST,
//    PGPASSWORD…), never through their command line, which other users can read.
//
// A backup holds everything the database holds: the ID-number hashes and the salt
// they were made with (settings.id_salt), so it is as sensitive as the database.
//
// Files are never left half-written: each is written beside its final name as
// NAME.tmp and renamed into place once complete and checked.

#ifndef SHANHAI_STORE_BACKUP_H_
#define SHANHAI_STORE_BACKUP_H_

#include <cstdint>
#include <string>

#include "base/result.h"

namespace shanhai::store {

struct BackupOptions {
  // Replace `out_path` when it exists (otherwise that is an error).
  bool force = false;
};

// What a finished backup or restore reports.
struct BackupSummary {
  std::string engine;        // "sqlite" or "postgresql"
  int schema_version = 0;    // of the backup
  int restored_version = 0;  // Restore: of the database once opened (an older backup is migrated)
  int64_t bytes = 0;         // size of the backup file
};

// Writes a backup of the shanhai database at `db_url` to the file `out_path`. The
// database is only read; it may be in use by a server meanwhile.
// Errors: kInvalidArgument for a malformed URL or an empty path; kAlreadyExists when
// `out_path` exists and !force; kNotFound when the SQLite file does not exist;
// kUnavailable when the database cannot be opened or reached, or pg_dump cannot be
// run or fails (its own message included); kFailedPrecondition when it is not a
// shanhai database; kInternal when the SQLite copy fails or does not pass SQLite's
// quick_check. On error `out_path` is untouched.
// Thread-safe (independent calls share nothing).
Result<BackupSummary> Backup(const std::string& db_url, const std::string& out_path, const BackupOptions& options);

struct RestoreOptions {
  // SQLite only: replace a target file that already holds data (atomically, by
  // rename). Refused for PostgreSQL: drop and create the database instead.
  bool force = false;
};

// Restores the backup file `backup_path` (made by Backup) into the database at
// `db_url`, which must be new or empty: a SQLite path that does not exist yet, or
// holds no rows outside the schema bookkeeping (settings, schema_migrations); a
// PostgreSQL database with no tables, or with an empty shanhai schema of the backup's
// version. Then opens the result with Store::Open, which proves it a shanhai database
// and brings an older backup's schema up to this program's version.
// Errors: kNotFound when `backup_path` does not exist; kInvalidArgument when it is not
// a shanhai backup of the URL's engine, or the URL is malformed; kFailedPrecondition
// when the backup comes from a newer shanhai (schema version above this program's),
// when the target holds data (and !force, or on PostgreSQL), or force is given for
// PostgreSQL; kUnavailable when the target cannot be opened or reached, or pg_restore
// cannot be run or fails; kInternal when the SQLite copy fails. Errors of Store::Open
// on the result pass through. On SQLite nothing is written on error (the copy is
// opened before it replaces anything); on PostgreSQL pg_restore runs in one
// transaction, so a failed pg_restore leaves the target as it was. Thread-safe.
Result<BackupSummary> Restore(const std::string& backup_path, const std::string& db_url, const RestoreOptions& options);

}  // namespace shanhai::store

#endif  // SHANHAI_STORE_BACKUP_H_
