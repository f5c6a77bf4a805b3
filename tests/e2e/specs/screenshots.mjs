// 9. Screenshots of the main pages (artefacts/screenshots/, and SHANHAI_SCREENSHOTS_DIR
// under stable names for docs/screenshots/). Each page must show its content; the form
// shot shows the server's validation errors of an empty submission.
import { assert, pairingWithData, screenshot, t as msg } from "../lib/util.mjs";
import { readKpis, settle, waitContent } from "../lib/pages.mjs";

/** Lets ECharts finish its entry animation before a shot. */
const ANIMATION_MS = 1200;

export default [
  {
    name: "screenshots of the main pages",
    timeout: 150_000,
    async run(t, env) {
      const { page } = t;
      const p = await pairingWithData(env.baseURL);
      const shots = [
        ["console-dashboard", "/?year=2024"],
        ["console-records", "/records/fund_transfers"],
        ["console-report", `/reports/annual?pairing=${p}&year=2024`],
        ["console-pairings", "/pairings"],
        ["console-pairing", `/pairings/${p}`],
        ["console-targets", `/targets?pairing=${p}&year=2024`],
        ["console-figures", "/figures"],
      ];
      const empty = [];
      for (const [name, path] of shots) {
        await page.goto(path);
        if (name === "console-dashboard") await readKpis(page);
        const c = await waitContent(page);
        if (c.charts) await page.waitForTimeout(ANIMATION_MS);
        await screenshot(page, env.artefacts, name);
        if (c.rows + c.charts + c.forms === 0) empty.push(`${name} (${path})`);
      }

      // The create form after an empty submission: the server names every missing field.
      t.expectHttpError(400, /\/api\/v1\/fund_transfers$/, "POST");
      await page.goto("/records/fund_transfers");
      await settle(page);
      await page.getByRole("button", { name: msg("zh-CN", "common.create") }).click();
      const dlg = page.locator(".el-dialog:visible");
      await dlg.waitFor();
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/v1/fund_transfers") && r.request().method() === "POST");
      await dlg.locator('[data-testid="form-save"]').click();
      const res = await answered;
      assert(res.status() === 400, `an empty record was answered HTTP ${res.status()}`);
      const fields = (await res.json()).error?.fields ?? [];
      await dlg.locator(".el-form-item__error").first().waitFor();
      const shown = await dlg.locator(".el-form-item__error").count();
      assert(fields.length > 0 && shown === fields.length, `the form shows ${shown} field errors, the server sent ${fields.length}`);
      await dlg.locator('[data-testid="form-error"]').waitFor();
      await page.waitForTimeout(400); // the dialog's opening transition
      await screenshot(page, env.artefacts, "console-form-errors");

      assert(empty.length === 0, `pages without content in their screenshot: ${empty.join(", ")}`);
    },
  },
];
