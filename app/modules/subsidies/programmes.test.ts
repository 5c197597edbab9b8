import { parseWithZod } from "@conform-to/zod/v4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "~/modules/badges/test-badges";
import { makeArtisan, makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { listProgrammes, programmeForEdit } from "./programme-list.server";
import { ProgrammeSchema, type ProgrammeInput } from "./programme-schemas";
import { createProgramme, updateProgramme } from "./programmes.server";

let test: TestDatabase;
let admin: { id: string };
let worker: { id: string };
let districtId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  districtId = (await makeRegion(test.db, "UZ-P1")).id;
  admin = await makeStaff(test.db, districtId, ["ADMIN"], "Admin");
  worker = await makeStaff(test.db, districtId, ["SOCIAL_WORKER"], "Malika Usmonova");
});
afterAll(async () => test?.drop());

const doc = (name: string) => ({ nameUz: `${name} uz`, nameRu: `${name} ru`, nameEn: `${name} en` });
const programme = (code: string, overrides: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  code,
  nameUz: "Bir martalik subsidiya",
  nameRu: "Единовременная субсидия",
  nameEn: "One-time subsidy",
  bcaMultiple: "1.00",
  startsOn: "2026-01-01",
  decisionDays: 3,
  paymentWorkingDays: 3,
  documents: [doc("Passport"), doc("Card")],
  ...overrides,
});
const created = async (input: ProgrammeInput) => {
  const result = await createProgramme(test.db, admin, input);
  if (!result.ok) throw new Error(result.reason);
  return (await programmeForEdit(test.db, result.id))!;
};
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("the programme form", () => {
  const fields = {
    code: " self-employed-2027 ",
    nameUz: "Subsidiya",
    nameRu: "Субсидия",
    nameEn: "Subsidy",
    bcaMultiple: "1,5",
    startsOn: "2027-01-01",
    decisionDays: "3",
    paymentWorkingDays: "3",
  };

  it("reads the code in capitals, a decimal comma, and the checklist in the order of its numbers", () => {
    const submission = parseWithZod(
      form({
        ...fields,
        "documents[0].id": "a",
        "documents[0].position": "2",
        ...prefixed("documents[0]", doc("A")),
        "documents[1].id": "b",
        "documents[1].position": "1",
        ...prefixed("documents[1]", doc("B")),
        "documents[1].remove": "on",
        "documents[2].id": "c",
        "documents[2].position": "1",
        ...prefixed("documents[2]", doc("C")),
        // An empty row to add one: left empty, it is not a document.
        "documents[3].position": "",
        "documents[3].nameUz": "",
        ...prefixed("documents[4]", doc("New")),
      }),
      { schema: ProgrammeSchema },
    );
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({ code: "SELF-EMPLOYED-2027", bcaMultiple: "1.50", decisionDays: 3 });
    expect(submission.value.documents).toEqual([{ id: "c", ...doc("C") }, { id: "a", ...doc("A") }, doc("New")]);
  });

  it("says what is wrong: a started row without all three names, an end before the start, a bad multiple", () => {
    const submission = parseWithZod(
      form({ ...fields, bcaMultiple: "0", endsOn: "2026-12-31", "documents[0].nameUz": "Pasport" }),
      { schema: ProgrammeSchema },
    );
    expect(submission.reply().error).toMatchObject({
      bcaMultiple: ["admin.errors.multipleInvalid"],
      endsOn: ["admin.errors.endsBeforeStart"],
      "documents[0].nameRu": ["admin.errors.nameRequired"],
      "documents[0].nameEn": ["admin.errors.nameRequired"],
    });
  });
});

function prefixed(prefix: string, names: Record<string, string>) {
  return Object.fromEntries(Object.entries(names).map(([key, value]) => [`${prefix}.${key}`, value]));
}

describe("creating a programme", () => {
  it("saves it with its checklist in order, and audits it", async () => {
    const saved = await created(programme("CREATE-1"));
    expect(saved).toMatchObject({ code: "CREATE-1", bcaMultiple: "1.00", startsOn: "2026-01-01", endsOn: null });
    expect(saved.documents.map((d) => d.nameEn)).toEqual(["Passport en", "Card en"]);
    const audit = await test.db.auditLog.findFirstOrThrow({
      where: { action: "programme.create", entityId: saved.id },
    });
    expect(audit).toMatchObject({ actorId: admin.id, detail: { code: "CREATE-1", documents: 2 } });
  });

  it("refuses a code another programme has, and writes nothing", async () => {
    await created(programme("TAKEN"));
    expect(await createProgramme(test.db, admin, programme("TAKEN", { documents: [doc("Other")] }))).toEqual({
      ok: false,
      reason: "codeTaken",
    });
    expect(await test.db.programmeDocument.count({ where: { nameUz: "Other uz" } })).toBe(0);
    const other = await created(programme("OTHER"));
    expect(await updateProgramme(test.db, admin, other.id, programme("TAKEN"))).toEqual({
      ok: false,
      reason: "codeTaken",
    });
  });
});

describe("changing a programme", () => {
  it("renames, reorders, removes and adds checklist documents in one go, keeping the ids of those kept", async () => {
    const saved = await created(programme("EDIT-1", { documents: [doc("A"), doc("B"), doc("C")] }));
    const [a, b, c] = saved.documents;
    const documents = [{ id: c!.id, ...doc("C") }, { id: a!.id, ...doc("A renamed") }, doc("D")];
    expect(await updateProgramme(test.db, admin, saved.id, programme("EDIT-1", { documents }))).toEqual({
      ok: true,
      id: saved.id,
    });
    const after = (await programmeForEdit(test.db, saved.id))!;
    expect(after.documents.map((d) => d.nameEn)).toEqual(["C en", "A renamed en", "D en"]);
    expect(after.documents.slice(0, 2).map((d) => d.id)).toEqual([c!.id, a!.id]);
    expect(await test.db.programmeDocument.count({ where: { id: b!.id } })).toBe(0);
    const audit = await test.db.auditLog.findFirstOrThrow({
      where: { action: "programme.update", entityId: saved.id },
    });
    expect(audit.detail).toMatchObject({ changed: [], documentsAdded: 1, documentsRemoved: 1, documents: 3 });
  });

  it("keeps the multiple and the start date of a programme with claims, but lets it end", async () => {
    const saved = await created(programme("LOCKED", { bcaMultiple: "2.00" }));
    // A multiple it had, with no claim yet, can still change.
    expect(await updateProgramme(test.db, admin, saved.id, programme("LOCKED", { bcaMultiple: "1.00" }))).toMatchObject(
      {
        ok: true,
      },
    );
    const artisan = await makeArtisan(test.db, districtId, "Dilnoza Karimova");
    await test.db.subsidyClaim.create({
      data: { programmeId: saved.id, artisanId: artisan.id, preparedById: worker.id },
    });

    for (const change of [{ bcaMultiple: "1.50" }, { startsOn: "2026-02-01" }]) {
      expect(await updateProgramme(test.db, admin, saved.id, programme("LOCKED", change))).toEqual({
        ok: false,
        reason: "lockedByClaims",
      });
    }
    const unchanged = (await programmeForEdit(test.db, saved.id))!;
    expect(unchanged).toMatchObject({ bcaMultiple: "1.00", startsOn: "2026-01-01", claims: 1 });

    const ending = programme("LOCKED", { endsOn: "2026-12-31", nameEn: "One-time subsidy (ended)" });
    expect(await updateProgramme(test.db, admin, saved.id, ending)).toMatchObject({ ok: true });
    expect(await programmeForEdit(test.db, saved.id)).toMatchObject({ endsOn: "2026-12-31", bcaMultiple: "1.00" });
    const audit = await test.db.auditLog.findFirstOrThrow({
      where: { action: "programme.update", entityId: saved.id },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toMatchObject({ changed: ["nameEn", "endsOn"] });

    const listed = (await listProgrammes(test.db, "ru")).find((p) => p.id === saved.id);
    expect(listed).toMatchObject({ name: "Единовременная субсидия", claims: 1, documents: 2, endsOn: "2026-12-31" });
  });

  it("says not found for a programme that does not exist", async () => {
    expect(await updateProgramme(test.db, admin, "no-such-id", programme("NONE"))).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});
