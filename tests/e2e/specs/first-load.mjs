// 10. First load of the dashboard in a cold browser: navigation start → KPI numbers
// visible, and the JavaScript transferred. Printed (and saved as first-load.json); no
// threshold, the figure goes to docs/BENCHMARKS.md.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { assert } from "../lib/util.mjs";

export default [
  {
    name: "first load of the dashboard (measured)",
    async run(t, env) {
      const { page } = t;
      await page.goto("/?year=2024", { waitUntil: "commit" });
      const kpiMs = await page.waitForFunction(
        () => {
          const v = [...document.querySelectorAll('[data-testid="kpi-value"]')];
          return v.length > 0 && v.every((e) => /\d/.test(e.textContent ?? "")) ? performance.now() : false;
        },
        null,
        { polling: "raf", timeout: 30_000 },
      );
      const ms = Math.round(await kpiMs.jsonValue());
      await page.waitForLoadState("networkidle");
      const res = await page.evaluate(() =>
        performance.getEntriesByType("resource").map((r) => ({ name: r.name, transfer: r.transferSize, decoded: r.decodedBodySize })),
      );
      const js = res.filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname));
      assert(js.length > 0, "no JavaScript resource was loaded");
      const sum = (xs, k) => xs.reduce((a, r) => a + (r[k] || 0), 0);
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        return n ? { domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) } : {};
      });
      const out = {
        kpi_visible_ms: ms,
        ...nav,
        js_files: js.length,
        js_transferred_bytes: sum(js, "transfer"),
        js_decoded_bytes: sum(js, "decoded"),
        all_transferred_bytes: sum(res, "transfer"),
      };
      writeFileSync(join(env.artefacts, "first-load.json"), JSON.stringify(out, null, 2) + "\n");
      const kib = (b) => (b / 1024).toFixed(1);
      console.log(
        `      first load: KPI numbers visible after ${ms} ms; JS ${js.length} files, ${kib(out.js_transferred_bytes)} KiB transferred (${kib(out.js_decoded_bytes)} KiB decoded); all resources ${kib(out.all_transferred_bytes)} KiB`,
      );
    },
  },
];
