/** Lookups over the administrative units (api/units) for the scope cascader and the east→west flow. */
import type { AdminUnit } from "../../../api/units";

/** Cascader option: value is the unit code; the two top branches are the sides. */
export type UnitOption = {
  value: string;
  label: string;
  disabled?: boolean;
  children?: UnitOption[];
};

const RANK: Record<string, number> = { province: 1, city: 2, county: 3, township: 4, village: 5 };
/** Levels offered in the scope cascader (the indicator API's administrative scopes). */
const SCOPE_LEVELS = new Set(["province", "city", "county"]);

/** Lookups over the loaded units: names, ancestors, containment. */
export class UnitIndex {
  readonly byCode = new Map<string, AdminUnit>();

  constructor(readonly units: readonly AdminUnit[]) {
    for (const u of units) this.byCode.set(u.code, u);
  }

  /** Display name of a code, or the code itself when it is not in admin_units. */
  name(code: string | null | undefined): string {
    if (!code) return "";
    return this.byCode.get(code)?.name ?? code;
  }

  /** The code itself or its nearest ancestor at `level`; null when the chain skips it
   * (Beijing's districts sit right under the municipality, with no city level). */
  ancestorAt(code: string, level: string): string | null {
    const want = RANK[level] ?? 0;
    let u = this.byCode.get(code);
    for (let guard = 0; u && guard < 8; guard++) {
      const r = RANK[u.level] ?? 99;
      if (r === want) return u.code;
      if (r < want) return null;
      u = u.parent_code ? this.byCode.get(u.parent_code) : undefined;
    }
    return null;
  }

  /** Whether `code` is `unit` or lies inside it (walks parent_code; falls back to the
   * GB/T 2260 code prefix for codes missing from admin_units). */
  within(code: string | null | undefined, unit: string): boolean {
    if (!code) return false;
    let c: string | null | undefined = code;
    for (let guard = 0; c && guard < 8; guard++) {
      if (c === unit) return true;
      c = this.byCode.get(c)?.parent_code;
    }
    if (this.byCode.has(code)) return false;
    const lvl = this.byCode.get(unit)?.level;
    const len = lvl === "province" ? 2 : lvl === "city" ? 4 : lvl === "county" ? 6 : unit.length;
    return code.startsWith(unit.slice(0, len));
  }

  /** Cascader tree: 东部 / 西部 → province → city → county (sides are not selectable). */
  cascader(sideLabel: (side: string) => string): UnitOption[] {
    const kids = new Map<string, AdminUnit[]>();
    for (const u of this.units) {
      if (!SCOPE_LEVELS.has(u.level)) continue;
      const key = u.parent_code && this.byCode.has(u.parent_code) ? u.parent_code : `side:${u.side ?? ""}`;
      if (!kids.has(key)) kids.set(key, []);
      kids.get(key)!.push(u);
    }
    const build = (key: string): UnitOption[] | undefined => {
      const list = kids.get(key);
      if (!list?.length) return undefined;
      return [...list]
        // Codes are ASCII digits: a plain comparison, no ICU collator on the first paint.
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .map((u) => ({ value: u.code, label: u.name, children: build(u.code) }));
    };
    return ["east", "west"]
      .map((side) => ({ value: `side:${side}`, label: sideLabel(side), disabled: true, children: build(`side:${side}`) }))
      .filter((o) => o.children?.length);
  }
}
