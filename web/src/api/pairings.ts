/** Client for the pairings pages: pairings with all their fields, the reference tables that
 * name their two sides, and per-pairing counts of records. Generic CRUD stays in records.ts. */
import { getRecord, listRecords, type ListParams, type RecordRow } from "./records";

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

/** An `admin_units` row: GB/T 2260 code and name. */
export interface AdminUnit {
  id: number;
  code: string;
  name: string;
  level: string;
  parent_code?: string;
  side: "east" | "west" | string;
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

// The API caps page_size at 500; reference tables are small but may grow past one page.
const PAGE = 500;

/** Every row of a type (all pages), optionally filtered. */
export async function listAll<T = RecordRow>(type: string, params: ListParams = {}): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const r = await listRecords<T>(type, { sort: "id", ...params, page, page_size: PAGE });
    out.push(...r.items);
    if (r.items.length < PAGE || out.length >= r.total) return out;
  }
}

/** All pairings with every field. */
export const listPairingRecords = () => listAll<PairingRecord>("pairings");
/** One pairing; rejects with ApiError status 404 when the id is unknown. */
export const getPairing = (id: number | string) => getRecord<PairingRecord>("pairings", id);
/** All administrative units (code → name lookups). */
export const listAdminUnits = () => listAll<AdminUnit>("admin_units");
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
