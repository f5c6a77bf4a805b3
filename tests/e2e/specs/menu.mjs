// 2. Every entry of the side menu leads to a real page: the breadcrumb names it, the main
// area shows table rows, a chart or a form, and a table is never left empty.
import { api, assert, t as msg } from "../lib/util.mjs";
import { settle, waitContent } from "../lib/pages.mjs";

export default [
  {
    name: "every menu entry leads to a page with content",
    timeout: 180_000,
    async run(t, env) {
      const { page } = t;
      const types = await api(env.baseURL, "/types");
      const home = msg("zh-CN", "menu.dashboard");
      await page.goto("/");
      await settle(page);

      const menu = page.locator(".el-aside .el-menu").first();
      const top = menu.locator(":scope > li");
      const bad = [];
      let visited = 0;

      const visit = async (item) => {
        const label = (await item.innerText()).trim();
        t.step(`menu: ${label}`);
        await item.click();
        const want = label === home ? "/" : null;
        try {
          await page.waitForFunction(
            ([lbl, w]) => {
              const crumbs = [...document.querySelectorAll(".el-breadcrumb__inner")];
              const last = (crumbs[crumbs.length - 1]?.textContent ?? "").trim();
              return last === lbl && (w === null ? location.pathname !== "/" : location.pathname === w);
            },
            [label, want],
            { timeout: 10_000 },
          );
        } catch {
          bad.push(`${label}: did not open its own page (at ${new URL(page.url()).pathname})`);
          return;
        }
        const path = new URL(page.url()).pathname;
        const m = /^\/records\/([^/]+)$/.exec(path);
        if (m) {
          const ty = types.find((x) => x.name === m[1]);
          if (!ty || ty.zh !== label) bad.push(`${label}: leads to ${path}, which is not that record type`);
        }
        const c = await waitContent(page, 10_000);
        const tables = await page.locator(".el-main .el-table:visible").count();
        if (c.rows + c.charts + c.forms === 0)
          bad.push(`${label} (${path}): no table rows, chart or form${c.empties ? " — only an empty state" : ""}`);
        else if (tables > 0 && c.rows === 0) bad.push(`${label} (${path}): its table is empty`);
        t.step(`  ${path}: ${c.rows} rows, ${c.charts} charts, ${c.forms} forms`);
        visited++;
      };

      const n = await top.count();
      for (let i = 0; i < n; i++) {
        const li = top.nth(i);
        const cls = (await li.getAttribute("class")) ?? "";
        if (!cls.includes("el-sub-menu")) {
          await visit(li);
          continue;
        }
        const title = li.locator(".el-sub-menu__title");
        const items = li.locator(".el-menu-item");
        const k = await items.count();
        assert(k > 0, `sub-menu "${(await title.innerText()).trim()}" has no entries`);
        for (let j = 0; j < k; j++) {
          if (!((await li.getAttribute("class")) ?? "").includes("is-opened")) await title.click();
          await items.nth(j).waitFor({ state: "visible" });
          await visit(items.nth(j));
        }
      }
      assert(visited + bad.length >= 5, `only ${visited + bad.length} menu entries found`);
      assert(bad.length === 0, `menu entries without a real page:\n  ${bad.join("\n  ")}`);
    },
  },
];
