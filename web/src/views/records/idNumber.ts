/**
 * Resident ID numbers (GB 11643-1999), checked in the browser before they are sent. The
 * server checks them again (model/id_number.cc) and keeps only a salted hash.
 */

/** Why an ID number is rejected; keys of the `records.idProblem.*` messages. */
export type IdNumberProblem = "length" | "digits" | "check" | "birth";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** Upper-cases the final x and drops spaces people paste in. */
export function normalizeIdNumber(s: string): string {
  return s.replace(/\s+/g, "").toUpperCase();
}

/** The first problem of an 18-character ID number, or null when it is well-formed. */
export function checkIdNumber(raw: string): IdNumberProblem | null {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18) return "length";
  if (!/^\d{17}[\dX]$/.test(id)) return "digits";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  if (CHECK[sum % 11] !== id[17]) return "check";
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return "birth";
  return null;
}

/** Birth year and sex encoded in a valid ID number (17th digit odd = male). */
export function idNumberFacts(raw: string): { birthYear: number; male: boolean } | null {
  const id = normalizeIdNumber(raw);
  if (checkIdNumber(id)) return null;
  return { birthYear: Number(id.slice(6, 10)), male: Number(id[16]) % 2 === 1 };
}
