import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

type Props = { districtId: string; days: { id: string; date: string; reason: string }[] };

/** The district's closed days from today on, each with its reason and a button to open it again. */
export function ClosedDayList({ districtId, days }: Props) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <section aria-labelledby="closed-days" className="flex flex-col gap-3">
      <h2 id="closed-days" className="text-xl">
        {t("slots.closed.title")}
      </h2>
      {days.length === 0 ? (
        <p>{t("slots.closed.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {days.map((day) => (
            <li key={day.id} className="card p-3 flex flex-wrap items-center justify-between gap-3">
              <p>
                <span className="font-semibold">{formatDate(day.date, locale)}</span> {uzbekText(day.reason, locale)}
              </p>
              <Form method="post">
                <input type="hidden" name="districtId" value={districtId} />
                <input type="hidden" name="id" value={day.id} />
                <button type="submit" name="intent" value="reopenDay" className="btn btn-quiet">
                  {t("slots.closed.reopen", { date: formatDate(day.date, locale) })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
