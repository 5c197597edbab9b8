import { describe, expect, it } from "vitest";
import { fromMinor, som } from "~/utils/money";
import { fromStripeAmount, toStripeAmount } from "./stripe-amount";

describe("Stripe amounts in UZS (a two-decimal currency for Stripe)", () => {
  it("sends tiyin as the minor unit", () => {
    expect(toStripeAmount(som(125_000))).toBe(12_500_000);
    expect(toStripeAmount(fromMinor(150))).toBe(150); // 1,50 soʻm
  });

  it("reads Stripe's minor units back as tiyin", () => {
    expect(fromStripeAmount(12_500_000)).toEqual(som(125_000));
  });

  it("refuses negative amounts", () => {
    expect(() => toStripeAmount(fromMinor(-1))).toThrow(RangeError);
  });
});
