import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  formatMoney,
  fromMinor,
  isZero,
  multiply,
  percentOf,
  som,
  subtract,
  toMinorBigInt,
  ZERO,
} from "./money";

const NB = "\u00A0";

describe("constructors", () => {
  it("counts in tiyin", () => {
    expect(som(125_000)).toEqual({ minor: 12_500_000 });
    expect(som(-5)).toEqual({ minor: -500 });
    expect(fromMinor(12_550)).toEqual({ minor: 12_550 });
    expect(fromMinor(12_550n)).toEqual({ minor: 12_550 });
    expect(fromMinor(-0)).toEqual(ZERO);
  });

  it("gives the database a bigint back", () => {
    expect(toMinorBigInt(fromMinor(9_007_199_254_740_991n))).toBe(9_007_199_254_740_991n);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("rejects %s tiyin", (n) => {
    expect(() => fromMinor(n)).toThrow(RangeError);
  });

  it("rejects bigints beyond the safe range", () => {
    expect(() => fromMinor(2n ** 53n)).toThrow(RangeError);
  });

  it("rejects fractional and too-large soʻm", () => {
    expect(() => som(10.5)).toThrow(RangeError);
    expect(() => som(Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it("adds, subtracts and multiplies exactly", () => {
    expect(add(som(1), fromMinor(50))).toEqual({ minor: 150 });
    expect(subtract(som(1), som(3))).toEqual(som(-2));
    expect(multiply(fromMinor(12_345), 3)).toEqual({ minor: 37_035 });
    expect(multiply(som(-10), 0)).toEqual(ZERO);
  });

  it("throws instead of losing precision", () => {
    expect(() => add(fromMinor(Number.MAX_SAFE_INTEGER), fromMinor(1))).toThrow(RangeError);
    expect(() => multiply(som(1), 1.5)).toThrow(RangeError);
    expect(() => multiply(fromMinor(2 ** 52), 4)).toThrow(RangeError);
  });

  it("compares and tests for zero", () => {
    expect(compare(som(1), som(2))).toBe(-1);
    expect(compare(som(2), som(2))).toBe(0);
    expect(compare(som(2), som(-2))).toBe(1);
    expect(isZero(subtract(som(7), som(7)))).toBe(true);
    expect(isZero(fromMinor(1))).toBe(false);
  });
});

describe("percentOf", () => {
  it.each([
    [10_000, 1_000, 1_000], // 10 % of 100 soʻm
    [10_000, 0, 0],
    [10_000, 10_000, 10_000],
    [12_345, 1_250, 1_543], // 1 543.125 → down
    [5, 1_000, 1], // 0.5 tiyin → up
    [4, 1_000, 0], // 0.4 → down
    [15, 1_000, 2], // 1.5 → 2
    [-5, 1_000, -1], // a refund: -0.5 → -1, mirroring the sale
    [-15, 1_000, -2],
    [-12_345, 1_250, -1_543],
    [1, 15_000, 2], // 150 % of 1 tiyin is 1.5 → 2
  ])("%i tiyin × %i bp = %i tiyin", (minor, bp, expected) => {
    expect(percentOf(fromMinor(minor), bp)).toEqual(fromMinor(expected));
  });

  it("stays exact for large amounts", () => {
    const big = fromMinor(9_000_000_000_000_001);
    expect(percentOf(big, 5_000)).toEqual(fromMinor(4_500_000_000_000_001)); // …000.5 → up
  });

  it("rejects fractional basis points", () => {
    expect(() => percentOf(som(1), 12.5)).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it.each([
    ["uz", `125${NB}000${NB}soʻm`],
    ["uz-Cyrl", `125${NB}000${NB}сўм`],
    ["ru", `125${NB}000${NB}сум`],
    ["en", `UZS${NB}125,000`],
  ] as const)("formats whole soʻm in %s", (locale, expected) => {
    expect(formatMoney(som(125_000), locale)).toBe(expected);
  });

  it.each([
    ["uz", `125${NB}000,50${NB}soʻm`],
    ["ru", `125${NB}000,50${NB}сум`],
    ["en", `UZS${NB}125,000.50`],
  ] as const)("shows tiyin when there are some in %s", (locale, expected) => {
    expect(formatMoney(fromMinor(12_500_050), locale)).toBe(expected);
  });

  it("pads tiyin to two digits", () => {
    expect(formatMoney(fromMinor(105), "uz")).toBe(`1,05${NB}soʻm`);
    expect(formatMoney(fromMinor(7), "en")).toBe(`UZS${NB}0.07`);
  });

  it("groups every three digits, and not below a thousand", () => {
    expect(formatMoney(som(0), "uz")).toBe(`0${NB}soʻm`);
    expect(formatMoney(som(999), "uz")).toBe(`999${NB}soʻm`);
    expect(formatMoney(som(1_000), "uz")).toBe(`1${NB}000${NB}soʻm`);
    expect(formatMoney(som(1_234_567), "en")).toBe(`UZS${NB}1,234,567`);
    expect(formatMoney(fromMinor(Number.MAX_SAFE_INTEGER), "en")).toBe(`UZS${NB}90,071,992,547,409.91`);
  });

  it("puts a minus sign first for refunds", () => {
    expect(formatMoney(som(-125_000), "uz")).toBe(`-125${NB}000${NB}soʻm`);
    expect(formatMoney(fromMinor(-50), "ru")).toBe(`-0,50${NB}сум`);
    expect(formatMoney(som(-1_500), "en")).toBe(`-UZS${NB}1,500`);
  });
});
