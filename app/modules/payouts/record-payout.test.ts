import { describe, expect, it } from "vitest";
import { makeArtisan, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { artisansOwed, recordPayout } from "./record-payout.server";

const test = withShopDatabase();

/** An artisan of the test district owed 50 000 soʻm, and a moderator of that district and of none. */
async function owedArtisan() {
  const artisan = await makeArtisan(test.db, test.shop, { verified: true });
  await test.db.ledgerEntry.create({ data: { artisanId: artisan.id, kind: "SALE_CREDIT", amountMinor: 5_000_000n } });
  const staff = async (withDistrict: boolean) => {
    const user = await test.db.user.create({
      data: { name: "Moderator", email: `m-${Math.random()}@example.uz`, passwordHash: "x", roles: ["MODERATOR"] },
    });
    if (withDistrict)
      await test.db.staffDistrict.create({ data: { userId: user.id, districtId: test.shop.district.id } });
    return user.id;
  };
  return { artisan, moderator: await staff(true), stranger: await staff(false) };
}
const payout = (staffUserId: string, artisanId: string, amountMinor: bigint) =>
  recordPayout(test.db, { staffUserId, artisanId, amountMinor, method: "CASH", reference: "chek 0042" });

describe("recordPayout", () => {
  it("pays out up to the balance, writes the ledger line, audits and tells the artisan", async () => {
    const { artisan, moderator } = await owedArtisan();
    expect((await artisansOwed(test.db, moderator)).find((a) => a.id === artisan.id)?.balance).toEqual({
      minor: 5_000_000,
    });
    expect(await payout(moderator, artisan.id, 5_000_001n)).toEqual({ ok: false, reason: "moreThanOwed" });
    expect(await payout(moderator, artisan.id, 2_000_000n)).toEqual({ ok: true });
    const lines = await test.db.ledgerEntry.findMany({ where: { artisanId: artisan.id, kind: "PAYOUT" } });
    expect(lines.map((l) => [l.amountMinor, l.note])).toEqual([[-2_000_000n, "chek 0042"]]);
    expect(await test.db.auditLog.count({ where: { action: "payout.recorded", actorId: moderator } })).toBe(1);
    expect(await test.db.notification.count({ where: { userId: artisan.userId, kind: "payout.recorded" } })).toBe(1);
    expect((await artisansOwed(test.db, moderator)).find((a) => a.id === artisan.id)?.balance).toEqual({
      minor: 3_000_000,
    });
  });

  it("lets only one of two payouts of the whole balance through", async () => {
    const { artisan, moderator } = await owedArtisan();
    const results = await Promise.all([
      payout(moderator, artisan.id, 5_000_000n),
      payout(moderator, artisan.id, 5_000_000n),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await test.db.payout.count({ where: { artisanId: artisan.id } })).toBe(1);
  });

  it("refuses staff of other districts, who do not see the artisan either", async () => {
    const { artisan, stranger } = await owedArtisan();
    expect(await artisansOwed(test.db, stranger)).toEqual([]);
    expect(await payout(stranger, artisan.id, 1_000n)).toEqual({ ok: false, reason: "notFound" });
    expect(await test.db.payout.count({ where: { artisanId: artisan.id } })).toBe(0);
  });
});
