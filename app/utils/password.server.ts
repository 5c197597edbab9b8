import { hash, parseOptions, verify, type Algorithm } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1.
const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id; a const enum, which isolatedModules cannot inline
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
// The upper bound keeps hashing cheap for attackers posting huge bodies, and no passphrase needs more.
export const PASSWORD_MAX_LENGTH = 128;

// Only entries at least PASSWORD_MIN_LENGTH long matter; shorter ones already fail as tooShort.
const COMMON_PASSWORDS = new Set([
  "password123",
  "password1234",
  "password12345",
  "qwerty1234",
  "qwerty12345",
  "qwertyuiop",
  "1234567890",
  "12345678910",
  "0987654321",
  "1234567890a",
  "a123456789",
  "123456789a",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "iloveyou123",
  "asdfghjkl1",
  "zxcvbnm123",
  "abc1234567",
  "parol12345",
  "parol123456",
  "parol1234567",
  "hunarmand1",
  "hunarmand123",
  "uzbekistan",
  "uzbekistan1",
  "toshkent123",
  "tashkent123",
  "administrator",
  "admin12345",
  "welcome123",
]);

/**
 * NFC so the same password typed on different keyboards or systems (composed vs decomposed
 * "й", "ў", "ñ") always hashes the same way.
 */
function normalize(plain: string): string {
  return plain.normalize("NFC");
}

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon";

/** A code for the form to translate, or null when the password is acceptable. */
export function passwordProblem(plain: string): PasswordProblem | null {
  const normalized = normalize(plain);
  const length = [...normalized].length; // code points, so emoji and Cyrillic count as one each
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const lower = normalized.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/u.test(lower)) return "tooCommon";
  return null;
}

export async function hashPassword(plain: string): Promise<string> {
  return hash(normalize(plain), OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Pass `null` when no such user exists: a dummy hash is still verified, so the response time
 * does not reveal which phone numbers or emails have accounts.
 */
export async function verifyPassword(storedHash: string | null, plain: string): Promise<boolean> {
  const target = storedHash ?? (await (dummyHash ??= hashPassword("not-a-real-password")));
  if ([...plain].length > PASSWORD_MAX_LENGTH) return false;
  try {
    return (await verify(target, normalize(plain))) && storedHash !== null;
  } catch {
    return false; // a corrupt stored hash must read as "wrong password", not crash the login
  }
}

/** True when the hash was made with other parameters than today's; rehash after a good login. */
export function passwordNeedsRehash(storedHash: string): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== OPTIONS.algorithm ||
      used.memoryCost !== OPTIONS.memoryCost ||
      used.timeCost !== OPTIONS.timeCost ||
      used.parallelism !== OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}
