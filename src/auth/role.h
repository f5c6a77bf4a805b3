// auth/role.h
//
// What each role may do. Roles are the ones offices know (national administrator,
// provincial supervisor, eastern and western cooperation offices, sector editors such
// as 人社 for labour or 商务 for consumption, viewers); permissions are the actions the
// API guards. Which rows an action may touch is the data scope's business
// (auth/principal.h), not the role's.
//
// Thread-safety: pure functions over constant tables.
#ifndef SHANHAI_AUTH_ROLE_H_
#define SHANHAI_AUTH_ROLE_H_

#include <optional>
#include <string_view>

namespace shanhai::auth {

enum class Role {
  kNationalAdmin,
  kProvincialSupervisor,
  kEastOffice,
  kWestOffice,
  kSectorEditor,
  kViewer,
};

enum class Permission {
  kRead,            // read data in scope (records, indicators, reports)
  kWriteRecords,    // create, change and delete records (drafts) in scope
  kWriteReference,  // admin units, organisations, pairings, agreements
  kSetTargets,      // annual targets and published figures
  kSubmit,          // draft → submitted
  kConfirm,         // submitted → confirmed, by the counterpart side (双方确认)
  kApprove,         // confirmed → approved, by the level above; locks approved years
  kUnlock,          // reopen a locked year or row (always logged)
  kManageUsers,     // accounts and their API tokens
  kReadAudit,       // the audit and login logs (in scope)
};

// The role's code as stored ("national_admin", …; model::RoleChoices()).
std::string_view RoleCode(Role role);

// The role for a stored code, or nullopt when unknown.
std::optional<Role> ParseRole(std::string_view code);

// Whether `role` may perform `permission` at all (scope aside).
bool Allows(Role role, Permission permission);

// Whether a sector editor of `sector` ("labour", "consumption"…; the users.sector enum)
// may write rows of the record type `type_name`. False for unknown sectors or types.
bool SectorCovers(std::string_view sector, std::string_view type_name);

}  // namespace shanhai::auth

#endif  // SHANHAI_AUTH_ROLE_H_
