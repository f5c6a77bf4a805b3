// 5. The annual report downloads as XLSX; 7. a records table exports as XLSX.
import { join } from "node:path";
import { statSync } from "node:fs";
import { apiTotal, pairingWithData, assert, equal, readXlsx, t as msg } from "../lib/util.mjs";
import { pagerTotal, settle } from "../lib/pages.mjs";

/** Clicks `trigger`, waits for the download, saves it in the artefacts; returns { name, path, wb }. */
async function download(page, trigger, env) {
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), trigger.click()]);
  const failure = await dl.failure();
  assert(!failure, `download failed: ${failure}`);
  const name = dl.suggestedFilename();
  const path = join(env.artefacts, "downloads", name);
  await dl.saveAs(path);
  assert(statSync(path).size > 0, `${name} is empty`);
  return { name, path, wb: await readXlsx(path) };
}

export default [
  {
    name: "annual report downloads as a non-empty XLSX",
    async run(t, env) {
      const { page } = t;
      const pairing = await pairingWithData(env.baseURL);
      await page.goto(`/reports/annual?pairing=${pairing}&year=2024`);
      await page.locator(".el-main .el-table__body tr").first().waitFor();
      await settle(page);
      const btn = page.locator('[data-testid="report-download-xlsx"]');
      equal((await btn.innerText()).trim(), msg("zh-CN", "report.downloadXlsx"), "label of the XLSX button");
      const { name, wb } = await download(page, btn, env);
      assert(/\.xlsx$/i.test(name), `download name "${name}" does not end in .xlsx`);
      const ws = wb.worksheets[0];
      assert(ws.actualRowCount > 5, `the report sheet has only ${ws.actualRowCount} rows`);
    },
  },
  {
    name: "records table exports as XLSX with every row",
    async run(t, env) {
      const { page } = t;
      const type = "fund_transfers";
      await page.goto(`/records/${type}`);
      await page.locator(".el-main .el-table__body tr").first().waitFor();
      await settle(page);
      const total = await pagerTotal(page);
      equal(total, await apiTotal(env.baseURL, type), "pager total vs API");
      const { name, wb } = await download(page, page.locator('[data-testid="export-xlsx"]'), env);
      assert(/\.xlsx$/i.test(name), `download name "${name}" does not end in .xlsx`);
      const ws = wb.worksheets[0];
      // One header row, then one row per record.
      equal(ws.actualRowCount - 1, total, "data rows in the exported sheet");
    },
  },
];
