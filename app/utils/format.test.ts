import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth, tashkentMonth } from "./format";
import { catalogs } from "./i18n/catalog.server";
import { createTranslator } from "./i18n/translate";

// 22 November 2026, 14:05 in Tashkent (UTC+5).
const MOMENT = new Date("2026-11-22T09:05:00Z");

describe("formatDate", () => {
  it.each([
    ["uz", "22.11.2026"],
    ["uz-Cyrl", "22.11.2026"],
    ["ru", "22.11.2026"],
    ["en", "22 Nov 2026"],
  ] as const)("%s → %s", (locale, expected) => {
    expect(formatDate(MOMENT, locale)).toBe(expected);
  });

  it("pads day and month", () => {
    expect(formatDate(new Date("2026-03-05T12:00:00Z"), "uz")).toBe("05.03.2026");
    expect(formatDate(new Date("2026-03-05T12:00:00Z"), "en")).toBe("05 Mar 2026");
  });

  it("names every month in English", () => {
    const months = Array.from({ length: 12 }, (_, m) => formatDate(Date.UTC(2026, m, 15, 12), "en").split(" ")[1]);
    expect(months.join(" ")).toBe("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec");
  });

  it("uses the Tashkent calendar day, not the host's or UTC's", () => {
    // 20:30 UTC on 31 Dec is already 01:30 on 1 Jan in Tashkent.
    expect(formatDate("2026-12-31T20:30:00Z", "ru")).toBe("01.01.2027");
    expect(formatDate("2026-12-31T18:59:59Z", "ru")).toBe("31.12.2026");
  });

  it("accepts what JSON turns a Date into", () => {
    expect(formatDate(MOMENT.toISOString(), "uz")).toBe("22.11.2026");
    expect(formatDate(MOMENT.getTime(), "uz")).toBe("22.11.2026");
  });

  it("throws on something that is not a date", () => {
    expect(() => formatDate("tomorrow", "uz")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it.each([
    ["uz", "22.11.2026, 14:05"],
    ["uz-Cyrl", "22.11.2026, 14:05"],
    ["ru", "22.11.2026, 14:05"],
    ["en", "22 Nov 2026, 14:05"],
  ] as const)("%s → %s", (locale, expected) => {
    expect(formatDateTime(MOMENT, locale)).toBe(expected);
  });

  it("uses the 24-hour clock with padded hours", () => {
    expect(formatDateTime("2026-06-01T03:07:00Z", "en")).toBe("01 Jun 2026, 08:07");
    expect(formatDateTime("2026-06-01T18:59:00Z", "uz")).toBe("01.06.2026, 23:59");
  });
});

describe("formatMonth", () => {
  const tOf = (locale: "uz" | "uz-Cyrl" | "ru" | "en") => createTranslator(locale, catalogs[locale]).t;

  it.each([
    ["uz", "oktyabr 2026"],
    ["uz-Cyrl", "октябрь 2026"],
    ["ru", "октябрь 2026"],
    ["en", "October 2026"],
  ] as const)("%s → %s", (locale, expected) => {
    expect(formatMonth("2026-10", tOf(locale))).toBe(expected);
  });

  it.each([
    ["uz", "yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr"],
    ["uz-Cyrl", "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"],
    ["ru", "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"],
    ["en", "January February March April May June July August September October November December"],
  ] as const)("names every month in %s", (locale, names) => {
    const months = Array.from({ length: 12 }, (_, m) =>
      formatMonth(`2027-${String(m + 1).padStart(2, "0")}`, tOf(locale)),
    );
    expect(months.map((month) => month.replace(/ 2027$/, "")).join(" ")).toBe(names);
  });

  it("reads the Tashkent month a moment falls in", () => {
    // 20:30 UTC on 31 Dec is already January in Tashkent.
    expect(formatMonth(tashkentMonth("2026-12-31T20:30:00Z"), tOf("en"))).toBe("January 2027");
  });

  it("throws on something that is not a month", () => {
    expect(() => formatMonth("2026-13", tOf("uz"))).toThrow(RangeError);
    expect(() => formatMonth("oktyabr", tOf("uz"))).toThrow(RangeError);
  });
});
