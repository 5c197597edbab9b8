import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import type { TestLocale } from "./i18n";

const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" });

/**
 * An approved listing of the demo artisan that no seeded order or review names and that the home
 * page does not feature (least popular first), a different one per language run, so a test may
 * change its price and sell it out without touching another test's piece.
 */
export function quietPieceOfDemoArtisan(locale: TestLocale) {
  const artisanId = plan.artisans[0]!.profileId;
  const used = new Set([...plan.orderItems.map((i) => i.listingId), ...plan.reviews.map((r) => r.listingId)]);
  const quiet = plan.listings
    .filter((l) => l.artisanId === artisanId && l.status === "APPROVED" && !used.has(l.id!))
    .sort((a, b) => (a.popularity ?? 0) - (b.popularity ?? 0));
  const piece = quiet[["uz", "ru", "uz-Cyrl", "en"].indexOf(locale)]!;
  return { slug: piece.slug, titleUz: piece.titleUz, priceMinor: Number(piece.priceMinor) };
}
