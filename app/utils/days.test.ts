import { describe, expect, test } from "vitest";
import { addMonths, addWorkingDays, dayKey } from "./days";

const d = (key: string) => new Date(`${key}T00:00:00Z`);

describe("working days", () => {
  test("skip the weekend: 3 working days after a Friday is the Wednesday", () => {
    expect(dayKey(addWorkingDays(d("2026-12-04"), 3, new Set()))).toBe("2026-12-09");
  });

  test("skip a public holiday as well as the weekend", () => {
    // Friday 4 Dec; Tuesday 8 Dec is Constitution Day: Mon 7, Wed 9, Thu 10.
    expect(dayKey(addWorkingDays(d("2026-12-04"), 3, new Set(["2026-12-08"])))).toBe("2026-12-10");
  });

  test("a holiday on a weekend changes nothing; zero days is the day itself", () => {
    expect(dayKey(addWorkingDays(d("2026-12-04"), 1, new Set(["2026-12-05"])))).toBe("2026-12-07");
    expect(dayKey(addWorkingDays(d("2026-12-04"), 0, new Set()))).toBe("2026-12-04");
  });
});

describe("months", () => {
  test("the same day a month later, or the month's last day", () => {
    expect(dayKey(addMonths(d("2026-01-15"), 1))).toBe("2026-02-15");
    expect(dayKey(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(dayKey(addMonths(d("2028-01-31"), 1))).toBe("2028-02-29");
    expect(dayKey(addMonths(d("2026-08-31"), 6))).toBe("2027-02-28");
  });
});
