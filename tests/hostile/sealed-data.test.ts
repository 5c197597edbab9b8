// Sealed personal data (certificate number and group, home address, bank card, case notes) never reaches a
// public page, a URL or a log line: entered through the real forms of the served app, then looked
// for in every answer a stranger can get and in everything the server wrote to its output.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seal } from "~/utils/sensitive.server";
import { startServedApp, type ServedApp } from "./served-app";

const CERTIFICATE = "TK 7654321";
const ADDRESS = "Qatortol koʻchasi 77, 41-xonadon";
const CARD = "4111111111111111";
const NOTE = "Qoʻshnilar bilan janjal, uydan chiqolmaydi";
let app: ServedApp;
const written: string[] = [];
const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

beforeAll(async () => {
  app = await startServedApp();
  const artisan = app.people.data.artisan;
  await app.db.artisanProfile.update({
    where: { id: artisan.id },
    data: { addressEnc: seal({ model: "ArtisanProfile", field: "addressEnc", id: artisan.id }, ADDRESS) },
  });
  // The fixture's badge rests on evidence sealed as the app seals it, with this number.
  const evidenceId = app.people.data.badge.evidenceId;
  const sealed = (field: string, plain: string) => seal({ model: "DisabilityEvidence", field, id: evidenceId }, plain);
  await app.db.disabilityEvidence.update({
    where: { id: evidenceId },
    data: { groupEnc: sealed("groupEnc", "II"), certificateNumberEnc: sealed("certificateNumberEnc", "TK 7654320") },
  });
  // Everything the server prints from here on is kept, to be searched.
  const keep = (original: typeof originals.out) =>
    ((chunk: string | Uint8Array, ...rest: never[]) => {
      written.push(String(chunk));
      return original(chunk, ...rest);
    }) as typeof process.stdout.write;
  process.stdout.write = keep(originals.out);
  process.stderr.write = keep(originals.err);
}, 120_000);
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  await app?.close();
});

const send = (cookie: string | null, url: string, form?: Record<string, string>) =>
  fetch(`${app.url}${url}`, {
    method: form ? "POST" : "GET",
    redirect: "manual",
    headers: {
      Origin: app.url,
      ...(cookie ? { Cookie: cookie } : {}),
      ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });

describe("sealed personal data", () => {
  it("stays out of public pages, addresses and log lines while staff enter and read it", async () => {
    const { socialWorker, moderator, data } = app.people;
    const base = `/caseload/artisans/${data.artisan.id}`;
    const answers: Response[] = [];
    answers.push(
      await send(socialWorker.cookie, `${base}/evidence`, {
        group: "III",
        certificateNumber: CERTIFICATE,
        issuedOn: "2025-02-01",
        validUntil: "2029-02-01",
        commission: "Chilonzor TMEK",
        commissionDistrictId: data.district.id,
      }),
      await send(socialWorker.cookie, `${base}/checklists`, {
        step: "SE_BANK_CARD",
        status: "DONE",
        doneOn: "2026-12-01",
        bank: "Xalq banki",
        cardNumber: CARD,
      }),
      // A mistyped form comes back with what was typed: to the worker, never into a log.
      await send(socialWorker.cookie, `${base}/evidence`, { group: "III", certificateNumber: CERTIFICATE }),
      await send(socialWorker.cookie, base),
      await send(socialWorker.cookie, `${base}/checklists`),
      await send(moderator.cookie, `/badges/${data.badge.id}`, { intent: "show" }),
    );
    expect(answers.map((a) => a.status)).toEqual([302, 302, 400, 200, 200, 200]);
    // The moderator's "show" is the one answer that carries the number, to the moderator alone.
    expect(await answers[5]!.text()).toContain("TK 7654320");
    expect(await app.db.disabilityEvidence.count({ where: { artisanId: data.artisan.id, supersededAt: null } })).toBe(
      1,
    );
    for (const answer of answers) expect(answer.headers.get("location") ?? "").not.toMatch(/7654321|4111|Qatortol/);

    const listing = await app.db.listing.findFirstOrThrow({
      where: { artisanId: data.artisan.id, status: "APPROVED" },
    });
    for (const url of [`/a/${data.artisan.handle}`, `/l/${listing.slug}`, "/catalog", "/sitemap.xml", "/"]) {
      const html = await (await send(null, url)).text();
      expect(html, url).not.toMatch(/765432[01]/);
      expect(html, url).not.toContain("Qatortol koʻchasi 77");
      expect(html, url).not.toContain("41111111");
    }
    const log = written.join("");
    for (const secret of ["7654321", "7654320", "Qatortol koʻchasi 77", "41111111", "1111 1111"])
      expect(log).not.toContain(secret);
  });

  it("keeps case notes to the case worker and branch head: out of addresses, logs and another district", async () => {
    const { caseWorker, branchHead, otherBranchHead, data } = app.people;
    const page = `/cases/${data.case.id}`;
    const added = await send(caseWorker.cookie, page, { body: NOTE });
    expect(added.status).toBe(302);
    expect(added.headers.get("location") ?? "").not.toContain("janjal");
    expect(await (await send(caseWorker.cookie, page)).text()).toContain(NOTE);
    expect(await (await send(branchHead.cookie, `${page}/summary`)).text()).toContain(NOTE);
    for (const [who, url] of [
      [otherBranchHead.cookie, page],
      [otherBranchHead.cookie, `${page}/summary`],
      [app.people.socialWorker.cookie, page],
    ] as const)
      expect((await send(who, url)).status, url).toBe(404);
    const stored = await app.db.caseNote.findFirstOrThrow({ where: { caseId: data.case.id } });
    expect(stored.bodyEnc).not.toContain("janjal");
    expect(written.join("")).not.toContain("janjal");
  });
});
