import type { Prisma } from "~/generated/prisma/client";
import { searchKey } from "~/utils/i18n/transliterate";
import { DEMO_STAFF_DISTRICTS, SOCIAL_WORKER_EMAIL } from "../content/demo-accounts";
import { addDays, dateOnly } from "../random";
import type { DistrictInfo } from "./places";

type Input = {
  referenceDate: Date;
  users: readonly Prisma.UserCreateManyInput[];
  districts: ReadonlyMap<string, DistrictInfo>;
  mahallas: ReadonlyMap<string, readonly Prisma.MahallaCreateManyInput[]>;
  uuid: () => string;
};

type Visit = { inDays: number; outcome?: "AGREED" | "THINKING" | "DECLINED"; present?: string; reason?: string };
type Named = {
  name: string;
  phone?: string;
  source: "MAHALLA" | "POLYCLINIC" | "INSON_CENTRE" | "SELF";
  visits: Visit[];
};

// One person at each stage of outreach, in the districts the demo social workers serve.
const PEOPLE: readonly Named[] = [
  { name: "Dilnoza Karimova", phone: "+998907654321", source: "MAHALLA", visits: [] },
  { name: "Rustam Nazarov", source: "POLYCLINIC", visits: [] },
  { name: "Gulnora Ergasheva", phone: "+998935551122", source: "INSON_CENTRE", visits: [{ inDays: 3 }] },
  { name: "Sardor Toʻxtayev", phone: "+998977001133", source: "MAHALLA", visits: [{ inDays: 10 }] },
  {
    name: "Mohira Yoʻldosheva",
    source: "SELF",
    visits: [{ inDays: -6, outcome: "THINKING", present: "onasi" }],
  },
  {
    name: "Bahodir Qodirov",
    source: "MAHALLA",
    visits: [{ inDays: -12, outcome: "DECLINED", present: "ukasi", reason: "Hozir davolanishda, keyinroq" }],
  },
];

/** The demo outreach list and its home visits, planned and recorded by the demo level-B social worker. */
export function buildOutreach({ referenceDate, users, districts, mahallas, uuid }: Input) {
  const workerId = users.find((u) => u.email === SOCIAL_WORKER_EMAIL)!.id!;
  const contacts: Prisma.OutreachContactCreateManyInput[] = [];
  const visits: Prisma.HomeVisitCreateManyInput[] = [];
  PEOPLE.forEach((person, i) => {
    const code = DEMO_STAFF_DISTRICTS[i % DEMO_STAFF_DISTRICTS.length]!;
    const districtId = districts.get(code)!.id;
    const contactId = uuid();
    contacts.push({
      id: contactId,
      districtId,
      mahallaId: mahallas.get(code)?.[i % 3]?.id ?? null,
      name: person.name,
      nameKey: searchKey(person.name),
      phone: person.phone ?? null,
      source: person.source,
      workRecommended: i % 2 === 0 ? true : null,
      createdById: workerId,
      createdAt: addDays(referenceDate, -20 + i),
    });
    for (const visit of person.visits) {
      const day = dateOnly(addDays(referenceDate, visit.inDays));
      visits.push({
        id: uuid(),
        contactId,
        plannedOn: day,
        doneOn: visit.outcome ? day : null,
        outcome: visit.outcome ?? null,
        present: visit.present ?? null,
        declineReason: visit.reason ?? null,
        plannedById: workerId,
        recordedById: visit.outcome ? workerId : null,
      });
    }
  });
  return { outreachContacts: contacts, homeVisits: visits };
}
