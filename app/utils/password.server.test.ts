import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, passwordNeedsRehash, passwordProblem, verifyPassword } from "./password.server";

describe("hashPassword / verifyPassword", () => {
  it("uses argon2id with the OWASP parameters", async () => {
    const stored = await hashPassword("kulol-ustasi-2025");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain("kulol");
    expect(passwordNeedsRehash(stored)).toBe(false);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("kulol-ustasi-2025");
    expect(await verifyPassword(stored, "kulol-ustasi-2025")).toBe(true);
    expect(await verifyPassword(stored, "kulol-ustasi-2026")).toBe(false);
  });

  it("treats composed and decomposed Unicode as the same password", async () => {
    const stored = await hashPassword("Ўзбекистон-йўли");
    expect(await verifyPassword(stored, "Ўзбекистон-йўли".normalize("NFD"))).toBe(true);
  });

  it("returns false for a missing user, a corrupt hash and an over-long input", async () => {
    expect(await verifyPassword(null, "not-a-real-password")).toBe(false);
    expect(await verifyPassword("garbage", "whatever123")).toBe(false);
    const stored = await hashPassword("kulol-ustasi-2025");
    expect(await verifyPassword(stored, "x".repeat(129))).toBe(false);
  });

  it("flags hashes made with weaker parameters for rehashing", async () => {
    const weak = await hash("kulol-ustasi-2025", { memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(passwordNeedsRehash(weak)).toBe(true);
    expect(passwordNeedsRehash("garbage")).toBe(true);
  });
});

describe("passwordProblem", () => {
  it.each([
    ["short1234", "tooShort"],
    ["x".repeat(129), "tooLong"],
    ["password123", "tooCommon"],
    ["Qwerty1234", "tooCommon"],
    ["1234567890", "tooCommon"],
    ["parol12345", "tooCommon"],
    ["aaaaaaaaaaaa", "tooCommon"],
    ["kulol-ustasi-2025", null],
    ["x".repeat(128), "tooCommon"],
    ["Gʻijduvon kulollari", null],
  ] as const)("%j → %s", (plain, expected) => {
    expect(passwordProblem(plain)).toBe(expected);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(passwordProblem("🧵🧶🪡✂️🎨🏺")).toBe("tooShort"); // 7 code points, 12 UTF-16 units
    expect(passwordProblem("шифр-пароль")).toBeNull();
  });
});
