import type { Prisma } from "~/generated/prisma/client";
import { HOLIDAY_YEARS, holidaysOf } from "../content/holidays";
import { STREETS } from "../content/mahallas";
import { addDays, dateOnly, type Random } from "../random";
import type { DistrictInfo } from "./places";

const SOM = 100n; // minor units (tiyin) per soʻm
const PICKUP_DAYS = 7;
const PICKUP_SLOTS = [
  ["10:00", "13:00"],
  ["14:00", "17:00"],
] as const;
const PICKUP_CAPACITY = 8;

/** Dated configuration: commission, base calculation amount, the subsidy programme and its checklist, holidays. */
export function buildRules(random: Random, adminId: string) {
  const from2026 = new Date(Date.UTC(2026, 0, 1));
  const commissionRules: Prisma.CommissionRuleCreateManyInput[] = [
    {
      id: random.uuid(),
      sellerCategory: "VERIFIED_PWD",
      basisPoints: 0,
      effectiveFrom: from2026,
      note: "Tasdiqlangan nogironligi bor hunarmandlar komissiyasiz sotadi.",
      createdById: adminId,
    },
    {
      id: random.uuid(),
      sellerCategory: "UNVERIFIED",
      basisPoints: 500,
      effectiveFrom: from2026,
      note: "Oddiy komissiya, 5%.",
      createdById: adminId,
    },
  ];
  const baseCalculationAmounts: Prisma.BaseCalculationAmountCreateManyInput[] = [
    { id: random.uuid(), amountMinor: 375_000n * SOM, effectiveFrom: new Date(Date.UTC(2024, 9, 1)) },
    { id: random.uuid(), amountMinor: 412_000n * SOM, effectiveFrom: new Date(Date.UTC(2025, 7, 1)) },
  ];
  const subsidyProgrammes: Prisma.SubsidyProgrammeCreateManyInput[] = [
    {
      id: random.uuid(),
      code: "SELF-EMPLOYED-2026",
      nameUz: "Oʻzini oʻzi band qilgan shaxs sifatida roʻyxatdan oʻtish uchun bir martalik subsidiya (2026)",
      nameRu: "Единовременная субсидия на регистрацию в качестве самозанятого (2026)",
      nameEn: "One-time subsidy for registering as self-employed (2026)",
      bcaMultiple: "1.00",
      startsOn: from2026,
    },
  ];
  // Drawn after the rows above, so their ids stay as they were.
  baseCalculationAmounts.push({
    id: random.uuid(),
    // Demo data, not a decree: a third value, so claims decided before and after 1 Aug 2026 differ.
    amountMinor: 430_000n * SOM,
    effectiveFrom: new Date(Date.UTC(2026, 7, 1)),
    createdById: adminId,
  });
  const programmeDocuments = PROGRAMME_DOCUMENTS.map((names, index) => ({
    id: random.uuid(),
    programmeId: subsidyProgrammes[0]!.id!,
    position: index + 1,
    ...names,
  })) satisfies Prisma.ProgrammeDocumentCreateManyInput[];
  const publicHolidays: Prisma.PublicHolidayCreateManyInput[] = HOLIDAY_YEARS.flatMap(holidaysOf).map(
    ({ day, names }) => ({ id: random.uuid(), day, nameUz: names.uz, nameRu: names.ru, nameEn: names.en }),
  );
  return { commissionRules, baseCalculationAmounts, subsidyProgrammes, programmeDocuments, publicHolidays };
}

// What the social worker sees and ticks for the self-employed programme: seen, never copied.
const PROGRAMME_DOCUMENTS = [
  {
    nameUz: "Pasport yoki ID-karta",
    nameRu: "Паспорт или ID-карта",
    nameEn: "Passport or ID card",
  },
  {
    nameUz: "Oʻzini oʻzi band qilgan shaxs sifatida roʻyxatdan oʻtganlik (STIR)",
    nameRu: "Регистрация в качестве самозанятого (ИНН)",
    nameEn: "Self-employed registration (tax number)",
  },
  {
    nameUz: "Toʻlov uchun bank kartasi rekvizitlari",
    nameRu: "Реквизиты банковской карты для выплаты",
    nameEn: "Bank card details for the payment",
  },
  {
    nameUz: "Nogironlik guvohnomasi (koʻrildi, nusxa olinmaydi)",
    nameRu: "Справка об инвалидности (предъявлена, копия не снимается)",
    nameEn: "Disability certificate (seen, not copied)",
  },
];

/** A branch's address in Uzbek, Russian and English: street names stay as they are written in Uzbek. */
const branchAddress = (name: { uz: string; ru: string; en: string }, street: string, house: number) => ({
  address: `${name.uz}, ${street} koʻchasi, ${house}`,
  addressRu: `${name.ru}, улица ${street}, ${house}`,
  addressEn: `${house} ${street} Street, ${name.en}`,
});

/** A crafts-association branch and a week of pickup windows in each district with artisans. */
export function buildLogistics(random: Random, referenceDate: Date, districts: readonly DistrictInfo[]) {
  const branches: Prisma.BranchCreateManyInput[] = [];
  const pickupWindows: Prisma.PickupWindowCreateManyInput[] = [];
  for (const district of districts) {
    const { short, name } = district;
    branches.push({
      id: random.uuid(),
      districtId: district.id,
      nameUz: `“Hunarmandchilik” uyushmasi ${short.uz} filiali`,
      nameRu: `Ассоциация «Хунармандчилик», филиал «${short.ru}»`,
      nameEn: `Crafts Association, ${short.en} branch`,
      ...branchAddress(name, random.pick(STREETS), random.int(1, 90)),
      phone: `+998${district.region.areaCode}${random.int(2_000_000, 2_999_999)}`,
      hours: "Du–Ju 9:00–18:00, Sh 9:00–14:00",
      hoursRu: "Пн–Пт 9:00–18:00, Сб 9:00–14:00",
      hoursEn: "Mon–Fri 9:00–18:00, Sat 9:00–14:00",
    });
    for (let day = 1; day <= PICKUP_DAYS; day++) {
      for (const [startsAt, endsAt] of PICKUP_SLOTS) {
        pickupWindows.push({
          id: random.uuid(),
          districtId: district.id,
          date: dateOnly(addDays(referenceDate, day)),
          startsAt,
          endsAt,
          capacity: PICKUP_CAPACITY,
        });
      }
    }
  }
  return { branches, pickupWindows };
}
