import { describe, expect, it } from "vitest";
import { publicBadge } from "./public-badge";

const today = new Date("2026-11-22T10:00:00Z");
const granted = { validUntil: new Date("2027-05-01"), decidedAt: new Date("2026-03-01") };
const base = { grantedBadges: [granted], publicConsents: [{}], handmadeAttestedAt: new Date("2026-04-01") };

describe("publicBadge", () => {
  it("shows for a valid badge with consent on handmade work", () =>
    expect(publicBadge(base, today)).toEqual({ verifiedOn: granted.decidedAt }));
  it("lapses when the evidence expired", () =>
    expect(
      publicBadge({ ...base, grantedBadges: [{ ...granted, validUntil: new Date("2026-11-21") }] }, today),
    ).toBeNull());
  it("is still valid on its last day", () =>
    expect(
      publicBadge({ ...base, grantedBadges: [{ ...granted, validUntil: new Date("2026-11-22") }] }, today),
    ).not.toBeNull());
  it("needs the artisan's consent to show", () =>
    expect(publicBadge({ ...base, publicConsents: [] }, today)).toBeNull());
  it("applies only to items attested as handmade", () =>
    expect(publicBadge({ ...base, handmadeAttestedAt: null }, today)).toBeNull());
  it("needs a granted badge", () => expect(publicBadge({ ...base, grantedBadges: [] }, today)).toBeNull());
});
