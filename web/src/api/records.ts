import { http, type Query } from "./http";

export type RecordRow = Record<string, unknown> & { id?: number | string };

export interface ListResult<T = RecordRow> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export interface ListParams extends Query {
  pairing?: number | string;
  unit?: string;
  year?: number;
  status?: string;
  sort?: string;
  page?: number;
  page_size?: number;
}

export function listRecords<T = RecordRow>(type: string, params: ListParams = {}): Promise<ListResult<T>> {
  return http.get<ListResult<T>>(`/${encodeURIComponent(type)}`, params);
}
export function getRecord<T = RecordRow>(type: string, id: number | string): Promise<T> {
  return http.get<T>(`/${encodeURIComponent(type)}/${encodeURIComponent(String(id))}`);
}
export function createRecord<T = RecordRow>(type: string, body: Partial<T>): Promise<T> {
  return http.post<T>(`/${encodeURIComponent(type)}`, body);
}
export function patchRecord<T = RecordRow>(type: string, id: number | string, body: Partial<T>): Promise<T> {
  return http.patch<T>(`/${encodeURIComponent(type)}/${encodeURIComponent(String(id))}`, body);
}
export function deleteRecord(type: string, id: number | string): Promise<void> {
  return http.del(`/${encodeURIComponent(type)}/${encodeURIComponent(String(id))}`);
}

export interface Pairing {
  id: number;
  name: string;
  level: string;
  parent_id?: number;
  east_code: string;
  west_code: string;
  start_date?: string;
  end_date?: string;
}

export async function listAllPairings(): Promise<Pairing[]> {
  const r = await listRecords<Pairing>("pairings", { page_size: 500, sort: "id" });
  return r.items;
}
