import { describe, expect, it } from "vitest";
import { localeCookieHeader } from "~/utils/i18n/detect.server";
import { rememberedLocaleCookie, requestLocale } from "./locale.server";

const ask = (path: string, cookie?: string) =>
  new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });

describe("a language chosen in the URL", () => {
  it("answers in it and is remembered like the switcher's choice (the same lang cookie)", () => {
    const request = ask("/catalog?lang=uz-Cyrl", "lang=ru");
    expect(requestLocale(request)).toBe("uz-Cyrl");
    expect(rememberedLocaleCookie(request)).toBe(localeCookieHeader("uz-Cyrl"));
    expect(rememberedLocaleCookie(ask("/l/kosa.data?lang=en"))).toBe(localeCookieHeader("en"));
  });

  it("sets nothing when the cookie already says it, or the URL names no language of ours", () => {
    expect(rememberedLocaleCookie(ask("/catalog?lang=ru", "hm_prefs=x; lang=ru"))).toBeNull();
    for (const path of ["/catalog", "/catalog?lang=de", "/catalog?lang=uz-cyrl", "/catalog?lang="]) {
      expect(rememberedLocaleCookie(ask(path, "lang=uz")), path).toBeNull();
    }
  });
});
