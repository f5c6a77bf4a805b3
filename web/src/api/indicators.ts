import { http, type Query } from "./http";

export interface Period {
  kind: string;
  label: string;
  label_en: string;
  year: number;
}
export interface Scope {
  kind: string;
  name: string;
  kind_zh?: string;
  pairing_id?: number;
}
export interface IndicatorDef {
  code: string;
  zh: string;
  en: string;
  zh_tw?: string; // Traditional (Taiwan) twin of zh, made by the server with OpenCC
  group: string;
  unit: string;
  unit_en: string;
  target: boolean;
  derived: boolean;
  note?: string;
  record?: string;
}
export interface Catalog {
  groups: { code: string; zh: string; en: string; zh_tw?: string }[];
  indicators: IndicatorDef[];
}
export interface IndicatorValue {
  code: string;
  unit: string;
  value: number | null;
  zh: string;
}
export interface ValuesResult {
  period: Period;
  scope: Scope;
  values: IndicatorValue[];
}
export interface SeriesResult {
  code: string;
  unit: string;
  zh: string;
  scope: Scope;
  points: { period: Period; value: number | null }[];
}
export interface RankingResult {
  code: string;
  unit: string;
  zh: string;
  period: Period;
  ranking: { level: string; name: string; pairing: number; rank: number; value: number | null }[];
}

export interface ScopeParams extends Query {
  pairing?: number | string;
  unit?: string;
}

export const fetchCatalog = () => http.get<Catalog>("/indicators");
export const fetchValues = (p: ScopeParams & { year: number; codes?: string }) =>
  http.get<ValuesResult>("/indicators/values", p);
export const fetchSeries = (p: ScopeParams & { code: string; from: number; to: number; granularity?: string }) =>
  http.get<SeriesResult>("/indicators/series", p);
export const fetchRanking = (p: { code: string; year: number; level?: string; limit?: number }) =>
  http.get<RankingResult>("/indicators/ranking", p);
