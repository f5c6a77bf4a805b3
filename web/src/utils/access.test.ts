import { describe, expect, it } from "vitest";
import { mayWriteType, writePermissionOf } from "./access";

const ALL = ["read", "write_records", "write_reference", "set_targets", "submit", "confirm", "approve", "unlock", "manage_users", "read_audit"];

describe("writePermissionOf", () => {
  it("asks write_reference for the reference types", () => {
    for (const t of ["admin_units", "organizations", "pairings", "agreements"]) expect(writePermissionOf(t)).toBe("write_reference");
  });
  it("asks set_targets for targets and published figures", () => {
    expect(writePermissionOf("targets")).toBe("set_targets");
    expect(writePermissionOf("reported_figures")).toBe("set_targets");
  });
  it("asks write_records for the ledger's records", () => {
    for (const t of ["projects", "fund_transfers", "donations", "persons"]) expect(writePermissionOf(t)).toBe("write_records");
  });
});

describe("mayWriteType", () => {
  it("lets an administrator write everything", () => {
    for (const t of ["projects", "pairings", "targets"]) expect(mayWriteType({ permissions: ALL, role: "national_admin" }, t)).toBe(true);
  });
  it("lets a viewer write nothing", () => {
    for (const t of ["projects", "pairings", "targets", "reported_figures"]) expect(mayWriteType({ permissions: ["read"], role: "viewer" }, t)).toBe(false);
  });
  it("follows the office roles' permissions", () => {
    const west = { permissions: ["read", "write_records", "write_reference", "submit", "confirm", "read_audit"], role: "west_office" };
    expect(mayWriteType(west, "fund_transfers")).toBe(true);
    expect(mayWriteType(west, "agreements")).toBe(true);
    expect(mayWriteType(west, "targets")).toBe(false);
    const supervisor = { permissions: ["read", "set_targets", "approve", "read_audit"], role: "provincial_supervisor" };
    expect(mayWriteType(supervisor, "targets")).toBe(true);
    expect(mayWriteType(supervisor, "projects")).toBe(false);
  });
  it("keeps a sector editor to the types of their sector", () => {
    const labour = { permissions: ["read", "write_records", "submit"], role: "sector_editor", sector: "labour" };
    expect(mayWriteType(labour, "employment_records")).toBe(true);
    expect(mayWriteType(labour, "persons")).toBe(true);
    expect(mayWriteType(labour, "fund_transfers")).toBe(false);
    expect(mayWriteType({ ...labour, sector: null }, "employment_records")).toBe(false);
    expect(mayWriteType({ ...labour, sector: "social" }, "demo_sites")).toBe(true);
  });
});
