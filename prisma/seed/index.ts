import path from "node:path";
import { pathToFileURL } from "node:url";
import { getStorage } from "~/modules/media/storage-instance.server";
import { refreshReports } from "~/modules/reports/refresh.server";
import type { FileStorage, PrivateFileStorage } from "~/modules/media/storage.server";
import { createDb, type Db } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { tashkentNow } from "~/utils/format";
import { seal } from "~/utils/sensitive.server";
import { DEMO_PASSWORD } from "./content/demo-accounts";
import { writeCases } from "./generate/cases";
import { writeDispatchDemo } from "./generate/dispatch";
import { storeCertificateDemoFile, writeCertificatesDemo } from "./generate/certificates";
import { buildPickupSlots } from "./generate/pickup-slots";
import { buildImageRows, renderPictures } from "./images";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "./plan";

export { SEED_REFERENCE_DATE } from "./plan";

export type SeedOptions = {
  storage: FileStorage & PrivateFileStorage;
  log?: (msg: string) => void;
  /** The demo data's "today"; dates of listings, badges and pickup windows are relative to it. */
  referenceDate?: Date;
  /** The day it runs; subsidy claims' deadlines count from it so they read true when the app starts. */
  today?: Date;
};
export type SeedSummary = { counts: Record<string, number>; pictures: number; durationMs: number };

/** The seed refuses to mix demo rows into real ones; callers can check first. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [users, regions] = await Promise.all([db.user.count(), db.region.count()]);
  return users === 0 && regions === 0;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

export function formatSeedSummary({ counts, pictures, durationMs }: SeedSummary): string {
  const rows = Object.entries(counts)
    .map(([model, count]) => `${model} ${count}`)
    .join(", ");
  return `Seeded demo data in ${(durationMs / 1000).toFixed(1)} s (${pictures} pictures): ${rows}`;
}

export async function seed(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const { storage, log = () => {}, referenceDate = SEED_REFERENCE_DATE, today = tashkentNow().today } = options;
  if (!(await isDatabaseEmpty(db))) {
    throw new Error(
      "The database already has users or places; the demo seed only fills an empty database (reset it with `npm run db:reset`).",
    );
  }
  // Argon2 is slow on purpose: one hash of the shared demo password serves every account.
  const plan = buildSeedPlan({
    referenceDate,
    today,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    seal,
  });
  log(`Drawing ${plan.pictures.length} product pictures for ${plan.listings.length} listings…`);
  // Files first, outside the transaction: they are content-addressed, so a failed run leaves
  // only files that the next run reuses.
  const rendered = await renderPictures(plan.pictures, storage);
  const { listingImages, imageVariants } = buildImageRows(plan.slots, rendered);
  const certificateFile = await storeCertificateDemoFile(storage);
  log(`Pictures ready after ${seconds(started)} s; writing rows…`);

  const counts = await db.$transaction(
    async (tx) => {
      // In dependency order; one transaction, so a failure leaves the database empty again.
      const steps: Array<[string, () => Promise<{ count: number }>]> = [
        ["Region", () => tx.region.createMany({ data: plan.regions })],
        ["District", () => tx.district.createMany({ data: plan.districts })],
        ["PickupSlot", () => tx.pickupSlot.createMany({ data: buildPickupSlots(plan.districts) })],
        ["Mahalla", () => tx.mahalla.createMany({ data: plan.mahallas })],
        ["User", () => tx.user.createMany({ data: plan.users })],
        ["StaffDistrict", () => tx.staffDistrict.createMany({ data: plan.staffDistricts })],
        ["ArtisanProfile", () => tx.artisanProfile.createMany({ data: plan.profiles })],
        ["ArtisanHelper", () => tx.artisanHelper.createMany({ data: plan.helpers })],
        ["Consent", () => tx.consent.createMany({ data: plan.consents })],
        ["DisabilityEvidence", () => tx.disabilityEvidence.createMany({ data: plan.evidence })],
        ["Badge", () => tx.badge.createMany({ data: plan.badges })],
        ["ConsentRefusal", () => tx.consentRefusal.createMany({ data: plan.consentRefusals })],
        ["ChecklistStep", () => tx.checklistStep.createMany({ data: plan.checklistSteps })],
        ["Category", () => tx.category.createMany({ data: plan.categories })],
        ["Listing", () => tx.listing.createMany({ data: plan.listings })],
        ["ListingImage", () => tx.listingImage.createMany({ data: listingImages })],
        ["ImageVariant", () => tx.imageVariant.createMany({ data: imageVariants })],
        ["CommissionRule", () => tx.commissionRule.createMany({ data: plan.commissionRules })],
        ["BaseCalculationAmount", () => tx.baseCalculationAmount.createMany({ data: plan.baseCalculationAmounts })],
        ["SubsidyProgramme", () => tx.subsidyProgramme.createMany({ data: plan.subsidyProgrammes })],
        ["ProgrammeDocument", () => tx.programmeDocument.createMany({ data: plan.programmeDocuments })],
        ["PublicHoliday", () => tx.publicHoliday.createMany({ data: plan.publicHolidays })],
        ["Branch", () => tx.branch.createMany({ data: plan.branches })],
        ["PickupWindow", () => tx.pickupWindow.createMany({ data: plan.pickupWindows })],
        ["Order", () => tx.order.createMany({ data: plan.orders })],
        ["SubOrder", () => tx.subOrder.createMany({ data: plan.subOrders })],
        ["OrderItem", () => tx.orderItem.createMany({ data: plan.orderItems })],
        ["SubOrderEvent", () => tx.subOrderEvent.createMany({ data: plan.subOrderEvents })],
        ["Payment", () => tx.payment.createMany({ data: plan.payments })],
        ["StockReservation", () => tx.stockReservation.createMany({ data: plan.stockReservations })],
        ["Pickup", () => writeDispatchDemo(tx, plan.dispatchDemo)],
        ["Review", () => tx.review.createMany({ data: plan.reviews })],
        ["LedgerEntry", () => tx.ledgerEntry.createMany({ data: plan.ledgerEntries })],
        ["ListingReport", () => tx.listingReport.createMany({ data: plan.listingReports })],
        ["OutreachContact", () => tx.outreachContact.createMany({ data: plan.outreachContacts })],
        ["HomeVisit", () => tx.homeVisit.createMany({ data: plan.homeVisits })],
        ["Case", () => writeCases(tx, plan.cases)],
        ["SubsidyClaim", () => tx.subsidyClaim.createMany({ data: plan.subsidyClaims })],
        ["ProductCertificate", () => writeCertificatesDemo(tx, { today, fileKey: certificateFile })],
      ];
      const written: Record<string, number> = {};
      for (const [model, write] of steps) written[model] = (await write()).count;
      return written;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  // The dashboard's figures at once, not at the job's next run.
  await refreshReports(db);
  return { counts, pictures: rendered.size, durationMs: Math.round(performance.now() - started) };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run it through `npx prisma db seed`, or set it yourself.");
  const db = createDb(url);
  try {
    // The app's own storage (DATA_DIR/uploads, served at /media/), so the seeded files are found.
    console.log(formatSeedSummary(await seed(db, { storage: getStorage(), log: console.log })));
  } finally {
    await db.$disconnect();
  }
}

// Run as a script (`tsx prisma/seed/index.ts`, Prisma's seed command), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
