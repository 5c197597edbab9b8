// A small hand-made data set for the dashboard tests: each row is placed so that a figure's answer
// is known, with moments either side of Tashkent's midnight (UTC+5: 19:00 UTC is 00:00 next day).
import type { Gender, LedgerKind, PickupKind, Role, SocialWorkerLevel } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";

let n = 0;
const next = () => `${Date.now().toString(36)}r${(n++).toString(36)}`;
export const at = (iso: string) => new Date(iso);
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function makePlace(db: Db, code: string) {
  const region = await db.region.create({
    data: { code, nameUz: `Viloyat ${code}`, nameRu: `Область ${code}`, nameEn: `Region ${code}` },
  });
  return db.district.create({
    data: {
      code: `${code}-d`,
      regionId: region.id,
      nameUz: `Tuman ${code}`,
      nameRu: `Район ${code}`,
      nameEn: `District ${code}`,
    },
  });
}

export async function makeStaff(db: Db, roles: Role[], districtIds: string[], level: SocialWorkerLevel | null = null) {
  const user = await db.user.create({
    data: { name: "Xodim", email: `s${next()}@t.uz`, passwordHash: "x", roles, socialWorkerLevel: level },
  });
  for (const districtId of districtIds) await db.staffDistrict.create({ data: { userId: user.id, districtId } });
  return user;
}

export async function makeReportArtisan(
  db: Db,
  input: { districtId: string; onboardedAt: Date; gender: Gender; craftIds: string[] },
) {
  const id = next();
  const user = await db.user.create({
    data: { name: "Hunarmand", email: `a${id}@t.uz`, passwordHash: "x", roles: ["ARTISAN"] },
  });
  return db.artisanProfile.create({
    data: {
      userId: user.id,
      handle: `h${id}`,
      displayName: "Hunarmand",
      districtId: input.districtId,
      status: "ACTIVE",
      gender: input.gender,
      createdAt: input.onboardedAt,
      crafts: { connect: input.craftIds.map((craftId) => ({ id: craftId })) },
    },
  });
}

/** A granted badge: attested and requested by `worker`, decided by `moderator`. */
export async function grantBadge(
  db: Db,
  input: { artisanId: string; worker: string; moderator: string; decidedAt: Date; validUntil: Date; revokedAt?: Date },
) {
  const evidence = await db.disabilityEvidence.create({
    data: {
      artisanId: input.artisanId,
      groupEnc: "x",
      certificateNumberEnc: "x",
      issuedOn: day("2026-01-01"),
      attestedById: input.worker,
    },
  });
  await db.badge.create({
    data: {
      artisanId: input.artisanId,
      evidenceId: evidence.id,
      status: input.revokedAt ? "REVOKED" : "GRANTED",
      requestedById: input.worker,
      decidedById: input.moderator,
      decidedAt: input.decidedAt,
      validUntil: input.validUntil,
      revokedAt: input.revokedAt ?? null,
    },
  });
}

export async function makeApprovedListing(db: Db, artisanId: string, submittedAt: Date, approvedAt: Date) {
  await db.listing.create({
    data: {
      slug: `l${next()}`,
      artisanId,
      status: "APPROVED",
      titleUz: "Doʻppi",
      priceMinor: 1_000_000n,
      submittedAt,
      approvedAt,
    },
  });
}

type Sale = {
  artisanId: string;
  placedAt: Date;
  totalMinor: number;
  pickup: PickupKind;
  deliveredAt?: Date;
  ledger?: { kind: LedgerKind; amountMinor: number; at: Date }[];
  failedAt?: Date[];
};

/** One artisan's part of an order: placed, picked up (or dropped off), maybe delivered and credited. */
export async function makeSale(db: Db, sale: Sale) {
  const order = await db.order.create({
    data: {
      number: `N${next()}`,
      contactName: "Xaridor",
      email: "b@t.uz",
      phone: "+998901234567",
      deliveryMethod: "COURIER",
      paymentMethod: "CASH_ON_DELIVERY",
      status: "PLACED",
      totalMinor: BigInt(sale.totalMinor),
      createdAt: sale.placedAt,
    },
  });
  const sub = await db.subOrder.create({
    data: {
      orderId: order.id,
      artisanId: sale.artisanId,
      status: sale.deliveredAt ? "DELIVERED" : "READY",
      itemsTotalMinor: BigInt(sale.totalMinor),
      commissionBasisPoints: 0,
      commissionMinor: 0n,
      createdAt: sale.placedAt,
    },
  });
  const events = [
    { status: "PLACED" as const, createdAt: sale.placedAt, note: null },
    { status: "READY" as const, createdAt: sale.placedAt, note: null },
    ...(sale.failedAt ?? []).map((moment, i) => ({
      status: "READY" as const,
      createdAt: moment,
      note: i % 2 ? "other: darvoza yopiq" : "nobodyHome",
    })),
    ...(sale.deliveredAt ? [{ status: "DELIVERED" as const, createdAt: sale.deliveredAt, note: null }] : []),
  ];
  await db.subOrderEvent.createMany({ data: events.map((e) => ({ ...e, subOrderId: sub.id })) });
  await db.pickup.create({ data: { subOrderId: sub.id, kind: sale.pickup, createdAt: sale.placedAt } });
  await db.ledgerEntry.createMany({
    data: (sale.ledger ?? []).map((line) => ({
      artisanId: sale.artisanId,
      kind: line.kind,
      amountMinor: BigInt(line.amountMinor),
      subOrderId: sub.id,
      createdAt: line.at,
    })),
  });
}
