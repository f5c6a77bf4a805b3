// Shared helpers: assertions, the console's own message files, API calls, formatting
// oracle and XLSX checks.
import { readFileSync, existsSync, mkdirSync, copyFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

export const E2E_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO = resolve(E2E_DIR, "../..");

/** Throws with `msg` unless `cond`. */
export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
/** Throws unless a === b (compared with ===), showing both. */
export function equal(a, b, msg) {
  if (a !== b) throw new Error(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
}

const msgCache = new Map();
/**
 * A message of the console's locale files, e.g. t("en", "menu.dashboard"). The tests read
 * the same files the console is built from, so they follow wording changes.
 */
export function t(lang, key) {
  const [ns, ...rest] = key.split(".");
  const file = join(REPO, "web/src/locales", lang, `${ns}.json`);
  if (!msgCache.has(file)) msgCache.set(file, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {});
  let v = msgCache.get(file);
  for (const k of rest) v = v?.[k];
  if (typeof v !== "string") throw new Error(`no message ${key} for ${lang}`);
  return v;
}

/** A message as a RegExp matching any value of its {placeholders}. */
export function tRe(lang, key) {
  const parts = t(lang, key).split(/\{[^}]*\}/).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join(".+"));
}

/** The password of every account of the demo database (`shanhai demo`). */
export const DEMO_PASSWORD = "Shanhai-demo-2026";

const sessions = new Map(); // baseURL → Promise<{ cookie, csrf }>

/**
 * The administrator's session for the tests' own API calls (Node's fetch keeps no
 * cookies): signed in once per server, shared by every call.
 */
function apiSession(baseURL) {
  if (!sessions.has(baseURL)) {
    const p = (async () => {
      const r = await fetch(baseURL + "/api/v1/auth/login", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
      });
      const body = await r.text();
      if (!r.ok) throw new Error(`API sign-in as admin: HTTP ${r.status} ${body.slice(0, 300)}`);
      const set = r.headers.getSetCookie?.() ?? (r.headers.get("set-cookie") ?? "").split(/,(?=\s*\w+=)/);
      const cookie = set.map((c) => c.trim().split(";")[0]).find((c) => c.startsWith("shanhai_session="));
      if (!cookie) throw new Error("API sign-in as admin set no shanhai_session cookie");
      return { cookie, csrf: JSON.parse(body).csrf_token };
    })();
    p.catch(() => sessions.delete(baseURL));
    sessions.set(baseURL, p);
  }
  return sessions.get(baseURL);
}

/** GET/POST JSON on the API of the server under test, signed in as the administrator. */
export async function api(baseURL, path, init = {}) {
  const { cookie, csrf } = await apiSession(baseURL);
  const method = (init.method ?? "GET").toUpperCase();
  const headers = { ...init.headers, Cookie: cookie, ...(method === "GET" || method === "HEAD" ? {} : { "X-CSRF-Token": csrf }) };
  const r = await fetch(baseURL + "/api/v1" + path, { ...init, headers });
  const body = await r.text();
  if (!r.ok) throw new Error(`API ${path}: HTTP ${r.status} ${body.slice(0, 300)}`);
  return body ? JSON.parse(body) : undefined;
}

/** Row count of a record type, straight from the API. */
export async function apiTotal(baseURL, type) {
  return (await api(baseURL, `/${type}?page_size=1`)).total;
}

/** The registry entry of one record type (fields, labels, choices). */
export async function typeDef(baseURL, name) {
  const types = await api(baseURL, "/types");
  const d = types.find((x) => x.name === name);
  assert(d, `type ${name} not in /api/v1/types`);
  return d;
}

/**
 * Reads a number as the console shows it ("4,487 万元", "1.23 亿元", "221 人", "12.5%")
 * and says how far from the exact value it may be: { value, tolerance } (half a unit of
 * the last digit shown, times 万/亿), or null when `text` holds no number.
 */
export function parseShown(text) {
  const m = /(-?[\d,]+(?:\.(\d+))?)\s*(亿|億|万|萬)?/.exec(text.replace(/\s+/g, " "));
  if (!m) return null;
  const mult = m[3] === "亿" || m[3] === "億" ? 1e8 : m[3] ? 1e4 : 1;
  const decimals = m[2]?.length ?? 0;
  return { value: Number(m[1].replace(/,/g, "")) * mult, tolerance: 0.5 * 10 ** -decimals * mult + 1e-6 };
}

/** Throws unless the shown `text` stands for `value` (within what its rounding allows). */
export function shows(text, value, what) {
  const p = parseShown(text);
  if (value === null || value === undefined) {
    if (p) throw new Error(`${what}: expected no value, the page shows "${text}"`);
    return;
  }
  if (!p || Math.abs(p.value - value) > p.tolerance) throw new Error(`${what}: the page shows "${text}", the value is ${value}`);
}

/** Checks that `path` is an XLSX (a zip holding xl/workbook.xml) and returns its workbook. */
export async function readXlsx(path) {
  const buf = readFileSync(path);
  assert(buf.length > 0, `${path} is empty`);
  assert(buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04, `${path} is not a zip file`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  assert(wb.worksheets.length > 0, `${path} has no worksheet`);
  return wb;
}

/** Writes an XLSX with one sheet: `header` then `rows`. */
export async function writeXlsx(path, header, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

/** Saves a screenshot in the artefacts and, under its stable name, in SHANHAI_SCREENSHOTS_DIR. */
export async function screenshot(page, artefacts, name) {
  const dir = join(artefacts, "screenshots");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  const extra = process.env.SHANHAI_SCREENSHOTS_DIR;
  if (extra) {
    mkdirSync(extra, { recursive: true });
    copyFileSync(file, join(extra, `${name}.png`));
  }
  return file;
}

/**
 * A pairing to show: the lowest id that has targets set for `year` (so completion shows)
 * and a value of `code` in that year; failing that, any pairing with the value.
 */
export async function pairingWithData(baseURL, year = 2024, code = "fund_fiscal_aid") {
  const targets = (await api(baseURL, `/targets?year=${year}&page_size=200`)).items;
  const withTargets = [...new Set(targets.map((x) => x.pairing_id))].sort((a, b) => a - b);
  const all = (await api(baseURL, "/pairings?page_size=200")).items.map((p) => p.id).sort((a, b) => a - b);
  for (const id of [...withTargets, ...all]) {
    const v = (await api(baseURL, `/indicators/values?pairing=${id}&year=${year}&codes=${code}`)).values[0]?.value;
    if (typeof v === "number") return id;
  }
  throw new Error(`no pairing has ${code} for ${year}`);
}
