// 10. First load of the dashboard in a cold browser context: navigation start → every KPI
// number and the whole menu on screen, and the JavaScript transferred. Measured RUNS times
// (a fresh context each: no HTTP cache, no compiled-code cache) because one load on a
// shared 2-core machine varies by ±30 %; the median, minimum and maximum are printed and
// saved as first-load.json. No threshold: the figures go to docs/BENCHMARKS.md.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { VIEWPORT, signIn } from "../lib/harness.mjs";
import { assert } from "../lib/util.mjs";

const RUNS = 7;

/** Milliseconds from navigation start until the KPI numbers and the menu are shown. */
async function loadOnce(page) {
  await page.goto("/?year=2024", { waitUntil: "commit" });
  const shown = await page.waitForFunction(
    () => {
      const v = [...document.querySelectorAll('[data-testid="kpi-value"]')];
      const menu = document.querySelectorAll(".el-sub-menu").length > 0;
      return menu && v.length > 0 && v.every((e) => /\d/.test(e.textContent ?? "")) ? performance.now() : false;
    },
    null,
    { polling: "raf", timeout: 30_000 },
  );
  return Math.round(await shown.jsonValue());
}

export default [
  {
    name: "first load of the dashboard (measured)",
    async run(t, env) {
      const { page } = t;
      // The first run is the test's own page, so console errors and failed requests count.
      const times = [await loadOnce(page)];
      await page.waitForLoadState("networkidle");
      const res = await page.evaluate(() =>
        performance.getEntriesByType("resource").map((r) => ({ name: r.name, transfer: r.transferSize, decoded: r.decodedBodySize })),
      );
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        return n ? { domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) } : {};
      });
      const browser = t.context.browser();
      for (let i = 1; i < RUNS; i++) {
        const ctx = await browser.newContext({ baseURL: t.baseURL, viewport: VIEWPORT, locale: "zh-CN" });
        const errors = [];
        try {
          // Signed in before the clock starts, as the test's own context is.
          await signIn(ctx, t.baseURL);
          const p = await ctx.newPage();
          p.on("pageerror", (e) => errors.push(e.message));
          times.push(await loadOnce(p));
        } finally {
          await ctx.close();
        }
        assert(errors.length === 0, `page errors on run ${i + 1}: ${errors.join("; ")}`);
      }
      const js = res.filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname));
      assert(js.length > 0, "no JavaScript resource was loaded");
      const sum = (xs, k) => xs.reduce((a, r) => a + (r[k] || 0), 0);
      const sorted = [...times].sort((a, b) => a - b);
      const out = {
        runs: RUNS,
        shown_ms_median: sorted[Math.floor(RUNS / 2)],
        shown_ms_min: sorted[0],
        shown_ms_max: sorted[RUNS - 1],
        shown_ms_all: times,
        ...nav,
        js_files: js.length,
        js_transferred_bytes: sum(js, "transfer"),
        js_decoded_bytes: sum(js, "decoded"),
        all_transferred_bytes: sum(res, "transfer"),
      };
      writeFileSync(join(env.artefacts, "first-load.json"), JSON.stringify(out, null, 2) + "\n");
      const kib = (b) => (b / 1024).toFixed(1);
      console.log(
        `      first load: KPI numbers and menu shown after ${out.shown_ms_median} ms (median of ${RUNS}; ${out.shown_ms_min}–${out.shown_ms_max}); JS ${js.length} files, ${kib(out.js_transferred_bytes)} KiB transferred (${kib(out.js_decoded_bytes)} KiB decoded); all resources ${kib(out.all_transferred_bytes)} KiB`,
      );
    },
  },
];
