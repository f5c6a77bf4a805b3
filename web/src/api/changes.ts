import { http } from "./http";

/** One created or updated record, as listed by `GET /api/v1/changes`. */
export interface Change {
  /** Registry type name (`projects`, `fund_transfers`, …); label it with the registry. */
  type: string;
  id: number;
  title: string;
  action: "created" | "updated";
  /** ISO timestamp in UTC, e.g. `2026-11-25T14:00:00Z`. */
  at: string;
  pairing_id?: number | null;
  recorded_by?: string | null;
}

export interface ChangesResult {
  items: Change[];
}

/** Scope of the change list: everything, one pairing's subtree, or one administrative unit. */
export interface ChangesParams {
  limit?: number;
  pairing?: number;
  unit?: string;
}

/** The latest created/updated records, newest first. */
export const fetchChanges = (p: ChangesParams = {}) => http.get<ChangesResult>("/changes", { ...p });
