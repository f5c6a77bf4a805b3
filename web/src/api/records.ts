import { ApiError, buildUrl, csrfHeaders, http, noteUnauthenticated, type ErrorEnvelope, type FieldError, type Query } from "./http";

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

/** Every pairing (all pages), in id order. */
export function listAllPairings(): Promise<Pairing[]> {
  return listAll<Pairing>("pairings");
}

/** Formats the import and export endpoints read and write. */
export type FileFormat = "xlsx" | "csv" | "json";

/** What a successful import did (the whole file is written or nothing is). */
export interface ImportSummary {
  rows_read: number;
  rows_written: number;
  elapsed_ms: number;
}

/** One problem of a rejected import: `row` is the file's line or sheet row (absent for file-level problems). */
export interface ImportProblem extends FieldError {
  row?: number;
}

/** Upload progress callback: bytes sent and total (total is 0 when the browser cannot tell). */
export type ProgressFn = (sent: number, total: number) => void;

/** The format the server should read, from the file name; undefined lets the server sniff the content. */
export function formatOfFile(name: string): FileFormat | undefined {
  const m = /\.(xlsx|csv|json)$/i.exec(name);
  return m ? (m[1].toLowerCase() as FileFormat) : undefined;
}

/**
 * Uploads a whole file to `POST /{type}/import`. Uses XMLHttpRequest because fetch reports
 * no upload progress. `onUploaded` fires when the last byte left the browser: from then on
 * the server is parsing and checking, which for a large file takes a while.
 * Rejects with ApiError (status 0 when the connection failed or was aborted).
 */
export function importRecords(
  type: string,
  file: File,
  opts: { onProgress?: ProgressFn; onUploaded?: () => void; signal?: AbortSignal } = {},
): Promise<ImportSummary> {
  const path = `/${encodeURIComponent(type)}/import`;
  const url = buildUrl(path, { format: formatOfFile(file.name) });
  return new Promise<ImportSummary>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => opts.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.upload.onload = () => opts.onUploaded?.();
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as ImportSummary);
        return;
      }
      noteUnauthenticated(xhr.status, path);
      const env = (data as { error?: ErrorEnvelope } | undefined)?.error;
      reject(
        new ApiError(
          xhr.status,
          env ?? { code: xhr.status === 413 ? "payload_too_large" : "internal", message: `HTTP ${xhr.status}`, message_en: `HTTP ${xhr.status}` },
        ),
      );
    };
    const fail = (code: string, zh: string, en: string) => () => reject(new ApiError(0, { code, message: zh, message_en: en }));
    xhr.onerror = fail("unavailable", "无法连接服务器", "cannot reach the server");
    xhr.onabort = fail("aborted", "已取消上传", "upload cancelled");
    opts.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** URL of `GET /{type}/export`: every row matching the list filters (page and page_size are dropped). */
export function exportUrl(type: string, format: FileFormat, filters: ListParams = {}): string {
  const { page: _p, page_size: _s, ...rest } = filters;
  return buildUrl(`/${encodeURIComponent(type)}/export`, { ...rest, format });
}

/** An XLSX with only the header row: the export of a filter that matches nothing (no row has id 0). */
export function templateUrl(type: string): string {
  return buildUrl(`/${encodeURIComponent(type)}/export`, { format: "xlsx", id: 0 });
}

/** Largest page the list endpoint serves. */
export const MAX_PAGE_SIZE = 500;

/**
 * The one paging helper: rows of a type in pages of MAX_PAGE_SIZE, in `sort` order (id
 * unless the params say otherwise). The first page tells the total; the pages after it, as
 * many as hold the first `cap` rows, are fetched in parallel.
 */
async function fetchPages<T>(type: string, params: ListParams, cap: number): Promise<{ items: T[]; total: number }> {
  const base: ListParams = { sort: "id", ...params, page_size: MAX_PAGE_SIZE };
  const first = await listRecords<T>(type, { ...base, page: 1 });
  const pages = Math.ceil(Math.min(first.total, cap) / MAX_PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => listRecords<T>(type, { ...base, page: i + 2 })),
  );
  return { items: [first, ...rest].flatMap((r) => r.items), total: first.total };
}

/** Every row of a type (all pages), optionally filtered; in id order unless `params.sort` says otherwise. */
export async function listAll<T = RecordRow>(type: string, params: ListParams = {}): Promise<T[]> {
  return (await fetchPages<T>(type, params, Infinity)).items;
}

/**
 * Up to `cap` rows of a type (whole pages, so possibly a few more), in id order. `complete`
 * tells whether that was all of them; callers use it to decide whether a client-side
 * search over the rows is exact.
 */
export async function listUpTo<T = RecordRow>(
  type: string,
  cap: number,
  params: ListParams = {},
): Promise<{ items: T[]; total: number; complete: boolean }> {
  const { items, total } = await fetchPages<T>(type, params, cap);
  return { items, total, complete: items.length >= total };
}
