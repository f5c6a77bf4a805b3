import { ApiError, http } from "./http";

/** The actions the API guards; a session lists those its role allows. */
export type Permission =
  | "read"
  | "write_records"
  | "write_reference"
  | "set_targets"
  | "submit"
  | "confirm"
  | "approve"
  | "unlock"
  | "manage_users"
  | "read_audit";

export type Role = "national_admin" | "provincial_supervisor" | "east_office" | "west_office" | "sector_editor" | "viewer";

/** Every role, in the order the offices rank them (for labels and pickers). */
export const ROLES: Role[] = ["national_admin", "provincial_supervisor", "east_office", "west_office", "sector_editor", "viewer"];

/** The signed-in account. */
export interface User {
  id: number;
  username: string;
  /** The name to show; may be empty (then show username). */
  display_name: string;
  role: Role | string;
  /** Which rows the account sees and writes: "all", "unit", "pairing" or "own". */
  data_scope: string;
  /** The unit of a "unit" scope (GB/T 2260 code), informative otherwise. */
  unit_code?: string | null;
  /** The pairing of a "pairing" scope. */
  pairing_id?: number | null;
  /** A sector editor's sector ("funds", "labour", …). */
  sector?: string | null;
}

/** A session as /auth/login and /auth/me describe it. The cookie itself stays HttpOnly. */
export interface Session {
  user: User;
  permissions: (Permission | string)[];
  /** Sent back as X-CSRF-Token on every unsafe request. */
  csrf_token: string;
  /** When the session ends unless used (ISO 8601). */
  expires_at: string;
}

/**
 * Signs in. Resolves the new session (the server sets the session cookie); rejects with
 * ApiError 401 "unauthenticated" when the user is unknown, the password wrong or the
 * account locked (one answer for all three), other ApiErrors as usual.
 */
export function login(username: string, password: string): Promise<Session> {
  return http.post<Session>("/auth/login", { username, password });
}

/**
 * Ends the session (the server clears the cookie). Needs the CSRF token, which http.ts
 * sends once the auth store has set it.
 */
export function logout(): Promise<void> {
  return http.post<void>("/auth/logout", undefined);
}

let session: Promise<Session | null> | null = null;

/**
 * The current session, or null when not signed in (401). Asked once per page load: the
 * start-up prefetch (src/prefetch.ts) and the router's first navigation share the
 * request. Rejects with ApiError on other failures (server down, 5xx), and a failed
 * request is forgotten so the next call tries again.
 */
export function fetchSession(): Promise<Session | null> {
  if (!session) {
    const p = http.get<Session>("/auth/me").catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    });
    p.catch(() => {
      if (session === p) session = null;
    });
    session = p;
  }
  return session;
}
