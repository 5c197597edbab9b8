import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { createI18n } from "~/utils/i18n/i18n.server";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { formatMoney, fromMinor } from "~/utils/money";
import { namesOf } from "./claim-view.server";

/**
 * The decision letter, written in the artisan's language whatever the reader's page language is:
 * the decision, the amount and how it was set, or the reason for a refusal, how to ask for a
 * review, and who decided. Only for a decided claim the reader may see (`where` scopes it).
 */
export async function decisionLetter(db: Db, where: Prisma.SubsidyClaimWhereInput) {
  const claim = await db.subsidyClaim.findFirst({
    where: { ...where, status: { in: ["APPROVED", "REJECTED", "PAID"] } },
    include: {
      programme: true,
      artisan: {
        select: {
          displayName: true,
          user: { select: { locale: true } },
          district: { select: { nameUz: true, nameRu: true, nameEn: true } },
        },
      },
    },
  });
  if (!claim || !claim.decidedAt || !claim.decidedById) return null;
  const lang = isLocale(claim.artisan.user.locale) ? claim.artisan.user.locale : DEFAULT_LOCALE;
  const { t } = createI18n(lang);
  const names = await namesOf(db, [claim.decidedById]);
  const values = {
    name: uzbekText(claim.artisan.displayName, lang),
    programme: localized(claim.programme, "name", lang),
    district: localized(claim.artisan.district, "name", lang),
    day: formatDate(claim.decidedAt, lang),
    head: uzbekText(names.get(claim.decidedById) ?? "", lang),
  };
  const approved = claim.status !== "REJECTED";
  const money = (minor: bigint | null) => formatMoney(fromMinor(minor ?? 0n), lang);
  const decision = approved
    ? t("subsidies.letter.approved", {
        ...values,
        amount: money(claim.amountMinor),
        multiple: claim.bcaMultiple?.toString(),
        bca: money(claim.bcaValueMinor),
      })
    : t("subsidies.letter.rejected", {
        ...values,
        reason: [t(`subsidies.reason.${claim.decisionReasonCode}`), claim.decisionReason].filter(Boolean).join(". "),
      });
  const paid = claim.paidOn
    ? t("subsidies.letter.paid", { day: formatDate(claim.paidOn, lang), order: claim.paymentOrderNumber })
    : null;
  return {
    lang,
    heading: t("subsidies.letter.heading", values),
    title: t("subsidies.letter.title", values),
    to: t("subsidies.letter.to", values),
    decision,
    paid,
    review: t(approved ? "subsidies.letter.reviewApproved" : "subsidies.letter.review"),
    signature: t("subsidies.letter.signature", values),
  };
}
export type DecisionLetter = NonNullable<Awaited<ReturnType<typeof decisionLetter>>>;
