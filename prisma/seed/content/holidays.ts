// Uzbekistan's public holidays (non-working days) for the demo's year and the next. The two
// hayit days follow the lunar calendar: their dates are set each year by a decree of the President,
// so a new year's list needs them from that decree (the admin adds them at /admin/holidays).
type Names = { uz: string; ru: string; en: string };

const FIXED: Array<{ month: number; day: number; names: Names }> = [
  { month: 1, day: 1, names: { uz: "Yangi yil", ru: "Новый год", en: "New Year's Day" } },
  {
    month: 3,
    day: 8,
    names: { uz: "Xalqaro xotin-qizlar kuni", ru: "Международный женский день", en: "International Women's Day" },
  },
  { month: 3, day: 21, names: { uz: "Navroʻz bayrami", ru: "Праздник Навруз", en: "Navruz" } },
  {
    month: 5,
    day: 9,
    names: { uz: "Xotira va qadrlash kuni", ru: "День памяти и почестей", en: "Day of Remembrance and Honour" },
  },
  { month: 9, day: 1, names: { uz: "Mustaqillik kuni", ru: "День независимости", en: "Independence Day" } },
  {
    month: 10,
    day: 1,
    names: {
      uz: "Oʻqituvchi va murabbiylar kuni",
      ru: "День учителей и наставников",
      en: "Teachers' and Mentors' Day",
    },
  },
  {
    month: 12,
    day: 8,
    names: { uz: "Konstitutsiya kuni", ru: "День Конституции", en: "Constitution Day" },
  },
];

const RAMAZON: Names = { uz: "Ramazon hayiti", ru: "Рамазан хайит", en: "Eid al-Fitr (Ramazon Hayiti)" };
const QURBON: Names = { uz: "Qurbon hayiti", ru: "Курбан хайит", en: "Eid al-Adha (Qurbon Hayiti)" };

/** The hayit days by decree, year by year: [month, day]. */
const HAYITS: Record<number, { ramazon: [number, number]; qurbon: [number, number] }> = {
  2026: { ramazon: [3, 20], qurbon: [5, 27] },
  2027: { ramazon: [3, 10], qurbon: [5, 17] },
};

export const HOLIDAY_YEARS = Object.keys(HAYITS).map(Number);

/** The year's holidays in date order: the fixed days and that year's two hayits. */
export function holidaysOf(year: number): Array<{ day: Date; names: Names }> {
  const hayits = HAYITS[year];
  if (!hayits) throw new Error(`no hayit dates for ${year}`);
  const at = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
  return [
    ...FIXED.map(({ month, day, names }) => ({ day: at(month, day), names })),
    { day: at(...hayits.ramazon), names: RAMAZON },
    { day: at(...hayits.qurbon), names: QURBON },
  ].sort((a, b) => a.day.getTime() - b.day.getTime());
}
