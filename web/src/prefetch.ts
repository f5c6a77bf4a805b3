/**
 * Listed in index.html before the application (main.ts), so it runs before the modules of
 * Vue, Element Plus and the app are evaluated: the record types (for the menu) and, on
 * the dashboard, its figures are requested first (views/dashboard/lib/prefetch.ts).
 */
import { fetchTypes } from "./api/types";
import { prefetchDashboard } from "./views/dashboard/lib/prefetch";

// Every page's menu is built from the record types.
fetchTypes().catch(() => undefined);
if (location.pathname === "/") prefetchDashboard(location.search);
