/** Targets (任务指标) of a pairing and year: one row per indicator, a value or a min–max range. */
import { createRecord, deleteRecord, listRecords, patchRecord } from "./records";

/** A `targets` row as the API returns it. Values are in the indicator's unit (元 for money, not fen). */
export interface Target {
  id: number;
  pairing_id: number;
  agreement_id?: number | null;
  year: number;
  indicator_code: string;
  target_value?: number | null;
  min_value?: number | null;
  max_value?: number | null;
  unit?: string | null;
  source?: string | null;
  note?: string | null;
  recorded_at?: string;
  updated_at?: string;
}

/** The editable part of a target: either `target_value`, or `min_value`/`max_value`. */
export type TargetBody = Partial<Omit<Target, "id" | "recorded_at" | "updated_at">>;

/** An agreement (帮扶协议) a target can be attached to. */
export interface Agreement {
  id: number;
  pairing_id: number;
  year?: number;
  kind?: string;
  title?: string;
  signed_date?: string;
}

const TYPE = "targets";
// One page holds every target of a pairing-year (the catalog has ~50 target indicators);
// the API caps page_size at 500.
const ALL = 500;

/** Every target of one pairing (its own rows only, not its sub-pairings') for one year. */
export async function listTargets(pairing: number, year: number): Promise<Target[]> {
  // pairing_id, not pairing: the `pairing` filter takes the sub-pairings too.
  const r = await listRecords<Target>(TYPE, { pairing_id: pairing, year, page_size: ALL, sort: "id" });
  return r.items;
}
/** The pairing and year of the most recent target in the ledger, or undefined when there are none. */
export async function latestTargetScope(): Promise<{ pairing: number; year: number } | undefined> {
  const r = await listRecords<Target>(TYPE, { sort: "-year", page_size: 1 });
  const t = r.items[0];
  return t ? { pairing: t.pairing_id, year: t.year } : undefined;
}
export const createTarget = (body: TargetBody) => createRecord<Target>(TYPE, body);
export const patchTarget = (id: number, body: TargetBody) => patchRecord<Target>(TYPE, id, body);
export const deleteTarget = (id: number) => deleteRecord(TYPE, id);

/** The agreements signed by a pairing for a year (annual ones first). */
export async function listAgreements(pairing: number, year: number): Promise<Agreement[]> {
  const r = await listRecords<Agreement>("agreements", { pairing_id: pairing, year, page_size: ALL, sort: "id" });
  return r.items
    .filter((a) => a.pairing_id === pairing && (a.year === undefined || a.year === year))
    .sort((a, b) => Number(b.kind === "annual") - Number(a.kind === "annual"));
}
