// 11. Accounts: every page needs a signed-in user. Signed out, the console sends the user
// to the sign-in page and back to the page they wanted afterwards; a wrong password is
// refused in the page's language and sets no cookie; signing out ends the session. A
// read-only account is offered no writing and its writes are refused; a write without the
// CSRF token is refused to anyone.
import { DEMO_PASSWORD, apiTotal, assert, equal, screenshot, t as msg } from "../lib/util.mjs";
import { readKpis, settle } from "../lib/pages.mjs";

const COOKIE = "shanhai_session";
// Signed out, the first page's requests (session, record types, the dashboard's figures)
// are answered 401 before the console moves to the sign-in page.
const SIGNED_OUT = /\/api\/v1\//;

const sessionCookie = async (context) => (await context.cookies()).find((c) => c.name === COOKIE && c.value);

/** Waits for the sign-in page; returns its URL. */
async function atLogin(page) {
  await page.waitForURL((u) => u.pathname === "/login");
  await page.locator('[data-testid="login-username"]').waitFor();
  return new URL(page.url());
}

/** Fills the sign-in form; `how` submits it: "enter" in the password field or "click". */
async function fillLogin(page, username, password, how = "click") {
  await page.locator('[data-testid="login-username"]').fill(username);
  const pw = page.locator('[data-testid="login-password"]');
  await pw.fill(password);
  if (how === "enter") await pw.press("Enter");
  else await page.locator('[data-testid="login-submit"]').click();
}

/** Error toasts on screen (ElMessage). */
const errorToasts = (page) => page.locator(".el-message--error").count();

/**
 * A write from the page's own script, as the console would send it, with the session
 * cookie and, when `withCsrf`, the session's CSRF token. Returns { status, code }.
 */
function pageWrite(page, path, body, withCsrf) {
  return page.evaluate(
    async ([path, body, withCsrf]) => {
      const headers = { "Content-Type": "application/json", Accept: "application/json" };
      if (withCsrf) {
        const me = await (await fetch("/api/v1/auth/me")).json();
        headers["X-CSRF-Token"] = me.csrf_token;
      }
      const r = await fetch("/api/v1" + path, { method: "POST", headers, body: JSON.stringify(body) });
      const data = await r.json().catch(() => ({}));
      return { status: r.status, code: data?.error?.code ?? "" };
    },
    [path, body, withCsrf],
  );
}

export default [
  {
    name: "signing in and out: sign-in page, wrong password, dashboard, sign out",
    options: { signedIn: false },
    async run(t, env) {
      const { page, context } = t;
      t.expectHttpError(401, SIGNED_OUT, "GET");
      t.expectHttpError(401, /\/api\/v1\/auth\/login$/, "POST");

      await page.goto("/");
      const at = await atLogin(page);
      equal(at.searchParams.get("redirect"), null, "redirect of the sign-in page opened for /");
      equal(await page.title(), msg("zh-CN", "app.title"), "page title");
      assert((await page.locator(".el-aside").count()) === 0, "the sign-in page shows the side menu");
      await page.getByText(msg("zh-CN", "app.title")).first().waitFor();
      await page.locator('[data-testid="lang-switch"]').waitFor();
      // The user name field has the focus: the page is used from the keyboard.
      equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "login-username", "focused field");
      await page.waitForTimeout(300);
      equal(await errorToasts(page), 0, "error toasts on the sign-in page (the refused first requests must not show)");
      await screenshot(page, env.artefacts, "console-login");

      // Wrong password, submitted with Enter: the one message for every refusal, in Chinese.
      const refused = page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/login"));
      await fillLogin(page, "admin", "not-the-password", "enter");
      equal((await refused).status(), 401, "sign-in with a wrong password");
      const error = page.locator('[data-testid="login-error"]');
      await error.waitFor();
      equal((await error.innerText()).trim(), msg("zh-CN", "login.invalid"), "error shown");
      assert(!(await sessionCookie(context)), "a refused sign-in set the session cookie");
      equal(new URL(page.url()).pathname, "/login", "path after the refused sign-in");

      // The right password: the dashboard, with the user in the header.
      await fillLogin(page, "admin", DEMO_PASSWORD);
      await page.waitForURL((u) => u.pathname === "/");
      const kpis = await readKpis(page);
      assert(kpis.length > 0, "no KPI card after signing in");
      const cookie = await sessionCookie(context);
      assert(cookie, "no session cookie after signing in");
      assert(cookie.httpOnly, "the session cookie is readable by scripts (not HttpOnly)");
      equal(cookie.sameSite, "Strict", "SameSite of the session cookie");
      equal(await page.evaluate(() => document.cookie.includes("shanhai_session")), false, "document.cookie shows the session");
      const menu = page.locator('[data-testid="user-menu"]');
      const who = await menu.innerText();
      assert(who.includes(msg("zh-CN", "account.roles.national_admin")), `the header's user menu "${who}" does not name the role`);

      // Sign out: back to the sign-in page, and the console needs signing in again.
      await menu.click();
      await page.locator('[data-testid="logout"]').click();
      await atLogin(page);
      assert(!(await sessionCookie(context)), "the session cookie survived signing out");
      await page.goto("/");
      await atLogin(page);
      await settle(page);
      equal(await errorToasts(page), 0, "error toasts after signing out");
    },
  },
  {
    name: "a deep link signed out returns to that page after signing in",
    options: { signedIn: false },
    async run(t) {
      const { page } = t;
      t.expectHttpError(401, SIGNED_OUT, "GET");
      const want = "/records/donations?year=2024";
      await page.goto(want);
      const at = await atLogin(page);
      equal(at.searchParams.get("redirect"), want, "redirect of the sign-in page");
      await fillLogin(page, "admin", DEMO_PASSWORD, "enter");
      await page.waitForURL((u) => u.pathname === "/records/donations");
      equal(new URL(page.url()).searchParams.get("year"), "2024", "query kept through signing in");
      await settle(page);
      // Signed in, the sign-in page leads on.
      await page.goto("/login");
      await page.waitForURL((u) => u.pathname === "/");
    },
  },
  {
    name: "a session that ends while the console is open leads to the sign-in page once",
    async run(t) {
      const { page, context } = t;
      const here = "/records/donations?year=2024";
      await page.goto(here);
      await settle(page);
      // The session ends (as when it expires): the next request is answered 401.
      t.expectHttpError(401, SIGNED_OUT, "GET");
      await context.clearCookies();
      await page.getByRole("button", { name: msg("zh-CN", "common.search") }).first().click();
      const at = await atLogin(page);
      equal(at.searchParams.get("redirect"), here, "redirect of the sign-in page");
      await settle(page);
      equal(new URL(page.url()).pathname, "/login", "path a moment later (no redirect loop)");
      // Another account signs in: the page is loaded afresh for it, on the page it left.
      await fillLogin(page, "viewer", DEMO_PASSWORD);
      await page.waitForURL((u) => u.pathname === "/records/donations" && u.searchParams.get("year") === "2024");
      await page.locator(".el-table__body tr").first().waitFor();
      const role = await page.locator('[data-testid="user-menu"]').innerText();
      assert(role.includes(msg("zh-CN", "account.roles.viewer")), `the user menu "${role}" does not show the viewer`);
      equal(await page.locator('[data-testid="import-open"]').count(), 0, "import buttons for the viewer");
    },
  },
  {
    name: "a viewer is offered no writing and its writes are refused",
    options: { user: "viewer" },
    async run(t, env) {
      const { page } = t;
      const TYPE = "donations";
      await page.goto(`/records/${TYPE}`);
      await settle(page);
      await page.locator(".el-table__body tr").first().waitFor();
      const role = await page.locator('[data-testid="user-menu"]').innerText();
      assert(role.includes(msg("zh-CN", "account.roles.viewer")), `the user menu "${role}" does not say 只读用户`);
      equal(await page.getByRole("button", { name: msg("zh-CN", "common.create") }).count(), 0, `"${msg("zh-CN", "common.create")}" buttons for a viewer`);
      equal(await page.locator('[data-testid="import-open"]').count(), 0, "import buttons for a viewer");
      equal(await page.getByRole("button", { name: msg("zh-CN", "common.edit"), exact: true }).count(), 0, "edit buttons for a viewer");

      const before = await apiTotal(env.baseURL, TYPE);
      t.expectHttpError(403, new RegExp(`/api/v1/${TYPE}$`), "POST");
      const r = await pageWrite(page, `/${TYPE}`, { pairing_id: 2, date: "2024-03-01", kind: "cash", amount_fen: 100, donor_name: "viewer" }, true);
      equal(`${r.status} ${r.code}`, "403 permission_denied", "a viewer's write");
      equal(await apiTotal(env.baseURL, TYPE), before, `rows of ${TYPE} after the refused write`);
    },
  },
  {
    name: "a write without the CSRF token is refused",
    async run(t, env) {
      const { page } = t;
      const TYPE = "donations";
      await page.goto("/pairings");
      await settle(page);
      const before = await apiTotal(env.baseURL, TYPE);
      t.expectHttpError(403, new RegExp(`/api/v1/${TYPE}$`), "POST");
      const bare = await pageWrite(page, `/${TYPE}`, {}, false);
      equal(`${bare.status} ${bare.code}`, "403 csrf_failed", "a write without X-CSRF-Token");
      // With the token the same (empty, so invalid) write gets as far as validation.
      t.expectHttpError(400, new RegExp(`/api/v1/${TYPE}$`), "POST");
      const withToken = await pageWrite(page, `/${TYPE}`, {}, true);
      equal(withToken.status, 400, "the empty write with the token (validation)");
      equal(await apiTotal(env.baseURL, TYPE), before, `rows of ${TYPE} after the refused writes`);
    },
  },
];
