import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/utils/i18n/i18n.server";
import { renderPage } from "../../../tests/support/render-page";
import { ConsentCard } from "~/modules/consent/consent-card";
import type { ConsentRow } from "~/modules/consent/consent-list.server";
import { GuideSheet } from "~/modules/guides/guide-sheet";
import { LEARNING_STEPS } from "~/modules/onboarding/checklist-steps";
import { LOCALES, type Locale } from "~/utils/i18n/locales";
import { BadgeHistory } from "./badge-history";
import type { BadgeState } from "./badge-status";
import { BadgeSummary } from "./badge-summary";
import { ChecklistList } from "./checklist-list";
import { DataReadsTable } from "./data-reads-table";

// Each piece of the artisan's account pages rendered in every language: every text found (no key
// shown instead of words), the words that matter said.
const render = (locale: Locale, element: ReactNode) => renderPage(locale, element, "http://localhost/studio/consents");

const noKeys = (html: string) =>
  expect(html).not.toMatch(/studioAccount\.|consent\.purpose|checklist\.|guides\.|roles\./);

const consent: ConsentRow = {
  purpose: "ADDRESS_TO_COURIER",
  slug: "address-to-courier",
  state: "given",
  on: "2026-03-01T06:00:00.000Z",
  givenOn: "2026-03-01T06:00:00.000Z",
  witness: "Shahlo Mirzayeva",
  secondWitness: "Madina Rahimova",
};

const states: BadgeState[] = [
  { kind: "none" },
  { kind: "pending", since: "2026-03-01T00:00:00.000Z" },
  { kind: "sentBack", on: "2026-03-02T00:00:00.000Z", reasonCode: null, reason: "Rasm xira" },
  { kind: "granted", validUntil: "2027-03-01T00:00:00.000Z", shown: true },
  { kind: "endingSoon", validUntil: "2026-12-01T00:00:00.000Z", shown: false },
  { kind: "ended", on: null },
  { kind: "revoked", on: "2026-05-05T00:00:00.000Z", reasonCode: null, reason: null },
];

describe.each(LOCALES)("the artisan's account pages in %s", (locale) => {
  it("a consent: its status, witnesses, and the withdrawal step saying what stops", async () => {
    const card = await render(locale, <ConsentCard row={consent} confirming={false} acting={false} />);
    noKeys(card);
    expect(card).toContain('href="/studio/consents?withdraw=address-to-courier#withdraw-panel"');
    const panel = await render(locale, <ConsentCard row={consent} confirming acting={false} />);
    noKeys(panel);
    expect(panel).toContain('name="purpose" value="address-to-courier"');
    expect(panel).toContain(createI18n(locale).t("consent.purpose.ADDRESS_TO_COURIER.stops"));
  });

  it.each(states)("the badge: $kind", async (state) => {
    noKeys(await render(locale, <BadgeSummary state={state} />));
  });

  it("the badge history, the data reads, the checklists and the guides", async () => {
    const history = await render(
      locale,
      <BadgeHistory
        events={[
          { kind: "granted", on: "2026-03-01T00:00:00.000Z", validUntil: "2027-03-01T00:00:00.000Z" },
          { kind: "requested", on: "2026-02-01T00:00:00.000Z" },
        ]}
      />,
    );
    noKeys(history);
    const reads = await render(
      locale,
      <DataReadsTable
        reads={[
          {
            id: "1",
            at: "2026-03-01T06:00:00.000Z",
            who: "Jasur",
            role: "COURIER",
            purpose: "courier",
            data: ["address"],
          },
        ]}
      />,
    );
    noKeys(reads);
    const done = { status: "DONE" as const, doneOn: "2026-03-01", helpedBy: "Shahlo" };
    const list = await render(
      locale,
      <ChecklistList name="learning" entries={[{ step: "APP_LOGIN", ...done, detail: {} }]} />,
    );
    noKeys(list);
    expect(list).toContain('href="/guides/app-login"');
    const card = { step: "SE_BANK_CARD" as const, ...done, detail: { bank: "Xalq banki", cardLast4: "4321" } };
    const cards = await render(locale, <ChecklistList name="selfEmployed" entries={[card]} />);
    noKeys(cards);
    expect(cards).toContain(locale === "uz-Cyrl" ? "Халқ банки" : "Xalq banki");
    for (const step of LEARNING_STEPS) noKeys(await render(locale, <GuideSheet step={step} />));
  });
});
