// The authorization sweep: every studio, moderation, payout, dispatch and courier route, asked by
// every kind of person. The wrong role gets 403; another artisan's or another district's data is
// 404 (it does not exist for them, so ids cannot be probed); nobody signed out gets past the login.
import { beforeAll, describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { makeStaff, readyPart } from "~/modules/logistics/test-pickups";
import { makePersonas, type Personas } from "./personas";
import { visit, type Outcome, type RouteModule } from "./sweep";

const ctx = withShopDatabase();
let people: Personas;
// A pickup on a manifest of the moderator's district, carried by a courier who is not the persona.
let manifest: { id: string; pickupId: string };

beforeAll(async () => {
  process.env.DATABASE_URL = ctx.test.url;
  people = await makePersonas(ctx.db, ctx.shop);
  const { pickup } = await readyPart(ctx);
  const carrier = await makeStaff(ctx.db, "COURIER", [ctx.shop.district.id]);
  const sheet = await ctx.db.courierManifest.create({
    data: {
      districtId: ctx.shop.district.id,
      date: new Date(),
      courierId: carrier.id,
      createdById: people.moderator.user.id,
    },
  });
  await ctx.db.pickup.update({
    where: { id: pickup.id },
    data: { manifestId: sheet.id, status: "ASSIGNED", stopOrder: 1 },
  });
  manifest = { id: sheet.id, pickupId: pickup.id };
});

type Who = Exclude<keyof Personas, "data">;
type Check = {
  name: string;
  module: () => Promise<RouteModule>;
  path: (p: Personas) => string;
  params: (p: Personas) => Record<string, string>;
  method: "GET" | "POST";
  form?: (p: Personas) => Record<string, string>;
  /** Who may use it: their call must run. */
  allowed: Who[];
  /** Everyone else (signed in) and what they get. */
  refused: Partial<Record<Who, 403 | 404>>;
};

const NOT_STUDIO = { buyer: 403, courier: 403, moderator: 403, socialWorker: 403 } as const;
const NOT_STAFF = { buyer: 403, courier: 403, artisan: 403, socialWorker: 403 } as const;
const none = () => ({});
const listingOf = (p: Personas) => ({ id: p.data.listing.id });
const partOf = (p: Personas) => ({ subOrderId: p.data.part.id });
const NOT_SOCIAL_WORK = { buyer: 403, courier: 403, artisan: 403, moderator: 403 } as const;
const NOT_COURIER = { buyer: 403, artisan: 403, moderator: 403, socialWorker: 403 } as const;

export const checks: Check[] = [
  {
    name: "studio",
    module: () => import("~/routes/studio._index"),
    path: () => "/studio",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "archive a listing",
    module: () => import("~/routes/studio._index"),
    path: () => "/studio",
    params: none,
    method: "POST",
    form: (p) => ({ intent: "archive", listingId: p.data.listing.id }),
    allowed: [],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "new listing",
    module: () => import("~/routes/studio.listings.new"),
    path: () => "/studio/listings/new",
    params: none,
    method: "POST",
    allowed: [],
    refused: NOT_STUDIO,
  },
  {
    name: "listing step",
    module: () => import("~/routes/studio.listings.$id.$step"),
    path: (p) => `/studio/listings/${p.data.listing.id}/price`,
    params: (p) => ({ ...listingOf(p), step: "price" }),
    method: "GET",
    allowed: [],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "save a listing step",
    module: () => import("~/routes/studio.listings.$id.$step"),
    path: (p) => `/studio/listings/${p.data.listing.id}/price`,
    params: (p) => ({ ...listingOf(p), step: "price" }),
    method: "POST",
    form: () => ({ priceSom: "1000", stock: "1" }),
    allowed: [],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "listing photos",
    module: () => import("~/routes/studio.listings.$id.photos"),
    path: (p) => `/studio/listings/${p.data.listing.id}/photos`,
    params: listingOf,
    method: "GET",
    allowed: [],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "remove a photo",
    module: () => import("~/routes/studio.listings.$id.photos"),
    path: (p) => `/studio/listings/${p.data.listing.id}/photos`,
    params: listingOf,
    method: "POST",
    form: () => ({ remove: "x" }),
    allowed: [],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "earnings",
    module: () => import("~/routes/studio.earnings"),
    path: () => "/studio/earnings",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "earnings CSV",
    module: () => import("~/routes/studio.earnings[.]csv"),
    path: () => "/studio/earnings.csv",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "studio reviews",
    module: () => import("~/routes/studio.reviews"),
    path: () => "/studio/reviews",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "what was done for me",
    module: () => import("~/routes/studio.done-for-me"),
    path: () => "/studio/done-for-me",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "people I help",
    module: () => import("~/routes/assist"),
    path: () => "/assist",
    params: none,
    method: "GET",
    allowed: ["socialWorker"],
    refused: { buyer: 403, courier: 403, artisan: 403, moderator: 403 },
  },
  {
    name: "act for an artisan",
    module: () => import("~/routes/assist"),
    path: () => "/assist",
    params: none,
    method: "POST",
    form: (p) => ({ intent: "start", artisanId: p.data.artisan.id }),
    allowed: [],
    refused: { buyer: 403, courier: 403, artisan: 403, moderator: 403, socialWorker: 403 },
  },
  {
    name: "caseload",
    module: () => import("~/routes/caseload._index"),
    path: () => "/caseload",
    params: none,
    method: "GET",
    allowed: ["socialWorker", "otherSocialWorker"],
    refused: NOT_SOCIAL_WORK,
  },
  {
    name: "add a person to the outreach list",
    module: () => import("~/routes/caseload.outreach.new"),
    path: () => "/caseload/outreach/new",
    params: none,
    method: "GET",
    allowed: ["socialWorker"],
    refused: NOT_SOCIAL_WORK,
  },
  {
    name: "a person on the outreach list",
    module: () => import("~/routes/caseload.outreach.$id"),
    path: (p) => `/caseload/outreach/${p.data.outreach.id}`,
    params: (p) => ({ id: p.data.outreach.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "plan a home visit",
    module: () => import("~/routes/caseload.outreach.$id"),
    path: (p) => `/caseload/outreach/${p.data.outreach.id}`,
    params: (p) => ({ id: p.data.outreach.id }),
    method: "POST",
    form: () => ({ intent: "plan", plannedOn: "2026-12-20" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "start onboarding a person",
    module: () => import("~/routes/caseload.outreach.$id_.onboard"),
    path: (p) => `/caseload/outreach/${p.data.outreach.id}/onboard`,
    params: (p) => ({ id: p.data.outreach.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "an artisan's onboarding",
    module: () => import("~/routes/caseload.artisans.$id._index"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "ask for an artisan's badge",
    module: () => import("~/routes/caseload.artisans.$id._index"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({ intent: "requestBadge" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "a consent step",
    module: () => import("~/routes/caseload.artisans.$id.consents.$purpose"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/consents/case-records`,
    params: (p) => ({ id: p.data.artisan.id, purpose: "case-records" }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "record a consent",
    module: () => import("~/routes/caseload.artisans.$id.consents.$purpose"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/consents/case-records`,
    params: (p) => ({ id: p.data.artisan.id, purpose: "case-records" }),
    method: "POST",
    form: () => ({ answer: "given" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "the consent sheet",
    module: () => import("~/routes/caseload.artisans.$id.consent-sheet"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/consent-sheet`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "the evidence step",
    module: () => import("~/routes/caseload.artisans.$id.evidence"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/evidence`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "attest evidence",
    module: () => import("~/routes/caseload.artisans.$id.evidence"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/evidence`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({
      group: "II",
      certificateNumber: "TK 1234567",
      issuedOn: "2025-01-01",
      commission: "TMEK",
      commissionDistrictId: "x",
    }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "the checklists",
    module: () => import("~/routes/caseload.artisans.$id.checklists"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/checklists`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "save a checklist step",
    module: () => import("~/routes/caseload.artisans.$id.checklists"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/checklists`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({ step: "SE_DOCUMENTS", status: "WAITING" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "the account step",
    module: () => import("~/routes/caseload.artisans.$id.account"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/account`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "print a welcome sheet",
    module: () => import("~/routes/caseload.artisans.$id.account"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/account`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({ intent: "sheet" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "send a welcome text",
    module: () => import("~/routes/caseload.artisans.$id.account"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/account`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({ intent: "sms" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "the helper step",
    module: () => import("~/routes/caseload.artisans.$id.helper"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/helper`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "GET",
    allowed: ["socialWorker"],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "add a helper",
    module: () => import("~/routes/caseload.artisans.$id.helper"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/helper`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({ intent: "add", name: "Laylo Karimova", phone: "93 555 00 44", relationship: "daughter" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "remove a helper",
    module: () => import("~/routes/caseload.artisans.$id.helper"),
    path: (p) => `/caseload/artisans/${p.data.artisan.id}/helper`,
    params: (p) => ({ id: p.data.artisan.id }),
    method: "POST",
    form: () => ({ intent: "remove", helperLinkId: "x" }),
    allowed: [],
    refused: { ...NOT_SOCIAL_WORK, otherSocialWorker: 404 },
  },
  {
    name: "badge requests",
    module: () => import("~/routes/badges._index"),
    path: () => "/badges",
    params: none,
    method: "GET",
    allowed: ["moderator", "otherModerator"],
    refused: { buyer: 403, courier: 403, artisan: 403, socialWorker: 403 },
  },
  {
    name: "a badge",
    module: () => import("~/routes/badges.$id"),
    path: (p) => `/badges/${p.data.badge.id}`,
    params: (p) => ({ id: p.data.badge.id }),
    method: "GET",
    allowed: ["moderator"],
    refused: { buyer: 403, courier: 403, artisan: 403, socialWorker: 403, otherModerator: 404 },
  },
  {
    name: "show a badge's certificate",
    module: () => import("~/routes/badges.$id"),
    path: (p) => `/badges/${p.data.badge.id}`,
    params: (p) => ({ id: p.data.badge.id }),
    method: "POST",
    form: () => ({ intent: "show" }),
    allowed: [],
    refused: { buyer: 403, courier: 403, artisan: 403, socialWorker: 403, otherModerator: 404 },
  },
  {
    name: "revoke a badge",
    module: () => import("~/routes/badges.$id"),
    path: (p) => `/badges/${p.data.badge.id}`,
    params: (p) => ({ id: p.data.badge.id }),
    method: "POST",
    form: () => ({ intent: "revoke", reasonCode: "MISUSE" }),
    allowed: [],
    refused: { buyer: 403, courier: 403, artisan: 403, socialWorker: 403, otherModerator: 404 },
  },
  {
    name: "my consents",
    module: () => import("~/routes/studio.consents"),
    path: () => "/studio/consents",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "my badge",
    module: () => import("~/routes/studio.badge"),
    path: () => "/studio/badge",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "who looked at my data",
    module: () => import("~/routes/studio.data-reads"),
    path: () => "/studio/data-reads",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "my checklists",
    module: () => import("~/routes/studio.checklists"),
    path: () => "/studio/checklists",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "withdraw a consent",
    module: () => import("~/routes/studio.consents"),
    path: () => "/studio/consents",
    params: none,
    method: "POST",
    form: () => ({ intent: "withdraw", purpose: "case-records" }),
    allowed: [],
    refused: NOT_STUDIO,
  },
  {
    name: "orders inbox",
    module: () => import("~/routes/studio.orders._index"),
    path: () => "/studio/orders",
    params: none,
    method: "GET",
    allowed: ["artisan"],
    refused: NOT_STUDIO,
  },
  {
    name: "an order part",
    module: () => import("~/routes/studio.orders.$subOrderId"),
    path: (p) => `/studio/orders/${p.data.part.id}`,
    params: partOf,
    method: "GET",
    allowed: ["artisan"],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "accept an order part",
    module: () => import("~/routes/studio.orders.$subOrderId"),
    path: (p) => `/studio/orders/${p.data.part.id}`,
    params: partOf,
    method: "POST",
    form: () => ({ intent: "accept" }),
    allowed: [],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "packing slip",
    module: () => import("~/routes/studio.orders.$subOrderId_.slip"),
    path: (p) => `/studio/orders/${p.data.part.id}/slip`,
    params: partOf,
    method: "GET",
    allowed: ["artisan"],
    refused: { ...NOT_STUDIO, otherArtisan: 404 },
  },
  {
    name: "pickup dispatch",
    module: () => import("~/routes/dispatch"),
    path: (p) => `/dispatch?district=${p.data.district.id}`,
    params: none,
    method: "GET",
    allowed: ["moderator"],
    refused: { ...NOT_STAFF, otherModerator: 404 },
  },
  {
    name: "printable manifest",
    module: () => import("~/routes/dispatch_.manifests.$id"),
    path: () => `/dispatch/manifests/${manifest.id}`,
    params: () => ({ id: manifest.id }),
    method: "GET",
    allowed: ["moderator"],
    refused: { ...NOT_STAFF, otherModerator: 404 },
  },
  {
    name: "reorder a manifest",
    module: () => import("~/routes/dispatch_.manifests.$id"),
    path: () => `/dispatch/manifests/${manifest.id}`,
    params: () => ({ id: manifest.id }),
    method: "POST",
    form: () => ({ pickupId: manifest.pickupId, direction: "down" }),
    allowed: [],
    refused: { ...NOT_STAFF, otherModerator: 404 },
  },
  {
    name: "courier's day",
    module: () => import("~/routes/courier"),
    path: () => "/courier",
    params: none,
    method: "GET",
    allowed: ["courier"],
    refused: NOT_COURIER,
  },
  {
    name: "mark another courier's stop picked up",
    module: () => import("~/routes/courier"),
    path: () => "/courier",
    params: none,
    method: "POST",
    form: () => ({ intent: "pickedUp", pickupId: manifest.pickupId }),
    allowed: [],
    refused: { ...NOT_COURIER, courier: 404 },
  },
  {
    name: "moderation queue",
    module: () => import("~/routes/moderation._index"),
    path: () => "/moderation",
    params: none,
    method: "GET",
    allowed: ["moderator", "otherModerator"],
    refused: NOT_STAFF,
  },
  {
    name: "listing under review",
    module: () => import("~/routes/moderation.listings.$id"),
    path: (p) => `/moderation/listings/${p.data.listing.id}`,
    params: listingOf,
    method: "GET",
    allowed: ["moderator"],
    refused: { ...NOT_STAFF, otherModerator: 404 },
  },
  {
    name: "decide a listing",
    module: () => import("~/routes/moderation.listings.$id"),
    path: (p) => `/moderation/listings/${p.data.listing.id}`,
    params: listingOf,
    method: "POST",
    form: () => ({ intent: "approve", from: "PENDING" }),
    allowed: [],
    refused: { ...NOT_STAFF, otherModerator: 404 },
  },
  {
    name: "payouts",
    module: () => import("~/routes/payouts._index"),
    path: () => "/payouts",
    params: none,
    method: "GET",
    allowed: ["moderator"],
    refused: NOT_STAFF,
  },
  {
    name: "record a payout",
    module: () => import("~/routes/payouts.$artisanId"),
    path: (p) => `/payouts/${p.data.artisan.id}`,
    params: (p) => ({ artisanId: p.data.artisan.id }),
    method: "POST",
    form: () => ({ amountSom: "1000", method: "CASH" }),
    allowed: [],
    refused: { ...NOT_STAFF, otherModerator: 404 },
  },
  ...subsidyChecks(),
  ...adminConfigChecks(),
  ...caseChecks(),
  ...certificateChecks(),
  ...reportChecks(),
];

/** Claims: any social worker of the district reads them; deciding and paying are the branch head's. */
function subsidyChecks(): Check[] {
  const claim = (p: Personas) => ({ id: p.data.claim.id });
  const decided = (p: Personas) => ({ id: p.data.decidedClaim.id });
  const OTHER_DISTRICT = { ...NOT_SOCIAL_WORK, otherBranchHead: 404 } as const;
  const workers: Who[] = ["socialWorker", "caseWorker", "branchHead"];
  return [
    {
      name: "subsidy claims",
      module: () => import("~/routes/subsidies._index"),
      path: () => "/subsidies",
      params: none,
      method: "GET",
      allowed: workers,
      refused: NOT_SOCIAL_WORK,
    },
    {
      name: "a new claim",
      module: () => import("~/routes/subsidies.new"),
      path: () => "/subsidies/new",
      params: none,
      method: "GET",
      allowed: workers,
      refused: NOT_SOCIAL_WORK,
    },
    {
      name: "a claim",
      module: () => import("~/routes/subsidies.$id"),
      path: (p) => `/subsidies/${p.data.claim.id}`,
      params: claim,
      method: "GET",
      allowed: workers,
      refused: OTHER_DISTRICT,
    },
    ...(["approve", "pay", "submit", "countersign"] as const).map((intent): Check => ({
      name: `${intent} a claim`,
      module: () => import("~/routes/subsidies.$id"),
      path: (p) => `/subsidies/${p.data.claim.id}`,
      params: claim,
      method: "POST",
      form: () => ({ intent, paidOn: "2026-12-01", orderNumber: "PO-1" }),
      allowed: [],
      refused: OTHER_DISTRICT,
    })),
    {
      name: "a decision letter",
      module: () => import("~/routes/subsidies.$id_.letter"),
      path: (p) => `/subsidies/${p.data.decidedClaim.id}/letter`,
      params: decided,
      method: "GET",
      allowed: workers,
      refused: OTHER_DISTRICT,
    },
    {
      name: "my subsidy",
      module: () => import("~/routes/studio.subsidy"),
      path: () => "/studio/subsidy",
      params: none,
      method: "GET",
      allowed: ["artisan"],
      refused: NOT_STUDIO,
    },
    {
      name: "my decision letter",
      module: () => import("~/routes/studio.subsidy_.letter.$id"),
      path: (p) => `/studio/subsidy/letter/${p.data.decidedClaim.id}`,
      params: decided,
      method: "GET",
      allowed: ["artisan"],
      refused: { ...NOT_STUDIO, otherArtisan: 404 },
    },
  ];
}

/** Programmes, the BCA and the holidays: the administrator's alone. */
function adminConfigChecks(): Check[] {
  const NOT_ADMIN = {
    buyer: 403,
    courier: 403,
    artisan: 403,
    moderator: 403,
    socialWorker: 403,
    branchHead: 403,
  } as const;
  const page = (
    name: string,
    path: (p: Personas) => string,
    module: () => Promise<RouteModule>,
    params: Check["params"] = none,
  ): Check => ({
    name,
    module,
    path,
    params,
    method: "GET",
    allowed: ["admin"],
    refused: NOT_ADMIN,
  });
  return [
    page(
      "programmes",
      () => "/admin/programmes",
      () => import("~/routes/admin.programmes._index"),
    ),
    page(
      "a new programme",
      () => "/admin/programmes/new",
      () => import("~/routes/admin.programmes.new"),
    ),
    page(
      "a programme",
      (p) => `/admin/programmes/${p.data.programme.id}`,
      () => import("~/routes/admin.programmes.$id"),
      (p) => ({ id: p.data.programme.id }),
    ),
    page(
      "the BCA",
      () => "/admin/bca",
      () => import("~/routes/admin.bca"),
    ),
    page(
      "public holidays",
      () => "/admin/holidays",
      () => import("~/routes/admin.holidays"),
    ),
    page(
      "the console",
      () => "/admin",
      () => import("~/routes/admin._index"),
    ),
    page(
      "people",
      () => "/admin/people",
      () => import("~/routes/admin.people._index"),
    ),
    page(
      "a new staff account",
      () => "/admin/people/new",
      () => import("~/routes/admin.people.new"),
    ),
    page(
      "a person",
      (p) => `/admin/people/${p.buyer.user.id}`,
      () => import("~/routes/admin.people.$id"),
      (p) => ({ id: p.buyer.user.id }),
    ),
    {
      name: "deactivate a person",
      module: () => import("~/routes/admin.people.$id"),
      path: (p) => `/admin/people/${p.buyer.user.id}`,
      params: (p) => ({ id: p.buyer.user.id }),
      method: "POST",
      form: () => ({ intent: "deactivate", reason: "test" }),
      allowed: [],
      refused: NOT_ADMIN,
    },
    page(
      "commission rules",
      () => "/admin/commission",
      () => import("~/routes/admin.commission"),
    ),
    page(
      "crafts",
      () => "/admin/crafts",
      () => import("~/routes/admin.crafts"),
    ),
    page(
      "branches",
      () => "/admin/branches",
      () => import("~/routes/admin.branches._index"),
    ),
    page(
      "a new branch",
      () => "/admin/branches/new",
      () => import("~/routes/admin.branches.new"),
    ),
    page(
      "a branch",
      (p) => `/admin/branches/${p.data.branch.id}`,
      () => import("~/routes/admin.branches.$id"),
      (p) => ({ id: p.data.branch.id }),
    ),
    page(
      "pickup times",
      (p) => `/admin/pickup-slots?district=${p.data.district.id}`,
      () => import("~/routes/admin.pickup-slots"),
    ),
    page(
      "the audit log",
      () => "/admin/audit",
      () => import("~/routes/admin.audit"),
    ),
  ];
}

/** Certificates: the artisan's own in the studio; the district's moderators check them; the association answers. */
function certificateChecks(): Check[] {
  const get = (name: string, path: (p: Personas) => string, module: Check["module"], params: Check["params"]) =>
    ({ name, module, path, params, method: "GET" }) as const;
  const cert = (p: Personas) => ({ id: p.data.certificate.id });
  const NOT_ADVISER = { buyer: 403, courier: 403, artisan: 403, socialWorker: 403 } as const;
  return [
    {
      ...get(
        "my certificates",
        () => "/studio/certificates",
        () => import("~/routes/studio.certificates._index"),
        none,
      ),
      allowed: ["artisan"],
      refused: NOT_STUDIO,
    },
    {
      ...get(
        "record a certificate",
        () => "/studio/certificates/new",
        () => import("~/routes/studio.certificates.new"),
        none,
      ),
      allowed: ["artisan"],
      refused: NOT_STUDIO,
    },
    {
      ...get(
        "my certificate",
        (p) => `/studio/certificates/${p.data.certificate.id}`,
        () => import("~/routes/studio.certificates.$id"),
        cert,
      ),
      allowed: ["artisan"],
      refused: { ...NOT_STUDIO, otherArtisan: 404 },
    },
    {
      // The file itself is not in this test's storage: only who is refused is asked here.
      ...get(
        "my certificate's file",
        (p) => `/studio/certificates/${p.data.certificate.id}/file`,
        () => import("~/routes/studio.certificates.$id_.file"),
        cert,
      ),
      allowed: [],
      refused: { ...NOT_STUDIO, otherArtisan: 404 },
    },
    {
      ...get(
        "ask which certificate",
        (p) => `/studio/certificates/help/${p.data.listing.id}`,
        () => import("~/routes/studio.certificates.help.$listingId"),
        (p) => ({ listingId: p.data.listing.id }),
      ),
      allowed: ["artisan"],
      refused: { ...NOT_STUDIO, otherArtisan: 404 },
    },
    {
      ...get(
        "certificates to check",
        () => "/moderation/certificates",
        () => import("~/routes/moderation.certificates._index"),
        none,
      ),
      allowed: ["moderator", "otherModerator"],
      refused: NOT_STAFF,
    },
    {
      ...get(
        "a certificate to check",
        (p) => `/moderation/certificates/${p.data.certificate.id}`,
        () => import("~/routes/moderation.certificates.$id"),
        cert,
      ),
      allowed: ["moderator"],
      refused: { ...NOT_STAFF, otherModerator: 404 },
    },
    {
      ...get(
        "a certificate's file",
        (p) => `/moderation/certificates/${p.data.certificate.id}/file`,
        () => import("~/routes/moderation.certificates.$id_.file"),
        cert,
      ),
      allowed: [],
      refused: { ...NOT_STAFF, otherModerator: 404 },
    },
    {
      name: "verify a certificate",
      module: () => import("~/routes/moderation.certificates.$id"),
      path: (p) => `/moderation/certificates/${p.data.certificate.id}`,
      params: cert,
      method: "POST",
      form: () => ({ intent: "verify" }),
      allowed: [],
      refused: { ...NOT_STAFF, otherModerator: 404 },
    },
    {
      ...get(
        "certification questions",
        () => "/moderation/certification-help",
        () => import("~/routes/moderation.certification-help._index"),
        none,
      ),
      allowed: ["moderator", "otherModerator", "admin"],
      refused: NOT_ADVISER,
    },
    {
      ...get(
        "a certification question",
        (p) => `/moderation/certification-help/${p.data.helpRequest.id}`,
        () => import("~/routes/moderation.certification-help.$id"),
        (p) => ({ id: p.data.helpRequest.id }),
      ),
      allowed: ["moderator", "admin"],
      refused: { ...NOT_ADVISER, otherModerator: 404 },
    },
  ];
}

/** The M&E dashboard: administrators, moderators and branch heads (their districts); other social workers: not found. */
function reportChecks(): Check[] {
  const refused = { buyer: 403, courier: 403, artisan: 403, socialWorker: 404, caseWorker: 404 } as const;
  const allowed: Who[] = ["admin", "moderator", "otherModerator", "branchHead", "otherBranchHead"];
  const page = (name: string, path: string, module: Check["module"]): Check => ({
    name,
    module,
    path: () => path,
    params: none,
    method: "GET",
    allowed,
    refused,
  });
  return [
    page("reports", "/reports", () => import("~/routes/reports")),
    page("reports as CSV", "/reports.csv", () => import("~/routes/reports[.]csv")),
    {
      // Another district in the address: not found for the moderator who does not serve it.
      name: "reports of another district",
      module: () => import("~/routes/reports"),
      path: (p) => `/reports?district=${p.data.otherDistrict.id}`,
      params: none,
      method: "GET",
      allowed: ["admin", "otherModerator", "otherBranchHead"],
      refused: { ...refused, moderator: 404, branchHead: 404 },
    },
  ];
}

/** Cases: the case worker's own, every case of the district for the branch head, nobody else's. */
function caseChecks(): Check[] {
  const of = (p: Personas) => ({ id: p.data.case.id });
  const NOT_THEIRS = { ...NOT_SOCIAL_WORK, socialWorker: 404, otherBranchHead: 404 } as const;
  const page = (
    name: string,
    tail: string,
    module: () => Promise<RouteModule>,
    extra: Record<string, string> = {},
  ): Check => ({
    name,
    module,
    path: (p) => `/cases/${p.data.case.id}${tail}`,
    params: (p) => ({ ...of(p), ...extra }),
    method: "GET",
    allowed: ["caseWorker", "branchHead"],
    refused: NOT_THEIRS,
  });
  return [
    {
      name: "cases",
      module: () => import("~/routes/cases._index"),
      path: () => "/cases",
      params: none,
      method: "GET",
      allowed: ["caseWorker", "branchHead", "socialWorker"],
      refused: NOT_SOCIAL_WORK,
    },
    {
      name: "open a case",
      module: () => import("~/routes/cases.new"),
      path: (p) => `/cases/new?artisan=${p.data.artisan.id}`,
      params: none,
      method: "GET",
      allowed: ["caseWorker", "branchHead"],
      refused: { ...NOT_SOCIAL_WORK, otherBranchHead: 404 },
    },
    page("a case", "", () => import("~/routes/cases.$id._index")),
    page("a needs assessment", "/assessment", () => import("~/routes/cases.$id.assessment")),
    page("an individual plan", "/plan", () => import("~/routes/cases.$id.plan")),
    page("referrals", "/referrals", () => import("~/routes/cases.$id.referrals")),
    page("a monthly review", "/reviews/1", () => import("~/routes/cases.$id.reviews.$number"), { number: "1" }),
    page("closing a case", "/close", () => import("~/routes/cases.$id.close")),
    page("a case summary", "/summary", () => import("~/routes/cases.$id.summary")),
    {
      ...page("a case note", "", () => import("~/routes/cases.$id._index")),
      method: "POST",
      form: () => ({ body: "Uchrashdik." }),
      allowed: [],
    },
    {
      name: "my case",
      module: () => import("~/routes/studio.case"),
      path: () => "/studio/case",
      params: none,
      method: "GET",
      allowed: ["artisan"],
      refused: NOT_STUDIO,
    },
  ];
}

const everyone = (p: Personas) => Object.keys(p).filter((k) => k !== "data") as Who[];

describe.each(checks)("$method $name", (check) => {
  const ask = (who: Who | "anonymous") => {
    const route = {
      path: check.path(people),
      params: check.params(people),
      method: check.method,
      form: check.form?.(people),
    };
    return check
      .module()
      .then((module) => visit({ ...route, module }, who === "anonymous" ? null : people[who].cookie));
  };

  it("sends a signed-out person to the login page", async () => {
    expect(await ask("anonymous")).toBe("login");
  });

  it("refuses the wrong role, another artisan and another district", async () => {
    const asked = Object.keys(check.refused) as Who[];
    const got = Object.fromEntries(
      await Promise.all(asked.map(async (who) => [who, await ask(who)] as [Who, Outcome])),
    );
    expect(got).toEqual(check.refused);
  });

  it("lets the right person in", async () => {
    for (const who of check.allowed) expect(await ask(who), who).toBe("ran");
    expect(everyone(people).length).toBeGreaterThan(5);
  });
});
