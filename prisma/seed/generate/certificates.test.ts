import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "~/modules/catalog/test-catalog";
import { listingCertifications } from "~/modules/certificates/listing-certifications.server";
import { runCertificateExpiryNotices } from "~/modules/certificates/expiry.server";
import { LocalDiskStorage } from "~/modules/media/storage.server";
import { tashkentNow } from "~/utils/format";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { MODERATOR_EMAIL } from "../content/demo-accounts";
import { storeCertificateDemoFile, writeCertificatesDemo } from "./certificates";

let test: TestDatabase;
let root: string;
let ringSlug: string;
beforeAll(async () => {
  test = await createTestDatabase();
  root = await fs.mkdtemp(path.join(os.tmpdir(), "seed-certificates-"));
  const district = await makeRegion(test.db, "UZ-S1");
  const category = await makeCategory(test.db, "jewellery", { uz: "Zargarlik", ru: "Ювелирное", en: "Jewellery" });
  const artisan = await makeArtisan(test.db, district.id, "Shahnoza Ergasheva");
  for (const titleUz of ["Kumush bilaguzuk", "Kumush uzuk", "Sirgʻa", "Marjon", "Zirak"])
    await makeListing(test.db, { artisanId: artisan.id, categoryId: category.id, titleUz, priceSom: 400_000 });
  ringSlug = (await test.db.listing.findFirstOrThrow({ where: { titleUz: "Kumush uzuk" } })).slug;
  const moderator = await test.db.user.create({
    data: { name: "Bekzod Umarov", email: MODERATOR_EMAIL, passwordHash: "x", roles: ["MODERATOR"] },
  });
  await test.db.staffDistrict.create({ data: { userId: moderator.id, districtId: district.id } });
});
afterAll(async () => {
  await test?.drop();
  await fs.rm(root, { recursive: true, force: true });
});

it("seeds a verified hallmark on a ring, a pending certificate, one ending within 30 days and a help request", async () => {
  const storage = new LocalDiskStorage(path.join(root, "uploads"), "/media/", path.join(root, "private"));
  const fileKey = await storeCertificateDemoFile(storage);
  expect((await storage.getPrivate(fileKey))?.subarray(0, 5).toString()).toBe("%PDF-");
  const today = tashkentNow().today;
  expect(await test.db.$transaction((tx) => writeCertificatesDemo(tx, { today, fileKey }))).toEqual({ count: 3 });
  expect((await listingCertifications(test.db, ringSlug, "en")).map((c) => c.kind)).toEqual(["HALLMARK"]);
  expect(await test.db.productCertificate.count({ where: { status: "PENDING" } })).toBe(1);
  expect(await test.db.certificationHelpRequest.count({ where: { status: "OPEN" } })).toBe(1);
  expect(await runCertificateExpiryNotices(test.db, today)).toEqual({ told: 1 });
});
