// The people of the authorization sweep: one of each role, two artisans and two moderators in two
// districts, so "another artisan's data" and "another district's data" can both be asked for.
import type { Role, SocialWorkerLevel } from "~/generated/prisma/enums";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { makeArtisan, makeListing, orderInput, type Shop } from "~/modules/checkout/test-fixtures";
import type { Db } from "~/utils/db.server";
import { signedInCookie as signedIn } from "../support/call-route";

export type Persona = { name: string; cookie: string | null };

async function person(db: Db, name: string, roles: Role[], districtId?: string, level?: SocialWorkerLevel) {
  const user = await db.user.create({
    data: { name, email: `${name}@example.uz`, passwordHash: "x", roles, socialWorkerLevel: level ?? null },
  });
  if (districtId) await db.staffDistrict.create({ data: { userId: user.id, districtId } });
  return { user, cookie: await signedIn(db, user.id) };
}

export async function makePersonas(db: Db, shop: Shop) {
  const otherDistrict = await db.district.create({
    data: {
      code: `TK-${Math.random().toString(36).slice(2, 6)}`,
      regionId: shop.region.id,
      nameUz: "Yunusobod",
      nameRu: "Юнусабад",
      nameEn: "Yunusabad",
    },
  });
  const artisan = await makeArtisan(db, shop, { verified: true });
  const otherArtisan = await makeArtisan(db, shop, { verified: true });
  await db.artisanProfile.update({ where: { id: otherArtisan.id }, data: { districtId: otherDistrict.id } });
  const listing = await makeListing(db, shop, artisan.id, { status: "PENDING" });
  const otherListing = await makeListing(db, shop, otherArtisan.id, { status: "PENDING" });
  // An order for the artisan: their part is the one others must not reach in the studio inbox.
  const onSale = await makeListing(db, shop, artisan.id);
  const placed = await placeOrder(
    db,
    orderInput(shop, [{ listingId: onSale.id, quantity: 1 }], { paymentMethod: "CASH_ON_DELIVERY" }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  // Ready, to hand over at the branch: every page of the part, its packing slip included, exists.
  const part = await db.subOrder.update({
    where: { id: (await db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId } })).id },
    data: { status: "READY" },
  });
  await db.pickup.create({ data: { subOrderId: part.id, kind: "BRANCH_DROP_OFF", branchId: shop.branch.id } });
  // A person named for a home visit in the first district: the other district's social worker must not reach them.
  const outreach = await db.outreachContact.create({
    data: {
      districtId: shop.district.id,
      name: "Dilnoza Karimova",
      nameKey: "dilnoza karimova",
      source: "MAHALLA",
      createdById: artisan.user.id,
    },
  });
  // The artisan's badge (granted by the fixture's moderator, not the persona): the other district's moderator must not reach it.
  const badge = await db.badge.findFirstOrThrow({ where: { artisanId: artisan.id } });
  const sw = (name: string, district: string, level: SocialWorkerLevel) =>
    person(db, name, ["SOCIAL_WORKER"], district, level);
  const caseWorker = await sw("case-worker", shop.district.id, "D");
  const branchHead = await sw("branch-head", shop.district.id, "F");
  const otherBranchHead = await sw("other-branch-head", otherDistrict.id, "F");
  const social = await makeSocialProtection(db, artisan.id, caseWorker.user.id, branchHead.user.id);
  // The artisan's own certificate (waiting for a moderator of the district) and question about a listing.
  const certificate = await db.productCertificate.create({
    data: {
      artisanId: artisan.id,
      kind: "HALLMARK",
      issuer: "Assay office",
      number: "H-1",
      issuedOn: new Date("2026-01-10"),
      fileKey: "certificates/none.pdf",
      fileType: "application/pdf",
      recordedById: artisan.user.id,
      listings: { create: [{ listingId: listing.id }] },
    },
  });
  const helpRequest = await db.certificationHelpRequest.create({
    data: { listingId: listing.id, artisanId: artisan.id, question: "Which one?", askedById: artisan.user.id },
  });
  return {
    data: {
      artisan,
      otherArtisan,
      listing,
      otherListing,
      part,
      district: shop.district,
      branch: shop.branch,
      otherDistrict,
      outreach,
      badge,
      certificate,
      helpRequest,
      ...social,
    },
    anonymous: { name: "anonymous", cookie: null },
    buyer: await person(db, "buyer", ["BUYER"]),
    courier: await person(db, "courier", ["COURIER"]),
    artisan: { user: artisan.user, cookie: await signedIn(db, artisan.user.id) },
    otherArtisan: { user: otherArtisan.user, cookie: await signedIn(db, otherArtisan.user.id) },
    moderator: await person(db, "moderator", ["MODERATOR"], shop.district.id),
    otherModerator: await person(db, "other-moderator", ["MODERATOR"], otherDistrict.id),
    socialWorker: await person(db, "social-worker", ["SOCIAL_WORKER"], shop.district.id),
    otherSocialWorker: await person(db, "other-social-worker", ["SOCIAL_WORKER"], otherDistrict.id),
    admin: await person(db, "admin", ["ADMIN"]),
    caseWorker,
    branchHead,
    otherBranchHead,
  };
}

/**
 * A programme, a draft claim for the artisan and a decided one (by the branch head), and the
 * artisan's open case run by the case worker: another district's branch head must reach none of them.
 */
async function makeSocialProtection(db: Db, artisanId: string, caseWorkerId: string, headId: string) {
  const preparer = await db.user.create({
    data: {
      name: "sw-b",
      email: "sw-b@example.uz",
      passwordHash: "x",
      roles: ["SOCIAL_WORKER"],
      socialWorkerLevel: "B",
    },
  });
  const programme = await db.subsidyProgramme.create({
    data: {
      code: "SWEEP",
      nameUz: "Subsidiya",
      nameRu: "Субсидия",
      nameEn: "Subsidy",
      bcaMultiple: "1",
      startsOn: new Date("2026-01-01"),
    },
  });
  const base = { artisanId, programmeId: programme.id, preparedById: preparer.id };
  const claim = await db.subsidyClaim.create({ data: base });
  const decidedClaim = await db.subsidyClaim.create({
    data: {
      ...base,
      status: "REJECTED",
      decidedById: headId,
      decidedAt: new Date(),
      decisionReasonCode: "NOT_ELIGIBLE",
    },
  });
  await db.consent.create({
    data: { artisanId, purpose: "CASE_RECORDS", recordedById: caseWorkerId, witnessId: caseWorkerId },
  });
  const openCase = await db.case.create({
    data: {
      artisanId,
      socialWorkerId: caseWorkerId,
      reviews: { create: [{ number: 1, dueOn: new Date("2026-12-01") }] },
    },
  });
  return { programme, claim, decidedClaim, case: openCase };
}

export type Personas = Awaited<ReturnType<typeof makePersonas>>;
