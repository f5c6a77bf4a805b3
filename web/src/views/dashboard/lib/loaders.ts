/**
 * The dashboard's data loaders: each request once per visit (lib/memo), shared by the cards
 * and by the start-up prefetch (src/prefetch.ts). Free of Vue, so the prefetch entry stays
 * a few kB and runs before the application's script.
 */
import { fetchCatalog, fetchRanking, fetchSeries, fetchValues, type IndicatorDef, type RankingResult, type ValuesResult } from "../../../api/indicators";
import { fetchAnnual, type AnnualReport } from "../../../api/reports";
import { memo, peek } from "./memo";
import { scopeKey, scopeParams, type Scope } from "./scope";

/** The headline indicators shown as cards (and offered in the trend and ranking cards). */
export const KPI_CODES = [
  "fund_fiscal_aid",
  "fund_social",
  "csm_total",
  "lab_rural_helped",
  "lab_pe_helped",
  "tal_prof_e2w",
  "ws_count",
  "ind_investment_actual",
];

/** The indicator catalog (one request per dashboard visit). */
export function loadCatalogDefs(): Promise<IndicatorDef[]> {
  return memo("catalog", async () => (await fetchCatalog()).indicators);
}

/** Every pairing's own value of `code` in `year` (shared by the ranking card and the flow). */
export function loadRanking(code: string, year: number): Promise<RankingResult> {
  // limit=500: the flow needs every pairing, the ranking card shows the top ten of the same list.
  return memo(`ranking:${code}:${year}`, () => fetchRanking({ code, year, limit: 500 }));
}

const headlineKey = (scope: Scope, year: number) => `headline:${scopeKey(scope)}:${year}`;

/** The values of the headline indicators (KPI_CODES) for a scope and year. */
export function loadHeadline(scope: Scope, year: number): Promise<ValuesResult> {
  return memo(headlineKey(scope, year), () => fetchValues({ ...scopeParams(scope), year, codes: KPI_CODES.join(",") }));
}

/** loadHeadline's answer if it has already arrived, else undefined. */
export const peekHeadline = (scope: Scope, year: number): ValuesResult | undefined => peek(headlineKey(scope, year));

/** The annual report (targets and completion) of a unit or pairing scope; null nationally. */
export function loadAnnual(scope: Scope, year: number): Promise<AnnualReport | null> {
  if (scope.kind === "all") return Promise.resolve(null);
  return memo(annualKey(scope, year), () => fetchAnnual({ ...scopeParams(scope), year }));
}
const annualKey = (scope: Scope, year: number) => `annual:${scopeKey(scope)}:${year}`;

/** loadAnnual's answer if it has already arrived (null nationally), else undefined. */
export const peekAnnual = (scope: Scope, year: number): AnnualReport | null | undefined =>
  scope.kind === "all" ? null : peek<AnnualReport>(annualKey(scope, year));

/**
 * Whether the first frame can show final figures: the headline values of `year` and the
 * year before, and the annual report of a unit or pairing scope, have all arrived.
 */
export function headlineReady(scope: Scope, year: number): boolean {
  return !!peekHeadline(scope, year) && !!peekHeadline(scope, year - 1) && peekAnnual(scope, year) !== undefined;
}

/**
 * The year the dashboard opens on without ?year: the latest of the last ten (up to
 * `thisYear`) with national fiscal aid, as the current year is usually still empty; the
 * year before `thisYear` when none has data.
 */
export function loadDefaultYear(thisYear: number): Promise<number> {
  return memo(`default-year:${thisYear}`, async () => {
    const s = await fetchSeries({ code: "fund_fiscal_aid", from: thisYear - 9, to: thisYear, granularity: "year" });
    const withData = s.points.filter((p) => p.value).map((p) => p.period.year);
    return withData.length ? Math.max(...withData) : thisYear - 1;
  });
}
