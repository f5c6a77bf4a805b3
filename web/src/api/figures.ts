/** Published figures (公开报道数据, `reported_figures`): numbers quoted from Chinese reports. */
import type { Query } from "./http";
import { listAll, listRecords, patchRecord, type ListResult } from "./records";

/** How a published number is qualified: 确数, 余/多/超 (at least), 约/近 (about), a range, 不超过. */
export type Qualifier = "exact" | "at_least" | "about" | "range" | "at_most";
/** Review state of a figure; only accepted figures enter the annual report. */
export type Review = "proposed" | "accepted" | "rejected";

/** A `reported_figures` row as the API returns it. */
export interface ReportedFigure {
  id: number;
  pairing_id?: number | null;
  west_code?: string | null;
  east_code?: string | null;
  status?: string | null;
  source_doc: string;
  source_date?: string | null;
  quote: string;
  indicator_code?: string | null;
  value: number;
  value_max?: number | null;
  unit: string;
  qualifier: Qualifier;
  period_start: string;
  period_end: string;
  is_cumulative?: boolean | null;
  scope_unit?: string | null;
  review?: Review | null;
  source?: string | null;
  recorded_by?: string | null;
  note?: string | null;
  outside_pairing_reason?: string | null;
  recorded_at?: string;
  updated_at?: string;
}

/**
 * Filters the list endpoint understands: pairing, equality on indicator_code / review,
 * and `q`, text contained in any text field (quote, source document, unit, note…).
 */
export interface FigureQuery extends Query {
  pairing?: number;
  indicator_code?: string;
  review?: string;
  q?: string;
  sort?: string;
  page?: number;
  page_size?: number;
}

const TYPE = "reported_figures";

/** One page of figures, paginated and sorted by the server. */
export function listFigures(q: FigureQuery): Promise<ListResult<ReportedFigure>> {
  return listRecords<ReportedFigure>(TYPE, q);
}

/**
 * Every figure matching the server-side filters (all pages). Used when the page
 * filters on something the list endpoint cannot (year of period end or publication).
 */
export function listAllFigures(q: Omit<FigureQuery, "page" | "page_size">): Promise<ReportedFigure[]> {
  return listAll<ReportedFigure>(TYPE, q);
}

/** Accepts or rejects a figure. */
export function setReview(id: number, review: Review): Promise<ReportedFigure> {
  return patchRecord<ReportedFigure>(TYPE, id, { review });
}
