/**
 * The records page's filters, kept in the URL: `/records/<type>?pairing=3&year=2024`
 * opens the page filtered (the pairing page links there), a search writes the filters
 * back with router.replace so the address can be shared, and any other query key that
 * is a field of the type (`?project_id=5`) is an equality filter on that field.
 */
import { computed, reactive, ref, type Ref } from "vue";
import { useRoute, useRouter, type LocationQuery } from "vue-router";
import type { TypeDef } from "../../api/types";
import type { ListParams } from "../../api/records";

/** Query keys with a meaning of their own; every other key naming a field is a field filter. */
const RESERVED = new Set(["pairing", "unit", "year", "status", "sort", "page", "page_size", "new", "lang"]);

function one(v: LocationQuery[string]): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s.trim() : "";
}
function int(v: LocationQuery[string]): number | undefined {
  const s = one(v);
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

/** Filters of one record type's table, read from and written to the route query. */
export function useRecordQuery(def: Ref<TypeDef | undefined>) {
  const route = useRoute();
  const router = useRouter();

  const filters = reactive<{ pairing?: number; unit?: string; year?: number; status?: string }>({});
  const fieldFilters = ref<Record<string, string>>({});
  const sort = ref("");

  const has = (n: string) => !!def.value?.fields.some((f) => f.name === n);
  const canPairing = computed(() => has("pairing_id") || def.value?.name === "pairings");
  const canYear = computed(() => !!def.value && (!!def.value.date_field || has("year") || has("pairing_id")));
  const statusField = computed(() => def.value?.fields.find((f) => f.name === "status" && f.choices?.length));

  /** Applies the route's query to the filters. */
  function readRoute() {
    const q = route.query;
    filters.pairing = int(q.pairing);
    filters.unit = one(q.unit) || undefined;
    const y = int(q.year);
    filters.year = y && y >= 1900 && y <= 2999 ? y : undefined;
    filters.status = one(q.status) || undefined;
    sort.value = one(q.sort);
    const ff: Record<string, string> = {};
    for (const k of Object.keys(q)) if (!RESERVED.has(k) && has(k) && one(q[k])) ff[k] = one(q[k]);
    fieldFilters.value = ff;
  }

  /** The list endpoint's filters for the current state (page and size excluded). */
  const params = computed<ListParams>(() => ({
    ...fieldFilters.value,
    pairing: canPairing.value ? filters.pairing : undefined,
    unit: filters.unit || undefined,
    year: canYear.value ? filters.year : undefined,
    status: statusField.value ? filters.status : undefined,
    sort: sort.value || undefined,
  }));

  function asQuery(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.value)) if (v !== undefined && v !== null && v !== "") out[k] = String(v);
    return out;
  }

  /** True when the route's query already says what the filters say (ignoring `new` and `lang`). */
  function routeMatches(): boolean {
    const want = asQuery();
    const have: Record<string, string> = {};
    for (const k of Object.keys(route.query)) if (k !== "new" && k !== "lang" && one(route.query[k])) have[k] = one(route.query[k]);
    const a = Object.keys(want);
    return a.length === Object.keys(have).length && a.every((k) => have[k] === want[k]);
  }

  /** Writes the filters to the address bar without adding a history entry. */
  function writeRoute() {
    if (routeMatches() && route.query.new === undefined) return;
    void router.replace({ query: asQuery() });
  }

  function clear() {
    filters.pairing = undefined;
    filters.unit = undefined;
    filters.year = undefined;
    filters.status = undefined;
    sort.value = "";
    fieldFilters.value = {};
  }
  function dropFieldFilter(name: string) {
    const { [name]: _gone, ...rest } = fieldFilters.value;
    fieldFilters.value = rest;
  }

  return { filters, fieldFilters, sort, params, canPairing, canYear, statusField, readRoute, writeRoute, routeMatches, clear, dropFieldFilter };
}
