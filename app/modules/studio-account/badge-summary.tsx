import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { BadgeReason } from "./badge-reason";
import type { BadgeState } from "./badge-status";

/** The badge now, in words, and what happens next. */
export function BadgeSummary({ state }: { state: BadgeState }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : "");
  const key = (name: string) => `studioAccount.badge.${state.kind}.${name}`;
  return (
    <section aria-labelledby="badge-now" className="card p-4 flex flex-col gap-2">
      <h2 id="badge-now" className="text-xl">
        {t("studioAccount.badge.now")}
      </h2>
      {state.kind === "none" ? <p>{t(key("state"))}</p> : null}
      {state.kind === "pending" ? <p>{t(key("state"), { date: date(state.since) })}</p> : null}
      {state.kind === "sentBack" || state.kind === "revoked" || state.kind === "ended" ? (
        <p>{state.on ? t(key("state"), { date: date(state.on) }) : t(key("stateUndated"))}</p>
      ) : null}
      {state.kind === "sentBack" || state.kind === "revoked" ? <BadgeReason {...state} /> : null}
      {state.kind === "granted" || state.kind === "endingSoon" ? (
        <>
          <p>{state.validUntil ? t(key("state"), { date: date(state.validUntil) }) : t(key("stateUndated"))}</p>
          <p>
            {state.shown
              ? t("studioAccount.badge.shown")
              : t("studioAccount.badge.notShown", { consent: t("consent.purpose.PUBLIC_PROFILE_BADGE.name") })}
          </p>
        </>
      ) : null}
      <h3 className="text-lg font-semibold">{t("studioAccount.badge.next")}</h3>
      <p>{t(key("next"))}</p>
      {(state.kind === "granted" || state.kind === "endingSoon") && !state.shown ? (
        <p>
          {t("studioAccount.badge.showAgain")}{" "}
          <Link to="/studio/consents" className="inline-flex min-h-11 items-center underline">
            {t("studioAccount.consents.title")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
