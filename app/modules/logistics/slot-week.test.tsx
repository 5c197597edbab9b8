import { describe, expect, it } from "vitest";
import type { Locale } from "~/utils/i18n/locales";
import { renderPage as render } from "../../../tests/support/render-page";
import { ClosedDayList } from "./closed-day-list";
import { SlotWeek } from "./slot-week";

const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  slots: weekday === 2 ? [{ id: "s1", weekday, startsAt: "09:00", endsAt: "12:00", capacity: 1 }] : [],
}));

describe("the week of pickup times", () => {
  it.each<[Locale, string, string, string]>([
    ["en", "Tuesday", "09:00–12:00 · 1 home", "Remove Tuesday 09:00–12:00"],
    ["ru", "Вторник", "09:00–12:00 · 1 дом", "Убрать Вторник 09:00–12:00"],
    ["uz-Cyrl", "Сешанба", "09:00–12:00 · 1 та уй", "Олиб ташлаш: Сешанба 09:00–12:00"],
  ])("names the days, times and homes in %s", async (locale, day, line, remove) => {
    const html = await render(locale, <SlotWeek districtId="d1" week={week} refused={null} />);
    expect(html).toContain(`>${day}</th>`);
    expect(html).toContain(line);
    expect(html).toContain(remove);
  });

  it("shows a refused capacity with what was typed and the message", async () => {
    const html = await render("en", <SlotWeek districtId="d1" week={week} refused={{ slotId: "s1", typed: "500" }} />);
    expect(html).toContain('value="500"');
    expect(html).toContain("Write a whole number from 1 to 100.");
  });

  it("lists closed days with the reason in the reader's script", async () => {
    const days = [{ id: "c1", date: "2026-12-08", reason: "Konstitutsiya kuni" }];
    const html = await render("uz-Cyrl", <ClosedDayList districtId="d1" days={days} />);
    expect(html).toContain("08.12.2026");
    expect(html).toContain("Конституция куни");
  });
});
