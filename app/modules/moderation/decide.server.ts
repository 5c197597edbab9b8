import type { ListingStatus } from "~/generated/prisma/enums";
import { notify, payloadTitles } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n/locales";
import type { Outcome } from "~/utils/result";
import type { RejectionReason } from "./reasons";
import { inModeratorDistricts } from "./scope.server";

export type DecisionResult = Outcome<"notFound" | "alreadyDecided">;

type Decision = {
  listingId: string;
  moderatorId: string;
  /** The status the moderator saw: the write happens only if the listing is still in it. */
  from: ListingStatus;
};

export function approveListing(db: Db, input: Decision): Promise<DecisionResult> {
  if (input.from !== "PENDING") return Promise.resolve({ ok: false, reason: "alreadyDecided" });
  return decide(db, input, { status: "APPROVED", approvedAt: new Date(), rejectionReason: null }, {});
}

/** From PENDING (a new listing) or APPROVED (after a report: it leaves the catalog). */
export function rejectListing(db: Db, input: Decision & { reasonCode: RejectionReason; reasonText?: string }) {
  if (input.from !== "PENDING" && input.from !== "APPROVED")
    return Promise.resolve<DecisionResult>({ ok: false, reason: "alreadyDecided" });
  return decide(
    db,
    input,
    { status: "REJECTED" },
    { reasonCode: input.reasonCode, reasonText: input.reasonText || null },
  );
}

type Change = { status: "APPROVED" | "REJECTED"; approvedAt?: Date; rejectionReason?: string | null };
type Reason = { reasonCode?: RejectionReason; reasonText?: string | null };

async function decide(db: Db, input: Decision, change: Change, reason: Reason): Promise<DecisionResult> {
  const scope = inModeratorDistricts(input.moderatorId);
  return db.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, ...scope },
      select: {
        titleUz: true,
        titleRu: true,
        titleEn: true,
        slug: true,
        artisan: { select: { user: { select: { id: true, locale: true } } } },
      },
    });
    if (!listing) return { ok: false, reason: "notFound" } as const;
    const artisanUser = listing.artisan.user;
    const locale = isLocale(artisanUser.locale) ? artisanUser.locale : DEFAULT_LOCALE;
    // What the artisan reads: the reason in their own language, then the moderator's words.
    const rejectionReason = reason.reasonCode
      ? [createI18n(locale).t(`moderation.rejectReasons.${reason.reasonCode}`), reason.reasonText]
          .filter(Boolean)
          .join(": ")
      : change.rejectionReason;
    // The conditional write: of two moderators deciding at once, only the first finds `from`.
    const { count } = await tx.listing.updateMany({
      where: { id: input.listingId, status: input.from },
      data: { ...change, rejectionReason },
    });
    if (count === 0) return { ok: false, reason: "alreadyDecided" } as const;
    await tx.moderationDecision.create({
      data: { listingId: input.listingId, moderatorId: input.moderatorId, decision: change.status, ...reason },
    });
    await audit(tx, {
      actorId: input.moderatorId,
      action: change.status === "APPROVED" ? "listing.approved" : "listing.rejected",
      entity: "Listing",
      entityId: input.listingId,
      detail: { from: input.from, reasonCode: reason.reasonCode ?? null },
    });
    await notify(tx, {
      userId: artisanUser.id,
      kind: change.status === "APPROVED" ? "listing.approved" : "listing.rejected",
      payload: {
        ...payloadTitles(listing),
        ...(change.status === "APPROVED" ? { slug: listing.slug } : { reason: rejectionReason ?? "" }),
      },
    });
    return { ok: true } as const;
  });
}
