#include "store/backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "store/backup_engine.h"
#include "store/migrations.h"

namespace shanhai::store {
namespace {

namespace fs = std::filesystem;

bool IsPostgresUrl(std::string_view url) { return url.starts_with("postgresql://") || url.starts_with("postgres://"); }

Status NoDatabase() { return Status::InvalidArgument("no database given", "未指定数据库"); }

std::string ErrnoText() { return std::strerror(errno); }

// fsync on `path` (a file, or a directory so that a rename in it is durable).
Status Flush(const std::string& path, bool directory) {
  int fd = ::open(path.c_str(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    std::string why = ErrnoText();
    if (fd >= 0) ::close(fd);
    return Status::Unavailable("cannot flush " + path + " to disk: " + why, "无法将 " + path + " 写入磁盘：" + why);
  }
  ::close(fd);
  return Status::Ok();
}

}  // namespace

namespace internal {

Status RemoveSqliteSideFiles(const std::string& path) {
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    std::string p = path + suffix;
    std::error_code ec;
    fs::remove(p, ec);
    if (ec)
      return Status::Unavailable("cannot remove " + p + ": " + ec.message(), "无法删除 " + p + "：" + ec.message());
  }
  return Status::Ok();
}

Result<PendingFile> PendingFile::Begin(const std::string& path, bool replace) {
  if (path.empty()) return Status::InvalidArgument("no output file given", "未指定输出文件");
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st))
    return Status::InvalidArgument(path + " is a directory, not a file", path + " 是目录，不是文件");
  if (fs::exists(st) && !replace)
    return Status::AlreadyExists(path + " already exists; give a new file name, or --force to replace it",
                                 path + " 已存在；请换一个文件名，或加 --force 覆盖");
  fs::path dir = fs::path(path).parent_path();
  if (!dir.empty() && !fs::is_directory(dir, ec))
    return Status::Unavailable("the directory " + dir.string() + " does not exist", "目录 " + dir.string() + " 不存在");
  PendingFile file(path, replace);
  // A temporary file can only be left over from an earlier run that failed.
  if (fs::remove(file.temp_, ec); ec) {
    file.done_ = true;
    return Status::Unavailable("cannot remove " + file.temp_ + ": " + ec.message(),
                               "无法删除 " + file.temp_ + "：" + ec.message());
  }
  Status removed = RemoveSqliteSideFiles(file.temp_);
  if (!removed.ok()) {
    file.done_ = true;
    return removed;
  }
  return file;
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), replace_(other.replace_), done_(other.done_) {
  other.done_ = true;
}

PendingFile::~PendingFile() {
  if (done_) return;
  std::error_code ec;
  fs::remove(temp_, ec);
  (void)RemoveSqliteSideFiles(temp_);
}

Status PendingFile::Commit() {
  SHANHAI_RETURN_IF_ERROR(Flush(temp_, false));
  int rc = replace_ ? std::rename(temp_.c_str(), path_.c_str())
                    : ::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, path_.c_str(), RENAME_NOREPLACE);
  if (rc != 0 && !replace_ && (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)) {
    // A file system without RENAME_NOREPLACE: check, then rename (a narrow race only).
    std::error_code ec;
    if (fs::exists(path_, ec))
      errno = EEXIST;
    else
      rc = std::rename(temp_.c_str(), path_.c_str());
  }
  if (rc != 0) {
    if (errno == EEXIST)
      return Status::AlreadyExists(path_ + " appeared while the copy was being written; nothing was replaced",
                                   path_ + " 在写入期间被创建，未覆盖");
    std::string why = ErrnoText();
    return Status::Unavailable("cannot rename " + temp_ + " to " + path_ + ": " + why,
                               "无法将 " + temp_ + " 改名为 " + path_ + "：" + why);
  }
  done_ = true;
  std::string dir = fs::path(path_).parent_path().string();
  return Flush(dir.empty() ? "." : dir, true);
}

Result<BackupKind> DetectBackupKind(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound("no backup file at " + path, "找不到备份文件：" + path);
  if (!fs::is_regular_file(path, ec)) return BackupKind::kOther;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Unavailable("cannot read " + path, "无法读取 " + path);
  char head[16] = {};
  in.read(head, sizeof head);
  std::string_view bytes(head, static_cast<size_t>(in.gcount()));
  if (bytes == std::string_view("SQLite format 3\0", 16)) return BackupKind::kSqlite;
  if (bytes.starts_with("PGDMP")) return BackupKind::kPgDump;
  return BackupKind::kOther;
}

Status CheckRestorableVersion(std::string_view engine, int version) {
  const auto& migrations = Migrations(engine);
  int latest = migrations.empty() ? 0 : migrations.back().version;
  if (version <= latest) return Status::Ok();
  return Status::FailedPrecondition("the backup has schema version " + std::to_string(version) +
                                        ", newer than this program's " + std::to_string(latest) +
                                        ": restore it with the shanhai version that made it, or a newer one",
                                    "备份的数据库结构版本（" + std::to_string(version) + "）高于本程序支持的版本（" +
                                        std::to_string(latest) + "），请用制作该备份的或更新的山海版本恢复");
}

Status NotAShanhaiBackup(const std::string& path, std::string_view why_en, std::string_view why_zh) {
  return Status::InvalidArgument(path + " is not a shanhai backup: " + std::string(why_en),
                                 path + " 不是山海备份：" + std::string(why_zh));
}

}  // namespace internal

Result<BackupSummary> Backup(const std::string& db_url, const std::string& out_path, const BackupOptions& options) {
  if (db_url.empty()) return NoDatabase();
  if (IsPostgresUrl(db_url)) return internal::PostgresBackup(db_url, out_path, options);
  return internal::SqliteBackup(db_url, out_path, options);
}

Result<BackupSummary> Restore(const std::string& backup_path, const std::string& db_url,
                              const RestoreOptions& options) {
  if (db_url.empty()) return NoDatabase();
  if (backup_path.empty()) return Status::InvalidArgument("no backup file given", "未指定备份文件");
  if (IsPostgresUrl(db_url)) return internal::PostgresRestore(backup_path, db_url, options);
  return internal::SqliteRestore(backup_path, db_url, options);
}

}  // namespace shanhai::store
