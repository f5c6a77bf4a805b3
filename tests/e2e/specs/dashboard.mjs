// 1. The dashboard opens with its KPI cards showing the live indicator values.
import { api, assert, equal, yuanText } from "../lib/util.mjs";
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
      for (const k of kpis) {
        assert(/\d/.test(k.value), `KPI "${k.title}" shows no number: "${k.value}"`);
        assert(catalog.some((d) => d.zh === k.title), `KPI title "${k.title}" is not an indicator of the catalog`);
      }
      // The money cards show exactly what the API computes, formatted the Chinese way.
      const money = catalog.filter((d) => d.unit === "元" && kpis.some((k) => k.title === d.zh));
      assert(money.length > 0, "no money KPI on the dashboard");
      const { values } = await api(env.baseURL, `/indicators/values?year=2024&codes=${money.map((d) => d.code).join(",")}`);
      for (const d of money) {
        const v = values.find((x) => x.code === d.code)?.value;
        const card = kpis.find((k) => k.title === d.zh);
        equal(card.value, v === null || v === undefined ? "—" : yuanText(v), `KPI "${d.zh}"`);
      }
      // Trend and ranking charts are drawn.
      await page.locator(".el-main canvas").first().waitFor({ state: "visible" });
      await settle(page);
    },
  },
];
