// Every route of the app, with who owns it and real values for its URL parameters. The suite takes
// the routes from the server build, so a route added later without an entry here fails it.
import type { ServedApp } from "./served-app";

export type Who =
  "anonymous" | "buyer" | "artisan" | "moderator" | "courier" | "socialWorker" | "caseWorker" | "branchHead" | "admin";

/** Real ids in the test data, for the well-formed version of each URL. */
export type Ids = {
  listing: string;
  draft: string;
  slug: string;
  handle: string;
  artisan: string;
  order: string;
  part: string;
  orderItem: string;
  manifest: string;
  outreach: string;
  badge: string;
  claim: string;
  decidedClaim: string;
  programme: string;
  case: string;
  user: string;
  branch: string;
  district: string;
  certificate: string;
  helpRequest: string;
};

export type RouteEntry = { owner: Who; params?: (ids: Ids) => Record<string, string> };

const none = undefined;
export const ROUTES: Record<string, RouteEntry> = {
  "routes/_index": { owner: "buyer", params: none },
  "routes/$": { owner: "buyer", params: () => ({ "*": "no/such/page" }) },
  "routes/catalog": { owner: "buyer" },
  "routes/search": { owner: "buyer" },
  "routes/l.$slug": { owner: "buyer", params: (i) => ({ slug: i.slug }) },
  "routes/l_.$slug.report": { owner: "buyer", params: (i) => ({ slug: i.slug }) },
  "routes/a.$handle": { owner: "buyer", params: (i) => ({ handle: i.handle }) },
  "routes/sitemap[.]xml": { owner: "anonymous" },
  "routes/robots[.]txt": { owner: "anonymous" },
  "routes/about": { owner: "anonymous" },
  "routes/contact": { owner: "anonymous" },
  "routes/privacy": { owner: "anonymous" },
  "routes/accessibility": { owner: "anonymous" },
  "routes/healthz": { owner: "anonymous" },
  "routes/bench-floor": { owner: "anonymous" },
  "routes/dev.mail": { owner: "anonymous" },
  "routes/webhooks.stripe": { owner: "anonymous" },
  "routes/login": { owner: "anonymous" },
  "routes/login_.two-factor": { owner: "moderator" },
  "routes/signup": { owner: "anonymous" },
  "routes/forgot-password": { owner: "anonymous" },
  "routes/reset-password.$token": { owner: "anonymous", params: () => ({ token: "not-a-real-token" }) },
  "routes/logout": { owner: "buyer" },
  "routes/language": { owner: "buyer" },
  "routes/preferences": { owner: "buyer" },
  "routes/account": { owner: "buyer" },
  "routes/account_.reviews": { owner: "buyer" },
  "routes/notifications": { owner: "buyer" },
  "routes/favourites": { owner: "buyer" },
  "routes/cart": { owner: "buyer" },
  "routes/checkout": { owner: "buyer" },
  "routes/checkout_.places": { owner: "buyer" },
  "routes/orders._index": { owner: "buyer" },
  "routes/orders.$id": { owner: "buyer", params: (i) => ({ id: i.order }) },
  "routes/reviews.new.$orderItemId": { owner: "buyer", params: (i) => ({ orderItemId: i.orderItem }) },
  "routes/studio._index": { owner: "artisan" },
  "routes/studio.listings.new": { owner: "artisan" },
  "routes/studio.listings.$id.$step": { owner: "artisan", params: (i) => ({ id: i.draft, step: "about" }) },
  "routes/studio.listings.$id.photos": { owner: "artisan", params: (i) => ({ id: i.draft }) },
  "routes/studio.orders._index": { owner: "artisan" },
  "routes/studio.orders.$subOrderId": { owner: "artisan", params: (i) => ({ subOrderId: i.part }) },
  "routes/studio.orders.$subOrderId_.slip": { owner: "artisan", params: (i) => ({ subOrderId: i.part }) },
  "routes/studio.earnings": { owner: "artisan" },
  "routes/studio.earnings[.]csv": { owner: "artisan" },
  "routes/studio.reviews": { owner: "artisan" },
  "routes/studio.done-for-me": { owner: "artisan" },
  "routes/moderation._index": { owner: "moderator" },
  "routes/moderation.listings.$id": { owner: "moderator", params: (i) => ({ id: i.listing }) },
  "routes/payouts._index": { owner: "moderator" },
  "routes/payouts.$artisanId": { owner: "moderator", params: (i) => ({ artisanId: i.artisan }) },
  "routes/dispatch": { owner: "moderator" },
  "routes/dispatch_.manifests.$id": { owner: "moderator", params: (i) => ({ id: i.manifest }) },
  "routes/courier": { owner: "courier" },
  "routes/assist": { owner: "socialWorker" },
  "routes/caseload._index": { owner: "socialWorker" },
  "routes/caseload.outreach.new": { owner: "socialWorker" },
  "routes/caseload.outreach.$id": { owner: "socialWorker", params: (i) => ({ id: i.outreach }) },
  "routes/caseload.outreach.$id_.onboard": { owner: "socialWorker", params: (i) => ({ id: i.outreach }) },
  "routes/caseload.artisans.$id._index": { owner: "socialWorker", params: (i) => ({ id: i.artisan }) },
  "routes/caseload.artisans.$id.consents.$purpose": {
    owner: "socialWorker",
    params: (i) => ({ id: i.artisan, purpose: "case-records" }),
  },
  "routes/caseload.artisans.$id.consent-sheet": { owner: "socialWorker", params: (i) => ({ id: i.artisan }) },
  "routes/caseload.artisans.$id.evidence": { owner: "socialWorker", params: (i) => ({ id: i.artisan }) },
  "routes/caseload.artisans.$id.checklists": { owner: "socialWorker", params: (i) => ({ id: i.artisan }) },
  "routes/caseload.artisans.$id.account": { owner: "socialWorker", params: (i) => ({ id: i.artisan }) },
  "routes/caseload.artisans.$id.helper": { owner: "socialWorker", params: (i) => ({ id: i.artisan }) },
  "routes/badges._index": { owner: "moderator" },
  "routes/badges.$id": { owner: "moderator", params: (i) => ({ id: i.badge }) },
  "routes/welcome._index": { owner: "anonymous" },
  "routes/welcome.$token": { owner: "anonymous", params: () => ({ token: "not-a-real-token" }) },
  "routes/studio.consents": { owner: "artisan" },
  "routes/studio.badge": { owner: "artisan" },
  "routes/studio.data-reads": { owner: "artisan" },
  "routes/studio.checklists": { owner: "artisan" },
  "routes/guides.$step": { owner: "anonymous", params: () => ({ step: "app-login" }) },
  "routes/admin.refunds": { owner: "admin" },
  "routes/admin.programmes._index": { owner: "admin" },
  "routes/admin.programmes.new": { owner: "admin" },
  "routes/admin.programmes.$id": { owner: "admin", params: (i) => ({ id: i.programme }) },
  "routes/admin.bca": { owner: "admin" },
  "routes/admin.holidays": { owner: "admin" },
  "routes/subsidies._index": { owner: "branchHead" },
  "routes/subsidies.new": { owner: "branchHead" },
  "routes/subsidies.$id": { owner: "branchHead", params: (i) => ({ id: i.claim }) },
  "routes/subsidies.$id_.letter": { owner: "branchHead", params: (i) => ({ id: i.decidedClaim }) },
  "routes/studio.subsidy": { owner: "artisan" },
  "routes/studio.subsidy_.letter.$id": { owner: "artisan", params: (i) => ({ id: i.decidedClaim }) },
  "routes/cases._index": { owner: "caseWorker" },
  "routes/cases.new": { owner: "caseWorker" },
  "routes/cases.$id._index": { owner: "caseWorker", params: (i) => ({ id: i.case }) },
  "routes/cases.$id.assessment": { owner: "caseWorker", params: (i) => ({ id: i.case }) },
  "routes/cases.$id.plan": { owner: "caseWorker", params: (i) => ({ id: i.case }) },
  "routes/cases.$id.referrals": { owner: "caseWorker", params: (i) => ({ id: i.case }) },
  "routes/cases.$id.reviews.$number": { owner: "caseWorker", params: (i) => ({ id: i.case, number: "1" }) },
  "routes/cases.$id.close": { owner: "caseWorker", params: (i) => ({ id: i.case }) },
  "routes/cases.$id.summary": { owner: "caseWorker", params: (i) => ({ id: i.case }) },
  "routes/studio.case": { owner: "artisan" },
  "routes/admin._index": { owner: "admin" },
  "routes/admin.people._index": { owner: "admin" },
  "routes/admin.people.new": { owner: "admin" },
  "routes/admin.people.$id": { owner: "admin", params: (i) => ({ id: i.user }) },
  "routes/admin.commission": { owner: "admin" },
  "routes/admin.crafts": { owner: "admin" },
  "routes/admin.branches._index": { owner: "admin" },
  "routes/admin.branches.new": { owner: "admin" },
  "routes/admin.branches.$id": { owner: "admin", params: (i) => ({ id: i.branch }) },
  "routes/admin.pickup-slots": { owner: "admin" },
  "routes/admin.audit": { owner: "admin" },
  "routes/studio.certificates._index": { owner: "artisan" },
  "routes/studio.certificates.new": { owner: "artisan" },
  "routes/studio.certificates.$id": { owner: "artisan", params: (i) => ({ id: i.certificate }) },
  "routes/studio.certificates.$id_.file": { owner: "artisan", params: (i) => ({ id: i.certificate }) },
  "routes/studio.certificates.help.$listingId": { owner: "artisan", params: (i) => ({ listingId: i.listing }) },
  "routes/moderation.certificates._index": { owner: "moderator" },
  "routes/moderation.certificates.$id": { owner: "moderator", params: (i) => ({ id: i.certificate }) },
  "routes/moderation.certificates.$id_.file": { owner: "moderator", params: (i) => ({ id: i.certificate }) },
  "routes/moderation.certification-help._index": { owner: "moderator" },
  "routes/moderation.certification-help.$id": { owner: "moderator", params: (i) => ({ id: i.helpRequest }) },
  "routes/reports": { owner: "branchHead" },
  "routes/reports[.]csv": { owner: "branchHead" },
};

/** The URL of a route with its parameters filled in (each already URL-encoded). */
export function routeUrl(path: string, params: Record<string, string>): string {
  return `/${path}`.replace(/:(\w+)|\*/g, (_, name: string | undefined) => params[name ?? "*"] ?? "x");
}

/** The ids the well-formed URLs use, from the personas' data. */
export async function realIds(app: ServedApp): Promise<Ids> {
  const { db, people } = app;
  const artisan = people.data.artisan;
  const onSale = await db.listing.findFirstOrThrow({ where: { artisanId: artisan.id, status: "APPROVED" } });
  const draft = await db.listing.create({
    data: { slug: "draft-hostile", artisanId: artisan.id, titleUz: "", priceMinor: 0n },
  });
  const part = people.data.part;
  const item = await db.orderItem.findFirstOrThrow({ where: { subOrderId: part.id } });
  const manifest = await db.courierManifest.create({
    data: {
      districtId: people.data.district.id,
      date: new Date(),
      courierId: people.courier.user.id,
      createdById: people.moderator.user.id,
    },
  });
  return {
    listing: people.data.listing.id,
    draft: draft.id,
    slug: onSale.slug,
    handle: artisan.handle,
    artisan: artisan.id,
    order: part.orderId,
    part: part.id,
    orderItem: item.id,
    manifest: manifest.id,
    outreach: people.data.outreach.id,
    badge: people.data.badge.id,
    claim: people.data.claim.id,
    decidedClaim: people.data.decidedClaim.id,
    programme: people.data.programme.id,
    case: people.data.case.id,
    // A person of their own for the admin's person page, whatever a hostile form might change.
    user: (await db.user.create({ data: { name: "Hostile Target", passwordHash: "x", roles: ["BUYER"] } })).id,
    branch: people.data.branch.id,
    district: people.data.district.id,
    certificate: people.data.certificate.id,
    helpRequest: people.data.helpRequest.id,
  };
}
