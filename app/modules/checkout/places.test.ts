import { describe, expect, it } from "vitest";
import { chosenPlaces } from "./places.server";
import { withShopDatabase } from "./test-fixtures";

const test = withShopDatabase();

async function regionWithBranches(code: string, names: string[]) {
  const region = await test.db.region.create({
    data: { code, nameUz: `Viloyat ${code}`, nameRu: `Область ${code}`, nameEn: `Region ${code}` },
  });
  const district = await test.db.district.create({
    data: { code: `${code}-01`, regionId: region.id, nameUz: "Tuman", nameRu: "Район", nameEn: "District" },
  });
  for (const name of names) {
    await test.db.branch.create({
      data: {
        districtId: district.id,
        nameUz: name,
        nameRu: `${name} ru`,
        nameEn: `${name} en`,
        address: "Markaz 1",
        addressRu: "Центр 1",
        addressEn: "1 Markaz",
        phone: "+998711234567",
        hours: "9–18",
        hoursRu: "9–18",
        hoursEn: "9–18",
      },
    });
  }
  return region;
}

describe("places at checkout", () => {
  it("offers only the branches of the chosen region, by name, and none before a region is chosen", async () => {
    const samarkand = await regionWithBranches("SM", ["Urgut filiali", "Kattaqoʻrgʻon filiali"]);
    await regionWithBranches("BX", ["Buxoro filiali"]);
    expect((await chosenPlaces(test.db, { regionId: samarkand.id }, "uz")).branches.map((b) => b.name)).toEqual([
      "Kattaqoʻrgʻon filiali",
      "Urgut filiali",
    ]);
    expect((await chosenPlaces(test.db, { regionId: test.shop.region.id }, "ru")).branches).toEqual([
      // The Russian page reads the branch's Russian address.
      expect.objectContaining({ id: test.shop.branch.id, name: "Филиал", address: "Бунёдкор 1", hours: "9–18" }),
    ]);
    expect((await chosenPlaces(test.db, {}, "uz")).branches).toEqual([]);
    expect((await chosenPlaces(test.db, { regionId: "no-such-region" }, "uz")).branches).toEqual([]);
  });
});
