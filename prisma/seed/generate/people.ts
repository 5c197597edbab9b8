import type { Prisma, Role } from "~/generated/prisma/client";
import type { FieldRef } from "~/utils/sensitive.server";
import { ACCESS_NOTES, STREETS } from "../content/mahallas";
import { ARTISANS, type ArtisanSeed } from "../content/artisans";
import {
  ADMIN_EMAIL,
  DEMO_ACCOUNTS,
  DEMO_STAFF_DISTRICTS,
  DEMO_TOTP_SECRETS,
  MODERATOR_EMAIL,
  SOCIAL_WORKER_EMAIL,
} from "../content/demo-accounts";
import { addDays, dateOnly, type Random } from "../random";
import { slugify } from "../words";
import type { DistrictInfo } from "./places";
import { buildStory } from "./stories";

export type Seal = (ref: FieldRef, plain: string) => string;
export type SeededArtisan = { profileId: string; userId: string; handle: string; joinedAt: Date; seed: ArtisanSeed };

type Input = {
  random: Random;
  referenceDate: Date;
  passwordHash: string;
  seal: Seal;
  districts: ReadonlyMap<string, DistrictInfo>;
  mahallas: ReadonlyMap<string, readonly Prisma.MahallaCreateManyInput[]>;
};

// Staff who sign in to sensitive areas must use a second factor.
const NEEDS_TOTP: readonly Role[] = ["SOCIAL_WORKER", "MODERATOR", "ADMIN"];
const GROUPS = ["I", "II", "II", "III", "III", "II", "III", "III", "II", "I"] as const;
const MOBILE_PREFIXES = ["90", "91", "93", "94", "97", "99", "88", "33"];

export function buildPeople({ random, referenceDate: ref, passwordHash, seal, districts, mahallas }: Input) {
  const district = (code: string) => {
    const info = districts.get(code);
    if (!info) throw new Error(`unknown district code ${code}`);
    return info;
  };
  const day = (offset: number) => addDays(ref, offset);
  const users: Prisma.UserCreateManyInput[] = [];
  const staffDistricts: Prisma.StaffDistrictCreateManyInput[] = [];
  const profiles: Prisma.ArtisanProfileCreateManyInput[] = [];
  const helpers: Prisma.ArtisanHelperCreateManyInput[] = [];
  const consents: Prisma.ConsentCreateManyInput[] = [];
  const evidence: Prisma.DisabilityEvidenceCreateManyInput[] = [];
  const badges: Prisma.BadgeCreateManyInput[] = [];
  const artisans: SeededArtisan[] = [];
  const userIdByEmail = new Map<string, string>();

  const addUser = (fields: Omit<Prisma.UserCreateManyInput, "id" | "passwordHash" | "locale">) => {
    const id = random.uuid();
    const roles = (fields.roles ?? []) as Role[];
    const secret = roles.some((role) => NEEDS_TOTP.includes(role)) ? DEMO_TOTP_SECRETS[fields.email ?? ""] : undefined;
    if (roles.some((role) => NEEDS_TOTP.includes(role)) && !secret)
      throw new Error(`no demo TOTP secret for ${fields.email}`);
    users.push({
      id,
      passwordHash,
      locale: "uz",
      ...fields,
      ...(secret && {
        totpSecretEnc: seal({ model: "User", field: "totpSecretEnc", id }, secret),
        totpEnabledAt: fields.createdAt,
      }),
    });
    if (fields.email) userIdByEmail.set(fields.email, id);
    return id;
  };

  // Demo staff and buyers first: the artisans' evidence and badges point at them.
  const accountByHandle = new Map(DEMO_ACCOUNTS.filter((a) => a.artisanHandle).map((a) => [a.artisanHandle!, a]));
  for (const account of DEMO_ACCOUNTS.filter((a) => !a.artisanHandle)) {
    const userId = addUser({
      email: account.email,
      name: account.name,
      roles: account.roles,
      phone: account.phone ?? null,
      socialWorkerLevel: account.socialWorkerLevel ?? null,
      createdAt: day(-400),
    });
    for (const code of account.staffDistricts ?? []) staffDistricts.push({ userId, districtId: district(code).id });
  }
  const socialWorkerId = userIdByEmail.get(SOCIAL_WORKER_EMAIL)!;
  const moderatorId = userIdByEmail.get(MODERATOR_EMAIL)!;

  ARTISANS.forEach((seed, index) => {
    const handle = slugify(seed.name);
    const account = accountByHandle.get(handle);
    const home = district(seed.district);
    const joined = seed.badge === "pending" || seed.badge === "none" ? random.int(-90, -25) : random.int(-700, -200);
    const userId = addUser({
      email: account?.email ?? `${handle}@demo.hunarmand.uz`,
      name: seed.name,
      roles: account?.roles ?? ["ARTISAN", "BUYER"],
      phone: account?.phone ?? null,
      createdAt: day(joined),
    });
    const profileId = random.uuid();
    const sealProfile = (field: string, plain: string) =>
      seal({ model: "ArtisanProfile", field, id: profileId }, plain);
    const mahalla = random.pick(mahallas.get(seed.district) ?? []);
    const story = buildStory(random, seed, home);
    const translated = index % 7 !== 3; // most stories exist in ru and en too; a few only in uz
    const flat = random.chance(0.4) ? `, ${random.int(1, 80)}-xonadon` : "";
    const phone =
      account?.phone ?? `+998${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
    profiles.push({
      id: profileId,
      userId,
      handle,
      displayName: seed.name,
      storyUz: story.uz,
      storyRu: translated ? story.ru : null,
      storyEn: translated ? story.en : null,
      districtId: home.id,
      mahallaId: mahalla.id,
      addressEnc: sealProfile(
        "addressEnc",
        `${home.name.uz}, ${mahalla.name} MFY, ${random.pick(STREETS)} koʻchasi, ${random.int(1, 120)}-uy${flat}`,
      ),
      accessNotesEnc: sealProfile("accessNotesEnc", random.pick(ACCESS_NOTES)),
      pickupPhoneEnc: sealProfile("pickupPhoneEnc", phone),
      selfEmployedSince: dateOnly(day(joined - random.int(0, 900))),
      status: "ACTIVE",
      socialWorkerId: (DEMO_STAFF_DISTRICTS as readonly string[]).includes(seed.district) ? socialWorkerId : null,
      createdAt: day(joined),
    });
    artisans.push({ profileId, userId, handle, joinedAt: day(joined), seed });

    if (seed.badge === "none") {
      // Registered on their own: they gave the courier consent in the app themselves.
      consents.push({
        id: random.uuid(),
        artisanId: profileId,
        purpose: "ADDRESS_TO_COURIER",
        givenAt: day(joined),
        recordedById: userId,
      });
      return;
    }
    const attestedAt = seed.badge === "pending" ? day(random.int(-14, -2)) : day(joined + random.int(3, 20));
    const validUntil = seed.badge === "expired" ? day(-random.int(10, 40)) : day(random.int(365, 1095));
    const evidenceId = random.uuid();
    const certificate = `${home.region.code.slice(3)} ${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
    evidence.push({
      id: evidenceId,
      artisanId: profileId,
      groupEnc: seal({ model: "DisabilityEvidence", field: "groupEnc", id: evidenceId }, random.pick(GROUPS)),
      certificateNumberEnc: seal(
        { model: "DisabilityEvidence", field: "certificateNumberEnc", id: evidenceId },
        certificate,
      ),
      issuedOn: dateOnly(addDays(attestedAt, -random.int(30, 600))),
      validUntil: dateOnly(validUntil),
      attestedById: socialWorkerId,
      attestedAt,
    });
    // Four eyes: the social worker asks, the moderator decides.
    const decided = seed.badge !== "pending";
    badges.push({
      id: random.uuid(),
      artisanId: profileId,
      evidenceId,
      // The daily lapse job has already ended the expired one (badges/lapse.server.ts).
      status: !decided ? "PENDING" : seed.badge === "expired" ? "LAPSED" : "GRANTED",
      lapsedAt: seed.badge === "expired" ? addDays(validUntil, 1) : null,
      requestedById: socialWorkerId,
      requestedAt: attestedAt,
      decidedById: decided ? moderatorId : null,
      decidedAt: decided ? addDays(attestedAt, random.int(1, 3)) : null,
      validUntil: decided ? dateOnly(validUntil) : null,
    });
    for (const purpose of ["PUBLIC_PROFILE_BADGE", "ADDRESS_TO_COURIER"] as const) {
      consents.push({
        id: random.uuid(),
        artisanId: profileId,
        purpose,
        givenAt: attestedAt,
        witnessId: socialWorkerId,
        recordedById: socialWorkerId,
      });
    }
  });

  for (const account of DEMO_ACCOUNTS.filter((a) => a.helperOf)) {
    const artisan = artisans.find((a) => a.handle === account.helperOf!.handle);
    if (!artisan) throw new Error(`helper of unknown artisan ${account.helperOf!.handle}`);
    const since = day(-120);
    helpers.push({
      id: random.uuid(),
      artisanId: artisan.profileId,
      helperId: userIdByEmail.get(account.email)!,
      relationship: account.helperOf!.relationship,
      createdAt: since,
    });
    consents.push({
      id: random.uuid(),
      artisanId: artisan.profileId,
      purpose: "ASSISTED_MODE",
      givenAt: since,
      witnessId: socialWorkerId,
      recordedById: socialWorkerId,
    });
  }

  return {
    users,
    staffDistricts,
    profiles,
    helpers,
    consents,
    evidence,
    badges,
    artisans,
    adminId: userIdByEmail.get(ADMIN_EMAIL)!,
  };
}
