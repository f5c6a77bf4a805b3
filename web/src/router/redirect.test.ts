import { describe, expect, it } from "vitest";
import { isLoginPath, loginLocation, safeRedirect } from "./redirect";

describe("loginLocation", () => {
  it("carries the wanted page, with its query, as ?redirect", () => {
    expect(loginLocation("/records/projects?year=2024&page=2")).toEqual({ path: "/login", query: { redirect: "/records/projects?year=2024&page=2" } });
  });
  it("leaves out the default page and the sign-in page itself (no nesting)", () => {
    expect(loginLocation("/")).toEqual({ path: "/login", query: {} });
    expect(loginLocation("")).toEqual({ path: "/login", query: {} });
    expect(loginLocation("/login?redirect=%2Ftargets")).toEqual({ path: "/login", query: {} });
  });
});

describe("safeRedirect", () => {
  it("returns a path of the application as it is", () => {
    expect(safeRedirect("/targets?pairing=2&year=2024")).toBe("/targets?pairing=2&year=2024");
    expect(safeRedirect("/records/fund_transfers#top")).toBe("/records/fund_transfers#top");
  });
  it("takes the first of a repeated parameter", () => {
    expect(safeRedirect(["/figures", "/targets"])).toBe("/figures");
  });
  it("falls back to / when absent or not a string", () => {
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect("")).toBe("/");
    expect(safeRedirect([])).toBe("/");
    expect(safeRedirect(42)).toBe("/");
  });
  it("never leads to another site", () => {
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "evil.example"]) {
      expect(safeRedirect(bad), bad).toBe("/");
    }
  });
  it("never leads back to the sign-in page", () => {
    expect(safeRedirect("/login")).toBe("/");
    expect(safeRedirect("/login?redirect=/login")).toBe("/");
  });
});

describe("isLoginPath", () => {
  it("tells the sign-in page from pages that only start alike", () => {
    expect(isLoginPath("/login")).toBe(true);
    expect(isLoginPath("/login?x=1")).toBe(true);
    expect(isLoginPath("/loginhelp")).toBe(false);
    expect(isLoginPath("/records/login")).toBe(false);
  });
});
