#include "store/store.h"

#include "store/postgres/postgres_store.h"
#include "store/sqlite/sqlite_store.h"

namespace shanhai::store {

Result<std::unique_ptr<Store>> Store::Open(const std::string& url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) return internal::OpenPostgresStore(url);
  if (url.empty()) return Status::InvalidArgument("no database given", "未指定数据库");
  return internal::OpenSqliteStore(url);
}

}  // namespace shanhai::store
