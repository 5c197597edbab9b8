import type { Prisma } from "~/generated/prisma/client";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

/**
 * Narrows any query for branches to those offered to buyers and artisans: only active ones. Every
 * place that offers a branch or accepts one chosen (checkout, its places, drop-off choices) goes
 * through here, so a branch deactivated in /admin/branches disappears everywhere at once. Orders
 * and pickups that already name a branch keep showing it: that is history, not an offer.
 */
export const offeredBranch = (where: Prisma.BranchWhereInput = {}): Prisma.BranchWhereInput => ({
  AND: [where, { active: true }],
});

type BranchTexts = {
  address: string;
  addressRu: string;
  addressEn: string;
  hours: string;
  hoursRu: string;
  hoursEn: string;
};

/** Address and hours in the reader's language: Uzbek (Cyrillic transliterated), Russian or English, else Uzbek. */
export function branchTexts(branch: BranchTexts, locale: Locale) {
  if (locale === "ru" || locale === "en") {
    const ru = locale === "ru";
    return {
      address: (ru ? branch.addressRu : branch.addressEn) || branch.address,
      hours: (ru ? branch.hoursRu : branch.hoursEn) || branch.hours,
    };
  }
  return { address: uzbekText(branch.address, locale), hours: uzbekText(branch.hours, locale) };
}

/** The columns branchTexts reads. */
export const branchTextSelect = {
  address: true,
  addressRu: true,
  addressEn: true,
  hours: true,
  hoursRu: true,
  hoursEn: true,
} as const;
