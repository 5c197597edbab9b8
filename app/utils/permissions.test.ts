import { describe, expect, it } from "vitest";
import { Role } from "~/generated/prisma/enums";
import { can, needsTwoFactor, PERMISSIONS } from "./permissions";

describe("permission table", () => {
  it("names only real roles and gives every role something to do", () => {
    const used = new Set(Object.values(PERMISSIONS).flat());
    for (const role of used) expect(Object.values(Role)).toContain(role);
    for (const role of Object.values(Role)) {
      if (role === "BUYER" || role === "ADMIN") continue;
      expect(used.has(role), role).toBe(true);
    }
  });

  it("lets a moderator decide badges but not attest evidence (four eyes)", () => {
    expect(can(["MODERATOR"], "badge:decide")).toBe(true);
    expect(can(["MODERATOR"], "evidence:attest")).toBe(false);
    expect(can(["SOCIAL_WORKER"], "badge:decide")).toBe(false);
  });

  it("never lets a courier act for an artisan", () => {
    expect(can(["COURIER"], "assisted:act")).toBe(false);
    expect(can(["HELPER"], "assisted:act")).toBe(true);
  });

  it("combines roles", () => {
    expect(can(["BUYER", "ARTISAN"], "listing:manage-own")).toBe(true);
    expect(can(["BUYER"], "listing:manage-own")).toBe(false);
  });

  it("requires two-factor for staff who see personal data only", () => {
    expect(needsTwoFactor(["SOCIAL_WORKER"])).toBe(true);
    expect(needsTwoFactor(["MODERATOR"])).toBe(true);
    expect(needsTwoFactor(["ADMIN"])).toBe(true);
    expect(needsTwoFactor(["BUYER", "ARTISAN"])).toBe(false);
    expect(needsTwoFactor(["COURIER"])).toBe(false);
  });
});
