import { describe, expect, it } from "vitest";
import { preferencesCookie, readPreferences, updatePreferences } from "./preferences";

const request = (cookie?: string) => new Request("http://localhost/", { headers: cookie ? { Cookie: cookie } : {} });
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe("display preferences", () => {
  it("defaults to 100 % and normal contrast", () =>
    expect(readPreferences(request())).toEqual({ textSize: "100", contrast: "normal" }));

  it("round-trips through the cookie", () => {
    const cookie = preferencesCookie({ textSize: "150", contrast: "high" }).split(";")[0]!;
    expect(readPreferences(request(`lang=ru; ${cookie}`))).toEqual({ textSize: "150", contrast: "high" });
  });

  it("ignores tampered values", () =>
    expect(readPreferences(request("hm_prefs=999.purple"))).toEqual({ textSize: "100", contrast: "normal" }));

  it("changes only the field that was submitted", () => {
    const current = { textSize: "125", contrast: "normal" } as const;
    expect(updatePreferences(current, form({ contrast: "high" }))).toEqual({ textSize: "125", contrast: "high" });
    expect(updatePreferences(current, form({ textSize: "150" }))).toEqual({ textSize: "150", contrast: "normal" });
    expect(updatePreferences(current, form({ textSize: "300" }))).toEqual(current);
  });
});
