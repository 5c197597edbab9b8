import { describe, expect, it } from "vitest";
import type { FieldRef } from "~/utils/sensitive.server";
import { CATEGORIES } from "./content/categories";
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRETS } from "./content/demo-accounts";
import { LISTING_TEMPLATES } from "./content/listing-templates";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "./plan";

/** Records what would be encrypted; the "ciphertext" names its row so tests can check binding. */
function fakeSeal() {
  const sealed: Array<FieldRef & { plain: string }> = [];
  const seal = (ref: FieldRef, plain: string) => {
    sealed.push({ ...ref, plain });
    return `sealed:${ref.model}.${ref.field}/${ref.id}`;
  };
  return { sealed, seal };
}

const build = () => {
  const { sealed, seal } = fakeSeal();
  return { plan: buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "$argon2id$demo", seal }), sealed };
};
const json = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));

describe("buildSeedPlan", () => {
  const { plan, sealed } = build();
  const ref = SEED_REFERENCE_DATE.getTime();

  it("is deterministic, ids included", () => {
    expect(json(build().plan)).toBe(json(plan));
  });

  it("has the places, crafts and people the demo needs", () => {
    expect(plan.regions).toHaveLength(14);
    expect(plan.districts.length).toBeGreaterThan(170);
    expect(plan.categories.map((c) => c.slug)).toEqual(CATEGORIES.map((c) => c.slug));
    expect(plan.profiles.length).toBeGreaterThanOrEqual(40);
    expect(plan.listings.length).toBeGreaterThanOrEqual(400);
    const districtIds = new Set(plan.profiles.map((p) => p.districtId));
    for (const id of districtIds) {
      const mahallas = plan.mahallas.filter((m) => m.districtId === id).length;
      expect(mahallas).toBeGreaterThanOrEqual(3);
      expect(mahallas).toBeLessThanOrEqual(5);
    }
    expect(plan.branches).toHaveLength(districtIds.size);
    expect(plan.pickupWindows).toHaveLength(districtIds.size * 7 * 2);
    expect(plan.pickupWindows.every((w) => w.date instanceof Date && w.date.getTime() > ref)).toBe(true);
  });

  it("writes Uzbek oʻ and gʻ with U+02BB only", () => {
    const uz = [
      ...plan.regions.map((r) => r.nameUz),
      ...plan.districts.map((d) => d.nameUz),
      ...plan.mahallas.map((m) => m.name),
      ...plan.categories.map((c) => c.nameUz),
      ...plan.profiles.map((p) => p.storyUz ?? ""),
      ...plan.listings.flatMap((l) => [l.titleUz, l.descriptionUz ?? "", l.materialsUz ?? ""]),
      ...plan.slots.map((s) => s.alt.uz),
    ];
    expect(uz.filter((text) => /[oOgG]['‘’`ʼ]/.test(text))).toEqual([]);
    expect(uz.some((text) => text.includes("oʻ"))).toBe(true);
  });

  it("makes url-safe unique handles and slugs", () => {
    for (const values of [plan.profiles.map((p) => p.handle), plan.listings.map((l) => l.slug)]) {
      expect(new Set(values).size).toBe(values.length);
      for (const value of values) expect(value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("prices listings in whole thousands of soʻm, within their craft's range", () => {
    for (const listing of plan.listings) {
      const slug = plan.categories.find((c) => c.id === listing.categoryId)!.slug as keyof typeof LISTING_TEMPLATES;
      const ranges = LISTING_TEMPLATES[slug].items.map((i) => i.priceSom);
      const som = Number(listing.priceMinor) / 100;
      expect(som % 1000).toBe(0);
      expect(ranges.some(([min, max]) => som >= min && som <= max)).toBe(true);
      expect(listing.stock).toBeGreaterThanOrEqual(0);
      expect(listing.stock).toBeLessThanOrEqual(12);
      expect(((listing.approvedAt ?? listing.submittedAt) as Date).getTime()).toBeLessThan(ref);
    }
    expect(plan.listings.some((l) => l.stock === 0)).toBe(true);
  });

  it("leaves work for the moderators: pending listings in and outside the demo moderator's districts, one report", () => {
    const pending = plan.listings.filter((l) => l.status === "PENDING");
    const moderator = plan.users.find((u) => u.email === "moderator@hunarmand.uz")!;
    const districts = new Set(plan.staffDistricts.filter((s) => s.userId === moderator.id).map((s) => s.districtId));
    const inDistricts = pending.filter((l) =>
      districts.has(plan.profiles.find((p) => p.id === l.artisanId)!.districtId),
    );
    expect(inDistricts.length).toBeGreaterThanOrEqual(4);
    expect(pending.length).toBeGreaterThan(inDistricts.length);
    expect(new Set(pending.map((l) => (l.submittedAt as Date).getTime())).size).toBe(pending.length);
    expect(plan.listingReports).toHaveLength(1);
  });

  it("gives every listing 1–3 images and shares a small pool of pictures", () => {
    const perListing = new Map<string, number>();
    for (const slot of plan.slots) perListing.set(slot.listingId, (perListing.get(slot.listingId) ?? 0) + 1);
    expect(perListing.size).toBe(plan.listings.length);
    expect(Math.max(...perListing.values())).toBeLessThanOrEqual(3);
    expect(plan.pictures.length).toBeLessThanOrEqual(CATEGORIES.length * 6);
  });

  it("follows the badge rules: four eyes, one expired, pending ones undecided", () => {
    const granted = plan.badges.filter((b) => b.status === "GRANTED");
    const pending = plan.badges.filter((b) => b.status === "PENDING");
    expect(granted.length).toBeGreaterThanOrEqual(30);
    expect(pending.length).toBeGreaterThanOrEqual(8);
    expect(pending.every((b) => b.decidedById === null)).toBe(true);
    expect(plan.badges.every((b) => b.requestedById !== b.decidedById)).toBe(true);
    expect(granted.filter((b) => (b.validUntil as Date).getTime() < ref)).toHaveLength(0);
    const lapsed = plan.badges.filter((b) => b.status === "LAPSED");
    expect(lapsed.filter((b) => (b.validUntil as Date).getTime() < ref)).toHaveLength(1);
    for (const badge of granted) {
      const evidence = plan.evidence.find((e) => e.id === badge.evidenceId)!;
      expect(badge.validUntil).toEqual(evidence.validUntil);
    }
    const consents = (purpose: string) =>
      new Set(plan.consents.filter((c) => c.purpose === purpose).map((c) => c.artisanId));
    for (const badge of granted) expect(consents("PUBLIC_PROFILE_BADGE").has(badge.artisanId)).toBe(true);
    expect(consents("ASSISTED_MODE").size).toBe(1);
  });

  it("seals every sensitive value, bound to its own row and column", () => {
    for (const row of plan.evidence) {
      expect(row.groupEnc).toBe(`sealed:DisabilityEvidence.groupEnc/${row.id}`);
      expect(row.certificateNumberEnc).toBe(`sealed:DisabilityEvidence.certificateNumberEnc/${row.id}`);
    }
    for (const row of plan.profiles) {
      for (const field of ["addressEnc", "accessNotesEnc", "pickupPhoneEnc"] as const)
        expect(row[field]).toBe(`sealed:ArtisanProfile.${field}/${row.id}`);
    }
    const groups = sealed.filter((s) => s.field === "groupEnc").map((s) => s.plain);
    expect(new Set(groups)).toEqual(new Set(["I", "II", "III"]));
    expect(json(plan)).not.toContain(sealed.find((s) => s.field === "certificateNumberEnc")!.plain);
  });

  it("sets up the demo accounts and two-factor for staff", () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = plan.users.find((u) => u.email === account.email)!;
      expect(user.roles).toEqual(account.roles);
      expect(Boolean(user.totpSecretEnc)).toBe(account.email in DEMO_TOTP_SECRETS);
    }
    for (const secret of Object.values(DEMO_TOTP_SECRETS)) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const zulfiya = plan.profiles.find((p) => p.handle === "zulfiya-rahimova")!;
    expect(plan.users.find((u) => u.id === zulfiya.userId)!.email).toBe("artisan@hunarmand.uz");
    expect(plan.districts.find((d) => d.id === zulfiya.districtId)!.nameUz).toBe("Chilonzor tumani");
    const moderator = plan.users.find((u) => u.email === "moderator@hunarmand.uz")!;
    expect(plan.staffDistricts.filter((s) => s.userId === moderator.id)).toHaveLength(2);
  });
});
