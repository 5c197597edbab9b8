// The short code of a welcome sheet: 8 characters from an alphabet without the look-alikes 0/O,
// 1/I/L, so a code read off paper is typed right. 31^8 ≈ 8.5·10^11 codes, each bound to one phone
// number and valid for 72 hours, with wrong tries rate-limited.

export const WELCOME_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const WELCOME_CODE_LENGTH = 8;

const CODE = new RegExp(`^[${WELCOME_CODE_ALPHABET}]{${WELCOME_CODE_LENGTH}}$`);

/**
 * A typed code as it is stored: upper case, without spaces and dashes ("abcd-2345", "ABCD 2345"
 * and "abcd2345" are one code); null when it cannot be a code at all.
 */
export function normalizeWelcomeCode(input: string): string | null {
  const code = input.replace(/[\s\-‐‑‒–—]/g, "").toUpperCase();
  return CODE.test(code) ? code : null;
}

/** "ABCD-2345": two groups of four, easier to read aloud and to copy. */
export const formatWelcomeCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
