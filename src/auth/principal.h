// auth/principal.h
//
// Principal: who is making a request, as resolved from a session or API token — the
// account, its role and its data scope — and the scope test every read and write of a
// row goes through.
//
// Data scope works on both hierarchies and on the pairing graph, the way RuoYi's
// "data permission" does on a department tree:
//   all      every row;
//   unit     rows whose western or eastern code lies in the user's unit (prefix of the
//            GB/T 2260 code), and rows of the pairings that touch that unit;
//   pairing  rows of the user's pairing and of every pairing below it (parent_id);
//   own      rows the user recorded (recorded_by), nothing else.
//
// Thread-safety: a Principal is a value; InScope is a pure function.
#ifndef SHANHAI_AUTH_PRINCIPAL_H_
#define SHANHAI_AUTH_PRINCIPAL_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "auth/role.h"
#include "model/record.h"

namespace shanhai::auth {

enum class DataScope { kAll, kUnit, kPairing, kOwn };

struct Principal {
  int64_t user_id = 0;
  std::string username;
  Role role = Role::kViewer;
  DataScope scope = DataScope::kOwn;
  std::string unit_code;     // kUnit: the unit; otherwise informative
  std::string sector;        // sector editors: users.sector
  // kUnit: the pairings touching the unit; kPairing: the user's pairing and its subtree.
  std::set<int64_t> pairings;
  int64_t root_pairing = 0;  // kPairing: the user's own pairing
  // How the request was authenticated: "session" (cookie; unsafe methods need the CSRF
  // token) or "api" (bearer token).
  std::string via;
  // Sessions only: the token unsafe requests must echo in X-CSRF-Token.
  std::string csrf_token;
};

// Whether `row` (of `row.type()`) lies in `who`'s data scope. Rows of system types
// (users, logs) are never in scope here; their routes decide for themselves.
bool InScope(const Principal& who, const model::Record& row);

// Whether `who` may read `row`: InScope, and also every administrative unit,
// organisation and pairing — the structure of the cooperation, which every office needs
// to name its own rows (and which is published) — but not their agreements and targets.
bool Readable(const Principal& who, const model::Record& row);

// Whether the GB/T 2260 code `code` lies in the unit `unit` (itself or below it): the
// unit's code without its trailing "00" pairs, which stand for "the whole province or
// city", is a prefix of `code` (640000 → "64" takes 640424 and 640424101). False when
// either is empty.
bool CodeInUnit(std::string_view code, std::string_view unit);

// The stored code of a scope ("all", "unit", "pairing", "own") and back.
std::string_view ScopeCode(DataScope scope);
bool ParseScope(std::string_view code, DataScope& out);

}  // namespace shanhai::auth

#endif  // SHANHAI_AUTH_PRINCIPAL_H_
