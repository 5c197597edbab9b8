import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import { BadgeRecords } from "./badge-records";
import type { BadgeRequest } from "./request.server";

/** A label and its value in a description list. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="mb-2 sm:mb-0 break-words">{children}</dd>
    </>
  );
}

const listClass = "card p-4 grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1";

/** What the moderator weighs: the request, the certificate as attested (not its group or number), the consent. */
export function RequestFacts({ badge }: { badge: BadgeRequest }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const date = (value: string) => formatDate(value, locale);
  const { evidence, consent } = badge;
  const countersign = !evidence.needsCountersign
    ? t("badges.evidence.countersignNotNeeded")
    : evidence.countersignedBy && evidence.countersignedAt
      ? t("badges.request.byOn", { name: evidence.countersignedBy, date: date(evidence.countersignedAt) })
      : t("badges.evidence.countersignWaiting");
  return (
    <>
      <dl className={listClass}>
        <Fact label={t("badges.request.statusLabel")}>{t(`badges.status.${badge.status}`)}</Fact>
        <Fact label={t("badges.request.district")}>{badge.district}</Fact>
        <Fact label={t("badges.request.requested")}>
          {t("badges.request.byOn", { name: badge.requestedBy, date: date(badge.requestedAt) })}
        </Fact>
      </dl>
      <section aria-labelledby="evidence-title" className="flex flex-col gap-2">
        <h2 id="evidence-title" className="text-xl">
          {t("badges.evidence.title")}
        </h2>
        <p>{t("badges.evidence.intro")}</p>
        {evidence.superseded ? <p className="font-semibold">{t("badges.evidence.superseded")}</p> : null}
        <dl className={listClass}>
          <Fact label={t("badges.evidence.attested")}>
            {t("badges.request.byOn", { name: evidence.attestedBy, date: date(evidence.attestedAt) })}
          </Fact>
          <Fact label={t("badges.evidence.countersign")}>{countersign}</Fact>
          <Fact label={t("badges.evidence.issuedOn")}>{date(evidence.issuedOn)}</Fact>
          <Fact label={t("badges.evidence.validUntil")}>
            {evidence.validUntil ? date(evidence.validUntil) : t("badges.noEnd")}
          </Fact>
          <Fact label={t("badges.evidence.commission")}>
            {evidence.commission ?? t("badges.evidence.noCommission")}
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="consent-title" className="flex flex-col gap-2">
        <h2 id="consent-title" className="text-xl">
          {t("badges.consent.title")}
        </h2>
        {consent ? (
          <dl className={listClass}>
            <Fact label={t("badges.consent.given")}>
              {date(consent.givenAt)}
              {consent.withdrawnAt ? (
                <strong className="block">{t("badges.consent.withdrawn", { date: date(consent.withdrawnAt) })}</strong>
              ) : null}
            </Fact>
            {consent.witness ? <Fact label={t("badges.consent.witness")}>{consent.witness}</Fact> : null}
            {consent.secondWitness ? (
              <Fact label={t("badges.consent.secondWitness")}>{consent.secondWitness}</Fact>
            ) : null}
          </dl>
        ) : (
          <p>{t("badges.consent.none")}</p>
        )}
      </section>
    </>
  );
}

/** Why a pending badge cannot be granted yet, each in words; nothing when it can. */
export function GrantBlockers({ badge }: { badge: BadgeRequest }) {
  const { t } = useTranslation();
  if (badge.blockers.length === 0) return null;
  return (
    <section aria-labelledby="blockers-title" className="card p-4 flex flex-col gap-2 border-[var(--color-danger)]">
      <h2 id="blockers-title" className="text-xl">
        {t("badges.blockers.title")}
      </h2>
      <ul className="list-disc pl-6">
        {badge.blockers.map((blocker) => (
          <li key={blocker}>{t(`badges.blockers.${blocker}`)}</li>
        ))}
      </ul>
    </section>
  );
}

/** Every badge the artisan has had, newest first, the one being decided marked. */
export function BadgeHistory({ badge }: { badge: BadgeRequest }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-title" className="flex flex-col gap-2">
      <h2 id="history-title" className="text-xl">
        {t("badges.history.title")}
      </h2>
      <BadgeRecords records={badge.history} />
    </section>
  );
}
