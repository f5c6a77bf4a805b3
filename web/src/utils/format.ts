/** Money and number formatting the Chinese way. API money is integer fen. */
export type Lang = "zh-CN" | "en" | "zh-TW";

/**
 * `v` with at most `digits` decimals (trailing zeros dropped) and a comma every three
 * integer digits: 1,234,567.89. That is the convention of zh-CN, zh-TW and en alike, and
 * what Intl.NumberFormat prints: the shortest decimal of `v`, rounded half away from zero
 * (so 1.005 gives 1.01, where toFixed would give 1.00).
 *
 * Written out instead of Intl.NumberFormat because the first Intl object of a page loads
 * ICU's locale data: about 100 ms on the 2-core test machine, on the critical path of the
 * dashboard's first paint (docs/BENCHMARKS.md). format.test.ts checks it against Intl.
 */
function grouped(v: number, digits: number): string {
  if (!Number.isFinite(v)) return String(v);
  const d = Math.max(0, Math.min(20, Math.trunc(digits)));
  const neg = v < 0;
  let s = Math.abs(v).toString();
  // Exponent forms (below 1e-6, from 1e21): far outside the figures of this work.
  if (s.includes("e")) s = Math.abs(v).toFixed(d);
  let [int, frac = ""] = s.split(".");
  if (frac.length > d) {
    const up = frac.charCodeAt(d) >= 53; // '5'
    frac = frac.slice(0, d);
    if (up) {
      const digitsUp = increment(int + frac);
      int = digitsUp.slice(0, digitsUp.length - d);
      frac = digitsUp.slice(digitsUp.length - d);
    }
  }
  frac = frac.replace(/0+$/, "");
  const out = int.replace(/\B(?=(\d{3})+$)/g, ",") + (frac ? "." + frac : "");
  return neg && out !== "0" ? "-" + out : out;
}

/** A string of decimal digits plus one ("0999" → "1000", "99" → "100"). */
function increment(ds: string): string {
  const a = ds.split("");
  let i = a.length - 1;
  for (; i >= 0; i--) {
    if (a[i] === "9") a[i] = "0";
    else {
      a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1);
      break;
    }
  }
  return i < 0 ? "1" + a.join("") : a.join("");
}

/** Yuan amount with 元/万元/亿元 chosen by magnitude. */
export function formatYuan(yuan: number | null | undefined, lang: Lang = "zh-CN"): string {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return "—";
  const abs = Math.abs(yuan);
  const tw = lang === "zh-TW";
  if (abs >= 1e8) return `${grouped(yuan / 1e8, 2)} ${tw ? "億元" : "亿元"}`;
  if (abs >= 1e4) return `${grouped(yuan / 1e4, 2)} ${tw ? "萬元" : "万元"}`;
  return `${grouped(yuan, 2)} 元`;
}

export function formatFen(fen: unknown, lang: Lang = "zh-CN"): string {
  if (typeof fen !== "number") return fen === null || fen === undefined ? "" : String(fen);
  return formatYuan(fen / 100, lang);
}

/** Exact 元 with two decimals, for tables. */
export function fenToYuanText(fen: unknown): string {
  if (typeof fen !== "number") return fen === null || fen === undefined ? "" : String(fen);
  return grouped(fen / 100, 2);
}

export function formatNumber(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  return grouped(v, digits);
}

/** A value in the indicator catalog's unit. */
export function formatIndicator(v: number | null | undefined, unit: string, lang: Lang = "zh-CN"): string {
  if (v === null || v === undefined) return "—";
  if (unit === "元") return formatYuan(v, lang);
  if (unit === "%") return `${formatNumber(v, 1)}%`;
  return `${formatNumber(v, 2)} ${unit}`;
}

export function formatDate(v: unknown): string {
  if (typeof v !== "string") return v === null || v === undefined ? "" : String(v);
  return v.length >= 10 ? v.slice(0, 10) : v;
}

export function formatTimestamp(v: unknown): string {
  if (typeof v !== "string") return "";
  return v.replace("T", " ").replace("Z", "").slice(0, 19);
}
