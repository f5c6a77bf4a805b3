// 4. Importing an XLSX through the records page's dialog is all or nothing: a file with
// one bad row is refused with that row and field named, and nothing is written; the
// fixed file then imports all three rows.
import { join } from "node:path";
import { apiTotal, assert, equal, typeDef, writeXlsx, t as msg } from "../lib/util.mjs";
import { pagerTotal, settle, waitPagerTotal } from "../lib/pages.mjs";

const TYPE = "donations";

/** Three donations of `pairing`; the third has amount `third` (yuan). */
function rows(def, pairing, third) {
  const f = (n) => def.fields.find((x) => x.name === n);
  const cash = f("kind").choices.find((c) => c.code === "cash").zh;
  const header = [f("pairing_id").zh, f("date").zh, f("kind").zh, f("amount_fen").zh, f("donor_name").zh, f("note").zh];
  const body = [1, 2, 3].map((i) => [pairing, `2024-03-0${i}`, cash, i === 3 ? third : 1000 * i + 0.5, `端到端测试捐赠方${i}`, "e2e import"]);
  return { header, body };
}

/** Picks `file` in the import dialog and submits it; returns the import response. */
async function importFile(page, file) {
  const input = page.locator('[data-testid="import-file"]');
  await input.waitFor({ state: "attached" });
  const tag = await input.evaluate((e) => e.tagName);
  const target = tag === "INPUT" ? input : input.locator('input[type="file"]');
  const answered = page.waitForResponse((r) => r.url().includes(`/api/v1/${TYPE}/import`) && r.request().method() === "POST", { timeout: 30_000 });
  await target.setInputFiles(file);
  const submit = page.locator('[data-testid="import-submit"]');
  // The dialog may upload on selection; otherwise the submit button starts it.
  if (await submit.isVisible()) await submit.click();
  return answered;
}

export default [
  {
    name: "XLSX import with a bad row names it and writes nothing; the fixed file imports",
    async run(t, env) {
      const { page } = t;
      t.expectHttpError(400, new RegExp(`/api/v1/${TYPE}/import`), "POST");
      t.expectHttpError(422, new RegExp(`/api/v1/${TYPE}/import`), "POST");
      const d = await typeDef(env.baseURL, TYPE);
      const f = (n) => d.fields.find((x) => x.name === n);

      await page.goto(`/records/${TYPE}`);
      await settle(page);
      const before = await pagerTotal(page);
      equal(before, await apiTotal(env.baseURL, TYPE), "pager total vs API");

      const bad = rows(d, 2, -500);
      const badFile = join(env.scratch, "donations-bad.xlsx");
      await writeXlsx(badFile, bad.header, bad.body);
      await page.locator('[data-testid="import-open"]').click();
      const res = await importFile(page, badFile);
      assert(res.status() >= 400 && res.status() < 500, `the bad file was answered HTTP ${res.status()}`);

      const errors = page.locator('[data-testid="import-errors"]');
      await errors.waitFor({ state: "visible" });
      const cells = await errors.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
      assert(cells.length > 0, "the error table has no rows");
      // Row 4 of the sheet (header in row 1) is the third data row, as Excel numbers it.
      const names = [f("amount_fen").name, f("amount_fen").zh];
      const hit = cells.find((r) => r.some((c) => /^\D*4\D*$/.test(c)) && r.some((c) => names.some((n) => c.includes(n))));
      assert(hit, `no error row names sheet row 4 and the amount field; rows: ${JSON.stringify(cells)}`);
      assert(!cells.some((r) => r.some((c) => /^\D*[23]\D*$/.test(c))), `good rows reported as errors: ${JSON.stringify(cells)}`);
      equal(await apiTotal(env.baseURL, TYPE), before, "rows in the ledger after the refused import");
      equal(await pagerTotal(page), before, "pager total after the refused import");

      // "Pick again" returns the dialog to the file picker.
      await page.locator(".el-dialog:visible").getByRole("button", { name: msg("zh-CN", "records.pickAgain") }).click();
      const good = rows(d, 2, 500);
      const goodFile = join(env.scratch, "donations-good.xlsx");
      await writeXlsx(goodFile, good.header, good.body);
      const res2 = await importFile(page, goodFile);
      if (!res2.ok()) throw new Error(`the fixed file was answered HTTP ${res2.status()}: ${await res2.text().catch(() => "")}`);
      await page.locator('[data-testid="import-success"]').waitFor({ state: "visible" });
      equal(await apiTotal(env.baseURL, TYPE), before + 3, "rows in the ledger after the import");
      await waitPagerTotal(page, before + 3).catch(async () => {
        throw new Error(`the table's total did not become ${before + 3} (shows ${await pagerTotal(page)})`);
      });
    },
  },
];
