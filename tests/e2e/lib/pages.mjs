// How the tests find things in the console (Element Plus markup). Kept in one place so
// that a markup change is fixed once.
import { assert } from "./util.mjs";

/** Waits until no loading mask is visible and the network has been quiet for a moment. */
export async function settle(page, timeout = 15_000) {
  await page.waitForLoadState("networkidle", { timeout }).catch(() => undefined);
  await page.waitForFunction(
    () => [...document.querySelectorAll(".el-loading-mask")].every((m) => !(m instanceof HTMLElement) || m.offsetParent === null || getComputedStyle(m).display === "none"),
    null,
    { timeout },
  );
}

/** The dashboard's KPI cards, once every value holds a digit: [{ title, value }]. */
export async function readKpis(page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const v = [...document.querySelectorAll(".kpi .kpi-value")];
      return v.length > 0 && v.every((e) => /\d/.test(e.textContent ?? ""));
    },
    null,
    { timeout },
  );
  return page.$$eval(".kpi", (cards) =>
    cards.map((c) => ({
      title: (c.querySelector(".kpi-title")?.textContent ?? "").trim(),
      value: (c.querySelector(".kpi-value")?.textContent ?? "").trim(),
    })),
  );
}

/** Total of a records table, from its pager ("共 25 条" / "Total 25"). */
export async function pagerTotal(page) {
  const txt = await page.locator(".el-pagination__total").first().innerText();
  const m = /(\d[\d,]*)/.exec(txt);
  assert(m, `no number in pager total "${txt}"`);
  return Number(m[1].replace(/,/g, ""));
}

/** Waits until the pager shows `n`. */
export async function waitPagerTotal(page, n, timeout = 15_000) {
  await page.waitForFunction(
    (want) => {
      const e = document.querySelector(".el-pagination__total");
      const m = /(\d[\d,]*)/.exec(e?.textContent ?? "");
      return !!m && Number(m[1].replace(/,/g, "")) === want;
    },
    n,
    { timeout },
  );
}

/** The el-form-item of `scope` whose label is exactly `label`. */
export function formItem(scope, label) {
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.locator(".el-form-item").filter({ has: scope.page().locator(".el-form-item__label", { hasText: new RegExp(`^\\s*${esc}\\s*$`) }) });
}

/** Opens the el-select inside `item` and clicks the visible option matching `text` (string or RegExp). */
export async function chooseOption(item, text) {
  const page = item.page();
  await item.locator(".el-select__wrapper").click();
  const opt = page.locator(".el-select-dropdown__item:visible").filter({ hasText: text }).first();
  await opt.click();
  await page.locator(".el-select-dropdown:visible").first().waitFor({ state: "hidden" }).catch(() => undefined);
}

/**
 * What a page shows in its main area: rows of tables, chart canvases, forms, empty boxes.
 * A real page has rows, a chart or a form.
 */
export async function mainContent(page) {
  return page.evaluate(() => {
    const main = document.querySelector(".el-main") ?? document.body;
    const vis = (e) => e instanceof HTMLElement && e.offsetParent !== null;
    return {
      rows: [...main.querySelectorAll(".el-table__body tr")].filter(vis).length,
      charts: [...main.querySelectorAll("canvas")].filter(vis).length,
      forms: [...main.querySelectorAll("form, .el-form")].filter(vis).length,
      empties: [...main.querySelectorAll(".el-empty, .el-table__empty-block")].filter(vis).length,
      text: (main.textContent ?? "").trim().length,
    };
  });
}

/** Waits until the main area has rows, a chart or a form; returns what it found. */
export async function waitContent(page, timeout = 15_000) {
  try {
    await page.waitForFunction(
      () => {
        const main = document.querySelector(".el-main");
        if (!main) return false;
        const vis = (e) => e instanceof HTMLElement && e.offsetParent !== null;
        return (
          [...main.querySelectorAll(".el-table__body tr")].some(vis) ||
          [...main.querySelectorAll("canvas")].some(vis) ||
          [...main.querySelectorAll("form, .el-form")].some(vis)
        );
      },
      null,
      { timeout },
    );
  } catch {
    /* reported by the caller from mainContent() */
  }
  await settle(page).catch(() => undefined);
  return mainContent(page);
}
