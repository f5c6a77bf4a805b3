import { buildUrl, http } from "./http";
import type { Period, Scope } from "./indicators";

export interface ReportedFigure {
  [k: string]: unknown;
}
export interface ReportRow {
  code: string;
  name: string;
  name_en: string;
  name_zh_tw?: string;
  unit: string;
  unit_en: string;
  actual: number | null;
  target: number | { min?: number; max?: number } | null;
  completion_pct: number | null;
  last_year: number | null;
  change: number | null;
  change_pct: number | null;
  cumulative: number | null;
  depth: number;
  flagged: boolean;
  range_standing: string | null;
  reported: ReportedFigure[];
  target_indicator: boolean;
  variant: string | null;
  variant_of: string | null;
}
export interface ReportGroup {
  code: string;
  zh?: string;
  en: string;
  rows: ReportRow[];
  [k: string]: unknown;
}
export interface AnnualReport {
  title: string;
  title_en: string;
  title_zh_tw?: string;
  year: number;
  period: string | Period;
  scope: Scope;
  generated_at: string;
  flag_threshold_pct: number;
  groups: ReportGroup[];
  tasks: unknown[];
}

export interface ReportScope {
  pairing?: number | string;
  unit?: string;
  year: number;
}

export const fetchAnnual = (p: ReportScope) => http.get<AnnualReport>("/reports/annual", { ...p, format: "json" });
export const annualUrl = (p: ReportScope, format: "html" | "xlsx" | "text") =>
  buildUrl("/reports/annual", { ...p, format });
