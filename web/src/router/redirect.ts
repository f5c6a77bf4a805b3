/**
 * Where the sign-in page sends the user afterwards: the page they were asked to sign in
 * for travels as ?redirect=<path and query>. Free of Vue so it is unit-tested as is.
 */

export const LOGIN_PATH = "/login";

/** Whether `path` (a path, possibly with query and hash) is the sign-in page. */
export function isLoginPath(path: string): boolean {
  return path === LOGIN_PATH || path.startsWith(LOGIN_PATH + "?") || path.startsWith(LOGIN_PATH + "#") || path.startsWith(LOGIN_PATH + "/");
}

/**
 * The sign-in page's location for a user who wanted `fullPath` (path + query + hash of
 * the app). No ?redirect for "/" (the default) or the sign-in page itself, so a 401 while
 * already there cannot nest redirects.
 */
export function loginLocation(fullPath: string): { path: string; query: Record<string, string> } {
  if (!fullPath || fullPath === "/" || isLoginPath(fullPath)) return { path: LOGIN_PATH, query: {} };
  return { path: LOGIN_PATH, query: { redirect: fullPath } };
}

/**
 * The page to open after signing in, from the ?redirect value `raw` (a string, an array
 * when repeated, or absent): only a path of this application ("/records/x?year=2024"),
 * never another site ("//evil.example", "https://…", "/\\evil") nor the sign-in page
 * again; "/" otherwise.
 */
export function safeRedirect(raw: unknown): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (typeof v !== "string" || !v.startsWith("/")) return "/";
  // "//host" and "/\host" are taken by browsers as another host; control characters
  // (a tab or newline inside "/\t/host") are dropped by URL parsing, so refuse them too.
  if (v.startsWith("//") || v.startsWith("/\\") || /[\u0000-\u001f\u007f]/.test(v)) return "/";
  if (isLoginPath(v)) return "/";
  return v;
}
