/** Loads what both pairings pages need: the registry, every pairing, and the name lookups. */
import { computed, ref, shallowRef } from "vue";
import { listOrganizations, listPairingRecords, type PairingRecord } from "../../api/pairings";
import { loadAllUnits } from "../../api/units";
import { ApiError } from "../../api/http";
import { useAppStore } from "../../store/modules/app";
import { useRegistryStore } from "../../store/modules/registry";
import type { Choice, FieldDef } from "../../api/types";
import { buildTree, flatten, Names, todayIso, type PairingNode } from "./model";

/** Reactive pairings data with the tree already built; call `load()` on mount. */
export function usePairingData() {
  const app = useAppStore();
  const reg = useRegistryStore();
  const rows = shallowRef<PairingRecord[]>([]);
  const names = shallowRef(new Names([], []));
  const loading = ref(false);
  const error = ref<unknown>(null);
  const today = todayIso();

  const pairingType = computed(() => reg.byName("pairings"));
  /** Registry definition of a pairings field (labels and enum choices). */
  const field = (name: string): FieldDef | undefined => pairingType.value?.fields.find((f) => f.name === name);
  const choices = (name: string): Choice[] => field(name)?.choices ?? [];
  /** Label of an enum value of a pairings field, falling back to the code. */
  function choiceLabel(fieldName: string, code: unknown): string {
    const c = choices(fieldName).find((x) => x.code === code);
    return c ? app.label(c) : code === undefined || code === null ? "" : String(code);
  }
  /** Label of a pairings field from the registry. */
  const fieldLabel = (name: string) => {
    const f = field(name);
    return f ? app.label(f) : name;
  };

  const tree = computed<PairingNode[]>(() =>
    buildTree(
      rows.value,
      names.value,
      choices("level").map((c) => c.code),
      today,
    ),
  );
  const nodes = computed(() => flatten(tree.value));
  const byId = computed(() => new Map(nodes.value.map((n) => [n.id, n])));

  async function load() {
    loading.value = true;
    error.value = null;
    try {
      const [, p, u, o] = await Promise.all([reg.load(), listPairingRecords(), loadAllUnits(), listOrganizations()]);
      names.value = new Names(u, o);
      rows.value = p;
    } catch (e) {
      error.value = e;
    } finally {
      loading.value = false;
    }
  }

  /** Message of an error in the current language. */
  const errorText = (e: unknown) => (e instanceof ApiError ? e.localized(app.isEn) : String(e));

  return { rows, names, loading, error, today, tree, nodes, byId, load, field, choices, choiceLabel, fieldLabel, errorText };
}
