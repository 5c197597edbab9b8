// Test data for the badge tests: staff of a district, and an artisan whose social worker has
// recorded the certificate (sealed, as the app stores it), the consent, and a badge request.
import type { Role, SocialWorkerLevel } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { seal } from "~/utils/sensitive.server";

let n = 0;
const next = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const DAY_MS = 86_400_000;

/** Tashkent's today moved by whole days, as a @db.Date holds it. */
export const dayFromToday = (days: number) => new Date(tashkentNow().today.getTime() + days * DAY_MS);

export async function makeStaff(
  db: Db,
  districtId: string,
  roles: Role[],
  name = "Xodim",
  level: SocialWorkerLevel = "D",
) {
  const id = next();
  const user = await db.user.create({
    data: { name, email: `staff${id}@example.uz`, passwordHash: "x", roles, socialWorkerLevel: level },
  });
  await db.staffDistrict.create({ data: { userId: user.id, districtId } });
  return user;
}

type RequestInput = {
  districtId: string;
  /** The social worker who attests the certificate, asks for the badge and looks after the artisan. */
  worker: { id: string };
  name?: string;
  validUntil?: Date | null;
  needsCountersign?: boolean;
  countersignedById?: string;
  consent?: boolean;
  requestedAt?: Date;
};

/** An artisan who signs in by phone (no email), with attested evidence, the public-badge consent and a pending request. */
export async function makeBadgeRequest(db: Db, input: RequestInput) {
  const id = next();
  const user = await db.user.create({
    data: {
      name: input.name ?? "Dilnoza Karimova",
      phone: `+9989${String(n).padStart(8, "0")}`,
      passwordHash: "x",
      roles: ["ARTISAN"],
    },
  });
  const artisan = await db.artisanProfile.create({
    data: {
      userId: user.id,
      handle: `h${id}`,
      displayName: input.name ?? "Dilnoza Karimova",
      districtId: input.districtId,
      status: "ACTIVE",
      socialWorkerId: input.worker.id,
    },
  });
  const evidenceId = `ev${id}`;
  const sealed = (field: string, value: string) => seal({ model: "DisabilityEvidence", field, id: evidenceId }, value);
  const evidence = await db.disabilityEvidence.create({
    data: {
      id: evidenceId,
      artisanId: artisan.id,
      groupEnc: sealed("groupEnc", "II"),
      certificateNumberEnc: sealed("certificateNumberEnc", `TK-${id}`),
      issuedOn: new Date("2024-03-01"),
      validUntil: input.validUntil === undefined ? dayFromToday(400) : input.validUntil,
      commission: "Chilonzor tuman TIEK",
      attestedById: input.worker.id,
      needsCountersign: input.needsCountersign ?? false,
      countersignedById: input.countersignedById ?? null,
      countersignedAt: input.countersignedById ? new Date() : null,
    },
  });
  if (input.consent !== false) {
    await db.consent.create({
      data: {
        artisanId: artisan.id,
        purpose: "PUBLIC_PROFILE_BADGE",
        recordedById: input.worker.id,
        witnessId: input.worker.id,
      },
    });
  }
  const badge = await db.badge.create({
    data: {
      artisanId: artisan.id,
      evidenceId,
      requestedById: input.worker.id,
      ...(input.requestedAt ? { requestedAt: input.requestedAt } : {}),
    },
  });
  return { user, artisan, evidence, badge, certificateNumber: `TK-${id}` };
}
