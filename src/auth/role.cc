#include "auth/role.h"

#include <array>
#include <utility>

namespace shanhai::auth {
namespace {

using P = Permission;

constexpr std::array<std::pair<Role, std::string_view>, 6> kCodes = {{
    {Role::kNationalAdmin, "national_admin"},
    {Role::kProvincialSupervisor, "provincial_supervisor"},
    {Role::kEastOffice, "east_office"},
    {Role::kWestOffice, "west_office"},
    {Role::kSectorEditor, "sector_editor"},
    {Role::kViewer, "viewer"},
}};

// The record types of each sector, as the console groups them (web/src/router/channels.ts).
// Labour editors also keep the persons their employment records name.
struct Sector {
  std::string_view code;
  std::array<std::string_view, 7> types;
};
constexpr std::array<Sector, 6> kSectors = {{
    {"funds", {"projects", "fund_transfers", "project_beneficiaries"}},
    {"talent", {"secondments", "training_events", "training_participants", "visits"}},
    {"industry", {"industrial_parks", "investments", "workshops"}},
    {"labour", {"transport_trips", "trip_passengers", "employment_records", "subsidies", "job_fairs",
                "labour_service_providers", "persons"}},
    {"consumption", {"sales_outlets", "consumption_txns"}},
    {"social", {"donations", "wishes", "demo_sites"}},
}};

}  // namespace

std::string_view RoleCode(Role role) {
  for (const auto& [r, code] : kCodes)
    if (r == role) return code;
  return "viewer";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (const auto& [r, c] : kCodes)
    if (c == code) return r;
  return std::nullopt;
}

bool Allows(Role role, Permission p) {
  switch (role) {
    case Role::kNationalAdmin:
      return true;
    case Role::kProvincialSupervisor:
      return p == P::kRead || p == P::kSetTargets || p == P::kApprove || p == P::kReadAudit;
    case Role::kEastOffice:
    case Role::kWestOffice:
      return p == P::kRead || p == P::kWriteRecords || p == P::kWriteReference || p == P::kSubmit ||
             p == P::kConfirm || p == P::kReadAudit;
    case Role::kSectorEditor:
      return p == P::kRead || p == P::kWriteRecords || p == P::kSubmit;
    case Role::kViewer:
      return p == P::kRead;
  }
  return false;
}

bool SectorCovers(std::string_view sector, std::string_view type_name) {
  for (const Sector& s : kSectors) {
    if (s.code != sector) continue;
    for (std::string_view t : s.types)
      if (!t.empty() && t == type_name) return true;
  }
  return false;
}

}  // namespace shanhai::auth
