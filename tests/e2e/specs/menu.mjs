// 2. Every entry of the side menu leads to a real page: the breadcrumb names it, the main
// area shows table rows, a chart or a form, and a table is never left empty. Entries are
// found by their data-testid ("menu-<path>"), which also says where each must lead.
import { api, assert, equal } from "../lib/util.mjs";
import { settle, waitContent } from "../lib/pages.mjs";

export default [
  {
    name: "every menu entry leads to a page with content",
    timeout: 180_000,
    async run(t, env) {
      const { page } = t;
      const types = await api(env.baseURL, "/types");
      await page.goto("/");
      await settle(page);

      const entries = page.locator('[data-testid^="menu-"]');
      await entries.first().waitFor({ state: "attached" });
      const ids = await entries.evaluateAll((es) => es.map((e) => e.getAttribute("data-testid")));
      // Every menu item carries its test id (a new entry without one would go untested).
      equal(await page.locator(".el-aside .el-menu-item").count(), ids.length, "menu items with a data-testid");
      // Every sub-menu (channel) has entries.
      const subs = page.locator(".el-aside .el-sub-menu");
      for (let i = 0; i < (await subs.count()); i++) {
        const sub = subs.nth(i);
        assert((await sub.locator('[data-testid^="menu-"]').count()) > 0, `sub-menu "${(await sub.locator(".el-sub-menu__title").innerText()).trim()}" has no entries`);
      }

      const bad = [];
      let visited = 0;
      for (const id of ids) {
        const path = id.slice("menu-".length);
        const item = page.locator(`[data-testid="${id}"]`);
        if (!(await item.isVisible())) {
          // Inside a closed sub-menu: open it (unique-opened closes the previous one).
          const sub = item.locator("xpath=ancestor::li[contains(concat(' ', @class, ' '), ' el-sub-menu ')][1]");
          await sub.locator(":scope > .el-sub-menu__title").click();
          await item.waitFor({ state: "visible" });
        }
        const label = (await item.innerText()).trim();
        t.step(`menu: ${label} (${path})`);
        await item.click();
        try {
          await page.waitForFunction(
            ([lbl, want]) => {
              const crumbs = [...document.querySelectorAll(".el-breadcrumb__inner")];
              const last = (crumbs[crumbs.length - 1]?.textContent ?? "").trim();
              return last === lbl && location.pathname === want;
            },
            [label, path],
            { timeout: 10_000 },
          );
        } catch {
          bad.push(`${label}: did not open ${path} with its name in the breadcrumb (at ${new URL(page.url()).pathname})`);
          continue;
        }
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
      }
      assert(visited + bad.length >= 5, `only ${visited + bad.length} menu entries found`);
      assert(bad.length === 0, `menu entries without a real page:\n  ${bad.join("\n  ")}`);
    },
  },
];
