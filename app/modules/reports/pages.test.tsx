import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { signedInCookie } from "../../../tests/support/call-route";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { renderPage } from "../../../tests/support/render-page";
import { BreakdownSection } from "./breakdown-section";
import { CohortTable } from "./cohort-table";
import { FigureList } from "./figure-list";
import { refreshReports } from "./refresh.server";
import { at, makePlace, makeReportArtisan, makeSale, makeStaff } from "./test-reports";

// /reports and /reports.csv through their loaders, as Remix calls them, and the page's parts as a
// reader sees them: words and numbers, "fewer than 5", the charts' titles beside their tables.
type Loader = (args: { request: Request; params: object; context: object }) => Promise<unknown>;

let t: TestDatabase;
let d1: string;
let d2: string;
const cookie = {} as Record<"moderator" | "levelB" | "buyer", string>;

async function signIn(roles: Role[], districts: string[], level: "B" | null = null) {
  const user = await makeStaff(t.db, roles, districts, level);
  return signedInCookie(t.db, user.id);
}

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url; // the routes' getDb()
  const place = await makePlace(t.db, "RP1");
  // A district name a spreadsheet would run as a formula: the CSV must neutralise it.
  d1 = (await t.db.district.update({ where: { id: place.id }, data: { nameEn: "=HYPERLINK(1)" } })).id;
  d2 = (await makePlace(t.db, "RP2")).id;
  cookie.moderator = await signIn(["MODERATOR"], [d1]);
  cookie.levelB = await signIn(["SOCIAL_WORKER"], [d1], "B");
  cookie.buyer = await signIn(["BUYER"], []);
  // Six women and two men join in November 2026; five women sell 50 000 soʻm each.
  for (let i = 0; i < 8; i++) {
    const artisan = await makeReportArtisan(t.db, {
      districtId: d1,
      onboardedAt: at("2026-11-10T07:00:00Z"),
      gender: i < 6 ? "FEMALE" : "MALE",
      craftIds: [],
    });
    if (i < 5)
      await makeSale(t.db, {
        artisanId: artisan.id,
        placedAt: at("2026-11-12T07:00:00Z"),
        totalMinor: 5_000_000,
        pickup: "HOME_PICKUP",
        deliveredAt: at("2026-11-13T07:00:00Z"),
        ledger: [{ kind: "SALE_CREDIT", amountMinor: 5_000_000, at: at("2026-11-13T07:00:00Z") }],
      });
  }
  await refreshReports(t.db);
});
afterAll(async () => t?.drop());

async function get(route: "page" | "csv", who: keyof typeof cookie, query: string) {
  const module = (await (route === "page" ? import("~/routes/reports") : import("~/routes/reports[.]csv"))) as {
    loader: Loader;
  };
  const request = new Request(`http://localhost/${route === "page" ? "reports" : "reports.csv"}?lang=en&${query}`, {
    headers: { Cookie: cookie[who] },
  });
  try {
    return { status: 200, body: await module.loader({ request, params: {}, context: {} }) };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: null };
    throw thrown;
  }
}

describe("/reports", () => {
  it("is not kept by any cache", async () => {
    const { headers } = await import("~/routes/reports");
    expect(headers()).toEqual({ "Cache-Control": "private, no-store" });
  });

  it("refuses a buyer (403), and a social worker below level F or another district (404)", async () => {
    expect((await get("page", "buyer", "")).status).toBe(403);
    expect((await get("page", "levelB", "")).status).toBe(404);
    expect((await get("page", "moderator", `district=${d2}`)).status).toBe(404);
    expect((await get("csv", "moderator", `district=${d2}`)).status).toBe(404);
  });

  it("answers a period it cannot read with this month and the reason, never an error", async () => {
    const answer = await get("page", "moderator", "period=custom&month=2026-11&until=2026-01");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ periodError: "reports.errors.untilBeforeFrom" });
    expect((await get("page", "moderator", "period=week&month=x")).body).toMatchObject({
      periodError: "reports.errors.period",
    });
  });

  it("shows the figures in words, 'fewer than 5' for 1 to 4, with what each counts and charts beside their tables", async () => {
    const answer = (await get("page", "moderator", "period=month&month=2026-11")).body as {
      showing: string;
      report: Awaited<ReturnType<typeof import("./report.server").buildReport>>;
    };
    expect(answer.showing).toBe("November 2026, All my districts");
    const html = await renderPage(
      "en",
      <>
        <FigureList group="people" figures={answer.report.figures} />
        <FigureList group="sales" figures={answer.report.figures} />
        <BreakdownSection breakdown={answer.report.breakdowns[1]!} />
        <CohortTable cohorts={answer.report.cohorts} />
      </>,
    );
    expect(html).toContain("Artisans who joined</span>");
    expect(html).toMatch(
      /Artisans who joined<\/span><details><summary>What this counts<\/summary><p>Artisans whose account was opened during the period.<\/p><\/details><\/dt><dd[^>]*>8<\/dd>/,
    );
    expect(html).toMatch(/Money credited to artisans<\/span>.*?<dd[^>]*>UZS\u00a0250,000<\/dd>/);
    expect(html).toMatch(/Pickups that failed<\/span>.*?<dd[^>]*>0<\/dd>/);
    expect(html).toContain('<svg role="img"');
    expect(html).toContain(
      "<title>Active artisans, By gender: bar chart. The same numbers are in the table beside it.</title>",
    );
    expect(html).toMatch(/<th scope="row">Men<\/th><td data-label="Artisans who joined">fewer than 5<\/td>/);
    expect(html).toMatch(/<th scope="row">Women<\/th><td data-label="Artisans who joined">6<\/td>/);
    expect(html).toMatch(
      /<th scope="row">November 2026<\/th><td data-label="Joined">8<\/td><td data-label="Active 6 months later">not yet<\/td>/,
    );
  });
});

describe("/reports.csv", () => {
  it("downloads the same figures as a spreadsheet: BOM, 'fewer than 5', formulas neutralised", async () => {
    const answer = (await get("csv", "moderator", "period=month&month=2026-11")).body as Response;
    expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
    expect(answer.headers.get("Content-Disposition")).toContain("hunarmand-reports-2026-11-2026-11.csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await answer.arrayBuffer());
    expect(text.startsWith("\uFEFFSection,Figure or row,Column,Value\r\nPeriod,November 2026,,\r\n")).toBe(true);
    expect(text).toContain("Place,All my districts,,\r\n");
    expect(text).toContain("Artisans,Artisans who joined,,8\r\n");
    expect(text).toContain("Sales and pickups,Money credited to artisans,,250000.00\r\n");
    expect(text).toContain("By gender,Men,Artisans who joined,fewer than 5\r\n");
    expect(text).toContain("By district,'=HYPERLINK(1),Artisans who joined,8\r\n");
  });
});
