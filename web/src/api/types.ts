import { http } from "./http";

export interface Choice {
  code: string;
  zh: string;
  en: string;
  zh_tw?: string; // Traditional (Taiwan) twin of zh, made by the server with OpenCC
}

export type FieldKind =
  | "id"
  | "id reference"
  | "administrative code"
  | "text"
  | "enumerated value"
  | "boolean"
  | "number"
  | "non-negative integer"
  | "amount (integer fen)"
  | "date (YYYY-MM-DD)"
  | "timestamp"
  | string;

export interface FieldDef {
  name: string;
  zh: string;
  en: string;
  zh_tw?: string;
  kind: FieldKind;
  required: boolean;
  system: boolean;
  choices?: Choice[];
  default?: string; // the enum choice an absent value takes
  ref?: string;
}

export interface TypeDef {
  name: string;
  zh: string;
  en: string;
  zh_tw?: string;
  class: "reference" | "record" | string;
  date_field: string;
  end_date_field: string;
  pairing_required: boolean;
  fields: FieldDef[];
}

let types: Promise<TypeDef[]> | null = null;

/**
 * The server's record types and their fields. Fetched once per session (the registry is
 * fixed for a server's version), so the start-up prefetch and the registry store share
 * the request; a failed fetch is forgotten and the next call tries again.
 */
export function fetchTypes(): Promise<TypeDef[]> {
  if (!types) {
    const p = http.get<TypeDef[]>("/types");
    p.catch(() => {
      if (types === p) types = null;
    });
    types = p;
  }
  return types;
}

export const isMoney = (f: FieldDef) => f.kind.startsWith("amount") || f.name.endsWith("_fen");
export const isDate = (f: FieldDef) => f.kind.startsWith("date");
export const isEnum = (f: FieldDef) => !!f.choices && f.choices.length > 0;
export const isBool = (f: FieldDef) => f.kind === "boolean";
export const isNumber = (f: FieldDef) => f.kind === "number" || f.kind === "non-negative integer" || f.kind === "id reference";
