/** Client for the pairings pages: pairings with all their fields, the organisations that
 * name their two sides, and per-pairing counts of records. Admin units come from units.ts,
 * generic CRUD and paging from records.ts. */
import { getRecord, listAll, listRecords } from "./records";

/** A `pairings` record as the API returns it (east_code / west_code are system copies). */
export interface PairingRecord {
  id: number;
  name?: string;
  level: string;
  programme: string;
  east_unit?: string;
  west_unit?: string;
  east_org_id?: number;
  west_org_id?: number;
  start_date: string;
  end_date?: string;
  end_reason?: string;
  parent_id?: number;
  source?: string;
  note?: string;
  [k: string]: unknown;
}

/** An `organizations` row. */
export interface Organization {
  id: number;
  name: string;
  org_type: string;
  side: "east" | "west" | string;
  unit_code: string;
}

/** An `agreements` row. */
export interface Agreement {
  id: number;
  pairing_id: number;
  year: number;
  kind: string;
  title: string;
  signed_date?: string;
  source?: string;
  note?: string;
}

/** All pairings with every field. */
export const listPairingRecords = () => listAll<PairingRecord>("pairings");
/** One pairing; rejects with ApiError status 404 when the id is unknown. */
export const getPairing = (id: number | string) => getRecord<PairingRecord>("pairings", id);
/** All organisations (id → name lookups). */
export const listOrganizations = () => listAll<Organization>("organizations");
/** Agreements listed with `?pairing=` (the server decides whether pairings below are included). */
// pairing_id: the pairing's own agreements, not those of the pairings below it.
export const listAgreements = (pairing: number) => listAll<Agreement>("agreements", { pairing_id: pairing, sort: "year" });

/** Number of records of `type` listed with `?pairing=` (the `total` of a one-row page). */
export async function countRecords(type: string, pairing: number): Promise<number> {
  const r = await listRecords(type, { pairing, page_size: 1 });
  return r.total;
}
