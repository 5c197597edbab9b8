import { describe, expect, it } from "vitest";
import { parsePeriod } from "./period";
import { shown, shownOver, shownShare } from "./small-numbers";

const parse = (query: string) => parsePeriod(new URLSearchParams(query), new Date("2026-11-30T19:30:00Z"));

describe("the period in the URL", () => {
  it("defaults to this Tashkent month (19:30 UTC on 30 November is already 1 December there)", () => {
    expect(parse("")).toEqual({
      period: {
        kind: "month",
        fromMonth: "2026-12",
        untilMonth: "2026-12",
        firstDay: "2026-12-01",
        lastDay: "2026-12-31",
      },
      error: null,
    });
  });

  it("reads a month, the quarter or year around a month, and a run of whole months", () => {
    expect(parse("period=month&month=2028-02").period).toMatchObject({ firstDay: "2028-02-01", lastDay: "2028-02-29" });
    expect(parse("period=quarter&month=2026-11").period).toMatchObject({
      fromMonth: "2026-10",
      untilMonth: "2026-12",
      lastDay: "2026-12-31",
    });
    expect(parse("period=year&month=2026-05").period).toMatchObject({ firstDay: "2026-01-01", lastDay: "2026-12-31" });
    expect(parse("period=custom&month=2025-11&until=2026-02").period).toMatchObject({
      firstDay: "2025-11-01",
      lastDay: "2026-02-28",
    });
  });

  it("falls back to this month with the reason for what it cannot read", () => {
    expect(parse("period=week").error).toBe("reports.errors.period");
    expect(parse("month=2026-13").error).toBe("reports.errors.month");
    expect(parse("period=custom&month=2026-05&until=2026-01").error).toBe("reports.errors.untilBeforeFrom");
    expect(parse("period=custom&month=2020-01&until=2026-01").error).toBe("reports.errors.tooLong");
    expect(parse("period=week").period.fromMonth).toBe("2026-12");
  });
});

describe("the fewer-than-5 rule", () => {
  it("shows 0 and 5 or more, never 1 to 4", () => {
    expect([0, 1, 4, 5, 12].map(shown)).toEqual([0, "fewer", "fewer", 5, 12]);
  });

  it("hides a value computed over 1 to 4 artisans, and a share either of whose parts is 1 to 4", () => {
    expect(shownOver(4, 1_000_000)).toBe("fewer");
    expect(shownOver(5, 1_000_000)).toBe(1_000_000);
    expect(shownShare(10, 13)).toBe("fewer");
    expect(shownShare(10, 15)).toBe(67);
    expect(shownShare(10, 10)).toBe(100);
    expect(shownShare(0, 0)).toBeNull();
  });
});
