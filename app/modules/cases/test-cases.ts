// Test data for the case tests: a district with social workers of each level, artisans who gave
// (or did not give) the case-records consent, and an open case.
import type { SocialWorkerLevel } from "~/generated/prisma/enums";
import { makeRegion } from "~/modules/catalog/test-catalog";
import type { Db } from "~/utils/db.server";
import { openCase } from "./open.server";

let n = 0;
const next = () => `${Date.now().toString(36)}c${(n++).toString(36)}`;

export async function makeDistrict(db: Db, code: string) {
  return (await makeRegion(db, code)).id;
}

export async function makeWorker(db: Db, districtId: string, level: SocialWorkerLevel, name = `Xodim ${level}`) {
  const user = await db.user.create({
    data: { name, email: `sw${next()}@t.uz`, passwordHash: "x", roles: ["SOCIAL_WORKER"], socialWorkerLevel: level },
  });
  await db.staffDistrict.create({ data: { userId: user.id, districtId } });
  return { id: user.id };
}

/** An artisan of the district, onboarded on `onboardedAt`, with the case-records consent unless told otherwise. */
export async function makeCaseArtisan(
  db: Db,
  districtId: string,
  options: { consent?: boolean; onboardedAt?: Date; recordedBy: { id: string } },
) {
  const id = next();
  const user = await db.user.create({
    data: { name: "Dilnoza Karimova", phone: `+99890${id.slice(-7)}`, passwordHash: "x", roles: ["ARTISAN"] },
  });
  const artisan = await db.artisanProfile.create({
    data: {
      userId: user.id,
      handle: `h${id}`,
      displayName: "Dilnoza Karimova",
      districtId,
      status: "ACTIVE",
      ...(options.onboardedAt ? { createdAt: options.onboardedAt } : {}),
    },
  });
  if (options.consent !== false)
    await db.consent.create({
      data: { artisanId: artisan.id, purpose: "CASE_RECORDS", recordedById: options.recordedBy.id },
    });
  return { ...artisan, user };
}

/** An artisan with an open case run by `worker`. */
export async function makeOpenCase(db: Db, districtId: string, worker: { id: string }) {
  const artisan = await makeCaseArtisan(db, districtId, { recordedBy: worker });
  const opened = await openCase(db, worker, { artisanId: artisan.id });
  if (!opened.ok) throw new Error(`could not open a case: ${opened.reason}`);
  return { artisan, caseId: opened.caseId };
}
