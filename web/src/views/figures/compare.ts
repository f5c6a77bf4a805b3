/**
 * The value shanhai computes for a published figure's own scope and period, and how far
 * the published number is from it. Mirrors the annual report's comparison
 * (src/report/annual_report.cc, Builder::Compare) so both pages flag the same figures,
 * but fetches the values in batches — one /indicators/values call per scope and period,
 * with every code needed there — instead of one report per pairing-year.
 */
import { fetchValues, type IndicatorDef } from "../../api/indicators";
import type { ReportedFigure } from "../../api/figures";
import type { Pairing } from "../../api/records";

/** Published figures differing from the computed value by more than this share (%) are flagged, as in the annual report. */
export const FLAG_PCT = 5;

/** Why a figure could not be compared: an i18n key under `figures.why` and its parameters. */
export interface Why {
  key: "noIndicator" | "unknownIndicator" | "noScope" | "unit" | "period" | "noValue" | "failed";
  params?: Record<string, string>;
}

/** The comparison of one figure. `why` is set when there is nothing to compare. */
export interface Comparison {
  computed?: number;
  code?: string; // the indicator compared (a variant in the figure's unit, when one exists)
  variant?: { zh: string; en: string };
  periodLabel?: { zh: string; en: string };
  difference?: number; // computed − reported (for a range: to the nearest bound)
  differencePct?: number;
  flagged: boolean;
  why?: Why;
}

type PeriodParams = { year: number; quarter?: number; month?: number; cumulative?: number };

interface Plan {
  key: string; // scope + period: the batch the figure belongs to
  scope: { pairing?: number; unit?: string };
  period: PeriodParams;
  code: string;
  variant?: { zh: string; en: string };
}

function parseDate(s: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? "");
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthIndex = (y: number, m: number) => y * 12 + (m - 1);

/**
 * The period the engine can compute for a figure: a whole calendar year, quarter or month,
 * or, for a cumulative figure of a pairing, everything up to the end of a year from no
 * later than the pairing's start. Null otherwise (e.g. "2024-01-01 to 2024-10-31").
 */
export function figurePeriod(f: ReportedFigure, pairingStart: string | undefined): PeriodParams | null {
  const s = parseDate(f.period_start);
  const e = parseDate(f.period_end);
  if (!s || !e) return null;
  if (s.d === 1 && e.d === daysIn(e.y, e.m) && s.y === e.y) {
    if (s.m === 1 && e.m === 12) return { year: s.y };
    if (s.m === e.m) return { year: s.y, month: s.m };
    if ((s.m - 1) % 3 === 0 && e.m === s.m + 2) return { year: s.y, quarter: (s.m - 1) / 3 + 1 };
  }
  // A unit scope has no start, so its cumulative figures are never comparable (as on the server).
  const start = parseDate(pairingStart);
  if (f.is_cumulative && e.m === 12 && e.d === 31 && start && monthIndex(s.y, s.m) <= monthIndex(start.y, start.m))
    return { year: e.y, cumulative: 1 };
  return null;
}

function plan(
  f: ReportedFigure,
  catalog: Map<string, IndicatorDef & { variant?: { zh: string; en: string }; variant_of?: string }>,
  pairings: Map<number, Pairing>,
): Plan | Why {
  if (!f.indicator_code) return { key: "noIndicator" };
  const ind = catalog.get(f.indicator_code);
  if (!ind) return { key: "unknownIndicator", params: { code: f.indicator_code } };
  let scope: Plan["scope"];
  let start: string | undefined;
  if (f.pairing_id) {
    const p = pairings.get(f.pairing_id);
    if (!p) return { key: "noScope" };
    scope = { pairing: f.pairing_id };
    start = p.start_date;
  } else if (f.scope_unit) {
    scope = { unit: f.scope_unit };
  } else {
    return { key: "noScope" };
  }
  let compared = ind;
  if (f.unit !== ind.unit) {
    for (const v of catalog.values())
      if (v.variant_of === ind.code && v.unit === f.unit) {
        compared = v;
        break;
      }
  }
  if (f.unit !== compared.unit) return { key: "unit", params: { reported: f.unit, indicator: ind.unit } };
  const period = figurePeriod(f, start);
  if (!period) return { key: "period", params: { start: f.period_start, end: f.period_end } };
  const key = JSON.stringify([scope, period]);
  return { key, scope, period, code: compared.code, variant: compared === ind ? undefined : compared.variant };
}

/** Difference and flag of a computed value against the published one (a range counts as any value within it). */
export function measure(f: ReportedFigure, computed: number): Pick<Comparison, "difference" | "differencePct" | "flagged"> {
  let reference = f.value;
  if (f.qualifier === "range" && f.value_max !== null && f.value_max !== undefined) {
    if (computed >= f.value && computed <= f.value_max) reference = computed;
    else if (computed > f.value_max) reference = f.value_max;
  }
  const difference = computed - reference;
  const differencePct = reference !== 0 ? (difference / Math.abs(reference)) * 100 : undefined;
  const flagged = differencePct !== undefined ? Math.abs(differencePct) > FLAG_PCT : difference !== 0;
  return { difference, differencePct, flagged };
}

/** Compares every figure, with one values request per scope and period. */
export async function compareAll(
  figures: ReportedFigure[],
  catalog: IndicatorDef[],
  pairings: Pairing[],
): Promise<Map<number, Comparison>> {
  const byCode = new Map(catalog.map((d) => [d.code, d as IndicatorDef & { variant?: { zh: string; en: string }; variant_of?: string }]));
  const byId = new Map(pairings.map((p) => [p.id, p]));
  const out = new Map<number, Comparison>();
  const batches = new Map<string, { plan: Plan; codes: Set<string>; figures: [ReportedFigure, Plan][] }>();
  for (const f of figures) {
    const p = plan(f, byCode, byId);
    if (!("code" in p)) {
      out.set(f.id, { flagged: false, why: p });
      continue;
    }
    let b = batches.get(p.key);
    if (!b) batches.set(p.key, (b = { plan: p, codes: new Set(), figures: [] }));
    b.codes.add(p.code);
    b.figures.push([f, p]);
  }
  await Promise.all(
    [...batches.values()].map(async (b) => {
      try {
        const r = await fetchValues({ ...b.plan.scope, ...b.plan.period, codes: [...b.codes].join(",") });
        const values = new Map(r.values.map((v) => [v.code, v.value]));
        const periodLabel = { zh: r.period.label, en: r.period.label_en };
        for (const [f, p] of b.figures) {
          const v = values.get(p.code);
          if (v === null || v === undefined) {
            out.set(f.id, { flagged: false, code: p.code, periodLabel, why: { key: "noValue" } });
          } else {
            out.set(f.id, { computed: v, code: p.code, variant: p.variant, periodLabel, ...measure(f, v) });
          }
        }
      } catch {
        for (const [f] of b.figures) out.set(f.id, { flagged: false, why: { key: "failed" } });
      }
    }),
  );
  return out;
}
