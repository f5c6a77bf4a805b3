// 6. The header's language menu switches the console to English and to Traditional
// Chinese; the choice survives a reload.
import { api, assert, equal, tRe, typeDef, t as msg } from "../lib/util.mjs";
import { readKpis, settle } from "../lib/pages.mjs";

const TOP = ["menu.dashboard", "menu.pairings", "menu.targets", "menu.report", "menu.figures"];
const GROUPS = ["menu.ch_funds", "menu.ch_talent", "menu.ch_industry", "menu.ch_labour", "menu.ch_consumption", "menu.ch_social", "menu.ch_rural", "menu.ch_base"];

/** Picks `label` in the header's language dropdown. */
async function switchTo(page, label) {
  await page.locator('[data-testid="lang-switch"]').click();
  const item = page.locator(".el-dropdown-menu:visible").getByRole("menuitem", { name: label, exact: true });
  await item.click();
  await page.waitForFunction((l) => (document.querySelector('[data-testid="lang-switch"]')?.textContent ?? "").includes(l), label);
}

/** Texts of the side menu: top-level entries and sub-menu titles. */
async function menuTexts(page) {
  return page.$$eval(".el-aside .el-menu > li", (lis) =>
    lis.map((li) => ((li.querySelector(":scope > .el-sub-menu__title") ?? li).textContent ?? "").trim()),
  );
}

/** Asserts the side menu and breadcrumb are in `lang`. */
async function checkChrome(page, lang) {
  const texts = await menuTexts(page);
  for (const k of [...TOP, ...GROUPS]) assert(texts.includes(msg(lang, k)), `${lang}: menu has no "${msg(lang, k)}" (${k}); it shows ${JSON.stringify(texts)}`);
  const crumb = (await page.locator(".el-breadcrumb__inner").last().innerText()).trim();
  equal(crumb, msg(lang, "menu.dashboard"), `${lang}: breadcrumb`);
  equal(await page.evaluate(() => document.documentElement.lang), lang, "html lang");
}

export default [
  {
    name: "language switch to English and Traditional Chinese survives a reload",
    async run(t, env) {
      const { page } = t;
      const catalog = (await api(env.baseURL, "/indicators")).indicators;
      await page.goto("/");
      await readKpis(page);
      await settle(page);

      await switchTo(page, "English");
      await checkChrome(page, "en");
      await page.getByText(tRe("en", "dashboard.trend")).first().waitFor();
      const kpis = await readKpis(page);
      for (const k of kpis) assert(catalog.some((d) => d.en === k.title), `KPI title "${k.title}" is not an English indicator name`);

      // A record page: its heading is the type's English name, its buttons English.
      const ft = await typeDef(env.baseURL, "fund_transfers");
      await page.locator(".el-aside .el-sub-menu__title", { hasText: msg("en", "menu.ch_funds") }).click();
      const entry = page.locator('[data-testid="menu-/records/fund_transfers"]');
      equal((await entry.innerText()).trim(), ft.en, "menu entry of fund_transfers");
      await entry.click();
      await page.waitForURL("**/records/fund_transfers");
      await page.locator(".el-main .el-card__header", { hasText: ft.en }).waitFor();
      await page.getByRole("button", { name: msg("en", "common.search") }).waitFor();
      await settle(page);

      await page.goto("/");
      await switchTo(page, "繁體中文");
      await checkChrome(page, "zh-TW");
      const texts = await menuTexts(page);
      assert(texts.includes("首頁"), `zh-TW menu lacks 首頁: ${JSON.stringify(texts)}`);
      assert(!texts.some((x) => x === msg("zh-CN", "menu.pairings")), "zh-TW menu still shows simplified 结对关系");

      await page.reload();
      await page.locator('[data-testid="menu-/"]').waitFor();
      await checkChrome(page, "zh-TW");
      await readKpis(page);
      await settle(page);
    },
  },
];
