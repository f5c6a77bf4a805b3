// 1. The dashboard opens with its KPI cards showing the live indicator values.
import { api, assert, equal, shows } from "../lib/util.mjs";
import { readKpis, settle } from "../lib/pages.mjs";

export default [
  {
    name: "dashboard renders KPI cards with the live figures",
    async run(t, env) {
      const { page } = t;
      await page.goto("/?year=2024");
      const kpis = await readKpis(page);
      assert(kpis.length >= 4, `expected the KPI cards, found ${kpis.length}`);
      const catalog = (await api(env.baseURL, "/indicators")).indicators;
      const { values } = await api(env.baseURL, `/indicators/values?year=2024&codes=${kpis.map((k) => k.code).join(",")}`);
      for (const k of kpis) {
        const d = catalog.find((x) => x.code === k.code);
        assert(d, `KPI card "${k.code}" is not an indicator of the catalog`);
        equal(k.title, d.zh, `title of KPI ${k.code}`);
        const v = values.find((x) => x.code === k.code)?.value ?? null;
        equal(k.raw, v, `value of KPI ${k.code} (data-value)`);
        assert(/\d/.test(k.text), `KPI "${d.zh}" shows no number: "${k.text}"`);
        shows(k.text, v, `KPI "${d.zh}"`);
      }
      // The site icon the browser asks for exists (else every first visit logs a 404).
      const href = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.getAttribute("href") ?? "/favicon.ico");
      const icon = await fetch(new URL(href, env.baseURL));
      assert(icon.ok, `the site icon ${href} answers HTTP ${icon.status} (add one to web/, e.g. <link rel="icon"> in index.html)`);
      // Trend and ranking charts are drawn.
      await page.locator(".el-main canvas").first().waitFor({ state: "visible" });
      await settle(page);
    },
  },
];
