/**
 * The dashboard's first requests, started by the prefetch entry (src/prefetch.ts) before
 * the application's script has even been run when the console opens on the dashboard.
 * They travel while Vue, the layout and the cards are set up instead of after: on the
 * 2-core test machine that set-up takes about half a second (docs/BENCHMARKS.md).
 *
 * Everything goes through the memoised loaders the cards call (lib/loaders), so a card
 * finds its answer in flight or already there (and draws it in its first frame). Failures
 * are left to the cards: the memo forgets a failed request, the card asks again and shows
 * the error in its place.
 */
import type { LocationQuery } from "vue-router";
import { loadAnnual, loadCatalogDefs, loadDefaultYear, loadHeadline } from "./loaders";
import { parseScope, parseYear } from "./scope";

const ignore = () => undefined;

/** Starts the headline requests for the dashboard at `search` (location.search). Never throws. */
export function prefetchDashboard(search: string): void {
  const query: LocationQuery = Object.fromEntries(new URLSearchParams(search));
  const scope = parseScope(query);
  loadCatalogDefs().catch(ignore);
  const year = parseYear(query);
  (year !== null ? Promise.resolve(year) : loadDefaultYear(new Date().getFullYear()))
    .then((y) => {
      loadHeadline(scope, y).catch(ignore);
      loadHeadline(scope, y - 1).catch(ignore);
      loadAnnual(scope, y).catch(ignore);
    })
    .catch(ignore);
}
