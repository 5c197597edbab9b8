import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubOrderStatus } from "~/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { monthFacts } from "./month-facts.server";
import { reviewMonth } from "./schedule";
import { makeCaseArtisan, makeDistrict, makeWorker } from "./test-cases";

let test: TestDatabase;
let artisanId: string;
let otherId: string;
let n = 0;
const at = (iso: string) => new Date(iso);

async function listing(status: "APPROVED" | "ARCHIVED", approvedAt: string) {
  n += 1;
  await test.db.listing.create({
    data: { slug: `l-${n}`, artisanId, titleUz: "Doʻppi", priceMinor: 10_000_000n, status, approvedAt: at(approvedAt) },
  });
}

/** A part of an order with its timeline, each event at its own moment. */
async function part(owner: string, events: Array<[SubOrderStatus, string, string?]>) {
  n += 1;
  const order = await test.db.order.create({
    data: {
      number: `T-${n}`,
      contactName: "Xaridor",
      email: "x@t.uz",
      phone: "+998901112233",
      deliveryMethod: "COURIER",
      paymentMethod: "CASH_ON_DELIVERY",
      totalMinor: 100_000n,
    },
  });
  const sub = await test.db.subOrder.create({
    data: {
      orderId: order.id,
      artisanId: owner,
      itemsTotalMinor: 100_000n,
      commissionBasisPoints: 0,
      commissionMinor: 0n,
    },
  });
  for (const [status, createdAt, note] of events)
    await test.db.subOrderEvent.create({ data: { subOrderId: sub.id, status, createdAt: at(createdAt), note } });
  return sub.id;
}

const credit = (kind: "SALE_CREDIT" | "COMMISSION" | "PAYOUT", amountMinor: bigint, createdAt: string) =>
  test.db.ledgerEntry.create({ data: { artisanId, kind, amountMinor, createdAt: at(createdAt) } });

beforeAll(async () => {
  test = await createTestDatabase();
  const districtId = await makeDistrict(test.db, "UZ-M1");
  const worker = await makeWorker(test.db, districtId, "D");
  artisanId = (await makeCaseArtisan(test.db, districtId, { recordedBy: worker })).id;
  otherId = (await makeCaseArtisan(test.db, districtId, { recordedBy: worker })).id;
});
afterAll(async () => test?.drop());

describe("the facts of a month", () => {
  it("count one artisan's Tashkent calendar month: listings, orders, deliveries, income, failed pickups", async () => {
    await listing("APPROVED", "2026-02-10T08:00:00Z");
    await listing("APPROVED", "2026-03-31T18:59:00Z"); // 23:59 on 31 March in Tashkent
    await listing("APPROVED", "2026-03-31T19:00:00Z"); // already 1 April
    await listing("ARCHIVED", "2026-02-10T08:00:00Z");
    await part(artisanId, [
      ["PLACED", "2026-03-05T08:00:00Z", "order.created"],
      ["READY", "2026-03-09T08:00:00Z", "window:2026-03-10 10:00-13:00"],
      ["READY", "2026-03-10T08:00:00Z", "nobodyHome"],
      ["READY", "2026-03-12T08:00:00Z", "other: eshik yopiq"],
      ["DELIVERED", "2026-03-20T08:00:00Z"],
    ]);
    // Placed on 28 February (Tashkent), delivered on 1 March (Tashkent, still 28 February in UTC).
    await part(artisanId, [
      ["PLACED", "2026-02-28T18:00:00Z", "order.created"],
      ["DELIVERED", "2026-02-28T20:00:00Z"],
    ]);
    await part(artisanId, [["PLACED", "2026-03-31T20:00:00Z", "order.created"]]);
    await part(otherId, [
      ["PLACED", "2026-03-05T08:00:00Z", "order.created"],
      ["DELIVERED", "2026-03-06T08:00:00Z"],
    ]);
    await credit("SALE_CREDIT", 10_000_000n, "2026-03-20T08:00:00Z");
    await credit("COMMISSION", -500_000n, "2026-03-20T08:00:00Z");
    await credit("SALE_CREDIT", 5_000_000n, "2026-02-28T20:00:00Z");
    await credit("PAYOUT", -8_000_000n, "2026-03-25T08:00:00Z");
    await credit("SALE_CREDIT", 7_000_000n, "2026-04-02T08:00:00Z");

    const month = reviewMonth(new Date("2026-04-15T00:00:00Z"));
    expect(month.key).toBe("2026-03");
    expect(await monthFacts(test.db, artisanId, month)).toEqual({
      month: "2026-03",
      liveListings: 2,
      orders: 1,
      deliveredSales: 2,
      incomeMinor: 14_500_000,
      pickupsFailed: 2,
    });
  });
});
