// store/migrations.h (internal to store/)
//
// The schema migrations of each engine, embedded into the binary at build time from
// store/migrations/<engine>/NNNN_name.sql. A migration, once released, never changes:
// schema changes are new files with the next number.

#ifndef SHANHAI_STORE_MIGRATIONS_H_
#define SHANHAI_STORE_MIGRATIONS_H_

#include <string_view>
#include <vector>

namespace shanhai::store::internal {

struct Migration {
  int version;            // NNNN from the file name
  std::string_view name;  // the file name
  std::string_view sql;   // the whole script
};

// The migrations of "sqlite" or "postgres", ordered by version (empty for others).
const std::vector<Migration>& Migrations(std::string_view engine);

}  // namespace shanhai::store::internal

#endif  // SHANHAI_STORE_MIGRATIONS_H_
