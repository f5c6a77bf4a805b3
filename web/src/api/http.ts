export interface FieldError {
  field: string;
  message: string;
  message_en: string;
  row?: number; // the file's line or sheet row, for import errors
}
export interface ErrorEnvelope {
  code: string;
  message: string;
  message_en: string;
  fields?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly envelope: ErrorEnvelope;
  constructor(status: number, envelope: ErrorEnvelope) {
    super(envelope.message);
    this.status = status;
    this.envelope = envelope;
  }
  get fields(): FieldError[] {
    return this.envelope.fields ?? [];
  }
  localized(en: boolean): string {
    return en ? this.envelope.message_en || this.envelope.message : this.envelope.message;
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export const API_BASE = "/api/v1";

export function buildUrl(path: string, query?: Query): string {
  const qs = new URLSearchParams();
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined || v === null || v === "") continue;
      qs.set(k, String(v));
    }
  }
  const s = qs.toString();
  return API_BASE + path + (s ? "?" + s : "");
}

export async function request<T>(
  method: string,
  path: string,
  opts: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: "application/json" } };
  if (opts.body !== undefined) {
    init.body = JSON.stringify(opts.body);
    (init.headers as Record<string, string>)["Content-Type"] = "application/json";
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), init);
  } catch (e) {
    throw new ApiError(0, { code: "unavailable", message: "无法连接服务器", message_en: "cannot reach the server" });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const env = (data as { error?: ErrorEnvelope } | undefined)?.error;
    throw new ApiError(
      res.status,
      env ?? { code: "internal", message: `HTTP ${res.status}`, message_en: `HTTP ${res.status}` },
    );
  }
  return data as T;
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>("GET", path, { query }),
  post: <T>(path: string, body: unknown) => request<T>("POST", path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
  del: (path: string) => request<void>("DELETE", path),
};
