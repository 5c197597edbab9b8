import { useTranslation } from "react-i18next";

/** Why a badge was sent back or taken away: the reason from the list, then the moderator's own words. */
export function BadgeReason({ reasonCode, reason }: { reasonCode?: string | null; reason?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {reasonCode ? <p>{t("studioAccount.badge.reason", { reason: t(`badges.reason.${reasonCode}`) })}</p> : null}
      {reason ? <p>{t("studioAccount.badge.moderatorWrote", { text: reason })}</p> : null}
    </>
  );
}
