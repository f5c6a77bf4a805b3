/**
 * The editable rows of the targets grid: one per target-taking indicator, holding the
 * saved target (if any) and the draft the user is typing. Money targets are typed in
 * 万元 (the unit agreements use) and stored in 元.
 */
import type { IndicatorDef } from "../../api/indicators";
import type { Lang } from "../../utils/format";
import type { Target, TargetBody } from "../../api/targets";

/** Fields a row can show a message on; `row` is for messages about the row as a whole. */
export type RowField = "target_value" | "min_value" | "max_value" | "row";

/** One indicator's line in the grid. */
export interface TargetRow {
  def: IndicatorDef;
  saved: Target | null;
  others: Target[]; // further saved rows for the same indicator (the annual report adds them up)
  range: boolean;
  value: string; // draft, in the input scale (万元 for money)
  min: string;
  max: string;
  errors: Partial<Record<RowField, string>>;
  saving: boolean;
}

/** A target's content, independent of how it is typed. */
export type TargetState =
  | { kind: "none" }
  | { kind: "value"; value: number }
  | { kind: "range"; min: number | null; max: number | null };

/** Factor between the stored value and what is typed: money is typed in 万元. */
export function inputScale(unit: string): number {
  return unit === "元" || unit.startsWith("元/") ? 1e4 : 1;
}

/** The unit shown beside the input ("万元", "萬元/县", "10k yuan", "人"…). */
export function inputUnit(def: IndicatorDef, lang: Lang): string {
  const en = lang === "en";
  if (inputScale(def.unit) !== 1) return en ? "10k " + (def.unit_en || "yuan") : (lang === "zh-TW" ? "萬" : "万") + def.unit;
  return en ? def.unit_en || def.unit : def.unit;
}

// Six decimals keep 0.01 元 in 万元 and drop float noise such as 150000000.00000003.
const tidy = (x: number) => Number(x.toFixed(6));

/** The number typed in a box: null when empty, NaN when not a number. Thousands separators are allowed. */
export function parseInput(text: string): number | null {
  const s = text.replace(/[,，\s]/g, "");
  if (!s) return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
}

function toInput(v: number | null | undefined, scale: number): string {
  return v === null || v === undefined ? "" : String(tidy(v / scale));
}

/** What the saved target says. */
export function savedState(t: Target | null): TargetState {
  if (!t) return { kind: "none" };
  if (t.min_value !== null && t.min_value !== undefined) return { kind: "range", min: t.min_value, max: t.max_value ?? null };
  if (t.max_value !== null && t.max_value !== undefined) return { kind: "range", min: null, max: t.max_value };
  if (t.target_value !== null && t.target_value !== undefined) return { kind: "value", value: t.target_value };
  return { kind: "none" };
}

/** What the draft says, in stored units; null when a box holds something that is not a number. */
export function draftState(r: TargetRow): TargetState | null {
  const scale = inputScale(r.def.unit);
  const read = (s: string) => {
    const n = parseInput(s);
    return n === null ? null : tidy(n * scale);
  };
  if (r.range) {
    const min = read(r.min);
    const max = read(r.max);
    if (Number.isNaN(min) || Number.isNaN(max)) return null;
    return min === null && max === null ? { kind: "none" } : { kind: "range", min, max };
  }
  const v = read(r.value);
  if (v === null) return { kind: "none" };
  return Number.isNaN(v) ? null : { kind: "value", value: v };
}

function same(a: TargetState, b: TargetState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "value" && b.kind === "value") return a.value === b.value;
  if (a.kind === "range" && b.kind === "range") return a.min === b.min && a.max === b.max;
  return true;
}

/** True when the draft differs from what is saved (an unreadable box counts as a change). */
export function isDirty(r: TargetRow): boolean {
  const d = draftState(r);
  return d === null || !same(d, savedState(r.saved));
}

/** Puts a target (saved, or copied from another year) into the row's draft boxes. */
export function fillDraft(r: TargetRow, t: Target | null): void {
  const s = savedState(t);
  const scale = inputScale(r.def.unit);
  r.range = s.kind === "range";
  r.value = s.kind === "value" ? toInput(s.value, scale) : "";
  r.min = s.kind === "range" ? toInput(s.min, scale) : "";
  r.max = s.kind === "range" ? toInput(s.max, scale) : "";
  r.errors = {};
}

/** A fresh row for an indicator with its saved targets (normally none or one). */
export function makeRow(def: IndicatorDef, saved: Target[]): TargetRow {
  const r: TargetRow = { def, saved: saved[0] ?? null, others: saved.slice(1), range: false, value: "", min: "", max: "", errors: {}, saving: false };
  fillDraft(r, r.saved);
  return r;
}

/** The body that writes a draft state; the unused form is cleared so a value and a range never coexist. */
export function bodyOf(s: Exclude<TargetState, { kind: "none" }>): TargetBody {
  return s.kind === "value"
    ? { target_value: s.value, min_value: null, max_value: null }
    : { target_value: null, min_value: s.min, max_value: s.max };
}

/** The value completion is measured against: the value, or the range's minimum (as the annual report does). */
export function basisOf(s: TargetState | null): number | null {
  if (!s || s.kind === "none") return null;
  return s.kind === "value" ? s.value : s.min ?? s.max;
}
