import { describe, expect, it } from "vitest";
import { safeRedirect } from "./redirect.server";

// Each of these was, or could be, read by a browser as a link to another site.
const BYPASSES = [
  "//evil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/%0d%0a/evil.example",
  "/%00",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u000b/evil.example",
  "/\u3000/evil.example",
  "/\u00a0/evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "/../..//evil.example",
  "https://evil.example/",
  "http:evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " /account",
  "data:text/html,x",
  "evil.example",
  "",
  "/\u0000/evil.example",
];

describe("safeRedirect", () => {
  it.each(BYPASSES)("refuses %j", (to) => {
    expect(safeRedirect(to, "/home")).toBe("/home");
  });

  it.each([
    ["/account", "/account"],
    ["/catalog?q=do%CA%BBppi&sort=newest", "/catalog?q=do%CA%BBppi&sort=newest"],
    ["/l/a#reviews", "/l/a#reviews"],
    ["/a/./b/../c", "/a/c"],
    ["/doʻppi", "/do%CA%BBppi"],
    // Encoded slashes stay encoded: the browser asks our own server for that path.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the same-origin path %j as %j", (to, expected) => {
    expect(safeRedirect(to, "/home")).toBe(expected);
  });

  it("accepts only text, and falls back to / when the fallback is unsafe too", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(new File(["/x"], "x"), "/home")).toBe("/home");
    expect(safeRedirect("//evil.example", "//evil.example")).toBe("/");
  });

  it("sets and removes search parameters on the result", () => {
    expect(safeRedirect("/catalog?lang=ru&q=a", "/", { lang: null, page: "2" })).toBe("/catalog?q=a&page=2");
    expect(safeRedirect("//evil.example", "/cart", { cart: "invalid" })).toBe("/cart?cart=invalid");
  });

  it("always yields a value a Location header can carry", () => {
    for (const to of [...BYPASSES, "/\u3000", "/ok?x=\u3000", "/ok#\u00e9"]) {
      expect(() => new Headers({ Location: safeRedirect(to) })).not.toThrow();
    }
  });
});
