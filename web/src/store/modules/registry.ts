import { defineStore } from "pinia";
import { ref } from "vue";
import { fetchTypes, type TypeDef } from "../../api/types";
import { listAllPairings, type Pairing } from "../../api/records";

export const useRegistryStore = defineStore("registry", () => {
  const types = ref<TypeDef[]>([]);
  const pairings = ref<Pairing[]>([]);
  const loaded = ref(false);
  let pending: Promise<void> | null = null;

  /**
   * Loads the types and the pairings (once; later calls share or skip it). The types are
   * set as soon as they arrive, so the menu does not wait for the pairings.
   */
  function load(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    if (!pending) {
      pending = Promise.all([fetchTypes().then((t) => (types.value = t)), listAllPairings().then((p) => (pairings.value = p))])
        .then(() => {
          loaded.value = true;
        })
        .finally(() => {
          pending = null;
        });
    }
    return pending;
  }
  function byName(name: string): TypeDef | undefined {
    return types.value.find((t) => t.name === name);
  }
  return { types, pairings, loaded, load, byName };
});
