import { servedPlace, type WorkerDistrict } from "~/modules/outreach/districts.server";
import { inWorkerDistricts } from "~/modules/outreach/contacts.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import { cyrillicToLatin } from "~/utils/i18n/transliterate";
import { hashPassword } from "~/utils/password.server";
import { normalizePhone } from "~/utils/phone";
import type { Outcome } from "~/utils/result";
import { seal } from "~/utils/sensitive.server";
import { slugify } from "~/utils/slugify";
import { newToken } from "~/utils/tokens.server";
import type { PersonInput } from "./schemas";

type Refused = "notFound" | "notAgreed" | "placeNotServed" | "phoneTaken";

/**
 * Step 1 at the home visit: the person who agreed becomes an artisan, with an account whose login
 * is their phone (no email needed; they set a password later from a one-time link). Address and
 * access notes are sealed. One transaction: nothing is half-saved, and a person is onboarded once.
 */
export async function startOnboarding(
  db: Db,
  worker: { id: string },
  districts: readonly WorkerDistrict[],
  contactId: string,
  input: PersonInput,
): Promise<Outcome<Refused, { artisanId: string }>> {
  const contact = await db.outreachContact.findFirst({
    where: { id: contactId, ...inWorkerDistricts(worker.id) },
    select: { artisanId: true, visits: { where: { outcome: "AGREED" }, select: { id: true }, take: 1 } },
  });
  if (!contact) return { ok: false, reason: "notFound" };
  if (contact.artisanId || contact.visits.length === 0) return { ok: false, reason: "notAgreed" };
  const mahallaId = input.mahallaId || undefined;
  if (!servedPlace(districts, input.districtId, mahallaId)) return { ok: false, reason: "placeNotServed" };
  const phone = normalizePhone(input.phone)!;
  const unusable = await hashPassword(newToken());
  return db.$transaction(async (tx) => {
    const user = await accountFor(tx, phone, input, unusable);
    if (!user) return { ok: false as const, reason: "phoneTaken" as const };
    const name = cyrillicToLatin(input.name);
    const crafts = await tx.category.findMany({ where: { id: { in: input.crafts } }, select: { id: true } });
    const artisan = await tx.artisanProfile.create({
      data: {
        userId: user.id,
        handle: await freeHandle(tx, name),
        displayName: name,
        districtId: input.districtId,
        mahallaId: mahallaId ?? null,
        gender: input.gender,
        birthYear: input.birthYear,
        socialWorkerId: worker.id,
        crafts: { connect: crafts },
      },
      select: { id: true },
    });
    const ref = (field: string) => ({ model: "ArtisanProfile", field, id: artisan.id });
    await tx.artisanProfile.update({
      where: { id: artisan.id },
      data: {
        addressEnc: seal(ref("addressEnc"), input.address),
        accessNotesEnc: input.accessNotes ? seal(ref("accessNotesEnc"), input.accessNotes) : null,
        pickupPhoneEnc: seal(ref("pickupPhoneEnc"), phone),
      },
    });
    const linked = await tx.outreachContact.updateMany({
      where: { id: contactId, artisanId: null },
      data: { artisanId: artisan.id },
    });
    if (linked.count !== 1) throw new Error("outreach contact onboarded twice");
    await audit(tx, { actorId: worker.id, action: "artisan.onboard", entity: "ArtisanProfile", entityId: artisan.id });
    return { ok: true as const, artisanId: artisan.id };
  });
}

/** A new account for the phone, or the buyer account that already has it; null when it is already an artisan's. */
async function accountFor(tx: Tx, phone: string, input: PersonInput, passwordHash: string) {
  const existing = await tx.user.findUnique({
    where: { phone },
    select: { id: true, roles: true, artisanProfile: { select: { id: true } } },
  });
  if (existing?.artisanProfile) return null;
  if (existing) {
    const roles = [...new Set([...existing.roles, "ARTISAN" as const])];
    return tx.user.update({ where: { id: existing.id }, data: { roles }, select: { id: true } });
  }
  return tx.user.create({
    data: { name: cyrillicToLatin(input.name), phone, passwordHash, roles: ["ARTISAN", "BUYER"], locale: input.locale },
    select: { id: true },
  });
}

/** The artisan's page address: their name in URL-safe words, numbered when taken. */
async function freeHandle(tx: Tx, name: string) {
  const base = slugify(name) || "usta";
  const taken = await tx.artisanProfile.findMany({ where: { handle: { startsWith: base } }, select: { handle: true } });
  const used = new Set(taken.map((row) => row.handle));
  let handle = base;
  for (let n = 2; used.has(handle); n++) handle = `${base}-${n}`;
  return handle;
}
