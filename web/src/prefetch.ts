/**
 * Listed in index.html before the application (main.ts), so it runs before the modules of
 * Vue, Element Plus and the app are evaluated: the session (which the router's first
 * navigation waits for), the record types (for the menu) and, on the dashboard, its
 * figures are requested first (views/dashboard/lib/prefetch.ts).
 *
 * All of them go out together rather than the data after the session is known: signed
 * in, that saves a round trip; signed out, their 401s are dropped (the router sends the
 * user to the sign-in page before any page could show them).
 */
import { fetchSession } from "./api/auth";
import { fetchTypes } from "./api/types";
import { isLoginPath } from "./router/redirect";
import { prefetchDashboard } from "./views/dashboard/lib/prefetch";

fetchSession().catch(() => undefined);
// Every page's menu is built from the record types; the sign-in page has no menu.
if (!isLoginPath(location.pathname)) fetchTypes().catch(() => undefined);
if (location.pathname === "/") prefetchDashboard(location.search);
