import { formatMonth } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { formatMoney, fromMinor } from "~/utils/money";
import type { FigureKind } from "./figures";
import type { Period } from "./period";
import type { Shown } from "./small-numbers";

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A whole number with the page language's grouping: 12 500 (uz, ru), 12,500 (en). */
export function formatCount(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, locale === "en" ? "," : "\u00a0");
}

/** A shown value in words and digits, as the page prints it; `ifNull` is what "not counted here" reads as. */
export function shownText(value: Shown, kind: FigureKind, locale: Locale, t: Translate, ifNull: string): string {
  if (value === "fewer") return t("reports.fewer");
  if (value === null) return ifNull;
  if (kind === "money") return formatMoney(fromMinor(Math.round(value)), locale);
  if (kind === "days") return t("reports.days", { days: String(Math.round(value * 10) / 10) });
  if (kind === "percent") return t("reports.percent", { value });
  return formatCount(value, locale);
}

/** "November 2026", "Quarter 4 of 2026", "Year 2026", "January 2026 to June 2026". */
export function periodText(period: Period, t: Translate): string {
  const year = period.fromMonth.slice(0, 4);
  if (period.kind === "month") return formatMonth(period.fromMonth, t);
  if (period.kind === "quarter")
    return t("reports.periodLabel.quarter", {
      quarter: Math.floor((Number(period.fromMonth.slice(5)) - 1) / 3) + 1,
      year,
    });
  if (period.kind === "year") return t("reports.periodLabel.year", { year });
  return t("reports.periodLabel.custom", {
    from: formatMonth(period.fromMonth, t),
    until: formatMonth(period.untilMonth, t),
  });
}

type Place = { id: string; nameUz: string; nameRu: string; nameEn: string };

/** The place the figures are for: a district, a region, the reader's districts or the whole country. */
export function placeText(
  scope: {
    regionId: string | null;
    districtId: string | null;
    districtIds: string[] | null;
    regions: Place[];
    districts: Place[];
  },
  locale: Locale,
  t: Translate,
): string {
  const name = (place: Place | undefined) =>
    place ? (locale === "ru" ? place.nameRu : locale === "en" ? place.nameEn : uzbekText(place.nameUz, locale)) : "";
  if (scope.districtId) return name(scope.districts.find((d) => d.id === scope.districtId));
  if (scope.regionId) return name(scope.regions.find((r) => r.id === scope.regionId));
  return scope.districtIds ? t("reports.scope.mine") : t("reports.scope.country");
}
