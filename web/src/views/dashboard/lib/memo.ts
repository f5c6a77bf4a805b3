/**
 * Request de-duplication for one visit of the dashboard: cards that need the same data
 * (the ranking card and the flow chart both read the fund ranking; every card reads the
 * catalog) share one request, and so do the requests main.ts starts before the first
 * render (lib/prefetch). Cleared when the dashboard is opened again so a figure changed on
 * another page is fetched afresh.
 */
const cache = new Map<string, Promise<unknown>>();
// Answers already received, by key, so a card can render them in its first pass.
const settled = new Map<string, unknown>();

/** The pending or settled promise for `key`, starting `load` only the first time. */
export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    const mine = p;
    // A failed request must not stick: the next caller tries again.
    p.then(
      (v) => {
        if (cache.get(key) === mine) settled.set(key, v);
      },
      () => {
        if (cache.get(key) === mine) cache.delete(key);
      },
    );
    cache.set(key, p);
  }
  return p;
}

/**
 * The answer for `key` if it has already arrived (in this visit), else undefined: lets a
 * card render prefetched data in its first pass instead of a skeleton first.
 */
export function peek<T>(key: string): T | undefined {
  return settled.get(key) as T | undefined;
}

/** Forget everything (on an explicit refresh). */
export function clearMemo(): void {
  cache.clear();
  settled.clear();
}

let visits = 0;
/**
 * Called as the dashboard opens. The first opening keeps what start-up prefetched; every
 * later one starts afresh.
 */
export function startVisit(): void {
  if (visits++ > 0) clearMemo();
}
