// Per-test browser context with error collection: console errors, uncaught page errors,
// failed requests and 4xx/5xx responses all fail the test, except those the test says it
// provokes on purpose (t.expectHttpError).
import { chromium } from "playwright-core";
import { DEMO_PASSWORD } from "./util.mjs";

export const VIEWPORT = { width: 1280, height: 900 };

/**
 * Signs `context` in as the demo account `username` through the API: the session cookie
 * lands in the context's cookie jar, which its pages share. Throws when refused.
 */
export async function signIn(context, baseURL, username = "admin") {
  const r = await context.request.post(baseURL + "/api/v1/auth/login", { data: { username, password: DEMO_PASSWORD } });
  if (!r.ok()) throw new Error(`signing in as ${username} answered HTTP ${r.status()}: ${(await r.text()).slice(0, 300)}`);
  return r.json();
}

/** Launches the system Chromium; playwright-core never downloads a browser. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * The object handed to each test: a fresh context and page on the server, the problems
 * seen so far, and helpers. `problems()` lists what was not expected. The context is
 * signed in as the demo account `user` (the administrator unless the test says otherwise)
 * before the test starts, unless the test asks for `signedIn: false`.
 */
export async function openTest(browser, baseURL, { lang = "zh-CN", signedIn = true, user = "admin" } = {}) {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, acceptDownloads: true, locale: lang });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  if (signedIn) {
    try {
      await signIn(context, baseURL, user);
    } catch (e) {
      await context.close().catch(() => undefined);
      throw e;
    }
  }
  const seen = []; // { kind, text, status?, url?, method? }
  const expected = []; // { status, url: RegExp, method? }
  const log = [];

  const t0 = Date.now();
  const stamp = () => `+${((Date.now() - t0) / 1000).toFixed(2)}s`;
  const watch = (page) => {
    // Requests in flight, for settle() (cheaper and more exact than "networkidle").
    const inflight = new Set();
    page.e2eInflight = inflight;
    page.on("request", (q) => inflight.add(q));
    page.on("requestfinished", (q) => inflight.delete(q));
    page.on("requestfailed", (q) => inflight.delete(q));
    page.on("console", (m) => {
      const where = m.location()?.url ?? "";
      log.push(`${stamp()} [console.${m.type()}] ${m.text()}${where ? ` (${where})` : ""}`);
      if (m.type() === "error") seen.push({ kind: "console", text: `${m.text()}${where ? ` at ${where}` : ""}`, url: where });
    });
    page.on("pageerror", (e) => {
      log.push(`${stamp()} [pageerror] ${e.stack || e.message}`);
      seen.push({ kind: "pageerror", text: e.stack || e.message });
    });
    page.on("response", (r) => {
      if (r.status() >= 400) {
        const q = r.request();
        log.push(`${stamp()} [http ${r.status()}] ${q.method()} ${r.url()}`);
        seen.push({ kind: "http", text: `HTTP ${r.status()} ${q.method()} ${r.url()}`, status: r.status(), url: r.url(), method: q.method() });
      }
    });
    page.on("requestfailed", (q) => {
      const why = q.failure()?.errorText ?? "";
      log.push(`${stamp()} [requestfailed] ${q.method()} ${q.url()} ${why}`);
      // A link answered with Content-Disposition: attachment turns into a download and its
      // navigation request is aborted; that is how downloads work, not a failure.
      if (why.includes("ERR_ABORTED") && q.isNavigationRequest()) return;
      seen.push({ kind: "requestfailed", text: `${q.method()} ${q.url()} ${why}`, url: q.url(), method: q.method() });
    });
  };
  context.on("page", watch);
  const page = await context.newPage();

  const matches = (e, p) =>
    (e.status === undefined || e.status === null || e.status === p.status || (p.kind === "console" && p.text.includes(`status of ${e.status}`))) &&
    e.url.test(p.url ?? "") &&
    (!e.method || !p.method || e.method === p.method);

  return {
    page,
    context,
    baseURL,
    log,
    /** Notes a step in the test's log (artefacts/logs/<test>.log), with the time since its start. */
    step(what) {
      log.push(`${stamp()} ${what}`);
    },
    /** Declares an HTTP error the test provokes on purpose (and its console echo). */
    expectHttpError(status, url, method) {
      expected.push({ status, url, method });
    },
    /** Problems not declared as expected. */
    problems() {
      return seen.filter((p) => !expected.some((e) => matches(e, p))).map((p) => `${p.kind}: ${p.text}`);
    },
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}
