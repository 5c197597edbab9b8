import { describe, expect, it } from "vitest";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { makeArtisan, makeListing, orderInput, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { createI18n } from "~/utils/i18n/i18n.server";
import { earningsCsv } from "./earnings-csv";
import { artisanEarnings, creditDeliveredSale } from "./ledger.server";

const test = withShopDatabase();

/** A delivered cash sale of two pieces at 30 000 soʻm by a verified or unverified artisan. */
async function deliveredSale(verified: boolean) {
  const artisan = await makeArtisan(test.db, test.shop, { verified });
  const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 5, priceMinor: 3_000_000n });
  const placed = await placeOrder(
    test.db,
    orderInput(test.shop, [{ listingId: listing.id, quantity: 2 }], { paymentMethod: "CASH_ON_DELIVERY" }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  const sub = await test.db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId } });
  return { artisan, sub, number: placed.number };
}
const deliver = (id: string) => test.db.subOrder.update({ where: { id }, data: { status: "DELIVERED" } });

describe("creditDeliveredSale", () => {
  it("credits the sale once, less the commission, and refuses a part not yet delivered", async () => {
    const { artisan, sub } = await deliveredSale(false);
    await expect(test.db.$transaction((tx) => creditDeliveredSale(tx, sub.id))).rejects.toThrow(/not delivered/);
    await deliver(sub.id);
    const twice = await Promise.all([1, 2].map(() => test.db.$transaction((tx) => creditDeliveredSale(tx, sub.id))));
    expect(twice.filter(Boolean)).toHaveLength(1);
    const entries = await test.db.ledgerEntry.findMany({ where: { artisanId: artisan.id }, orderBy: { kind: "asc" } });
    expect(entries.map((e) => [e.kind, e.amountMinor])).toEqual(
      sub.commissionMinor > 0n
        ? [
            ["SALE_CREDIT", 6_000_000n],
            ["COMMISSION", -sub.commissionMinor],
          ]
        : [["SALE_CREDIT", 6_000_000n]],
    );
  });

  it("adds no commission line for a verified artisan at 0 %, and keeps a running balance by month", async () => {
    const { artisan, sub, number } = await deliveredSale(true);
    await deliver(sub.id);
    await test.db.$transaction((tx) => creditDeliveredSale(tx, sub.id));
    await test.db.ledgerEntry.create({
      data: { artisanId: artisan.id, kind: "PAYOUT", amountMinor: -2_500_000n, createdAt: new Date(Date.now() + 1000) },
    });
    const { months, balance } = await artisanEarnings(test.db, artisan.id);
    expect(balance).toEqual({ minor: 3_500_000 });
    expect(months).toHaveLength(1);
    expect(months[0]!.lines.map((l) => [l.kind, l.orderNumber, l.amount.minor, l.balance.minor])).toEqual([
      ["SALE_CREDIT", number, 6_000_000, 6_000_000],
      ["PAYOUT", null, -2_500_000, 3_500_000],
    ]);

    const csv = earningsCsv(months, "ru", createI18n("ru").t);
    const [head, first, second] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(head).toBe("Дата,Месяц,Что,Заказ,Сумма (UZS),Баланс (UZS)");
    expect(first).toContain(`Продажа,${number},60000.00,60000.00`);
    // The month in words, as on the page: "ноябрь 2026", never "2026-11".
    expect(first!.split(",")[1]).toMatch(
      /^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) \d{4}$/,
    );
    expect(second).toContain("Выплачено вам,,-25000.00,35000.00");
  });
});

describe("earningsCsv", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    const months = [
      {
        month: "2026-11",
        total: { minor: 0 },
        lines: [
          {
            at: new Date("2026-11-02T10:00:00Z"),
            kind: "ADJUSTMENT",
            orderNumber: '=HYPERLINK("x")',
            amount: { minor: -5 },
            balance: { minor: -5 },
          },
        ],
      },
    ];
    const row = earningsCsv(months, "en", (key) => key).split("\r\n")[1];
    expect(row).toBe('02 Nov 2026,common.months.11 2026,earnings.kind.ADJUSTMENT,"\'=HYPERLINK(""x"")",-0.05,-0.05');
  });
});
