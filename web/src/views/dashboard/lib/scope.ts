/** The dashboard's scope (national, an administrative unit, or a pairing) and its URL form. */
import type { LocationQuery, LocationQueryRaw } from "vue-router";
import type { Pairing } from "../../../api/records";
import type { UnitIndex } from "./units";

/** What the figures cover. `unit` is an admin_units code; `pairing` a pairings id. */
export type Scope = { kind: "all" } | { kind: "unit"; unit: string } | { kind: "pairing"; pairing: number };

/** The query parameters the indicator, report and changes APIs take for a scope. */
export function scopeParams(s: Scope): { pairing?: number; unit?: string } {
  if (s.kind === "pairing") return { pairing: s.pairing };
  if (s.kind === "unit") return { unit: s.unit };
  return {};
}

/** Scope from the URL (`?pairing=2` or `?unit=640424`; anything else is national). */
export function parseScope(q: LocationQuery): Scope {
  const p = Number(q.pairing);
  if (Number.isInteger(p) && p > 0) return { kind: "pairing", pairing: p };
  if (typeof q.unit === "string" && /^\d{6,12}$/.test(q.unit)) return { kind: "unit", unit: q.unit };
  return { kind: "all" };
}

/** Year from the URL, or null when absent or not a plausible year. */
export function parseYear(q: LocationQuery): number | null {
  const y = Number(q.year);
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : null;
}

/** The URL query for a scope and year, keeping unrelated keys (e.g. `lang`). */
export function toQuery(current: LocationQuery, s: Scope, year: number): LocationQueryRaw {
  const { pairing: _p, unit: _u, year: _y, ...rest } = current;
  return { ...rest, ...Object.fromEntries(Object.entries(scopeParams(s)).map(([k, v]) => [k, String(v)])), year: String(year) };
}

/** Stable key of a scope, for watchers and request de-duplication. */
export const scopeKey = (s: Scope) => (s.kind === "pairing" ? `p${s.pairing}` : s.kind === "unit" ? `u${s.unit}` : "all");

/**
 * Pairing ids the scope covers, or null for national. A pairing covers its subtree
 * (parent_id), as the indicator API counts it; a unit covers the pairings whose eastern or
 * western code lies inside it. Used to narrow per-pairing rankings client-side.
 */
export function pairingsInScope(s: Scope, pairings: Pairing[], units: UnitIndex | null): Set<number> | null {
  if (s.kind === "all") return null;
  if (s.kind === "pairing") {
    const kids = new Map<number, number[]>();
    for (const p of pairings) {
      if (p.parent_id === undefined || p.parent_id === null) continue;
      if (!kids.has(p.parent_id)) kids.set(p.parent_id, []);
      kids.get(p.parent_id)!.push(p.id);
    }
    const out = new Set<number>();
    const stack = [s.pairing];
    while (stack.length) {
      const id = stack.pop()!;
      if (out.has(id)) continue;
      out.add(id);
      stack.push(...(kids.get(id) ?? []));
    }
    return out;
  }
  if (!units) return new Set();
  return new Set(pairings.filter((p) => units.within(p.east_code, s.unit) || units.within(p.west_code, s.unit)).map((p) => p.id));
}
