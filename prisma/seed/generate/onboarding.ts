import type { Prisma } from "~/generated/prisma/client";
import { searchKey } from "~/utils/i18n/transliterate";
import { addDays, dateOnly } from "../random";
import type { Seal } from "./people";
import type { DistrictInfo } from "./places";

type Input = {
  referenceDate: Date;
  users: readonly Prisma.UserCreateManyInput[];
  profiles: Prisma.ArtisanProfileCreateManyInput[];
  evidence: Prisma.DisabilityEvidenceCreateManyInput[];
  badges: Prisma.BadgeCreateManyInput[];
  districts: ReadonlyMap<string, DistrictInfo>;
  mahallas: ReadonlyMap<string, readonly Prisma.MahallaCreateManyInput[]>;
  passwordHash: string;
  seal: Seal;
  uuid: () => string;
};

const DISTRICT = "UZ-TK-chilonzor";
// Onboarded at a home visit, not finished: one with consents and a checklist step (by sw.b), one
// whose certificate sw.a (level A) attested and that waits for a D or F countersign.
const ONBOARDING = [
  { name: "Kamola Rashidova", phone: "+998909001001", worker: "sw.b@hunarmand.uz", evidence: false },
  { name: "Rustam Hakimov", phone: "+998909001002", worker: "sw.a@hunarmand.uz", evidence: true },
] as const;
// A verified artisan whose certificate ends in 20 days (notices due), and sw.d's own caseload.
const LAPSING_HANDLE = "nodira-xasanova";
const SW_D_HANDLES = ["shahnoza-ergasheva", "feruza-qodirova"];

/** The onboarding stages the demo needs beyond the catalog's artisans (issue 11's demo data). */
export function buildOnboarding(input: Input) {
  const { referenceDate: ref, uuid, seal } = input;
  const userId = (email: string) => input.users.find((u) => u.email === email)!.id!;
  const day = (offset: number) => addDays(ref, offset);
  const out = {
    users: [] as Prisma.UserCreateManyInput[],
    profiles: [] as Prisma.ArtisanProfileCreateManyInput[],
    consents: [] as Prisma.ConsentCreateManyInput[],
    consentRefusals: [] as Prisma.ConsentRefusalCreateManyInput[],
    evidence: [] as Prisma.DisabilityEvidenceCreateManyInput[],
    checklistSteps: [] as Prisma.ChecklistStepCreateManyInput[],
    outreachContacts: [] as Prisma.OutreachContactCreateManyInput[],
    homeVisits: [] as Prisma.HomeVisitCreateManyInput[],
  };
  const districtId = input.districts.get(DISTRICT)!.id;
  ONBOARDING.forEach((person, i) => {
    const worker = userId(person.worker);
    const user = {
      id: uuid(),
      name: person.name,
      phone: person.phone,
      passwordHash: input.passwordHash,
      roles: ["ARTISAN", "BUYER"] as const,
    };
    out.users.push({ ...user, roles: [...user.roles], createdAt: day(-4 - i) });
    const id = uuid();
    const sealed = (field: string, plain: string) => seal({ model: "ArtisanProfile", field, id }, plain);
    out.profiles.push({
      id,
      userId: user.id,
      handle: searchKey(person.name).replace(/ /g, "-"),
      displayName: person.name,
      districtId,
      mahallaId: input.mahallas.get(DISTRICT)?.[i]?.id ?? null,
      gender: i === 0 ? "FEMALE" : "MALE",
      birthYear: 1979 + i * 7,
      addressEnc: sealed("addressEnc", `Chilonzor tumani, ${12 + i}-kvartal, ${30 + i}-uy`),
      accessNotesEnc: sealed("accessNotesEnc", "1-qavat, eshik hovlidan"),
      pickupPhoneEnc: sealed("pickupPhoneEnc", person.phone),
      status: "ONBOARDING",
      socialWorkerId: worker,
      createdAt: day(-4 - i),
    });
    const contactId = uuid();
    out.outreachContacts.push({
      id: contactId,
      districtId,
      name: person.name,
      nameKey: searchKey(person.name),
      phone: person.phone,
      source: "MAHALLA",
      artisanId: id,
      createdById: worker,
      createdAt: day(-15),
    });
    out.homeVisits.push({
      id: uuid(),
      contactId,
      plannedOn: dateOnly(day(-4 - i)),
      doneOn: dateOnly(day(-4 - i)),
      outcome: "AGREED",
      present: "onasi",
      plannedById: worker,
      recordedById: worker,
    });
    for (const purpose of ["PUBLIC_PROFILE_BADGE", "ADDRESS_TO_COURIER", "CASE_RECORDS"] as const)
      out.consents.push({
        id: uuid(),
        artisanId: id,
        purpose,
        givenAt: day(-4 - i),
        witnessId: worker,
        recordedById: worker,
        secondWitnessName: "Onasi",
      });
    out.consentRefusals.push({
      id: uuid(),
      artisanId: id,
      purpose: "SUBSIDY_APPLICATION",
      refusedAt: day(-4 - i),
      recordedById: worker,
    });
    out.checklistSteps.push({
      id: uuid(),
      artisanId: id,
      step: "SE_DOCUMENTS",
      status: "DONE",
      doneOn: dateOnly(day(-4 - i)),
      helpedById: worker,
      detail: {},
    });
    if (person.evidence) {
      const evidenceId = uuid();
      out.evidence.push({
        id: evidenceId,
        artisanId: id,
        groupEnc: seal({ model: "DisabilityEvidence", field: "groupEnc", id: evidenceId }, "II"),
        certificateNumberEnc: seal(
          { model: "DisabilityEvidence", field: "certificateNumberEnc", id: evidenceId },
          "TK 0457211",
        ),
        issuedOn: dateOnly(day(-300)),
        validUntil: dateOnly(day(430)),
        commission: "Chilonzor tumani TMEK",
        commissionDistrictId: districtId,
        needsCountersign: true,
        attestedById: worker,
        attestedAt: day(-3),
      });
    }
  });
  lapsingIn20Days(input, day(20));
  for (const profile of input.profiles)
    if (SW_D_HANDLES.includes(profile.handle)) profile.socialWorkerId = userId("sw.d@hunarmand.uz");
  return out;
}

/** Moves one verified artisan's certificate (and so the badge) to end in 20 days. */
function lapsingIn20Days(input: Input, ends: Date) {
  const profile = input.profiles.find((p) => p.handle === LAPSING_HANDLE)!;
  const badge = input.badges.find((b) => b.artisanId === profile.id && b.status === "GRANTED")!;
  badge.validUntil = dateOnly(ends);
  input.evidence.find((e) => e.id === badge.evidenceId)!.validUntil = dateOnly(ends);
}
