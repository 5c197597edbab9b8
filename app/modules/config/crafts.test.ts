import { describe, expect, it } from "vitest";
import { makeArtisan, makeListing, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { listCategories } from "~/modules/catalog/queries.server";
import { addCraft, craftList, removeCraft, updateCraft } from "./crafts.server";

// Crafts through the admin's hands: the catalog's remembered craft list sees each change at once.
const test = withShopDatabase();
const craft = { nameUz: "Kulolchilik", nameRu: "Гончарное дело", nameEn: "Pottery", sortOrder: 3 };

describe("crafts", () => {
  it("adds a craft with an address made from its Uzbek name, a second of the same name gets its own", async () => {
    const admin = test.shop.staff;
    const before = await listCategories(test.db, "en"); // remembered for a minute
    expect(await addCraft(test.db, admin, craft)).toEqual({ ok: true });
    expect(await addCraft(test.db, admin, { ...craft, nameUz: "Kulolchilik!", sortOrder: 4 })).toEqual({ ok: true });
    const after = await listCategories(test.db, "en");
    expect(after).toHaveLength(before.length + 2);
    expect(after.filter((c) => c.name === "Pottery").map((c) => c.slug)).toEqual(["kulolchilik", "kulolchilik-2"]);

    const saved = (await craftList(test.db, "uz-Cyrl")).find((c) => c.slug === "kulolchilik")!;
    expect(saved).toMatchObject({ name: "Кулолчилик", listings: 0 });
    expect(await updateCraft(test.db, admin, saved.id, { ...craft, nameEn: "Ceramics", sortOrder: 9 })).toEqual({
      ok: true,
    });
    const renamed = await listCategories(test.db, "en");
    expect(renamed.at(-1)).toMatchObject({ slug: "kulolchilik", name: "Ceramics" });
  });

  it("keeps a craft with listings (and says why), removes one without", async () => {
    const admin = test.shop.staff;
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    await makeListing(test.db, test.shop, artisan.id, { status: "DRAFT" });
    expect(await removeCraft(test.db, admin, test.shop.category.id)).toEqual({ ok: false, reason: "hasListings" });
    const empty = (await craftList(test.db, "en")).find((c) => c.slug === "kulolchilik-2")!;
    expect(await removeCraft(test.db, admin, empty.id)).toEqual({ ok: true });
    expect((await listCategories(test.db, "en")).map((c) => c.slug)).not.toContain("kulolchilik-2");
    expect(await removeCraft(test.db, admin, empty.id)).toEqual({ ok: false, reason: "notFound" });
    const actions = await test.db.auditLog.findMany({ where: { entity: "Category" }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "craft.create",
      "craft.create",
      "craft.remove",
      "craft.update",
    ]);
  });
});
