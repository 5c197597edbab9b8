import { describe, expect, it } from "vitest";
import { detectLocale, localeCookieHeader } from "./detect.server";

function request(headers: Record<string, string>): Request {
  return new Request("https://hunarmand.test/", { headers });
}

describe("detectLocale", () => {
  it("prefers a valid lang cookie over Accept-Language", () => {
    const req = request({ Cookie: "theme=dark; lang=uz-Cyrl", "Accept-Language": "en-US" });
    expect(detectLocale(req)).toBe("uz-Cyrl");
  });

  it.each(["lang=de", "lang=uz-cyrl", "lang=%E0%A4%A", "lang="])(
    "ignores the cookie %s and falls through to the header",
    (cookie) => {
      expect(detectLocale(request({ Cookie: cookie, "Accept-Language": "ru" }))).toBe("ru");
    },
  );

  it.each([
    ["uz-Cyrl", "uz-Cyrl"],
    ["uz-Cyrl-UZ", "uz-Cyrl"],
    ["UZ-CYRL", "uz-Cyrl"],
    ["uz-UZ", "uz"],
    ["uz-Latn-UZ", "uz"],
    ["uz", "uz"],
    ["ru-RU,ru;q=0.9", "ru"],
    ["en-US;q=0.8", "en"],
    ["de-DE, fr;q=0.9, en-GB;q=0.5", "en"],
    ["en;q=0.5, ru;q=0.9", "ru"],
    ["en, ru", "en"],
    ["ru;q=0, en;q=0.1", "en"],
    ["de, *;q=0.5", "uz"],
    ["", "uz"],
  ] as const)("Accept-Language %j → %s", (header, expected) => {
    expect(detectLocale(request({ "Accept-Language": header }))).toBe(expected);
  });

  it("defaults to uz without any hint", () => {
    expect(detectLocale(request({}))).toBe("uz");
  });
});

describe("localeCookieHeader", () => {
  it("remembers the choice for a year, site-wide, lax", () => {
    expect(localeCookieHeader("ru")).toBe("lang=ru; Path=/; Max-Age=31536000; SameSite=Lax");
  });
});
