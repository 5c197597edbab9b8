import { parseWithZod } from "@conform-to/zod/v4";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../tests/support/render-page";
import { LOCALES, type Locale } from "~/utils/i18n/locales";
import { ProgrammeForm, type ProgrammeValues } from "./programme-form";
import { ProgrammeSchema } from "./programme-schemas";

// The programme form without JavaScript: every text found in every language, the checklist as
// numbered rows with empty rows to add, the locked fields of a programme with claims, and what
// was typed kept after a refused post.
const render = (locale: Locale, element: ReactNode) =>
  renderPage(locale, element, "http://localhost/admin/programmes/p1");

const values: ProgrammeValues = {
  code: "SELF-EMPLOYED-2026",
  nameUz: "Bir martalik subsidiya",
  nameRu: "Единовременная субсидия",
  nameEn: "One-time subsidy",
  bcaMultiple: "1.00",
  startsOn: "2026-01-01",
  endsOn: null,
  decisionDays: 3,
  paymentWorkingDays: 3,
  documents: [
    { id: "d1", nameUz: "Pasport", nameRu: "Паспорт", nameEn: "Passport" },
    { id: "d2", nameUz: "Karta", nameRu: "Карта", nameEn: "Card" },
  ],
};
const inputs = (html: string) => [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]);
const input = (html: string, name: string) => inputs(html).find((tag) => tag.includes(`name="${name}"`)) ?? "";

describe.each(LOCALES)("the programme form in %s", (locale) => {
  it("has every text, the checklist numbered, and two empty rows to add a document", async () => {
    const html = await render(
      locale,
      <ProgrammeForm values={values} claims={0} programmeId="p1" lastResult={undefined} />,
    );
    expect(html).not.toMatch(/admin\.|caseload\./);
    expect(input(html, "documents[0].id")).toContain('value="d1"');
    expect(input(html, "documents[1].position")).toContain('value="2"');
    expect(input(html, "documents[1].remove")).toContain('type="checkbox"');
    expect(input(html, "documents[3].nameUz")).not.toMatch(/value=|^$/);
    expect(input(html, "documents[3].remove")).toBe("");
    expect(input(html, "documents[4].nameUz")).toBe("");
    expect(input(html, "bcaMultiple")).not.toContain("readonly");
  });
});

describe("a programme with claims", () => {
  it("shows its multiple and start date read-only, says why, and offers a copy", async () => {
    const html = await render(
      "en",
      <ProgrammeForm values={values} claims={4} programmeId="p1" lastResult={undefined} />,
    );
    expect(input(html, "bcaMultiple")).toContain("readonly");
    expect(input(html, "startsOn")).toContain("readonly");
    expect(input(html, "endsOn")).not.toContain("readonly");
    expect(html).toContain("Claims have been made under this programme (4)");
    expect(html).toContain('href="/admin/programmes/new?copy=p1"');
  });
});

describe("a refused post", () => {
  it("keeps what was typed, with the message at the field", async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      code: "SELF EMPLOYED",
      nameUz: "Yangi nom",
      nameRu: "",
      bcaMultiple: "1,5",
      "documents[0].id": "d1",
      "documents[0].nameUz": "Pasport yoki ID-karta",
      "documents[2].nameUz": "Yangi hujjat",
    }))
      form.append(name, value);
    const reply = parseWithZod(form, { schema: ProgrammeSchema }).reply();
    const html = await render("ru", <ProgrammeForm values={values} claims={0} programmeId="p1" lastResult={reply} />);
    expect(input(html, "code")).toContain('value="SELF EMPLOYED"');
    expect(input(html, "bcaMultiple")).toContain('value="1,5"');
    expect(input(html, "documents[0].nameUz")).toContain('value="Pasport yoki ID-karta"');
    expect(input(html, "documents[2].nameUz")).toContain('value="Yangi hujjat"');
    expect(html).toContain("Напишите код из 2–40");
    expect(html).toContain("Напишите название.");
  });
});
