import { describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { applyEvent, cardOrder } from "./test-orders";

const test = withShopDatabase();

const refunds = (orderId: string) =>
  test.db.refund.findMany({
    where: { payment: { orderId } },
    orderBy: { createdAt: "asc" },
    select: { amountMinor: true, providerRef: true },
  });

// Stripe reports refunds as the charge's running total (amount_refunded): each event is turned into
// the difference from what is already recorded, so repeats and late arrivals add nothing.
describe("refund totals", () => {
  it("records two partial refunds as their differences, and ignores an older total arriving late", async () => {
    const { orderId, event } = await cardOrder(test);
    await applyEvent(test, event("payment.succeeded"));
    const first = event("payment.refunded", { refundRef: "ch_1:1000000", totalRefunded: { minor: 1_000_000 } });
    const second = event("payment.refunded", { refundRef: "ch_1:2500000", totalRefunded: { minor: 2_500_000 } });
    expect(await applyEvent(test, second)).toBe("applied");
    expect(await applyEvent(test, first)).toBe("unchanged");
    expect(await applyEvent(test, { ...second, id: "evt_repeat" })).toBe("unchanged");
    expect(await refunds(orderId)).toEqual([{ amountMinor: 2_500_000n, providerRef: "ch_1:2500000" }]);
    const payment = await test.db.payment.findFirstOrThrow({ where: { orderId } });
    expect(payment.status).toBe("PARTIALLY_REFUNDED");
    expect(await applyEvent(test, event("payment.refunded", { refundRef: "ch_1:4000000" }))).toBe("applied");
    expect((await refunds(orderId)).map((r) => r.amountMinor)).toEqual([2_500_000n, 1_500_000n]);
    expect((await test.db.payment.findFirstOrThrow({ where: { orderId } })).status).toBe("REFUNDED");
  });

  it("adds a difference once when two totals are applied at the same moment", async () => {
    const { orderId, event } = await cardOrder(test);
    await applyEvent(test, event("payment.succeeded"));
    const totals = [1_000_000, 3_000_000, 3_000_000, 1_000_000];
    await Promise.all(
      totals.map((minor) =>
        applyEvent(test, event("payment.refunded", { refundRef: `ch_2:${minor}`, totalRefunded: { minor } })),
      ),
    );
    const rows = await refunds(orderId);
    expect(rows.reduce((sum, r) => sum + r.amountMinor, 0n)).toBe(3_000_000n);
  });
});
