import { describe, expect, it } from "vitest";
import { consentStanding, consentStates } from "./consent-state";

const day = (d: number) => new Date(Date.UTC(2026, 2, d));
const consent = (given: number, revoked: number | null) => ({
  purpose: "CASE_RECORDS" as const,
  givenAt: day(given),
  revokedAt: revoked === null ? null : day(revoked),
});
const refusal = (on: number) => ({ purpose: "CASE_RECORDS" as const, refusedAt: day(on) });

describe("where a consent stands", () => {
  it("a standing consent, whatever came before", () => {
    const standing = consent(5, null);
    expect(consentStanding("CASE_RECORDS", [consent(1, 2), standing], [refusal(3)])).toEqual({
      state: "given",
      consent: standing,
    });
  });

  it("else the later of the last withdrawal and the last refusal; a withdrawal at the same instant is the later", () => {
    const withdrawn = consent(1, 4);
    expect(consentStanding("CASE_RECORDS", [withdrawn], [refusal(3)])).toEqual({
      state: "withdrawn",
      consent: withdrawn,
    });
    expect(consentStanding("CASE_RECORDS", [withdrawn], [refusal(2), refusal(5)])).toEqual({
      state: "refused",
      refusal: refusal(5),
    });
    expect(consentStanding("CASE_RECORDS", [withdrawn], [refusal(4)])).toMatchObject({ state: "withdrawn" });
  });

  it("not asked yet, purpose by purpose", () => {
    expect(consentStates(["CASE_RECORDS", "ASSISTED_MODE"], [consent(1, null)], [])).toEqual({
      CASE_RECORDS: "given",
      ASSISTED_MODE: "notAsked",
    });
  });
});
