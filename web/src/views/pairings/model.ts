/** Pure helpers of the pairings pages: naming the two sides, status, and the parent tree. */
import type { Organization, PairingRecord } from "../../api/pairings";
import type { AdminUnit } from "../../api/units";

/** Whether a pairing is in force today, already ended, or not yet started. */
export type PairingStatus = "active" | "ended" | "upcoming";

/** Today as YYYY-MM-DD in local time (dates in the API are plain calendar dates). */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Status from start/end dates; a pairing ending today is still in force today. */
export function pairingStatus(p: PairingRecord, today = todayIso()): PairingStatus {
  if (p.end_date && p.end_date < today) return "ended";
  if (p.start_date && p.start_date > today) return "upcoming";
  return "active";
}

/** Element Plus tag type of a status. */
export const STATUS_TAG: Record<PairingStatus, "success" | "info" | "warning"> = {
  active: "success",
  ended: "info",
  upcoming: "warning",
};

/** Code → unit and id → organisation lookups, built once per page load. */
export class Names {
  private units = new Map<string, AdminUnit>();
  private orgs = new Map<number, Organization>();
  constructor(units: readonly AdminUnit[], orgs: readonly Organization[]) {
    for (const u of units) this.units.set(u.code, u);
    for (const o of orgs) this.orgs.set(o.id, o);
  }
  /** Name of an administrative code, or the code itself when it is not in admin_units. */
  unit(code?: string): string {
    if (!code) return "";
    return this.units.get(code)?.name ?? code;
  }
  /** Names of a unit and of every unit above it (闽宁镇, 永宁县, 银川市, 宁夏回族自治区). */
  unitPath(code?: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    let c = code;
    while (c && !seen.has(c)) {
      seen.add(c);
      out.push(this.unit(c));
      c = this.units.get(c)?.parent_code ?? undefined;
    }
    return out;
  }
  org(id?: number): Organization | undefined {
    return id === undefined || id === null ? undefined : this.orgs.get(id);
  }
  /** What stands on one side of a pairing: the organisation if there is one, else the unit. */
  side(p: PairingRecord, side: "east" | "west"): string {
    const o = this.org(side === "east" ? p.east_org_id : p.west_org_id);
    if (o) return o.name;
    return this.unit(side === "east" ? p.east_unit : p.west_unit);
  }
  /** Administrative code of a side: the unit, or where its organisation is located. */
  sideCode(p: PairingRecord, side: "east" | "west"): string | undefined {
    const code = side === "east" ? p.east_unit : p.west_unit;
    if (code) return code;
    return this.org(side === "east" ? p.east_org_id : p.west_org_id)?.unit_code;
  }
  /** Province-level code and name of a code (GB/T 2260: the first two digits). */
  province(code?: string): { code: string; name: string } | undefined {
    if (!code || code.length < 2) return undefined;
    const pc = code.slice(0, 2) + "0000";
    return { code: pc, name: this.unit(pc) };
  }
}

/** A pairing placed in the tree, with its sides already named. */
export interface PairingNode extends PairingRecord {
  depth: number;
  eastName: string;
  westName: string;
  status: PairingStatus;
  /** Eastern province the pairing belongs to (inherited from its parent when unknown). */
  eastGroup: { code: string; name: string };
  children?: PairingNode[];
}

/** Pairings arranged by parent_id; siblings ordered by level, then start date, then id. */
export function buildTree(rows: PairingRecord[], names: Names, levelOrder: string[], today = todayIso()): PairingNode[] {
  const byId = new Map<number, PairingNode>();
  for (const r of rows) {
    byId.set(r.id, {
      ...r,
      depth: 0,
      eastName: names.side(r, "east"),
      westName: names.side(r, "west"),
      status: pairingStatus(r, today),
      eastGroup: { code: "", name: "" },
    });
  }
  const roots: PairingNode[] = [];
  for (const n of byId.values()) {
    const parent = n.parent_id !== undefined && n.parent_id !== n.id ? byId.get(n.parent_id) : undefined;
    if (parent) (parent.children ??= []).push(n);
    else roots.push(n);
  }
  const rank = (l: string) => {
    const i = levelOrder.indexOf(l);
    return i < 0 ? levelOrder.length : i;
  };
  const cmp = (a: PairingNode, b: PairingNode) =>
    rank(a.level) - rank(b.level) || (a.start_date ?? "").localeCompare(b.start_date ?? "") || a.id - b.id;
  const unknown = { code: "", name: "" };
  // Depth-first; the guard stops a malformed parent cycle from looping forever.
  const seen = new Set<number>();
  const walk = (list: PairingNode[], depth: number, inherited: { code: string; name: string }) => {
    list.sort(cmp);
    for (const n of list) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      n.depth = depth;
      n.eastGroup = names.province(names.sideCode(n, "east")) ?? inherited;
      if (n.children) walk(n.children, depth + 1, n.eastGroup);
    }
  };
  walk(roots, 0, unknown);
  return roots;
}

/** The tree in display order (parents before children). */
export function flatten(nodes: PairingNode[]): PairingNode[] {
  const out: PairingNode[] = [];
  const walk = (l: PairingNode[]) => {
    for (const n of l) {
      out.push(n);
      if (n.children) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** Copy of the tree keeping the nodes that match and every ancestor of one (so the path stays visible). */
export function filterTree(nodes: PairingNode[], keep: (n: PairingNode) => boolean): PairingNode[] {
  const out: PairingNode[] = [];
  for (const n of nodes) {
    const kids = n.children ? filterTree(n.children, keep) : [];
    if (keep(n) || kids.length) out.push({ ...n, children: kids.length ? kids : undefined });
  }
  return out;
}

/** Fractional year of a YYYY-MM-DD date (2021-07-01 → about 2021.5), for the timeline axis. */
export function yearFraction(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const d = Date.UTC(y, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return y + (d - start) / (end - start);
}
