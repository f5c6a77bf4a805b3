// 3. A fund transfer created in the console form shows in the dashboard figure it feeds
// (fund_fiscal_aid: received fiscal transfers of the pairing and year, see
// catalog/indicators.json).
import { api, assert, equal, pairingWithData, shows, typeDef, t as msg } from "../lib/util.mjs";
import { chooseOption, chooseRef, fieldItem, pagerTotal, readKpis, settle, waitPagerTotal } from "../lib/pages.mjs";

const CODE = "fund_fiscal_aid";
const YEAR = 2024;
const AMOUNT_YUAN = 123456.78;

/** Opens the dashboard scoped to a pairing and year; returns the card's text and value. */
async function dashboardFigure(page, pairing) {
  await page.goto(`/?pairing=${pairing}&year=${YEAR}`);
  await page.waitForFunction(
    ([p, y]) => new URLSearchParams(location.search).get("pairing") === String(p) && new URLSearchParams(location.search).get("year") === String(y),
    [pairing, YEAR],
  );
  const card = (await readKpis(page)).find((k) => k.code === CODE);
  assert(card, `no KPI card ${CODE} on the dashboard`);
  return { text: card.text, value: card.raw };
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

      const before = await dashboardFigure(page, pairing);
      const exact = (await api(env.baseURL, `/indicators/values?pairing=${pairing}&year=${YEAR}&codes=${CODE}`)).values[0].value;
      equal(before.value, exact, "dashboard value before");
      shows(before.text, before.value, "dashboard card before");

      await page.goto("/records/fund_transfers");
      await settle(page);
      const total = await pagerTotal(page);
      await page.getByRole("button", { name: msg("zh-CN", "common.create") }).click();
      const dlg = page.locator(".el-dialog:visible");
      await dlg.waitFor();
      const pairingName = (await api(env.baseURL, `/pairings/${pairing}`)).name;
      await chooseRef(fieldItem(dlg, "pairing_id"), pairingName, `#${pairing}`);
      const date = dlg.locator("#rf-date");
      await date.fill(`${YEAR}-06-15`);
      await date.press("Enter");
      await chooseOption(fieldItem(dlg, "source_kind"), choice("source_kind", "fiscal"));
      await chooseOption(fieldItem(dlg, "stage"), choice("stage", "received"));
      await dlg.locator("#rf-amount_fen").fill(String(AMOUNT_YUAN));
      const posted = page.waitForResponse((r) => r.url().endsWith("/api/v1/fund_transfers") && r.request().method() === "POST");
      await dlg.locator('[data-testid="form-save"]').click();
      const res = await posted;
      if (!res.ok()) throw new Error(`create answered HTTP ${res.status()}: ${await res.text().catch(() => "")}`);
      const row = await res.json();
      equal(row.amount_fen, Math.round(AMOUNT_YUAN * 100), "amount stored (fen)");
      equal(row.pairing_id, pairing, "pairing stored");
      equal(`${row.date}|${row.source_kind}|${row.stage}`, `${YEAR}-06-15|fiscal|received`, "date, source and stage stored");
      await dlg.waitFor({ state: "hidden" });
      await waitPagerTotal(page, total + 1);

      const after = await dashboardFigure(page, pairing);
      const want = before.value + AMOUNT_YUAN;
      assert(Math.abs(after.value - want) < 0.005, `${CODE} after the create: expected ${before.value} + ${AMOUNT_YUAN} = ${want}, the card has ${after.value}`);
      shows(after.text, want, "dashboard card after");
      assert(after.text !== before.text, `the card still shows "${before.text}"`);
    },
  },
];
