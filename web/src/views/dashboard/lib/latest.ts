/** Reloading a card's data when its inputs change, keeping only the newest answer. */
import { ref, watch, type Ref } from "vue";

/**
 * Calls `fetch` now and whenever `key()` changes. When the user changes scope or year
 * quickly, answers can arrive out of order: only the answer to the latest call is kept,
 * so a slow old request never overwrites a newer view. On failure `data` becomes
 * `failed` and `onError` gets the error.
 */
export function useLatest<T>(
  key: () => string,
  fetch: () => Promise<T>,
  onError: (e: unknown) => void,
  failed: T | null = null,
): { data: Ref<T | null>; loading: Ref<boolean>; reload: () => Promise<void> } {
  const data = ref(null) as Ref<T | null>;
  const loading = ref(true);
  let seq = 0;
  async function reload() {
    const mine = ++seq;
    loading.value = true;
    try {
      const r = await fetch();
      if (mine === seq) data.value = r;
    } catch (e) {
      if (mine !== seq) return;
      data.value = failed;
      onError(e);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }
  watch(key, reload, { immediate: true });
  return { data, loading, reload };
}
