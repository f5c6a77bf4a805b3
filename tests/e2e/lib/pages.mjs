// How the tests find things in the console: by the views' data-testid attributes where
// they carry one, by Element Plus markup otherwise (loading masks, select dropdowns,
// table rows). Kept in one place so that a markup change is fixed once.
import { assert } from "./util.mjs";

/**
 * Waits until no request of the page is in flight and no loading mask is visible, both
 * for 150 ms in a row.
 */
export async function settle(page, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let quietSince = 0;
  for (;;) {
    const busy =
      (page.e2eInflight?.size ?? 0) > 0 ||
      (await page.evaluate(() =>
        [...document.querySelectorAll(".el-loading-mask")].some((m) => m instanceof HTMLElement && m.offsetParent !== null && getComputedStyle(m).display !== "none"),
      ));
    const now = Date.now();
    if (busy) quietSince = 0;
    else if (!quietSince) quietSince = now;
    else if (now - quietSince >= 150) return;
    if (now > deadline) throw new Error(`page still busy after ${timeout} ms (${page.e2eInflight?.size ?? 0} requests in flight)`);
    await page.waitForTimeout(30);
  }
}

/**
 * The dashboard's KPI cards (data-testid="kpi-<code>"), once loaded and settled:
 * [{ code, title, text, raw }] with `text` the formatted value ("4,487 万元") and `raw`
 * the unformatted one the card was given (data-value), null when empty.
 */
export async function readKpis(page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const v = [...document.querySelectorAll('[data-testid="kpi-value"]')];
      return v.length > 0 && v.some((e) => /\d/.test(e.textContent ?? "")) && !document.querySelector(".kpi-skeleton");
    },
    null,
    { timeout },
  );
  await settle(page, timeout);
  return page.$$eval('[data-testid="kpi-value"]', (vals) =>
    vals.map((v) => {
      const card = v.closest('[data-testid^="kpi-"]:not([data-testid="kpi-value"])');
      const raw = v.getAttribute("data-value");
      return {
        code: (card?.getAttribute("data-testid") ?? "").replace(/^kpi-/, ""),
        title: (card?.querySelector(".kpi-title")?.textContent ?? "").trim(),
        text: (v.getAttribute("title") || v.textContent || "").trim(),
        raw: raw === null || raw === "" ? null : Number(raw),
      };
    }),
  );
}

/**
 * Total of a records page (data-testid="page-total"): its data-total, checked against the
 * number the page shows next to it ("共 25 条" / "Total 25").
 */
export async function pagerTotal(page) {
  const el = page.locator('[data-testid="page-total"]').first();
  const [raw, txt] = [await el.getAttribute("data-total"), await el.innerText()];
  assert(raw !== null && /^\d+$/.test(raw), `page-total has no numeric data-total (${JSON.stringify(raw)})`);
  const m = /(\d[\d,]*)/.exec(txt);
  assert(m && Number(m[1].replace(/,/g, "")) === Number(raw), `page-total shows "${txt}" but data-total is ${raw}`);
  return Number(raw);
}

/** Waits until the records page's total (data-total of page-total) is `n`. */
export async function waitPagerTotal(page, n, timeout = 15_000) {
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="page-total"]')?.getAttribute("data-total") === String(want),
    n,
    { timeout },
  );
}

/** The el-form-item of the record form holding field `name` (its input has id "rf-<name>"). */
export function fieldItem(scope, name) {
  return scope.locator(".el-form-item").filter({ has: scope.page().locator(`[id="rf-${name}"]`) });
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
 * In a reference select (remote search by name, id or code), types `search` and picks the
 * option whose small id/code text is exactly `sub` (e.g. "#2").
 */
export async function chooseRef(item, search, sub) {
  const page = item.page();
  await item.locator(".el-select__wrapper").click();
  await item.locator("input").fill(search);
  const opt = page.locator(".el-select-dropdown__item:visible").filter({ has: page.locator(".opt-sub", { hasText: new RegExp(`^\\s*${sub}\\s*$`) }) }).first();
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
