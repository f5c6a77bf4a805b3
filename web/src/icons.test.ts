import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as All from "@element-plus/icons-vue";
import { ICONS } from "./icons";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(vue|ts)$/.test(f) && !f.endsWith(".test.ts") && f !== "icons.ts" ? [p] : [];
  });
}

describe("registered icons", () => {
  const names = Object.keys(All).filter((n) => /^[A-Z]/.test(n));
  const used = new Map<string, string>(); // icon → first file naming it
  for (const file of sources(join(__dirname))) {
    const text = readFileSync(file, "utf8");
    for (const n of names) {
      // A tag (<Download />) or a quoted name (icon="Search", icon: "Money").
      if (new RegExp(`<${n}[\\s/>]|["']${n}["']`).test(text) && !used.has(n)) used.set(n, file);
    }
  }

  it("finds the icons the sources name (the scan itself works)", () => {
    expect(used.has("Search")).toBe(true);
    expect(used.has("HomeFilled")).toBe(true);
  });
  it("registers every icon a source file names", () => {
    const missing = [...used].filter(([n]) => !(n in ICONS)).map(([n, f]) => `${n} (${f})`);
    expect(missing).toEqual([]);
  });
  it("registers no icon that nothing uses", () => {
    expect(Object.keys(ICONS).filter((n) => !used.has(n))).toEqual([]);
  });
});
