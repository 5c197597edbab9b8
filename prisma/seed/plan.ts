import { ARTISANS } from "./content/artisans";
import { DEMO_ACCOUNTS } from "./content/demo-accounts";
import { buildCases } from "./generate/cases";
import { bcaOn, buildSubsidyClaims } from "./generate/subsidies";
import { buildCatalog } from "./generate/catalog";
import { buildLogistics, buildRules } from "./generate/config";
import { buildDispatchDemo } from "./generate/dispatch";
import { buildPeople, type Seal } from "./generate/people";
import { buildModerationWork } from "./generate/moderation";
import { buildOnboarding } from "./generate/onboarding";
import { buildOutreach } from "./generate/outreach";
import { buildMahallas, buildPlaces } from "./generate/places";
import { buildDemoOrders } from "./generate/reviews";
import { buildNewOrders } from "./generate/fulfilment";
import { createRandom } from "./random";
import { dayKey } from "~/utils/days";

/** The demo data's "today": every date in it is relative to this, never to the clock. */
export const SEED_REFERENCE_DATE = new Date(Date.UTC(2026, 10, 1));

/** `today`: the day the seed runs, for data whose deadlines must read from the real calendar (claims). */
export type SeedPlanInput = { referenceDate: Date; passwordHash: string; seal: Seal; today?: Date };

/**
 * Every row of the demo data except the images' sizes and files (those need encoding, see
 * ./images.ts). Pure: the same input gives the same rows, ids included, apart from ciphertexts.
 */
export function buildSeedPlan({ referenceDate, passwordHash, seal, today = referenceDate }: SeedPlanInput) {
  const random = createRandom("hunarmand-demo");
  const places = buildPlaces(random.fork("places"));
  // Mahallas, branches and pickup windows only where demo people live or work.
  const peopleDistricts = [
    ...new Set([...ARTISANS.map((a) => a.district), ...DEMO_ACCOUNTS.flatMap((a) => a.staffDistricts ?? [])]),
  ];
  const artisanDistricts = [...new Set(ARTISANS.map((a) => a.district))];
  const info = (code: string) =>
    places.byCode.get(code) ??
    (() => {
      throw new Error(`unknown district ${code}`);
    })();
  const mahallas = buildMahallas(random.fork("mahallas"), peopleDistricts.map(info));
  const people = buildPeople({
    random: random.fork("people"),
    referenceDate,
    passwordHash,
    seal,
    districts: places.byCode,
    mahallas: mahallas.byDistrict,
  });
  const catalog = buildCatalog(random.fork("catalog"), referenceDate, people.artisans);
  const rules = buildRules(random.fork("rules"), people.adminId);
  const orders = buildDemoOrders({
    referenceDate,
    users: people.users,
    artisans: people.artisans,
    listings: catalog.listings,
    districts: places.districts,
    commissionRules: rules.commissionRules,
    uuid: random.fork("orders").uuid,
  });
  const logistics = buildLogistics(random.fork("logistics"), referenceDate, artisanDistricts.map(info));
  const newOrders = buildNewOrders({
    referenceDate,
    users: people.users,
    artisans: people.artisans,
    listings: catalog.listings,
    districts: places.districts,
    profiles: people.profiles,
    branches: logistics.branches,
    commissionRules: rules.commissionRules,
    uuid: random.fork("new-orders").uuid,
  });
  const moderation = buildModerationWork({
    referenceDate,
    artisans: people.artisans,
    users: people.users,
    listings: catalog.listings,
    slots: catalog.slots,
    uuid: random.fork("moderation").uuid,
  });
  const dispatch = buildDispatchDemo({
    referenceDate,
    artisans: people.artisans,
    listings: catalog.listings,
    districts: places.districts,
    branches: logistics.branches,
    commissionRules: rules.commissionRules,
    uuid: random.fork("dispatch").uuid,
  });
  const outreach = buildOutreach({
    referenceDate,
    users: people.users,
    districts: places.byCode,
    mahallas: mahallas.byDistrict,
    uuid: random.fork("outreach").uuid,
  });
  const onboarding = buildOnboarding({
    referenceDate,
    users: people.users,
    profiles: people.profiles,
    evidence: people.evidence,
    badges: people.badges,
    districts: places.byCode,
    mahallas: mahallas.byDistrict,
    passwordHash,
    seal,
    uuid: random.fork("onboarding").uuid,
  });
  const holidays = new Set(rules.publicHolidays.map((h) => dayKey(h.day as Date)));
  const cases = buildCases({
    referenceDate,
    users: people.users,
    profiles: people.profiles,
    holidays,
    seal,
    uuid: random.fork("cases").uuid,
  });
  const subsidy = buildSubsidyClaims({
    today,
    users: people.users,
    profiles: people.profiles,
    programme: rules.subsidyProgrammes[0]!,
    documentIds: rules.programmeDocuments.map((d) => d.id!),
    bcaMinor: bcaOn(rules.baseCalculationAmounts, today),
    holidays,
    consents: [...people.consents, ...onboarding.consents, ...cases.consents],
    steps: onboarding.checklistSteps,
    seal,
    uuid: random.fork("subsidies").uuid,
  });
  return {
    regions: places.regions,
    outreachContacts: [...outreach.outreachContacts, ...onboarding.outreachContacts],
    homeVisits: [...outreach.homeVisits, ...onboarding.homeVisits],
    districts: places.districts,
    mahallas: mahallas.rows,
    ...people,
    users: [...people.users, ...onboarding.users],
    profiles: [...people.profiles, ...onboarding.profiles],
    consents: [...people.consents, ...onboarding.consents, ...cases.consents, ...subsidy.consents],
    evidence: [...people.evidence, ...onboarding.evidence],
    consentRefusals: onboarding.consentRefusals,
    checklistSteps: [...onboarding.checklistSteps, ...subsidy.steps],
    subsidyClaims: subsidy.claims,
    ...catalog,
    listings: [...catalog.listings, ...moderation.pendingListings],
    slots: [...catalog.slots, ...moderation.pendingSlots],
    listingReports: moderation.listingReports,
    ...rules,
    ...logistics,
    ...orders,
    dispatchDemo: dispatch,
    orders: [...orders.orders, ...newOrders.orders],
    subOrders: [...orders.subOrders, ...newOrders.subOrders],
    orderItems: [...orders.orderItems, ...newOrders.orderItems],
    subOrderEvents: [...orders.subOrderEvents, ...newOrders.subOrderEvents],
    payments: [...orders.payments, ...newOrders.payments],
    stockReservations: newOrders.stockReservations,
    cases,
  };
}

export type SeedPlan = ReturnType<typeof buildSeedPlan>;
