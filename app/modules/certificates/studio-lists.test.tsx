import { describe, expect, it } from "vitest";
import { renderPage } from "../../../tests/support/render-page";
import { validityOn, type CertificateFacts } from "./certificate-facts";
import { StudioCertificateList } from "./studio-lists";

const today = new Date("2026-12-06T00:00:00Z");
type Row = CertificateFacts & { listings: { id: string; title: string }[] };
const facts = (over: Partial<Row>): Row => ({
  id: "c1",
  kind: "HALLMARK",
  kindOther: null,
  issuer: "Proba palatasi",
  number: "PR-1",
  issuedOn: "2026-01-10",
  expiresOn: "2027-01-10",
  status: "VERIFIED",
  validity: "valid",
  returnReason: null,
  fileType: "application/pdf",
  listings: [{ id: "l1", title: "Kumush uzuk" }],
  ...over,
});

describe("the studio's certificate list", () => {
  it("says where each certificate stands in plain words: expiring soon, expired, sent back with the reason", async () => {
    const html = await renderPage(
      "en",
      <StudioCertificateList
        certificates={[
          facts({ id: "a", expiresOn: "2026-12-20", validity: validityOn(new Date("2026-12-20"), today) }),
          facts({ id: "b", expiresOn: "2026-12-05", validity: validityOn(new Date("2026-12-05"), today) }),
          facts({ id: "c", status: "RETURNED", returnReason: "The number cannot be read", listings: [] }),
        ]}
      />,
    );
    expect(html).toContain("Ends within 30 days: please get a new one");
    expect(html).toContain("This certificate has ended");
    expect(html).toContain("Checked and confirmed");
    expect(html).toContain("Covers: Kumush uzuk");
    expect(html).toContain("Sent back to you: please correct it");
    expect(html).toContain("The number cannot be read");
    expect(html).toContain("Correct and send again");
    expect(html).toContain("20 Dec 2026");
  });

  it("counts a certificate ending on the 30th day as ending soon, on the 31st as not", () => {
    expect(validityOn(new Date("2027-01-05"), today)).toBe("expiresSoon");
    expect(validityOn(new Date("2027-01-06"), today)).toBe("valid");
    expect(validityOn(today, today)).toBe("expiresSoon");
    expect(validityOn(null, today)).toBe("noEnd");
  });
});
