/**
 * Administrative units (`admin_units`): the one loader of the whole table, shared by the
 * dashboard (scope cascader, east→west flow) and the pairings pages (naming the sides).
 */
import { listAll } from "./records";

/** One row of `admin_units`: a GB/T 2260 code, its name and level, and the side it lies on. */
export interface AdminUnit {
  id: number;
  code: string;
  name: string;
  level: string;
  parent_code?: string | null;
  side?: "east" | "west" | string | null;
}

let pending: Promise<readonly AdminUnit[]> | null = null;

/**
 * Every admin unit, in code order. Loaded once per session: every caller shares the one
 * request (in flight or settled); a failed load is forgotten so the next caller retries.
 */
export function loadAllUnits(): Promise<readonly AdminUnit[]> {
  if (!pending) {
    const p: Promise<readonly AdminUnit[]> = listAll<AdminUnit>("admin_units", { sort: "code" }).then((u) => Object.freeze(u));
    p.catch(() => {
      if (pending === p) pending = null;
    });
    pending = p;
  }
  return pending;
}

/** Drops the cached units, so the next loadAllUnits() fetches them again. */
export function forgetUnits(): void {
  pending = null;
}
