import { describe, expect, it } from "vitest";
import { fenToYuanText, formatIndicator, formatNumber, formatYuan } from "./format";

// The reference: what Intl.NumberFormat("zh-CN") prints for the same precision.
const intl = (v: number, d: number) => new Intl.NumberFormat("zh-CN", { maximumFractionDigits: d, minimumFractionDigits: 0 }).format(v);

describe("formatNumber", () => {
  it("groups integer digits by three and drops trailing zeros", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1000)).toBe("1,000");
    expect(formatNumber(1234567.8)).toBe("1,234,567.8");
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatNumber(-1234.5, 0)).toBe("-1,235");
    expect(formatNumber(12.0, 2)).toBe("12");
  });
  it("says — for no value", () => {
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(undefined)).toBe("—");
    expect(formatNumber(Number.NaN)).toBe("—");
  });
  it("never prints a negative zero", () => {
    expect(formatNumber(-0.001, 2)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });
  it("agrees with Intl.NumberFormat on many values and precisions", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 5000; i++) {
      const mag = 10 ** Math.floor(rnd() * 13 - 3);
      const v = (rnd() - 0.3) * mag;
      for (const d of [0, 1, 2]) {
        const want = intl(v, d).replace(/^-0$/, "0");
        expect(formatNumber(v, d), `${v} with ${d} digits`).toBe(want);
      }
    }
    // Ties in the shortest decimal (x.xx5): Intl rounds them away from zero.
    for (let k = -3000; k <= 3000; k += 7) {
      const v = 1234 + k / 1000;
      for (const d of [0, 1, 2]) expect(formatNumber(v, d), `${v} with ${d}`).toBe(intl(v, d));
    }
    for (const v of [0.5, 1.5, 2.5, -0.5, 1.005, 1.015, 0.125, 999.995, 99999.5]) {
      for (const d of [0, 1, 2]) expect(formatNumber(v, d), `${v} with ${d}`).toBe(intl(v, d).replace(/^-0$/, "0"));
    }
  });
});

describe("money", () => {
  it("chooses 元, 万元 or 亿元 by magnitude", () => {
    expect(formatYuan(9999)).toBe("9,999 元");
    expect(formatYuan(30636500)).toBe("3,063.65 万元");
    expect(formatYuan(147000000)).toBe("1.47 亿元");
    expect(formatYuan(147000000, "zh-TW")).toBe("1.47 億元");
    expect(formatYuan(null)).toBe("—");
  });
  it("reads fen", () => {
    expect(fenToYuanText(123456789)).toBe("1,234,567.89");
    expect(fenToYuanText(null)).toBe("");
  });
  it("formats an indicator in its unit", () => {
    expect(formatIndicator(1577, "人次")).toBe("1,577 人次");
    expect(formatIndicator(12.345, "%")).toBe("12.3%");
    expect(formatIndicator(null, "人")).toBe("—");
  });
});
