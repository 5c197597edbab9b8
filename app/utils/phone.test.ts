import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone, parseIdentifier, phoneQueryDigits } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["+998 90 123 45 67", "+998901234567"],
    ["90 123-45-67", "+998901234567"],
    ["998901234567", "+998901234567"],
    ["0901234567", "+998901234567"],
    ["+7 (916) 123-45-67", "+79161234567"],
    ["+44 20 7946 0958", "+442079460958"],
  ])("%s → %s", (input, expected) => expect(normalizePhone(input)).toBe(expected));

  it.each(["12345", "+99890123456", "phone", "+1234567890123456789", "90 123 45 6x"])("refuses %s", (input) =>
    expect(normalizePhone(input)).toBeNull(),
  );
});

describe("parseIdentifier", () => {
  it("reads an email address, lower-cased", () =>
    expect(parseIdentifier(" Malika@Example.UZ ")).toEqual({ email: "malika@example.uz" }));
  it("reads a phone number", () => expect(parseIdentifier("90 123 45 67")).toEqual({ phone: "+998901234567" }));
  it("refuses what is neither", () => {
    expect(parseIdentifier("malika@")).toBeNull();
    expect(parseIdentifier("abc")).toBeNull();
  });
});

describe("phoneQueryDigits", () => {
  it("reads a search as a phone number when it is only digits and phone punctuation", () => {
    expect(phoneQueryDigits("90 765 43 21")).toBe("907654321");
    expect(phoneQueryDigits("+998 (90) 765-43")).toBe("9989076543");
    expect(phoneQueryDigits("765")).toBeNull(); // too short to mean a number
    expect(phoneQueryDigits("Gulnoza 90")).toBeNull();
    expect(phoneQueryDigits("гулноза")).toBeNull();
  });
});

describe("formatPhone", () => {
  it("groups an Uzbek number for reading and leaves any other as stored", () => {
    expect(formatPhone("+998901234567")).toBe("+998 90 123 45 67");
    expect(formatPhone("+447700900123")).toBe("+447700900123");
  });
});
