import { defineStore } from "pinia";
import { computed, ref } from "vue";
import { fetchSession, login as apiLogin, logout as apiLogout, type Permission, type Session, type User } from "../../api/auth";
import { setCsrfToken } from "../../api/http";
import { mayWriteType } from "../../utils/access";

/**
 * The signed-in user: who it is, what it may do, and the CSRF token its writes carry.
 * The session cookie itself is HttpOnly; this store only knows what /auth/me said.
 */
export const useAuthStore = defineStore("auth", () => {
  const user = ref<User | null>(null);
  const permissions = ref<string[]>([]);
  const expiresAt = ref("");
  const loaded = ref(false);
  let pending: Promise<void> | null = null;
  // The account whose data this page may still hold in its caches (types, pairings,
  // names): signing in as someone else after an expired session must start afresh.
  let lastUserId: number | null = null;

  const signedIn = computed(() => user.value !== null);
  const displayName = computed(() => user.value?.display_name || user.value?.username || "");

  function apply(s: Session | null) {
    user.value = s?.user ?? null;
    permissions.value = s?.permissions ?? [];
    expiresAt.value = s?.expires_at ?? "";
    setCsrfToken(s?.csrf_token ?? "");
    if (s) lastUserId = s.user.id;
    loaded.value = true;
  }

  /**
   * Resolves the session once per page load (later calls share or skip it); the request
   * itself may already be in flight from the start-up prefetch. A failure other than 401
   * (server unreachable) counts as signed out: the sign-in page then says what is wrong.
   */
  function load(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    if (!pending) {
      pending = fetchSession()
        .then(apply, () => apply(null))
        .finally(() => {
          pending = null;
        });
    }
    return pending;
  }

  /**
   * Signs in. Resolves `switched`: true when another account was signed in earlier in
   * this page's life, whose cached data the caller must drop (by reloading the page).
   * Rejects with the ApiError of a refused sign-in and changes nothing then.
   */
  async function login(username: string, password: string): Promise<{ switched: boolean }> {
    const before = lastUserId;
    const s = await apiLogin(username, password);
    apply(s);
    return { switched: before !== null && before !== s.user.id };
  }

  /**
   * Signs out on the server (an already expired session is fine) and forgets the user.
   * The caller leaves the page: nothing of the account may stay in memory.
   */
  async function logout(): Promise<void> {
    try {
      await apiLogout();
    } catch {
      // Signed out already (401) or the server is gone: the cookie is of no use either way.
    }
    apply(null);
  }

  /**
   * Called on a 401 to an ordinary request: the session has ended. True the first time
   * (the user was signed in), false when the store already knew it was signed out, so
   * several failing requests lead to one redirect.
   */
  function expire(): boolean {
    if (!user.value) return false;
    apply(null);
    return true;
  }

  /** Whether the session's role grants `p` (the data scope still limits which rows). */
  function can(p: Permission): boolean {
    return permissions.value.includes(p);
  }

  /** Whether the user may create, change, delete and import rows of the record type `typeName`. */
  function mayWrite(typeName: string): boolean {
    return mayWriteType({ permissions: permissions.value, role: user.value?.role, sector: user.value?.sector }, typeName);
  }

  return { user, permissions, expiresAt, loaded, signedIn, displayName, load, login, logout, expire, can, mayWrite };
});
