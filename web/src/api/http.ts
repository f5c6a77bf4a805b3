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

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
let csrfToken = "";
let onUnauthenticated: ((path: string) => void) | null = null;

/**
 * The CSRF token of the signed-in session (from /auth/login or /auth/me), sent as
 * X-CSRF-Token on every unsafe request; "" after signing out. Set by the auth store, so
 * this module needs no import of it (the start-up prefetch loads this module without Vue).
 */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The headers an unsafe request made outside request() (the XHR upload) must carry. */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

/**
 * Called with the request's path when the server answers 401 to any request but those of
 * signing in, the session look-up and signing out (their 401 is an answer, not a session
 * that ended meanwhile). The router installs it; the request still rejects with the ApiError.
 */
export function setUnauthenticatedHandler(fn: ((path: string) => void) | null): void {
  onUnauthenticated = fn;
}

const AUTH_PATHS = new Set(["/auth/login", "/auth/me", "/auth/logout"]);

/** Reports a 401 on `path` to the handler (see setUnauthenticatedHandler). */
export function noteUnauthenticated(status: number, path: string): void {
  if (status === 401 && !AUTH_PATHS.has(path)) onUnauthenticated?.(path);
}

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
  const headers: Record<string, string> = { Accept: "application/json" };
  if (UNSAFE.has(method)) Object.assign(headers, csrfHeaders());
  // The session cookie goes with every request to the console's own origin, never elsewhere.
  const init: RequestInit = { method, headers, credentials: "same-origin" };
  if (opts.body !== undefined) {
    init.body = JSON.stringify(opts.body);
    headers["Content-Type"] = "application/json";
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), init);
  } catch (e) {
    throw new ApiError(0, { code: "unavailable", message: "无法连接服务器", message_en: "cannot reach the server" });
  }
  // Read even an empty body: the request is not finished until it is.
  const text = await res.text();
  if (res.status === 204) return undefined as T;
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    noteUnauthenticated(res.status, path);
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
