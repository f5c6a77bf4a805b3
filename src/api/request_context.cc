#include "api/request_context.h"

#include "auth/role.h"
#include "model/record_type.h"

namespace shanhai::api {
namespace {
thread_local const auth::Principal* current = nullptr;
}  // namespace

const auth::Principal* CurrentPrincipal() { return current; }

ScopedPrincipal::ScopedPrincipal(const auth::Principal* who) : previous_(current) { current = who; }
ScopedPrincipal::~ScopedPrincipal() { current = previous_; }

ledger::Actor ActorFor(const std::string& remote_address) {
  ledger::Actor actor;
  actor.remote_address = remote_address;
  const auth::Principal* who = CurrentPrincipal();
  if (!who) {
    // Never reached through the access layer (every write route needs a principal);
    // refuse rather than write anonymously.
    actor.name = "anonymous";
    actor.guard = [](const model::Record*, const model::Record*) {
      return Status::Unauthenticated("not signed in", "未登录");
    };
    return actor;
  }
  actor.name = who->username;
  actor.user_id = who->user_id;
  auth::Principal copy = *who;  // the guard may outlive this request's principal object
  actor.guard = [copy](const model::Record* before, const model::Record* after) -> Status {
    for (const model::Record* row : {before, after}) {
      if (!row) continue;
      if (copy.role == auth::Role::kSectorEditor && !auth::SectorCovers(copy.sector, row->type().name))
        return Status::PermissionDenied(std::string(row->type().en) + " is not in your sector",
                                        "“" + std::string(row->type().zh) + "”不属于您的业务条线");
      if (!auth::InScope(copy, *row))
        return Status::PermissionDenied("the row lies outside your data scope", "该数据不在您的数据范围内");
    }
    return Status::Ok();
  };
  return actor;
}

}  // namespace shanhai::api
