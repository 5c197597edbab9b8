import { randomBytes } from "node:crypto";
import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import type { Outcome } from "~/utils/result";

// Staff two-factor codes. SHA-1, 6 digits and 30 s are what every authenticator app supports;
// other values are silently ignored by some apps, which then show wrong codes.
const CONFIG = { period: 30, digits: 6, algorithm: "SHA-1" } as const;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function currentStep(): number {
  return Math.floor(Date.now() / 1000 / CONFIG.period);
}

/**
 * A 160-bit base32 secret (RFC 4226 recommends 160 bits; the library's own default is 80).
 * Store it encrypted: whoever reads it can produce codes.
 */
export function createTotpSecret(): string {
  let bits = "";
  for (const byte of randomBytes(20)) bits += byte.toString(2).padStart(8, "0");
  return bits
    .match(/.{5}/g)!
    .map((chunk) => BASE32[parseInt(chunk, 2)])
    .join("");
}

/** The otpauth:// URI to show as a QR code; the issuer labels the entry in the app. */
export function totpUri(input: { secret: string; accountName: string; issuer?: string }): string {
  return getTOTPAuthUri({ ...CONFIG, ...input, issuer: input.issuer ?? "Hunarmand" });
}

/** The code an authenticator would show now; for dev tooling and tests only. */
export async function currentTotpCode(secret: string): Promise<string> {
  return (await generateTOTP({ ...CONFIG, secret })).otp;
}

export type TotpResult = Outcome<"wrongCode", { step: number }>;

// Malformed, not matching, or replayed: the person is told the same, so a guess learns nothing.
const WRONG = { ok: false, reason: "wrongCode" } as const;

/**
 * Accepts codes from the previous, current and next 30 s step (clock drift). A code whose step is
 * not after `lastUsedStep` is refused, so an observed code cannot be replayed: store the returned
 * step with the user and pass it back next time.
 */
export async function verifyTotp(secret: string, code: string, lastUsedStep?: number | null): Promise<TotpResult> {
  const otp = code.replace(/\s/g, ""); // apps display "123 456"
  if (!/^\d{6}$/.test(otp)) return WRONG;
  // The library reads the clock synchronously when called and reports only a delta; reading ours
  // on both sides of that call pins its step, unless a step boundary fell in between: then retry.
  for (;;) {
    const before = currentStep();
    const pending = verifyTOTP({ ...CONFIG, otp, secret, window: 1 });
    const after = currentStep();
    const match = await pending;
    if (after !== before) continue;
    if (!match) return WRONG;
    const step = before + match.delta;
    return lastUsedStep != null && step <= lastUsedStep ? WRONG : { ok: true, step };
  }
}
