import { describe, expect, it } from "vitest";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { chosenPlaces } from "~/modules/checkout/places.server";
import { makeArtisan, makeListing, orderInput, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { offeredBranches } from "~/modules/fulfilment/branches.server";
import type { BranchInput } from "./branch-schemas";
import { branchList, createBranch, setBranchActive, updateBranch } from "./branches.server";

// Only active branches are offered: at checkout (its places and the order itself) and for an
// artisan's drop-off; each reader gets the address and hours in their language.
const test = withShopDatabase();

const input = (districtId: string, name: string): BranchInput => ({
  districtId,
  nameUz: `${name} filiali`,
  nameRu: `Филиал ${name}`,
  nameEn: `${name} branch`,
  address: "Bunyodkor koʻchasi, 5",
  addressRu: "улица Бунёдкор, 5",
  addressEn: "5 Bunyodkor Street",
  hours: "Du–Ju 9:00–18:00",
  hoursRu: "Пн–Пт 9:00–18:00",
  hoursEn: "Mon–Fri 9:00–18:00",
  phone: "+998711112233",
});

describe("branches offered to buyers and artisans", () => {
  it("drops an inactive branch from checkout and drop-off choices, and refuses an order naming it", async () => {
    const admin = test.shop.staff;
    const { district, region } = test.shop;
    expect(await createBranch(test.db, admin, input(district.id, "Qatortol"))).toEqual({ ok: true });
    const added = await test.db.branch.findFirstOrThrow({ where: { nameUz: "Qatortol filiali" } });
    const offered = async () =>
      (await chosenPlaces(test.db, { regionId: region.id }, "ru")).branches.map((b) => b.name).sort();
    expect(await offered()).toEqual(["Филиал", "Филиал Qatortol"]);

    expect(await setBranchActive(test.db, admin, added.id, false)).toEqual({ ok: true });
    expect(await offered()).toEqual(["Филиал"]);
    expect((await offeredBranches(test.db, district.id)).map((b) => b.id)).toEqual([test.shop.branch.id]);

    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const listing = await makeListing(test.db, test.shop, artisan.id);
    const result = await placeOrder(
      test.db,
      orderInput(test.shop, [{ listingId: listing.id, quantity: 1 }], {
        delivery: { method: "BRANCH_PICKUP", branchId: added.id },
      }),
    );
    expect(result).toEqual({ ok: false, reason: "branchNotOffered", message: "config.errors.branchNotOffered" });
    expect(await test.db.order.count({ where: { branchId: added.id } })).toBe(0);

    expect(await setBranchActive(test.db, admin, added.id, true)).toEqual({ ok: true });
    expect(await offered()).toContain("Филиал Qatortol");
    const actions = await test.db.auditLog.findMany({ where: { entityId: added.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["branch.create", "branch.deactivate", "branch.activate"]);
  });

  it("shows the address and hours in the reader's language, Uzbek Cyrillic transliterated", async () => {
    const { district, region } = test.shop;
    const branch = await test.db.branch.findFirstOrThrow({ where: { nameUz: "Qatortol filiali" } });
    const shown = async (locale: "uz" | "uz-Cyrl" | "ru" | "en") =>
      (await chosenPlaces(test.db, { regionId: region.id }, locale)).branches.find((b) => b.id === branch.id);
    expect(await shown("uz")).toMatchObject({ address: "Bunyodkor koʻchasi, 5", hours: "Du–Ju 9:00–18:00" });
    expect(await shown("uz-Cyrl")).toMatchObject({ address: "Бунёдкор кўчаси, 5", hours: "Ду–Жу 9:00–18:00" });
    expect(await shown("ru")).toMatchObject({ address: "улица Бунёдкор, 5", hours: "Пн–Пт 9:00–18:00" });
    expect(await shown("en")).toMatchObject({ address: "5 Bunyodkor Street", hours: "Mon–Fri 9:00–18:00" });

    const changed = { ...input(district.id, "Qatortol"), addressEn: "7 Bunyodkor Street" };
    expect(await updateBranch(test.db, test.shop.staff, branch.id, changed)).toEqual({ ok: true });
    expect(await shown("en")).toMatchObject({ address: "7 Bunyodkor Street" });
    expect(await updateBranch(test.db, test.shop.staff, "none", changed)).toEqual({ ok: false, reason: "notFound" });

    const list = await branchList(test.db, "en");
    expect(list[0]!.branches.map((b) => [b.name, b.district, b.active])).toEqual(
      expect.arrayContaining([["Qatortol branch", "Chilanzar", true]]),
    );
  });
});
