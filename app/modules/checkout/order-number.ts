import { randomInt } from "node:crypto";

// No 0/O, 1/I/L or U: the number is read aloud on the phone and typed from a paper receipt.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "HM-2611-7K3Q": the year and month, then four random characters (≈810 000 per month). */
export function newOrderNumber(now = new Date()): string {
  const yymm = `${String(now.getUTCFullYear() % 100).padStart(2, "0")}${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const tail = Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `HM-${yymm}-${tail}`;
}
