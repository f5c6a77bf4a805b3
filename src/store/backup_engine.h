// store/backup_engine.h (internal to store/)
//
// What the two engine halves of store/backup.h share: their entry points (backup.cc
// chooses one by the URL), the file that a backup or a SQLite restore writes under a
// temporary name, telling backup formats apart by their first bytes, and the rule
// that a backup from a newer shanhai is not restored.

#ifndef SHANHAI_STORE_BACKUP_ENGINE_H_
#define SHANHAI_STORE_BACKUP_ENGINE_H_

#include <string>
#include <string_view>

#include "base/result.h"
#include "store/backup.h"

namespace shanhai::store::internal {

// The engine halves; contracts as Backup / Restore in store/backup.h.
Result<BackupSummary> SqliteBackup(const std::string& db_path, const std::string& out_path,
                                   const BackupOptions& options);
Result<BackupSummary> SqliteRestore(const std::string& backup_path, const std::string& db_path,
                                    const RestoreOptions& options);
Result<BackupSummary> PostgresBackup(const std::string& url, const std::string& out_path, const BackupOptions& options);
Result<BackupSummary> PostgresRestore(const std::string& backup_path, const std::string& url,
                                      const RestoreOptions& options);

// A file written under a temporary name beside its final one (PATH.tmp) and renamed
// into place by Commit(), so that a reader of PATH never sees it half-written. Until
// committed, destruction removes the temporary file and the side files SQLite may
// leave beside it (-journal, -wal, -shm). Movable, not copyable; one thread at a time.
class PendingFile {
 public:
  // Prepares to write `path`, removing a temporary file left by an earlier failed run.
  // Errors: kInvalidArgument when `path` is empty or a directory; kAlreadyExists when
  // it exists and !replace; kUnavailable when its directory does not exist or the old
  // temporary file cannot be removed.
  static Result<PendingFile> Begin(const std::string& path, bool replace);

  PendingFile(PendingFile&& other) noexcept;
  PendingFile& operator=(PendingFile&&) = delete;
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }

  // Flushes the temporary file to disk and renames it to path(), then flushes the
  // directory. Without `replace`, fails with kAlreadyExists if path() has appeared
  // meanwhile. Errors: kUnavailable when the file cannot be flushed or renamed.
  Status Commit();

 private:
  PendingFile(std::string path, bool replace) : path_(std::move(path)), temp_(path_ + ".tmp"), replace_(replace) {}

  std::string path_;
  std::string temp_;
  bool replace_ = false;
  bool done_ = false;  // committed, or moved from: nothing to clean up
};

// Removes the side files SQLite may keep beside the database `path` (PATH-journal,
// PATH-wal, PATH-shm), ignoring the ones that do not exist; SQLite would apply any
// found there to whatever file is named `path` next. Errors: kUnavailable when one
// exists and cannot be removed.
Status RemoveSqliteSideFiles(const std::string& path);

enum class BackupKind {
  kSqlite,  // a SQLite database file
  kPgDump,  // a pg_dump archive in custom format
  kOther,
};

// What kind of file is at `path`, by its first bytes. Errors: kNotFound when there is
// no file; kUnavailable when it cannot be read.
Result<BackupKind> DetectBackupKind(const std::string& path);

// OK when a backup of `engine`'s schema at `version` can be restored by this program;
// kFailedPrecondition (saying to upgrade shanhai) when the version is newer than the
// last migration this program knows.
Status CheckRestorableVersion(std::string_view engine, int version);

// kInvalidArgument: `path` is not a shanhai backup (`why` says what it is instead).
Status NotAShanhaiBackup(const std::string& path, std::string_view why_en, std::string_view why_zh);

}  // namespace shanhai::store::internal

#endif  // SHANHAI_STORE_BACKUP_ENGINE_H_
