import { addDays } from "~/utils/days";
import { formatDate, tashkentNow } from "~/utils/format";
import { loginAs, logOut } from "../support/accounts";
import { e2eQuery } from "../support/sessions";
import { expect, expectAccessible, test } from "./fixtures";

// A blank one-page PDF: the certificate's scan (its bytes are checked, not its looks).
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("an artisan records a hallmark certificate for a ring, the district's moderator confirms it, and the listing shows it", async ({
  page,
  t,
}) => {
  // One of the demo artisan's approved pieces with no certificate yet, a ring if she has one.
  const { rows } = await e2eQuery<{ slug: string; title: string }>(
    `SELECT l.slug, l."titleUz" AS title FROM "Listing" l
       JOIN "ArtisanProfile" a ON a.id = l."artisanId" JOIN "User" u ON u.id = a."userId"
      WHERE u.email = 'artisan@hunarmand.uz' AND l.status = 'APPROVED'
        AND NOT EXISTS (SELECT 1 FROM "ListingCertificate" c WHERE c."listingId" = l.id)
      ORDER BY (l."titleUz" ILIKE '%uzuk%') DESC, l."createdAt" LIMIT 1`,
  );
  const piece = rows[0]!;
  const validUntil = addDays(tashkentNow().today, 400);

  await loginAs(page, t, "artisan@hunarmand.uz");
  await page
    .getByRole("main")
    .getByRole("link", { name: t("certificates.studio.title") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("certificates.studio.title"));
  await expectAccessible(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: t("certificates.studio.record") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("certificates.new.title"));
  await expectAccessible(page);
  await page.getByLabel(t("certificates.form.kind")).selectOption("HALLMARK");
  await page.getByLabel(t("certificates.form.issuer")).fill("Oʻzbekiston prob palatasi");
  await page.getByLabel(t("certificates.form.number")).fill("PROB-2026-0457");
  await page.getByLabel(t("certificates.form.issuedOn")).fill("2026-03-02");
  await page.getByLabel(t("certificates.form.expiresOn")).fill(validUntil.toISOString().slice(0, 10));
  await page.getByLabel(t("certificates.form.file")).setInputFiles({
    name: "prob.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await page
    .getByRole("group", { name: t("certificates.links.legend") })
    .getByLabel(piece.title)
    .check();
  await page.getByRole("button", { name: t("certificates.new.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(t("certificates.done.recorded"));
  await expect(page.getByRole("main")).toContainText(t("certificates.status.PENDING"));
  await expectAccessible(page);
  await logOut(page, t);

  await loginAs(page, t, "moderator@hunarmand.uz");
  await page.goto("/moderation");
  await expectAccessible(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: t("certificates.queue.link") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("certificates.queue.title"));
  await expectAccessible(page);
  const recorded = await e2eQuery<{ id: string }>(
    `SELECT id FROM "ProductCertificate" WHERE number = 'PROB-2026-0457' ORDER BY "createdAt" DESC LIMIT 1`,
  );
  const entry = page.locator(`main a[href="/moderation/certificates/${recorded.rows[0]!.id}"]`);
  await expect(entry).toHaveText(new RegExp(t("certificates.kind.HALLMARK").replace(/[()]/g, "\\$&")));
  await entry.click();
  await expect(page.getByRole("main")).toContainText("PROB-2026-0457");
  await expectAccessible(page);
  await page.getByRole("button", { name: t("certificates.review.verify") }).click();
  await expect(page.getByRole("status")).toHaveText(t("certificates.done.verified"));
  await expectAccessible(page);
  await logOut(page, t);

  await page.goto(`/l/${piece.slug}`);
  await expect(page.getByRole("main")).toContainText(
    t("certificates.listing.certifiedUntil", {
      kind: t("certificates.kind.HALLMARK"),
      date: formatDate(validUntil, "uz"),
    }),
  );
  await expectAccessible(page);
});
