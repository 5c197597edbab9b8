import { describe, expect, it } from "vitest";
import { renderPage } from "../../../tests/support/render-page";
import { ListingRow } from "./listing-row";

const row = (status: string) => ({
  id: `l-${status}`,
  slug: "kumush-uzuk",
  title: "Kumush uzuk",
  status,
  rejectionReason: null,
  priceMinor: 45_000_000,
  stock: 2,
});

describe("a listing in My goods", () => {
  it("leads to asking the association which certificate the piece needs, named for screen readers", async () => {
    const html = await renderPage("uz", <ListingRow listing={row("APPROVED")} answer={null} />);
    expect(html).toContain('href="/studio/certificates/help/l-APPROVED"');
    expect(html).toContain('aria-label="Sertifikatlashda yordam soʻrash: Kumush uzuk"');
    expect(html).toContain(">Sertifikatlashda yordam</a>");
  });

  it("offers no certification help for an archived piece", async () => {
    const html = await renderPage("en", <ListingRow listing={row("ARCHIVED")} answer={null} />);
    expect(html).not.toContain("/studio/certificates/help/");
  });
});
