import type { Prisma, SubOrderStatus } from "~/generated/prisma/client";
import { addDays } from "../random";
import { emptyOrderRows, type OrderSeedInput, orderItemOf } from "./order-rows";

// Delivered demo orders with reviews, so listing pages show ratings and a person can try the
// review flow: the demo buyer has two delivered items of the demo artisan still waiting for a
// review (one each for the Uzbek and Russian browser tests, which run side by side).
const BUYER_EMAIL = "buyer@hunarmand.uz";
const SELLER_HANDLE = "zulfiya-rahimova";
const COURIER_EMAIL = "courier@hunarmand.uz";
const DELIVERY_DISTRICT = "UZ-TK-yunusobod";
const TIMELINE: readonly SubOrderStatus[] = ["PLACED", "ACCEPTED", "READY", "PICKED_UP", "DELIVERED"];

/** A review as written, with the language of the page it was written on. */
type Written = { rating: number; body: string; bodyLocale: "uz" | "ru" | "en"; reply?: string };
type Purchase = { buyerId: string; placedDay: number; lines: Array<{ listingIndex: number; review?: Written }> };

const REVIEWS = {
  malika: {
    rating: 5,
    bodyLocale: "uz",
    body: "Doʻppi juda chiroyli, tikuvi puxta. Oʻlchami rasmdagidek, oʻgʻlimga ayni mos keldi.",
    reply: "Rahmat, Malika! Tikkanimdan xursand boʻldim. Yana kutib qolamiz.",
  },
  first: {
    rating: 4,
    bodyLocale: "uz",
    body: "Ish nozik va sifatli. Yetkazib berish biroz choʻzildi, lekin mahsulot bunga arziydi.",
  },
  second: {
    rating: 5,
    bodyLocale: "ru",
    body: "Очень аккуратная работа, вышивка плотная и ровная. Подарок всем понравился.",
  },
  third: {
    rating: 4,
    bodyLocale: "en",
    body: "Beautiful colours and careful stitching. A little smaller than I expected.",
  },
  fourth: { rating: 3, bodyLocale: "uz", body: "Yaxshi ish, lekin rangi rasmdagidan biroz ochroq chiqdi." },
} satisfies Record<string, Written>;

export function buildDemoOrders({
  referenceDate,
  users,
  artisans,
  listings,
  districts,
  commissionRules,
  uuid,
}: OrderSeedInput) {
  const userId = (email: string) => users.find((u) => u.email === email)?.id ?? fail(`no demo user ${email}`);
  const seller = artisans.find((a) => a.handle === SELLER_HANDLE) ?? fail(`no demo artisan ${SELLER_HANDLE}`);
  const sold = listings.filter((l) => l.artisanId === seller.profileId);
  if (sold.length < 4) throw new Error(`${SELLER_HANDLE} needs 4 listings for the demo reviews`);
  const district = districts.find((d) => d.code === DELIVERY_DISTRICT) ?? fail(`no district ${DELIVERY_DISTRICT}`);
  const rule =
    commissionRules.find((r) => r.sellerCategory === "VERIFIED_PWD") ??
    fail("no commission rule for verified artisans");
  const buyerId = userId(BUYER_EMAIL);
  const courierId = userId(COURIER_EMAIL);
  const [r1, r2, r3] = artisans.filter((a) => a.handle !== SELLER_HANDLE).map((a) => a.userId);

  const purchases: Purchase[] = [
    { buyerId, placedDay: -44, lines: [{ listingIndex: 0, review: REVIEWS.malika }] },
    { buyerId: r1!, placedDay: -40, lines: [{ listingIndex: 0, review: REVIEWS.first }] },
    { buyerId: r2!, placedDay: -36, lines: [{ listingIndex: 0, review: REVIEWS.second }] },
    {
      buyerId: r3!,
      placedDay: -30,
      lines: [
        { listingIndex: 0, review: REVIEWS.third },
        { listingIndex: 3, review: REVIEWS.fourth },
      ],
    },
    { buyerId, placedDay: -12, lines: [{ listingIndex: 1 }, { listingIndex: 2 }] },
  ];

  const rows = {
    ...emptyOrderRows(),
    reviews: [] as Prisma.ReviewCreateManyInput[],
    // Delivered parts are credited to the artisan, as creditDeliveredSale does (0 % commission here).
    ledgerEntries: [] as Prisma.LedgerEntryCreateManyInput[],
  };
  purchases.forEach((purchase, index) => {
    const buyer = users.find((u) => u.id === purchase.buyerId)!;
    const placedAt = addDays(referenceDate, purchase.placedDay);
    const deliveredAt = addDays(placedAt, TIMELINE.length - 1);
    const lines = purchase.lines.map((line) => ({ ...line, listing: sold[line.listingIndex]! }));
    const total = lines.reduce((sum, line) => sum + BigInt(line.listing.priceMinor), 0n);
    const orderId = uuid();
    const subOrderId = uuid();
    rows.orders.push({
      id: orderId,
      number: `HM-2610-DEM${index + 2}`,
      buyerId: purchase.buyerId,
      contactName: buyer.name,
      email: buyer.email ?? BUYER_EMAIL,
      phone: "+998901112233",
      deliveryMethod: "COURIER",
      regionId: district.regionId,
      districtId: district.id,
      street: "Amir Temur shoh koʻchasi, 108",
      paymentMethod: "CASH_ON_DELIVERY",
      status: "COMPLETED",
      totalMinor: total,
      locale: "uz",
      createdAt: placedAt,
      updatedAt: deliveredAt,
    });
    rows.subOrders.push({
      id: subOrderId,
      orderId,
      artisanId: seller.profileId,
      status: "DELIVERED",
      itemsTotalMinor: total,
      commissionRuleId: rule.id,
      commissionBasisPoints: rule.basisPoints,
      commissionMinor: 0n,
      createdAt: placedAt,
      updatedAt: deliveredAt,
    });
    // One day per step: placed by the buyer, accepted and made ready by the artisan, carried by the courier.
    TIMELINE.forEach((status, step) => {
      const actorId = step === 0 ? purchase.buyerId : step < 3 ? seller.userId : courierId;
      rows.subOrderEvents.push({
        id: uuid(),
        subOrderId,
        status,
        actorId,
        note: step === 0 ? "order.created" : null,
        createdAt: addDays(placedAt, step),
      });
    });
    rows.payments.push({
      id: uuid(),
      orderId,
      provider: "CASH",
      amountMinor: total,
      status: "SUCCEEDED",
      createdAt: placedAt,
      updatedAt: deliveredAt,
    });
    rows.ledgerEntries.push({
      id: uuid(),
      artisanId: seller.profileId,
      kind: "SALE_CREDIT",
      amountMinor: total,
      subOrderId,
      note: `HM-2610-DEM${index + 2}`,
      createdAt: deliveredAt,
    });
    for (const line of lines) {
      const orderItemId = uuid();
      rows.orderItems.push(orderItemOf(orderItemId, subOrderId, line.listing));
      if (!line.review) continue;
      const createdAt = addDays(deliveredAt, 2);
      const { rating, body, bodyLocale, reply } = line.review;
      rows.reviews.push({
        id: uuid(),
        orderItemId,
        listingId: line.listing.id!,
        buyerId: purchase.buyerId,
        rating,
        body,
        bodyLocale,
        createdAt,
        ...(reply && { artisanReply: reply, replyLocale: "uz", repliedAt: addDays(createdAt, 1) }),
      });
    }
  });
  return rows;
}

/** The demo buyer's delivered items still waiting for a review, in a fixed order (browser tests pick by index). */
export function demoReviewableItems(
  plan: ReturnType<typeof buildDemoOrders> & { listings: readonly Prisma.ListingCreateManyInput[] },
) {
  const reviewed = new Set(plan.reviews.map((r) => r.orderItemId));
  const delivered = new Set(plan.subOrders.filter((s) => s.status === "DELIVERED").map((s) => s.id));
  return plan.orderItems
    .filter((item) => delivered.has(item.subOrderId) && !reviewed.has(item.id!))
    .map((item) => ({
      orderItemId: item.id!,
      slug: plan.listings.find((l) => l.id === item.listingId)!.slug,
      title: item.titleUz,
      titleRu: item.titleRu ?? null,
    }));
}

function fail(message: string): never {
  throw new Error(message);
}
