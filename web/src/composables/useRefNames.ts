/**
 * Names for reference fields: `pairing_id` → the pairing's name, `unit` → the
 * administrative unit's name, and so on, from one module-level cache shared by every
 * table and form.
 *
 * Each referenced type is first loaded whole, up to BASE_CAP rows (small reference types
 * such as pairings, organizations and admin_units always fit). A type larger than that
 * (persons in a real deployment) keeps its first BASE_CAP rows and fetches any other row
 * it is asked about one by one, because the list endpoint's filters are single-valued
 * equality filters: there is no `id IN (…)`. Searching such a type by name asks the
 * server (`q=`, text in any text field).
 */
import { ref } from "vue";
import type { FieldDef } from "../api/types";
import { getRecord, listRecords, listUpTo, type RecordRow } from "../api/records";

/** How many rows of a referenced type are loaded up front (four pages of 500). */
const BASE_CAP = 2000;
/** Parallel single-row look-ups when a type is too large to load whole. */
const CONCURRENCY = 6;

interface Cache {
  key: "id" | "code";
  rows: Map<string, RecordRow>;
  /** Keys asked for that do not exist (deleted rows, typos in imported data). */
  absent: Set<string>;
  complete: boolean;
  base: Promise<void> | null;
}

const caches = new Map<string, Cache>();
/** Bumped whenever names arrive, so render functions that read names re-run. */
const tick = ref(0);

/** One choice of a reference select. */
export interface RefOption {
  value: string | number;
  label: string;
  /** The id or code, shown small next to the name. */
  sub: string;
}

const LABEL_FIELDS = ["name", "title", "project_name", "product", "subject", "source_doc", "description"];

/** The type a field points at: its registry `ref`, or admin_units for any administrative code. */
export function refTargetOf(typeName: string, f: FieldDef): string | undefined {
  if (f.ref) return f.ref;
  if (f.kind === "administrative code" && !(typeName === "admin_units" && f.name === "code")) return "admin_units";
  return undefined;
}

function keyFieldOf(refType: string): "id" | "code" {
  return refType === "admin_units" ? "code" : "id";
}

/** A human name for a row of any type (rows without a name field get date and organiser, or #id). */
export function rowLabel(row: RecordRow): string {
  for (const n of LABEL_FIELDS) {
    const v = row[n];
    if (typeof v === "string" && v.trim()) return v;
  }
  const parts = [row.date, row.organiser ?? row.payer].filter((v) => typeof v === "string" && v);
  return parts.length ? parts.join(" · ") : `#${row.id ?? ""}`;
}

function cacheOf(refType: string): Cache {
  let c = caches.get(refType);
  if (!c) {
    c = { key: keyFieldOf(refType), rows: new Map(), absent: new Set(), complete: false, base: null };
    caches.set(refType, c);
  }
  return c;
}

function put(c: Cache, row: RecordRow) {
  const k = row[c.key];
  if (k !== undefined && k !== null) c.rows.set(String(k), row);
}

function loadBase(refType: string): Promise<void> {
  const c = cacheOf(refType);
  if (!c.base) {
    c.base = listUpTo(refType, BASE_CAP)
      .then((r) => {
        for (const row of r.items) put(c, row);
        c.complete = r.complete;
        tick.value++;
      })
      .catch((e) => {
        c.base = null; // let the next caller retry
        throw e;
      });
  }
  return c.base;
}

async function fetchOne(refType: string, c: Cache, key: string): Promise<void> {
  try {
    if (c.key === "id") {
      put(c, await getRecord(refType, key));
    } else {
      const r = await listRecords(refType, { [c.key]: key, page_size: 1 });
      if (r.items.length) put(c, r.items[0]);
      else c.absent.add(key);
    }
  } catch {
    c.absent.add(key); // 404 or a malformed key: show the raw value
  }
}

/** Makes sure the names of these keys are cached; resolves when they are (missing keys stay raw). */
async function ensure(refType: string, keys: Iterable<unknown>): Promise<void> {
  await loadBase(refType);
  const c = cacheOf(refType);
  if (c.complete) return;
  const todo = [...new Set([...keys].filter((k) => k !== null && k !== undefined && k !== "").map(String))].filter(
    (k) => !c.rows.has(k) && !c.absent.has(k),
  );
  if (!todo.length) return;
  let next = 0;
  const worker = async () => {
    while (next < todo.length) await fetchOne(refType, c, todo[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
  tick.value++;
}

/** The cached name for a key, or undefined while unknown. Reactive: re-renders when names arrive. */
function nameOf(refType: string, key: unknown): string | undefined {
  void tick.value;
  if (key === null || key === undefined || key === "") return undefined;
  const row = caches.get(refType)?.rows.get(String(key));
  return row ? rowLabel(row) : undefined;
}

function optionOf(c: Cache, row: RecordRow): RefOption {
  const v = row[c.key] as string | number;
  return { value: v, label: rowLabel(row), sub: c.key === "code" ? String(v) : `#${v}` };
}

/**
 * Choices matching what the user typed: by name (contains) or by id/code (prefix), at most
 * `limit`. For a type not cached whole, also asks the server for an exact id/code and for
 * rows whose text contains what was typed (`q=`).
 */
async function search(refType: string, query: string, limit = 50): Promise<RefOption[]> {
  await loadBase(refType);
  const c = cacheOf(refType);
  const q = query.trim().toLowerCase();
  if (q && !c.complete) {
    const asKey = c.key === "id" ? /^\d+$/.test(q) : /^\d{2,12}$/.test(q);
    const lookups: Promise<unknown>[] = [];
    if (asKey && !c.rows.has(q)) lookups.push(fetchOne(refType, c, q));
    lookups.push(
      listRecords(refType, { q: query.trim(), page_size: 20 }).then(
        (r) => r.items.forEach((row) => put(c, row)),
        () => undefined, // offline or refused: search what is cached
      ),
    );
    await Promise.all(lookups);
    tick.value++;
  }
  const out: RefOption[] = [];
  for (const row of c.rows.values()) {
    const label = rowLabel(row);
    const key = String(row[c.key]);
    if (!q || label.toLowerCase().includes(q) || key.startsWith(q)) out.push(optionOf(c, row));
    if (out.length >= limit) break;
  }
  return out;
}

/** The option for one key (for a select's current value), fetched when needed. */
async function optionFor(refType: string, key: unknown): Promise<RefOption | undefined> {
  if (key === null || key === undefined || key === "") return undefined;
  await ensure(refType, [key]);
  const c = cacheOf(refType);
  const row = c.rows.get(String(key));
  return row ? optionOf(c, row) : undefined;
}

/** Drops a type's cache after its rows changed (create, edit, delete, import). */
function invalidate(refType: string) {
  caches.delete(refType);
  tick.value++;
}

/** Collects, per referenced type, the keys the given rows point at, and caches their names. */
async function ensureForRows(typeName: string, fields: FieldDef[], rows: RecordRow[]): Promise<void> {
  const want = new Map<string, unknown[]>();
  for (const f of fields) {
    const target = refTargetOf(typeName, f);
    if (!target) continue;
    const list = want.get(target) ?? [];
    for (const r of rows) list.push(r[f.name]);
    want.set(target, list);
  }
  await Promise.all([...want].map(([t, keys]) => ensure(t, keys)));
}

/** The shared reference-name cache. */
export function useRefNames() {
  return { nameOf, ensure, ensureForRows, search, optionFor, invalidate, refTargetOf };
}
