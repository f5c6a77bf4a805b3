/**
 * Request de-duplication for one visit of the dashboard: cards that need the same data
 * (the ranking card and the flow chart both read the fund ranking; every card reads the
 * catalog) share one request. Cleared when the dashboard is opened again so a figure
 * changed on another page is fetched afresh.
 */
const cache = new Map<string, Promise<unknown>>();

/** The pending or settled promise for `key`, starting `load` only the first time. */
export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    // A failed request must not stick: the next caller tries again.
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** Forget everything (on opening the dashboard, and on an explicit refresh). */
export function clearMemo(): void {
  cache.clear();
}
