import { afterEach, describe, expect, it, vi } from "vitest";

const session = {
  user: { id: 1, username: "admin", display_name: "管理员", role: "national_admin", data_scope: "all", unit_code: "", pairing_id: null, sector: null },
  permissions: ["read", "write_records"],
  csrf_token: "tok",
  expires_at: "2026-01-01T00:00:00Z",
};

/** A fresh copy of the module (its shared request is module state) over a fake fetch. */
async function withFetch(answers: (() => Response)[]) {
  vi.resetModules();
  let n = 0;
  const fetch = vi.fn(async () => answers[Math.min(n++, answers.length - 1)]());
  vi.stubGlobal("fetch", fetch);
  return { auth: await import("./auth"), fetch };
}
afterEach(() => vi.unstubAllGlobals());

describe("fetchSession", () => {
  it("asks once and shares the answer", async () => {
    const { auth, fetch } = await withFetch([() => new Response(JSON.stringify(session), { status: 200 })]);
    const [a, b] = await Promise.all([auth.fetchSession(), auth.fetchSession()]);
    expect(a?.user.username).toBe("admin");
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  it("resolves null when not signed in", async () => {
    const { auth } = await withFetch([() => new Response('{"error":{"code":"unauthenticated","message":"x","message_en":"x"}}', { status: 401 })]);
    expect(await auth.fetchSession()).toBeNull();
  });
  it("rejects on other failures and asks again next time", async () => {
    const { auth, fetch } = await withFetch([
      () => new Response("", { status: 502 }),
      () => new Response(JSON.stringify(session), { status: 200 }),
    ]);
    await expect(auth.fetchSession()).rejects.toMatchObject({ status: 502 });
    await Promise.resolve();
    expect((await auth.fetchSession())?.csrf_token).toBe("tok");
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
