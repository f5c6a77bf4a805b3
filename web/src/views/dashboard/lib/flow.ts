/**
 * The east→west flow: per-pairing values placed on a four-layer sankey
 * 东部省 → 东部市 → 西部市（州） → 西部省.
 *
 * Why summing per-pairing values does not double count: the ranking endpoint gives each
 * pairing's *own* value (records attached to that pairing, not its subtree — e.g. 漳浦县—
 * 海原县 33.36 M and its parent 漳州市—海原县 2.01 M add up to the parent's scope value of
 * 35.37 M), so the sum over all pairings equals the national figure. Each pairing's value
 * is then drawn from the province/city of its eastern code to the city/province of its
 * western code, i.e. aggregated to the province/city level of the top pairings.
 */
import type { Pairing } from "../../../api/records";
import type { RankingResult } from "../../../api/indicators";
import type { UnitIndex } from "./units";

/** A sankey node: `id` is unique per side and layer; `label` is the unit name. */
export interface FlowNode {
  id: string;
  code: string;
  label: string;
  side: "east" | "west";
  depth: number;
  value: number;
}
export interface FlowLink {
  source: string;
  target: string;
  value: number;
  /** Pairings contributing to this link (for the tooltip). */
  pairings: number;
}
export interface FlowGraph {
  nodes: FlowNode[];
  links: FlowLink[];
  total: number;
  pairings: number;
}

/** Builds the graph from a ranking, restricted to `include` (null = all pairings). */
export function buildFlow(
  ranking: RankingResult | null,
  pairings: Pairing[],
  units: UnitIndex,
  include: Set<number> | null,
): FlowGraph {
  const byId = new Map(pairings.map((p) => [p.id, p]));
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  let total = 0;
  let count = 0;

  const node = (side: "east" | "west", depth: number, code: string | null): string | null => {
    if (!code) return null;
    // Side and layer are part of the id so an intra-province pairing cannot make a cycle.
    const id = `${side}:${depth}:${code}`;
    if (!nodes.has(id)) nodes.set(id, { id, code, label: units.name(code), side, depth, value: 0 });
    return id;
  };

  for (const r of ranking?.ranking ?? []) {
    if (!r.value || r.value <= 0) continue;
    if (include && !include.has(r.pairing)) continue;
    const p = byId.get(r.pairing);
    if (!p || !p.east_code || !p.west_code) continue;
    const chain = [
      node("east", 0, units.ancestorAt(p.east_code, "province") ?? p.east_code),
      node("east", 1, units.ancestorAt(p.east_code, "city")),
      node("west", 2, units.ancestorAt(p.west_code, "city")),
      node("west", 3, units.ancestorAt(p.west_code, "province") ?? p.west_code),
    ].filter((x): x is string => !!x);
    for (let i = 0; i + 1 < chain.length; i++) {
      const key = `${chain[i]}>${chain[i + 1]}`;
      const l = links.get(key) ?? { source: chain[i], target: chain[i + 1], value: 0, pairings: 0 };
      l.value += r.value;
      l.pairings += 1;
      links.set(key, l);
    }
    for (const id of chain) nodes.get(id)!.value += r.value;
    total += r.value;
    count += 1;
  }
  return { nodes: [...nodes.values()], links: [...links.values()], total, pairings: count };
}
