// The shanhai console end-to-end suite: starts its own server on the demo data, drives the
// system Chromium through playwright-core, runs the specs one after another and prints
// "N passed, N failed" last. Arguments filter tests by name or spec file (regular
// expressions, e.g. `npm test -- import layout`).
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { startServer } from "./lib/server.mjs";
import { launchBrowser, openTest } from "./lib/harness.mjs";
import { E2E_DIR, REPO } from "./lib/util.mjs";
import dashboard from "./specs/dashboard.mjs";
import menu from "./specs/menu.mjs";
import create from "./specs/create.mjs";
import imports from "./specs/import.mjs";
import downloads from "./specs/downloads.mjs";
import language from "./specs/language.mjs";
import layout from "./specs/layout.mjs";
import screenshots from "./specs/screenshots.mjs";
import firstLoad from "./specs/first-load.mjs";
import login from "./specs/login.mjs";

// Read-only tests first, so that the screenshots and the first-load figure show the demo
// data as shipped; the tests that write (create, import) come last. Every test starts
// signed in as the administrator unless its options say otherwise (lib/harness openTest).
const GROUPS = { dashboard, "first-load": firstLoad, screenshots, menu, layout, language, downloads, login, create, import: imports };
const ALL = Object.entries(GROUPS).flatMap(([group, tests]) => tests.map((x) => ({ ...x, group })));
const TEST_TIMEOUT_MS = 90_000;

const artefacts = process.env.SHANHAI_E2E_ARTEFACTS || join(E2E_DIR, "artefacts");
const webDir = process.env.SHANHAI_WEB_DIR || join(REPO, "web/dist");
const bin = process.env.SHANHAI_BIN || join(REPO, "build/app/shanhai");
const filters = process.argv.slice(2).map((a) => new RegExp(a, "i"));
const selected = filters.length ? ALL.filter((x) => filters.some((f) => f.test(x.name) || f.test(x.group))) : ALL;

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

let server = null;
let browser = null;
let scratch = null;
function cleanup() {
  server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
process.on("exit", cleanup);
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    console.error(`\ninterrupted (${sig})`);
    browser?.close().catch(() => undefined);
    cleanup();
    process.exit(130);
  });
}

function withTimeout(p, ms, what) {
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(`${what} timed out after ${ms / 1000} s`)), ms))),
  ]);
}

async function main() {
  mkdirSync(join(artefacts, "logs"), { recursive: true });
  mkdirSync(join(artefacts, "failures"), { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), "shanhai-e2e-files-"));
  const started = Date.now();
  try {
    server = await startServer({ bin, webDir, logDir: artefacts });
    browser = await launchBrowser();
  } catch (e) {
    console.error(`set-up failed: ${e.message}`);
    console.log("0 passed, 1 failed");
    return 1;
  }
  console.log(`shanhai e2e: ${selected.length} tests on ${server.url} (Chromium ${browser.version()}, console from ${webDir})`);

  let passed = 0;
  let failed = 0;
  for (const test of selected) {
    const t0 = Date.now();
    let t;
    try {
      t = await openTest(browser, server.url, test.options);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${test.name} (${Date.now() - t0} ms)\n      set-up: ${String(e.message || e)}`);
      continue;
    }
    const env = { baseURL: server.url, artefacts, scratch };
    let error = null;
    try {
      await withTimeout(test.run(t, env), test.timeout ?? TEST_TIMEOUT_MS, test.name);
      // Let late responses and console messages of the last step arrive.
      await t.page.waitForTimeout(200);
      const p = t.problems();
      if (p.length) error = new Error(`unexpected errors in the browser:\n      ${p.join("\n      ")}`);
    } catch (e) {
      error = e;
    }
    const ms = Date.now() - t0;
    if (error) {
      failed++;
      const shot = join(artefacts, "failures", `${slug(test.name)}.png`);
      await t.page.screenshot({ path: shot }).catch(() => undefined);
      console.log(`  ✗ ${test.name} (${ms} ms)\n      ${String(error.message || error).split("\n").join("\n      ")}\n      screenshot: ${shot}`);
    } else {
      passed++;
      console.log(`  ✓ ${test.name} (${ms} ms)`);
    }
    writeFileSync(join(artefacts, "logs", `${slug(test.name)}.log`), t.log.join("\n") + "\n");
    await t.close();
  }

  await browser.close().catch(() => undefined);
  await server.stopAndWait();
  console.log(`suite time ${((Date.now() - started) / 1000).toFixed(1)} s; artefacts in ${artefacts}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
