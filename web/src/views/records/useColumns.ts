/** Which fields a record table shows: a sensible default, or the user's choice saved per type in localStorage. */
import { computed, ref, type Ref } from "vue";
import type { FieldDef, TypeDef } from "../../api/types";
import { isEnum, isMoney } from "../../api/types";

const MAX_DEFAULT = 8;

function defaultCols(def: TypeDef): string[] {
  const skip = (f: FieldDef) =>
    f.system ||
    f.name.includes("note") ||
    f.name.includes("reason") ||
    f.name.includes("outside") ||
    f.name.endsWith("_hash") ||
    ["source", "recorded_by"].includes(f.name);
  const rank = (f: FieldDef): number => {
    if (f.kind === "id") return 0;
    if (["name", "title", "purpose", "code", "product", "project_name"].includes(f.name)) return 1;
    if (f.name === def.date_field) return 2;
    if (isMoney(f)) return 3;
    if (f.name === "pairing_id") return 4;
    if (f.name === "status") return 6;
    if (isEnum(f)) return 5;
    return 7;
  };
  const picked = def.fields.filter((f) => !skip(f)).sort((a, b) => rank(a) - rank(b)).slice(0, MAX_DEFAULT).map((f) => f.name);
  return def.fields.map((f) => f.name).filter((n) => picked.includes(n));
}

/** The shown columns of one type's table (in registry order) and the setters of the column picker. */
export function useColumns(def: Ref<TypeDef | undefined>) {
  const shown = ref<string[]>([]);
  const key = () => `shanhai.cols.${def.value?.name ?? ""}`;

  function init() {
    if (!def.value) return;
    const names = new Set(def.value.fields.map((f) => f.name));
    let cols: string[] = [];
    try {
      cols = (JSON.parse(localStorage.getItem(key()) ?? "[]") as string[]).filter((n) => names.has(n));
    } catch {
      cols = []; // an old or hand-edited value: fall back to the default
    }
    shown.value = cols.length ? cols : defaultCols(def.value);
  }
  function save() {
    localStorage.setItem(key(), JSON.stringify(shown.value));
  }
  function restore() {
    localStorage.removeItem(key());
    init();
  }
  const columns = computed<FieldDef[]>(() => (def.value?.fields ?? []).filter((f) => shown.value.includes(f.name)));
  return { shown, columns, init, save, restore };
}
