// 8. At 1280 px the main pages fit the window: no horizontal scrolling of the document or
// of the main area (wide tables scroll inside themselves).
import { assert, pairingWithData } from "../lib/util.mjs";
import { waitContent } from "../lib/pages.mjs";

/** The main pages, with a pairing that has data. */
export async function mainPages(baseURL) {
  const p = await pairingWithData(baseURL);
  return [
    "/?year=2024",
    "/pairings",
    `/pairings/${p}`,
    "/records/fund_transfers",
    "/records/employment_records",
    `/targets?pairing=${p}&year=2024`,
    "/figures",
    `/reports/annual?pairing=${p}&year=2024`,
  ];
}

export default [
  {
    name: "main pages fit 1280 px without horizontal scrolling (zh-CN and English)",
    timeout: 150_000,
    async run(t, env) {
      const { page } = t;
      const pages = await mainPages(env.baseURL);
      const bad = [];
      for (const lang of ["zh-CN", "en"]) {
        for (const path of pages) {
          await page.goto(path + (path.includes("?") ? "&" : "?") + `lang=${lang}`);
          await waitContent(page);
          const m = await page.evaluate(() => {
            const main = document.querySelector(".el-main");
            return {
              doc: document.documentElement.scrollWidth,
              view: window.innerWidth,
              main: main ? main.scrollWidth - main.clientWidth : 0,
            };
          });
          if (m.doc > 1280) bad.push(`${lang} ${path}: document is ${m.doc} px wide`);
          if (m.main > 1) bad.push(`${lang} ${path}: main area overflows by ${m.main} px`);
        }
      }
      assert(bad.length === 0, `pages wider than 1280 px:\n  ${bad.join("\n  ")}`);
    },
  },
];
