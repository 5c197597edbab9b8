import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCatalogQuery } from "~/modules/catalog/catalog-query";
import { getPublicListing } from "~/modules/catalog/listing.server";
import { listingSeo } from "~/modules/catalog/product-seo.server";
import { findPage } from "~/modules/catalog/search.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "~/modules/catalog/test-catalog";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { renderPage } from "../../../tests/support/render-page";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { CertifiedNotes } from "./certified-notes";
import { certifiedNotes, listingCertifications, listingCertificationSeo } from "./listing-certifications.server";
import { runCertificateExpiryNotices } from "./expiry.server";
import { makeModerator } from "./test-certificates";

let test: TestDatabase;
const today = tashkentNow().today;
const DAY = 86_400_000;
const day = (days: number) => new Date(today.getTime() + days * DAY);
let artisan: { id: string; userId: string };
let moderatorId: string;
const slugs: Record<"ring" | "expired" | "pending" | "plain" | "soon", string> = {} as never;

/** A certificate as the app leaves it after a decision (recorded by the artisan, decided by the moderator). */
async function certificate(
  listingId: string,
  status: "VERIFIED" | "PENDING",
  expiresOn: Date | null,
  kind: "HALLMARK" | "ORIGIN" = "HALLMARK",
) {
  return test.db.productCertificate.create({
    data: {
      artisanId: artisan.id,
      kind,
      issuer: "Oʻzbekiston proba palatasi",
      number: `PR-${listingId.slice(-4)}`,
      issuedOn: new Date("2025-01-10"),
      expiresOn,
      fileKey: "certificates/abc.pdf",
      fileType: "application/pdf",
      status,
      recordedById: artisan.userId,
      ...(status === "VERIFIED" ? { decidedById: moderatorId, decidedAt: new Date() } : {}),
      listings: { create: { listingId } },
    },
  });
}

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  const home = await makeRegion(db, "UZ-P1");
  const category = await makeCategory(db, "zargarlik", { uz: "Zargarlik", ru: "Ювелирное", en: "Jewellery" });
  artisan = await makeArtisan(db, home.id, "Dilnoza Karimova");
  await db.user.update({ where: { id: artisan.userId }, data: { locale: "en" } });
  moderatorId = (await makeModerator(db, home.id)).id;
  const listing = (titleUz: string) =>
    makeListing(db, { artisanId: artisan.id, categoryId: category.id, titleUz, priceSom: 300_000 });
  const [ring, expired, pending, plain, soon] = await Promise.all(
    ["Kumush uzuk", "Eski uzuk", "Yangi uzuk", "Oddiy uzuk", "Tez uzuk"].map(listing),
  );
  Object.assign(slugs, {
    ring: ring!.slug,
    expired: expired!.slug,
    pending: pending!.slug,
    plain: plain!.slug,
    soon: soon!.slug,
  });
  await certificate(ring!.id, "VERIFIED", new Date("2099-03-01"));
  await certificate(ring!.id, "VERIFIED", null, "ORIGIN");
  await certificate(expired!.id, "VERIFIED", day(-1));
  await certificate(pending!.id, "PENDING", new Date("2099-03-01"));
  await certificate(soon!.id, "VERIFIED", day(30));
});
afterAll(async () => test?.drop());

describe("the listing page", () => {
  it("says 'Certified: <kind>, valid until <date>' for each verified, unexpired certificate, in the reader's language", async () => {
    const notesIn = async (locale: Locale) =>
      renderPage(
        locale,
        <CertifiedNotes notes={certifiedNotes(await listingCertifications(test.db, slugs.ring, locale), locale)} />,
      );
    const html = await notesIn("en");
    expect(html).toContain("Certified: Hallmark (assay mark) for precious metal, valid until 01 Mar 2099");
    expect(html).toContain("Certified: Certificate of origin<");
    const ru = await notesIn("ru");
    expect(ru).toContain("Сертифицировано: Проба (клеймо) на драгоценном металле, действует до 01.03.2099");
    const cyrillic = await notesIn("uz-Cyrl");
    expect(cyrillic).toContain("Ўзбекистон проба палатаси");
  });

  it("puts them in the Product's JSON-LD as schema.org Certifications, never the file", async () => {
    const listing = (await getPublicListing(test.db, slugs.ring, "en"))!;
    const seo = listingSeo(
      listing,
      undefined,
      listingCertificationSeo(await listingCertifications(test.db, slugs.ring, "en"), "en"),
    );
    expect(seo.jsonLd.hasCertification).toContainEqual({
      "@type": "Certification",
      name: "Hallmark (assay mark) for precious metal",
      issuedBy: { "@type": "Organization", name: "Oʻzbekiston proba palatasi" },
      certificationIdentification: expect.stringMatching(/^PR-/),
      certificationStatus: "https://schema.org/CertificationActive",
      validFrom: "2025-01-10",
      expires: "2099-03-01",
    });
    expect(JSON.stringify(seo.jsonLd)).not.toContain("certificates/abc.pdf");
  });

  it("shows nothing for an expired or a pending certificate", async () => {
    for (const slug of [slugs.expired, slugs.pending, slugs.plain]) {
      const shown = await listingCertifications(test.db, slug, "en");
      expect(shown).toEqual([]);
      expect(await renderPage("en", <CertifiedNotes notes={certifiedNotes(shown, "en")} />)).not.toContain("Certified");
      expect(listingCertificationSeo(shown, "en")).toEqual({});
    }
  });
});

describe("the catalog's certified filter", () => {
  it("is read from the URL and finds only listings with a verified certificate valid today", async () => {
    const query = parseCatalogQuery(new URLSearchParams("certified=1"));
    expect(query.certified).toBe(true);
    expect(parseCatalogQuery(new URLSearchParams("")).certified).toBe(false);
    const page = await findPage(test.db, query);
    expect(page.slugs.sort()).toEqual([slugs.ring, slugs.soon].sort());
    expect((await findPage(test.db, parseCatalogQuery(new URLSearchParams("")))).slugs).toHaveLength(5);
  });
});

describe("the expiry reminder", () => {
  it("tells the artisan once when a verified certificate ends within 30 days", async () => {
    expect(await runCertificateExpiryNotices(test.db, today)).toEqual({ told: 1 });
    expect(await runCertificateExpiryNotices(test.db, today)).toEqual({ told: 0 });
    expect(await runCertificateExpiryNotices(test.db, day(1))).toEqual({ told: 0 });
    const notices = await test.db.notification.findMany({
      where: { userId: artisan.userId, kind: "certificate.expiringSoon" },
    });
    expect(notices.map((n) => n.payload)).toEqual([
      { certificateKindCode: "HALLMARK", validUntilDay: day(30).toISOString().slice(0, 10) },
    ]);
    const email = await test.db.outboxEmail.findFirst({ where: { subject: "Hunarmand: your certificate ends soon" } });
    expect(email?.text).toContain("Hallmark (assay mark) for precious metal");
  });

  it("says nothing for one ending in 31 days (on a fixed today)", async () => {
    const fixed = new Date("2099-01-29T00:00:00Z");
    // The ring's hallmark ends 2099-03-01: 31 days after 2099-01-29, 30 after 2099-01-30.
    expect(await runCertificateExpiryNotices(test.db, fixed)).toEqual({ told: 0 });
    expect(await runCertificateExpiryNotices(test.db, new Date("2099-01-30T00:00:00Z"))).toEqual({ told: 1 });
  });
});
