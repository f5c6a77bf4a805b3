// 3. A fund transfer created in the console form shows in the dashboard figure it feeds
// (fund_fiscal_aid: received fiscal transfers of the pairing and year, see
// catalog/indicators.json).
import { api, assert, equal, pairingWithData, typeDef, yuanText, t as msg } from "../lib/util.mjs";
import { chooseOption, formItem, pagerTotal, readKpis, settle, waitPagerTotal } from "../lib/pages.mjs";

const CODE = "fund_fiscal_aid";
const YEAR = 2024;
const AMOUNT_YUAN = 123456.78;

/** Opens the dashboard scoped to a pairing and year; returns the card text and the value the page received. */
async function dashboardFigure(page, pairing, title) {
  const resp = page.waitForResponse((r) => r.url().includes("/indicators/values") && r.url().includes(`pairing=${pairing}`) && r.ok());
  await page.goto(`/?pairing=${pairing}&year=${YEAR}`);
  const body = await (await resp).json();
  const value = body.values.find((v) => v.code === CODE)?.value ?? null;
  const card = (await readKpis(page)).find((k) => k.title === title);
  assert(card, `no KPI card "${title}" on the dashboard`);
  return { text: card.value, value };
}

export default [
  {
    name: "a record created in the form changes the dashboard figure",
    async run(t, env) {
      const { page } = t;
      const def = (await api(env.baseURL, "/indicators")).indicators.find((d) => d.code === CODE);
      assert(def && def.record === "fund_transfers", `${CODE} is not computed from fund_transfers`);
      const ft = await typeDef(env.baseURL, "fund_transfers");
      const field = (n) => ft.fields.find((f) => f.name === n);
      const choice = (n, code) => field(n).choices.find((c) => c.code === code).zh;

      const pairing = await pairingWithData(env.baseURL, YEAR, CODE);

      const before = await dashboardFigure(page, pairing, def.zh);
      equal(before.text, yuanText(before.value), "dashboard card before");

      await page.goto("/records/fund_transfers");
      await settle(page);
      const total = await pagerTotal(page);
      await page.getByRole("button", { name: msg("zh-CN", "common.create") }).click();
      const dlg = page.locator(".el-dialog:visible");
      await dlg.waitFor();
      await chooseOption(formItem(dlg, field("pairing_id").zh), new RegExp(`^\\s*${pairing} · `));
      const date = formItem(dlg, field("date").zh).locator("input");
      await date.fill(`${YEAR}-06-15`);
      await date.press("Enter");
      await chooseOption(formItem(dlg, field("source_kind").zh), choice("source_kind", "fiscal"));
      await chooseOption(formItem(dlg, field("stage").zh), choice("stage", "received"));
      await formItem(dlg, `${field("amount_fen").zh}（元）`).locator("input").fill(String(AMOUNT_YUAN));
      const posted = page.waitForResponse((r) => r.url().endsWith("/api/v1/fund_transfers") && r.request().method() === "POST");
      await dlg.getByRole("button", { name: msg("zh-CN", "common.save") }).click();
      const res = await posted;
      assert(res.status() === 201 || res.status() === 200, `create answered HTTP ${res.status()}: ${await res.text()}`);
      const row = await res.json();
      equal(row.amount_fen, Math.round(AMOUNT_YUAN * 100), "amount stored (fen)");
      equal(row.pairing_id, pairing, "pairing stored");
      await dlg.waitFor({ state: "hidden" });
      await waitPagerTotal(page, total + 1);

      const after = await dashboardFigure(page, pairing, def.zh);
      const want = before.value + AMOUNT_YUAN;
      assert(Math.abs(after.value - want) < 0.005, `${CODE} after the create: expected ${want}, got ${after.value}`);
      equal(after.text, yuanText(want), "dashboard card after");
      assert(after.text !== before.text, "the card did not change");
    },
  },
];
