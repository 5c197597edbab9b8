import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate, type DateInput } from "~/utils/format";
import { isRelationship } from "./helper-schemas";

/** A helper as artisanHelpers reads them. */
type Helper = {
  id: string;
  name: string;
  relationship: string;
  phone: string | null;
  since: DateInput;
  hasPassword: boolean;
};

/** The artisan's helpers now: who they are to the artisan, since when, whether they can sign in; each removable. */
export function HelperList({ helpers }: { helpers: Helper[] }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  // A relationship outside the list is shown as it was written.
  const relation = (code: string) => (isRelationship(code) ? t(`welcome.helper.relation.${code}`) : code);
  return (
    <section aria-labelledby="helpers-now" className="flex flex-col gap-3">
      <h2 id="helpers-now" className="text-xl">
        {t("welcome.helper.current")}
      </h2>
      {helpers.length === 0 ? <p>{t("welcome.helper.none")}</p> : null}
      <ul className="flex flex-col gap-3">
        {helpers.map((helper) => (
          <li key={helper.id} className="card p-4 flex flex-col gap-2">
            <p className="font-semibold">{helper.name}</p>
            <p>{relation(helper.relationship)}</p>
            {helper.phone ? <p>{helper.phone}</p> : null}
            <p>{t("welcome.helper.since", { date: formatDate(helper.since, locale) })}</p>
            <p>{helper.hasPassword ? t("welcome.helper.hasPassword") : t("welcome.helper.noPassword")}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="helperLinkId" value={helper.id} />
              <button type="submit" className="btn btn-quiet">
                {t("welcome.helper.remove", { name: helper.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}
