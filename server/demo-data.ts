import { getStorage } from "../app/modules/media/storage-instance.server";
import type { Db } from "../app/utils/db.server";
import { seed } from "../prisma/seed/index";

/**
 * An empty database gets the demo data (regions, crafts, artisans, listings, one account per role)
 * in local mode, or when SEED_DEMO_DATA=1 asks for it; a deployment's real database never does.
 */
export async function seedIfEmpty(db: Db, local: boolean) {
  const wanted = local || process.env.SEED_DEMO_DATA === "1";
  if (!wanted || (await db.region.count()) > 0) return;
  const started = Date.now();
  console.log("Empty database: adding demo data (first start only)…");
  await seed(db, { storage: getStorage() });
  console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
