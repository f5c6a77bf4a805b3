/** Display of indicator and published values in their units, built on utils/format.ts. */
import { formatIndicator, formatNumber, formatYuan, type Lang } from "../../utils/format";
import type { ReportedFigure } from "../../api/figures";

/**
 * A value in a free-text unit: 元 and per-something money ("元/县", "元/人·月") get
 * 万元/亿元 scaling, % and counts go through formatIndicator. `unitEn` replaces the unit in
 * English when the catalog gives one. `exact` keeps every decimal of a published number.
 */
export function formatInUnit(v: number | null | undefined, unit: string, lang: Lang, unitEn?: string, exact = false): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  const yuan = (x: number) => (exact ? yuanExact(x, lang) : formatYuan(x, lang));
  if (unit === "元") return yuan(v);
  if (unit === "%") return exact ? `${formatNumber(v, 6)}%` : formatIndicator(v, unit, lang);
  if (unit.startsWith("元/")) return yuan(v) + unit.slice(1);
  if (exact) return `${formatNumber(v, 6)} ${lang === "en" && unitEn ? unitEn : unit}`;
  if (lang === "en" && unitEn) return `${formatNumber(v)} ${unitEn}`;
  return formatIndicator(v, unit, lang);
}

/**
 * formatYuan, unless its two decimals would misquote the number: a published "1.615亿元"
 * must not read "1.62 亿元", so such values keep up to six decimals in the same scale.
 */
function yuanExact(v: number, lang: Lang): string {
  const text = formatYuan(v, lang);
  const abs = Math.abs(v);
  const scale = abs >= 1e8 ? 1e8 : abs >= 1e4 ? 1e4 : 1;
  if (Math.abs(Math.round((v / scale) * 100) / 100 - v / scale) < 1e-9) return text;
  return text.replace(/^[-\d.,]+/, formatNumber(v / scale, 6));
}

/** Words for a qualifier, by language: 超/约/不超过 before the number. */
const QUALIFIER: Record<string, Record<"zh" | "tw" | "en", string>> = {
  at_least: { zh: "超", tw: "超", en: "at least" },
  about: { zh: "约", tw: "約", en: "about" },
  at_most: { zh: "不超过", tw: "不超過", en: "at most" },
};

/** A published figure's value as it reads: "超 2,800 万元", "约 1 亿元", "3–5 万人", "1.47 亿元". */
export function formatFigure(f: ReportedFigure, lang: Lang, unitEn?: string): string {
  const one = (v: number) => formatInUnit(v, f.unit, lang, unitEn, true);
  if (f.qualifier === "range" && f.value_max !== null && f.value_max !== undefined) {
    const lo = one(f.value);
    const hi = one(f.value_max);
    // "3 万人–5 万人" reads badly: drop the repeated unit when both ends share it.
    const unit = hi.replace(/^[-\d.,\s]+/, "");
    const loNum = unit && lo.endsWith(unit) ? lo.slice(0, lo.length - unit.length).trim() : lo;
    return `${loNum}–${hi}`;
  }
  const word = QUALIFIER[f.qualifier];
  if (!word) return one(f.value);
  const w = lang === "en" ? word.en : lang === "zh-TW" ? word.tw : word.zh;
  return `${w} ${one(f.value)}`;
}
