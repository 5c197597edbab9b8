import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/utils/i18n/i18n.server";
import { LOCALES, type Locale } from "~/utils/i18n/locales";
import type { BadgeRequest } from "./request.server";
import { BadgeHistory, GrantBlockers, RequestFacts } from "./request-facts";

const badge: BadgeRequest = {
  id: "b2",
  status: "PENDING",
  artisan: "Dilnoza Karimova",
  district: "Chilonzor",
  requestedAt: "2026-12-01T06:00:00.000Z",
  requestedBy: "Malika Usmonova",
  mayDecide: true,
  blockers: ["evidenceNotCounting", "consentMissing"],
  evidence: {
    attestedBy: "Malika Usmonova",
    attestedAt: "2026-11-30T06:00:00.000Z",
    needsCountersign: true,
    countersignedBy: null,
    countersignedAt: null,
    issuedOn: "2024-03-01",
    validUntil: "2027-03-01",
    commission: "Chilonzor tuman TIEK",
    superseded: false,
  },
  consent: {
    givenAt: "2026-11-30T06:00:00.000Z",
    withdrawnAt: "2026-12-02T06:00:00.000Z",
    witness: "Malika Usmonova",
    secondWitness: null,
  },
  history: [
    {
      id: "b2",
      status: "PENDING",
      requestedAt: "2026-12-01T06:00:00.000Z",
      decidedAt: null,
      validUntil: null,
      reasonCode: null,
      decisionReason: null,
      lapsedAt: null,
      revokedAt: null,
      current: true,
    },
    {
      id: "b1",
      status: "REVOKED",
      requestedAt: "2025-01-01T06:00:00.000Z",
      decidedAt: "2025-01-03T06:00:00.000Z",
      validUntil: "2026-01-01",
      reasonCode: "MISUSE",
      decisionReason: "Boshqa odamning buyumlari",
      lapsedAt: null,
      revokedAt: "2025-06-01T06:00:00.000Z",
      current: false,
    },
  ],
};

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(locale)}>
      <RequestFacts badge={badge} />
      <GrantBlockers badge={badge} />
      <BadgeHistory badge={badge} />
    </I18nextProvider>,
  );

describe("the badge request's facts", () => {
  it.each(LOCALES)("reads in %s with no key or placeholder left over", (locale) => {
    const html = render(locale);
    expect(html).not.toMatch(/badges\.|\{\{/);
  });

  it("says what is missing and what happened before, with dates as the reader reads them", () => {
    const html = render("en");
    expect(html).toContain("Needed, not signed yet");
    expect(html).toContain("Withdrawn on 02 Dec 2026");
    expect(html).toContain("The certificate does not count yet");
    expect(html).toContain("Reason: The badge was misused");
    expect(html).toContain("Taken away on 01 Jun 2025");
    expect(render("uz-Cyrl")).toContain("Нишондан нотўғри фойдаланилган");
  });
});
