import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTotpSecret, currentTotpCode, totpUri, verifyTotp } from "./totp.server";

// 2025-06-01T10:00:05Z lies 5 s into a 30 s step.
const START = Date.UTC(2025, 5, 1, 10, 0, 5);
const START_STEP = Math.floor(START / 30_000);

async function codeAt(secret: string, time: number): Promise<string> {
  vi.setSystemTime(time);
  return currentTotpCode(secret);
}

describe("totp", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it("creates 160-bit base32 secrets that differ each time", () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(secret);
  });

  it("builds an authenticator URI with the Hunarmand issuer and standard parameters", () => {
    const uri = new URL(totpUri({ secret: "JBSWY3DPEHPK3PXP", accountName: "moderator@example.uz" }));
    expect(`${uri.protocol}//${uri.host}`).toBe("otpauth://totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Hunarmand:moderator@example.uz");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: "JBSWY3DPEHPK3PXP",
      issuer: "Hunarmand",
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });

  it("matches the RFC 6238 SHA-1 test vector", async () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T=59 s → 94287082 (8 digits; we use the last 6).
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(await codeAt(secret, 59_000)).toBe("287082");
  });

  it("accepts the current code and reports its step", async () => {
    const secret = createTotpSecret();
    const code = await currentTotpCode(secret);
    expect(await verifyTotp(secret, code)).toEqual({ ok: true, step: START_STEP });
    expect(await verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`)).toMatchObject({ ok: true });
  });

  it("allows one step of clock drift either way, not two", async () => {
    const secret = createTotpSecret();
    const previous = await codeAt(secret, START - 30_000);
    const next = await codeAt(secret, START + 30_000);
    const tooOld = await codeAt(secret, START - 60_000);
    const tooNew = await codeAt(secret, START + 60_000);
    vi.setSystemTime(START);
    expect(await verifyTotp(secret, previous)).toEqual({ ok: true, step: START_STEP - 1 });
    expect(await verifyTotp(secret, next)).toEqual({ ok: true, step: START_STEP + 1 });
    // A random 6-digit code could collide with a neighbouring step; these are fixed by the clock.
    if (![previous, next, await currentTotpCode(secret)].includes(tooOld)) {
      expect(await verifyTotp(secret, tooOld)).toEqual({ ok: false, reason: "wrongCode" });
    }
    if (![previous, next, await currentTotpCode(secret)].includes(tooNew)) {
      expect(await verifyTotp(secret, tooNew)).toEqual({ ok: false, reason: "wrongCode" });
    }
  });

  it("refuses a replayed code and any older one", async () => {
    const secret = createTotpSecret();
    const previous = await codeAt(secret, START - 30_000);
    const code = await codeAt(secret, START);
    const first = await verifyTotp(secret, code, null);
    expect(first).toEqual({ ok: true, step: START_STEP });
    expect(await verifyTotp(secret, code, START_STEP)).toEqual({ ok: false, reason: "wrongCode" });
    expect(await verifyTotp(secret, previous, START_STEP)).toEqual({ ok: false, reason: "wrongCode" });
    vi.setSystemTime(START + 30_000);
    const later = await currentTotpCode(secret);
    expect(await verifyTotp(secret, later, START_STEP)).toEqual({ ok: true, step: START_STEP + 1 });
  });

  it("refuses malformed codes and a wrong secret", async () => {
    const secret = createTotpSecret();
    const code = await currentTotpCode(secret);
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`]) {
      expect(await verifyTotp(secret, bad)).toEqual({ ok: false, reason: "wrongCode" });
    }
    expect(await verifyTotp("not base32!", code)).toEqual({ ok: false, reason: "wrongCode" });
  });
});
