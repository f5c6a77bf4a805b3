import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, http, setCsrfToken, setUnauthenticatedHandler } from "./http";

type Call = { url: string; init: RequestInit };
let calls: Call[];
let answer: () => Response;

beforeEach(() => {
  calls = [];
  answer = () => new Response("{}", { status: 200 });
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken("");
  setUnauthenticatedHandler(null);
});

const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe("request", () => {
  it("sends the CSRF token on unsafe methods only, with same-origin credentials", async () => {
    setCsrfToken("tok-1");
    await http.get("/projects");
    await http.post("/projects", { a: 1 });
    await http.patch("/projects/1", { a: 2 });
    await http.put("/projects/1", { a: 3 });
    await http.del("/projects/1");
    expect(calls.map((c) => header(c, "X-CSRF-Token"))).toEqual([undefined, "tok-1", "tok-1", "tok-1", "tok-1"]);
    expect(calls.every((c) => c.init.credentials === "same-origin")).toBe(true);
  });
  it("sends no CSRF header before signing in or after signing out", async () => {
    await http.post("/auth/login", { username: "a", password: "b" });
    setCsrfToken("tok-2");
    setCsrfToken("");
    await http.post("/auth/logout", undefined);
    expect(calls.map((c) => header(c, "X-CSRF-Token"))).toEqual([undefined, undefined]);
  });

  const unauthenticated = () =>
    new Response(JSON.stringify({ error: { code: "unauthenticated", message: "请先登录", message_en: "sign in first" } }), { status: 401 });

  it("reports a 401 to the handler and still rejects with the envelope", async () => {
    const seen: string[] = [];
    setUnauthenticatedHandler((p) => seen.push(p));
    answer = unauthenticated;
    const err = await http.get("/projects").catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect((err as ApiError).envelope.code).toBe("unauthenticated");
    expect((err as ApiError).localized(true)).toBe("sign in first");
    expect(seen).toEqual(["/projects"]);
  });
  it("does not report the 401 of signing in, the session look-up or signing out", async () => {
    const seen: string[] = [];
    setUnauthenticatedHandler((p) => seen.push(p));
    answer = unauthenticated;
    await http.post("/auth/login", { username: "a", password: "b" }).catch(() => undefined);
    await http.get("/auth/me").catch(() => undefined);
    await http.post("/auth/logout", undefined).catch(() => undefined);
    expect(seen).toEqual([]);
  });
  it("does not report a 403", async () => {
    const seen: string[] = [];
    setUnauthenticatedHandler((p) => seen.push(p));
    answer = () => new Response(JSON.stringify({ error: { code: "csrf_failed", message: "x", message_en: "x" } }), { status: 403 });
    const err = await http.post("/projects", {}).catch((e) => e);
    expect((err as ApiError).envelope.code).toBe("csrf_failed");
    expect(seen).toEqual([]);
  });
});
