/**
 * Which actions the console offers to the signed-in user. The server decides (it answers
 * 403 "permission_denied"); these rules only hide the buttons that would be refused, so
 * they follow the server's tables (src/auth/role.cc) and err on the side of showing.
 */
import type { Permission } from "../api/auth";

/** Reference types: written with "write_reference" rather than "write_records". */
const REFERENCE_TYPES = new Set(["admin_units", "organizations", "pairings", "agreements"]);
/** Targets and published figures: written with "set_targets". */
const TARGET_TYPES = new Set(["targets", "reported_figures"]);

/**
 * The record types a sector editor of each sector may write (src/auth/role.cc kSectors).
 * Labour editors also keep the persons their employment records name.
 */
const SECTOR_TYPES: Record<string, string[]> = {
  funds: ["projects", "fund_transfers", "project_beneficiaries"],
  talent: ["secondments", "training_events", "training_participants", "visits"],
  industry: ["industrial_parks", "investments", "workshops"],
  labour: ["transport_trips", "trip_passengers", "employment_records", "subsidies", "job_fairs", "labour_service_providers", "persons"],
  consumption: ["sales_outlets", "consumption_txns"],
  social: ["donations", "wishes", "demo_sites"],
};

/** The permission that creating, changing, deleting or importing rows of `typeName` needs. */
export function writePermissionOf(typeName: string): Permission {
  if (REFERENCE_TYPES.has(typeName)) return "write_reference";
  if (TARGET_TYPES.has(typeName)) return "set_targets";
  return "write_records";
}

/** What the access rules need to know of the signed-in user. */
export interface Grants {
  permissions: readonly string[];
  role?: string;
  sector?: string | null;
}

/**
 * Whether the user may write rows of `typeName` at all (rows outside their data scope are
 * still refused by the server, row by row): the type's write permission, and for a sector
 * editor a type of their sector.
 */
export function mayWriteType(g: Grants, typeName: string): boolean {
  const need = writePermissionOf(typeName);
  if (!g.permissions.includes(need)) return false;
  if (g.role === "sector_editor" && need === "write_records") return (SECTOR_TYPES[g.sector ?? ""] ?? []).includes(typeName);
  return true;
}
