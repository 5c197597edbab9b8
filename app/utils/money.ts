// Money is always UZS, held as an integer count of tiyin (1 soʻm = 100 tiyin), never as a float.
// A plain number suffices: safe integers reach 9 007 199 254 740 991 tiyin (≈ 90 trillion soʻm),
// and unlike bigint a number survives JSON between loader and component. The database keeps
// BigInt columns; fromMinor() takes their bigint and toMinorBigInt() gives one back.
import type { Locale } from "~/utils/i18n/locales";

export type Money = { readonly minor: number };

const TIYIN_PER_SOM = 100;
const BASIS_POINTS_PER_WHOLE = 10_000n; // 1 basis point = 0.01 %

function checkedInteger(value: number | bigint, what: string): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  if (!Number.isSafeInteger(n) || (typeof value === "bigint" && BigInt(n) !== value)) {
    throw new RangeError(`${what} must be a safe integer, got ${String(value)}`);
  }
  return n;
}

export function fromMinor(minor: number | bigint): Money {
  const n = checkedInteger(minor, "Amount in tiyin");
  return { minor: n === 0 ? 0 : n }; // no -0 (from multiplying a refund by 0) to trip equality
}

/** Whole soʻm: som(125000) is 125 000 soʻm. */
export function som(amount: number): Money {
  return fromMinor(checkedInteger(amount, "Amount in soʻm") * TIYIN_PER_SOM);
}

export const ZERO: Money = fromMinor(0);

export function toMinorBigInt(money: Money): bigint {
  return BigInt(money.minor);
}

export function add(a: Money, b: Money): Money {
  return fromMinor(a.minor + b.minor);
}

export function subtract(a: Money, b: Money): Money {
  return fromMinor(a.minor - b.minor);
}

export function multiply(money: Money, quantity: number): Money {
  return fromMinor(money.minor * checkedInteger(quantity, "Quantity"));
}

/**
 * basisPoints / 10 000 of an amount (commission 1 250 bp = 12.5 %), rounded to whole tiyin, half
 * away from zero: 0.5 tiyin → 1, −0.5 → −1, so the share of a refund mirrors the share of the sale.
 * Computed in bigint, so the intermediate product cannot lose precision.
 */
export function percentOf(money: Money, basisPoints: number): Money {
  const product = BigInt(money.minor) * BigInt(checkedInteger(basisPoints, "Basis points"));
  const quotient = product / BASIS_POINTS_PER_WHOLE; // truncates toward zero
  const remainder = product % BASIS_POINTS_PER_WHOLE;
  const abs = remainder < 0n ? -remainder : remainder;
  const awayFromZero = abs * 2n >= BASIS_POINTS_PER_WHOLE ? (product < 0n ? -1n : 1n) : 0n;
  return fromMinor(quotient + awayFromZero);
}

export function isZero(money: Money): boolean {
  return money.minor === 0;
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

// Written out, not taken from Intl: ICU's data for uz differs between Node and browser builds.
const NBSP = "\u00A0";
const STYLE: Record<Locale, { group: string; decimal: string; wrap: (n: string) => string }> = {
  uz: { group: NBSP, decimal: ",", wrap: (n) => `${n}${NBSP}soʻm` },
  "uz-Cyrl": { group: NBSP, decimal: ",", wrap: (n) => `${n}${NBSP}сўм` },
  ru: { group: NBSP, decimal: ",", wrap: (n) => `${n}${NBSP}сум` },
  en: { group: ",", decimal: ".", wrap: (n) => `UZS${NBSP}${n}` },
};

/** "125 000 soʻm", "125 000,50 сум", "-UZS 125,000": tiyin only when there are some. */
export function formatMoney(money: Money, locale: Locale): string {
  const { group, decimal, wrap } = STYLE[locale];
  const abs = Math.abs(money.minor);
  const tiyin = abs % TIYIN_PER_SOM;
  // (abs - tiyin) / 100 is exact; Math.floor(abs / 100) can round up near 2^53.
  const whole = String((abs - tiyin) / TIYIN_PER_SOM).replace(/\B(?=(\d{3})+$)/g, group);
  const number = tiyin === 0 ? whole : `${whole}${decimal}${String(tiyin).padStart(2, "0")}`;
  return `${money.minor < 0 ? "-" : ""}${wrap(number)}`;
}
