import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPinia, setActivePinia } from "pinia";

const sessionOf = (id: number, username: string, permissions: string[], csrf: string) => ({
  user: { id, username, display_name: "", role: id === 1 ? "national_admin" : "viewer", data_scope: "all" },
  permissions,
  csrf_token: csrf,
  expires_at: "2026-01-01T00:00:00Z",
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const denied = () => json(401, { error: { code: "unauthenticated", message: "x", message_en: "x" } });

type Route = (path: string, init: RequestInit) => Response;
let route: Route;
let calls: { path: string; init: RequestInit }[];

/** A fresh store (and fresh api modules: the session request is module state). */
async function freshStore() {
  vi.resetModules();
  setActivePinia(createPinia());
  return (await import("./auth")).useAuthStore();
}
const csrfSent = (i: number) => (calls[i].init.headers as Record<string, string>)["X-CSRF-Token"];

beforeEach(() => {
  calls = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    const path = url.replace(/^\/api\/v1/, "").split("?")[0];
    calls.push({ path, init });
    return route(path, init);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("auth store", () => {
  it("loads the session once and sends its CSRF token on writes", async () => {
    route = (p) => (p === "/auth/me" ? json(200, sessionOf(1, "admin", ["read", "write_records"], "t1")) : json(200, {}));
    const auth = await freshStore();
    await Promise.all([auth.load(), auth.load()]);
    await auth.load();
    expect(calls.filter((c) => c.path === "/auth/me")).toHaveLength(1);
    expect(auth.signedIn).toBe(true);
    expect(auth.displayName).toBe("admin");
    expect(auth.can("write_records")).toBe(true);
    expect(auth.can("set_targets")).toBe(false);
    expect(auth.mayWrite("projects")).toBe(true);
    expect(auth.mayWrite("targets")).toBe(false);
    const { http } = await import("../../api/http");
    await http.post("/projects", {});
    expect(csrfSent(calls.length - 1)).toBe("t1");
  });

  it("counts a failed look-up as signed out", async () => {
    route = () => json(502, {});
    const auth = await freshStore();
    await auth.load();
    expect(auth.loaded).toBe(true);
    expect(auth.signedIn).toBe(false);
  });

  it("expires once, however many requests fail", async () => {
    route = (p) => (p === "/auth/me" ? json(200, sessionOf(1, "admin", ["read"], "t1")) : denied());
    const auth = await freshStore();
    await auth.load();
    expect(auth.expire()).toBe(true);
    expect(auth.expire()).toBe(false);
    expect(auth.signedIn).toBe(false);
    expect(auth.permissions).toEqual([]);
  });

  it("tells whether signing in switched accounts", async () => {
    let who = sessionOf(1, "admin", ["read"], "t1");
    route = (p) => (p === "/auth/me" ? denied() : json(200, who));
    const auth = await freshStore();
    await auth.load();
    expect(await auth.login("admin", "pw")).toEqual({ switched: false });
    auth.expire();
    expect(await auth.login("admin", "pw")).toEqual({ switched: false });
    auth.expire();
    who = sessionOf(2, "viewer", ["read"], "t2");
    expect(await auth.login("viewer", "pw")).toEqual({ switched: true });
    expect(auth.user?.username).toBe("viewer");
  });

  it("keeps the state of a refused sign-in", async () => {
    route = () => denied();
    const auth = await freshStore();
    await auth.load();
    await expect(auth.login("admin", "wrong")).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn).toBe(false);
  });

  it("signs out with the CSRF token, then forgets it even when the server refuses", async () => {
    route = (p) => (p === "/auth/me" ? json(200, sessionOf(1, "admin", ["read"], "t1")) : p === "/auth/logout" ? denied() : new Response(null, { status: 204 }));
    const auth = await freshStore();
    await auth.load();
    await auth.logout();
    const out = calls.findIndex((c) => c.path === "/auth/logout");
    expect(calls[out].init.method).toBe("POST");
    expect(csrfSent(out)).toBe("t1");
    expect(auth.signedIn).toBe(false);
    const { http } = await import("../../api/http");
    await http.post("/projects", {}).catch(() => undefined);
    expect(csrfSent(calls.length - 1)).toBeUndefined();
  });
});
