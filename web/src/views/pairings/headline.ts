/** Headline indicators of a pairing's page, and how the default year is chosen. */
import { fetchSeries, type SeriesResult } from "../../api/indicators";

/** Indicators shown as cards on a pairing's page, in display order. */
export const HEADLINE_CODES = [
  "fund_fiscal_aid",
  "fund_social",
  "lab_rural_helped",
  "tal_cadres_e2w",
  "tal_prof_e2w",
  "csm_total",
  "ws_count",
  "ind_investment_actual",
];

/** Yearly series of every headline indicator for a pairing; a failing code is left out. */
export async function fetchHeadlineSeries(pairing: number, from: number, to: number): Promise<Record<string, SeriesResult>> {
  const settled = await Promise.allSettled(
    HEADLINE_CODES.map((code) => fetchSeries({ pairing, code, from, to, granularity: "year" })),
  );
  const out: Record<string, SeriesResult> = {};
  settled.forEach((s, i) => {
    if (s.status === "fulfilled") out[HEADLINE_CODES[i]] = s.value;
  });
  return out;
}

// Flows dated within a year (money received, goods bought). Stock indicators such as
// workshops or cadres in post carry over into years with no new records, so they would
// make every later year look like it has data.
const FLOW_CODES = ["fund_fiscal_aid", "fund_social", "csm_total", "ind_investment_actual"];

/** The latest year with a non-zero flow indicator (else any headline indicator), or undefined. */
export function latestYearWithData(series: Record<string, SeriesResult>): number | undefined {
  const latest = (codes: string[]) => {
    let best: number | undefined;
    for (const code of codes) {
      for (const p of series[code]?.points ?? []) {
        if (p.value !== null && p.value !== 0 && (best === undefined || p.period.year > best)) best = p.period.year;
      }
    }
    return best;
  };
  return latest(FLOW_CODES) ?? latest(Object.keys(series));
}
