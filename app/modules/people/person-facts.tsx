import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { PersonForAdmin } from "./person.server";

/** Who the person is in the console: login, roles, level, districts, status, whether the account is theirs yet. */
export function PersonFacts({ person }: { person: PersonForAdmin }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const rows: [string, string][] = [
    [t("people.form.email"), person.email ?? "—"],
    [t("people.form.phone"), person.phone ?? "—"],
    [t("people.list.roles"), person.roles.map((role) => t(`roles.${role}`)).join(", ")],
  ];
  if (person.socialWorker) {
    rows.push([t("people.form.level"), person.level ? t(`people.level.${person.level}`) : "—"]);
    rows.push([t("people.form.occupationCode"), person.occupationCode ?? "—"]);
  }
  if (person.worksInDistricts)
    rows.push([t("people.list.districts"), person.districts.map((d) => d.name).join(", ") || "—"]);
  if (person.staff) {
    const password = person.hasPassword
      ? t("people.person.passwordChosen")
      : person.welcomeUntil
        ? t("people.person.welcomeUntil", { until: formatDateTime(person.welcomeUntil, locale) })
        : t("people.person.passwordNotChosen");
    rows.push([t("people.person.password"), password]);
    rows.push([
      t("people.person.twoFactor"),
      person.twoFactorEnrolled ? t("people.person.twoFactorOn") : t("people.person.twoFactorOff"),
    ]);
  }
  rows.push([
    t("people.list.status"),
    person.disabledAt
      ? t("people.person.deactivatedOn", {
          date: formatDate(person.disabledAt, locale),
          reason: person.disabledReason ?? "",
        })
      : t("people.status.active"),
  ]);
  return (
    <dl className="grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
