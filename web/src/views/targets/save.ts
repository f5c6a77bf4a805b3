/** Writing one row of the targets grid through the API, with the server's messages put on the row. */
import { ApiError } from "../../api/http";
import { createTarget, deleteTarget, patchTarget } from "../../api/targets";
import { bodyOf, draftState, fillDraft, isDirty, parseInput, type RowField, type TargetRow } from "./rows";

/** The pairing, year and agreement new targets are created under. */
export interface SaveContext {
  pairing?: number;
  year: number;
  agreement?: number;
}
type Translate = (key: string, params?: Record<string, unknown>) => string;

const ROW_FIELDS: RowField[] = ["target_value", "min_value", "max_value"];

/** Puts an API error on the row: field messages beside their boxes, anything else on the row. */
export function applyError(r: TargetRow, e: unknown, en: boolean): void {
  r.errors = {};
  if (!(e instanceof ApiError)) {
    r.errors.row = String(e);
    return;
  }
  for (const f of e.fields) {
    const msg = en ? f.message_en || f.message : f.message;
    const field = ROW_FIELDS.includes(f.field as RowField) ? (f.field as RowField) : "row";
    // The server speaks of target_value for "value or range" problems: put each message on a box in view.
    let shown = field;
    if (field === "target_value" && r.range) shown = "min_value";
    else if ((field === "min_value" || field === "max_value") && !r.range) shown = "target_value";
    r.errors[shown] = r.errors[shown] ? `${r.errors[shown]}；${msg}` : msg;
  }
  if (!e.fields.length) r.errors.row = e.localized(en);
}

/**
 * Creates or updates the row's target from its draft. An emptied draft deletes the
 * target. Returns true when the row is saved (or had nothing to save).
 */
export async function saveRow(r: TargetRow, ctx: SaveContext, t: Translate, en: boolean): Promise<boolean> {
  r.errors = {};
  const s = draftState(r);
  if (s === null) {
    const bad = (v: string) => Number.isNaN(parseInput(v));
    if (r.range) {
      if (bad(r.min)) r.errors.min_value = t("targets.notNumber");
      if (bad(r.max)) r.errors.max_value = t("targets.notNumber");
    } else r.errors.target_value = t("targets.notNumber");
    return false;
  }
  if (!isDirty(r)) return true;
  if (s.kind === "none") return removeRow(r, en);
  if (!ctx.pairing) return false;
  r.saving = true;
  try {
    const saved = r.saved
      ? await patchTarget(r.saved.id, bodyOf(s))
      : await createTarget({
          pairing_id: ctx.pairing,
          year: ctx.year,
          indicator_code: r.def.code,
          unit: r.def.unit,
          agreement_id: ctx.agreement ?? null,
          ...bodyOf(s),
        });
    r.saved = saved;
    fillDraft(r, saved);
    return true;
  } catch (e) {
    applyError(r, e, en);
    return false;
  } finally {
    r.saving = false;
  }
}

/** Deletes every saved target of the row's indicator (duplicates included) and empties the row. */
export async function removeRow(r: TargetRow, en: boolean): Promise<boolean> {
  if (!r.saved) return true;
  r.saving = true;
  r.errors = {};
  try {
    for (const x of [r.saved, ...r.others]) await deleteTarget(x.id);
    r.saved = null;
    r.others = [];
    fillDraft(r, null);
    return true;
  } catch (e) {
    applyError(r, e, en);
    return false;
  } finally {
    r.saving = false;
  }
}
