/** Money and number formatting the Chinese way. API money is integer fen. */
export type Lang = "zh-CN" | "en" | "zh-TW";

// Building an Intl.NumberFormat costs far more than using one (it loads locale data), and
// a dashboard formats hundreds of numbers: keep one per precision.
const formats = new Map<number, Intl.NumberFormat>();
const nf = (d: number): Intl.NumberFormat => {
  let f = formats.get(d);
  if (!f) {
    f = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: d, minimumFractionDigits: 0 });
    formats.set(d, f);
  }
  return f;
};

/** Yuan amount with 元/万元/亿元 chosen by magnitude. */
export function formatYuan(yuan: number | null | undefined, lang: Lang = "zh-CN"): string {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return "—";
  const abs = Math.abs(yuan);
  const tw = lang === "zh-TW";
  if (abs >= 1e8) return `${nf(2).format(yuan / 1e8)} ${tw ? "億元" : "亿元"}`;
  if (abs >= 1e4) return `${nf(2).format(yuan / 1e4)} ${tw ? "萬元" : "万元"}`;
  return `${nf(2).format(yuan)} 元`;
}

export function formatFen(fen: unknown, lang: Lang = "zh-CN"): string {
  if (typeof fen !== "number") return fen === null || fen === undefined ? "" : String(fen);
  return formatYuan(fen / 100, lang);
}

/** Exact 元 with two decimals, for tables. */
export function fenToYuanText(fen: unknown): string {
  if (typeof fen !== "number") return fen === null || fen === undefined ? "" : String(fen);
  return nf(2).format(fen / 100);
}

export function formatNumber(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  return nf(digits).format(v);
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
