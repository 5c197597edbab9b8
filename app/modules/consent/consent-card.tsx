import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { ConsentRow } from "./consent-list.server";

/** One purpose in plain words: what it is, where it stands, before whom; a standing one can be withdrawn. */
export function ConsentCard({ row, confirming, acting }: { row: ConsentRow; confirming: boolean; acting: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : "");
  const name = t(`consent.purpose.${row.purpose}.name`);
  const state = row.state === "notAsked" ? t("studioAccount.consents.notAsked") : t(`consent.${row.state}`);
  return (
    <li className="card p-4 flex flex-col gap-2">
      <h2 id={`consent-${row.slug}`} className="text-xl">
        {name}
      </h2>
      <p>{t(`consent.purpose.${row.purpose}.what`)}</p>
      <p>
        <strong>{t("studioAccount.consents.status", { status: state })}</strong>
      </p>
      {row.state === "withdrawn" ? <p>{t("studioAccount.consents.withdrawnOn", { date: date(row.on) })}</p> : null}
      {row.givenOn ? (
        <p>{t("studioAccount.consents.givenOn", { date: date(row.givenOn), witness: row.witness ?? "" })}</p>
      ) : null}
      {row.state === "refused" ? (
        <p>{t("studioAccount.consents.refusedOn", { date: date(row.on), witness: row.witness ?? "" })}</p>
      ) : null}
      {row.secondWitness ? <p>{t("studioAccount.consents.secondWitness", { name: row.secondWitness })}</p> : null}
      {row.state === "given" && !confirming ? (
        <Link to={`/studio/consents?withdraw=${row.slug}#withdraw-panel`} className="btn btn-secondary self-start">
          {t("studioAccount.consents.withdraw")}
          <span className="visually-hidden">: {name}</span>
        </Link>
      ) : null}
      {row.state === "given" && confirming ? <WithdrawPanel row={row} name={name} acting={acting} /> : null}
    </li>
  );
}

/** The confirmation step (works without JavaScript: a GET shows it, the button posts). */
function WithdrawPanel({ row, name, acting }: { row: ConsentRow; name: string; acting: boolean }) {
  const { t } = useTranslation();
  return (
    <section
      id="withdraw-panel"
      aria-labelledby="withdraw-title"
      className="flex flex-col gap-3 border-2 border-[var(--color-danger)] rounded p-4"
    >
      <h3 id="withdraw-title" className="text-lg font-semibold">
        {t("studioAccount.consents.confirmTitle", { name })}
      </h3>
      <p>
        <strong>{t("studioAccount.consents.confirmStops")}</strong> {t(`consent.purpose.${row.purpose}.stops`)}
      </p>
      {acting && row.purpose === "ASSISTED_MODE" ? <p>{t("studioAccount.consents.confirmEndsHelp")}</p> : null}
      <p>{t("studioAccount.consents.again")}</p>
      <div className="flex flex-wrap gap-2">
        <Form method="post" action="/studio/consents">
          <input type="hidden" name="purpose" value={row.slug} />
          <button type="submit" name="intent" value="withdraw" className="btn btn-primary">
            {t("studioAccount.consents.confirmYes")}
          </button>
        </Form>
        <Link to="/studio/consents" className="btn btn-quiet">
          {t("studioAccount.consents.confirmNo")}
        </Link>
      </div>
    </section>
  );
}
