// The hostile-input suite: every route of the server build, asked by a signed-out visitor and by
// the person who owns it, with generated hostile URLs, fields and bodies. It holds the app to:
// no 5xx, no payload reflected into HTML unescaped, no redirect off the site, and no row written
// for a refused (4xx) request. HOSTILE_SEED=<seed> replays a failed run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInCookie } from "../support/call-route";
import { XSS_MARKERS } from "./inputs";
import { randomFor, RUN_SEED } from "./random";
import { fieldNames, hostileAttempts, wrongBodies, type Attempt, type RouteShape } from "./requests";
import { realIds, routeUrl, ROUTES, type Ids, type Who } from "./routes";
import { rowCounts, startServedApp, type ServedApp } from "./served-app";

let app: ServedApp;
let ids: Ids;
// Writes a refused request may make: the audit log records refusals, the limiter counts them.
const EXPECTED_WRITES = ["AuditLog", "RateLimitCounter"];

beforeAll(async () => {
  app = await startServedApp();
  ids = await realIds(app);
}, 120_000);
afterAll(() => app?.close());

const routeIds = () => Object.keys(app.build.routes).filter((id) => id !== "root");

async function cookieOf(who: Who): Promise<string | null> {
  if (who === "anonymous") return null;
  // A fresh session per route: one route's hostile "log out" must not sign the next one out.
  return signedInCookie(app.db, app.people[who].user.id);
}

async function send(attempt: Attempt, cookie: string | null) {
  const headers: Record<string, string> = { Origin: app.url };
  if (cookie) headers.Cookie = cookie;
  if (attempt.type !== undefined) headers["Content-Type"] = attempt.type;
  const body = typeof attempt.body === "string" ? new TextEncoder().encode(attempt.body) : attempt.body;
  return fetch(`${app.url}${attempt.url}`, { method: attempt.method, headers, body, redirect: "manual" });
}

/** What is wrong with the answer to one attempt, if anything. */
async function judge(attempt: Attempt, cookie: string | null): Promise<string | null> {
  const before = await rowCounts(app.db, EXPECTED_WRITES);
  const response = await send(attempt, cookie);
  const text = await response.text();
  const { status } = response;
  if (status >= 500) return `${status}: ${text.slice(0, 200)}`;
  if ((response.headers.get("content-type") ?? "").includes("html") && XSS_MARKERS.some((m) => text.includes(m)))
    return "reflected a payload unescaped";
  const location = response.headers.get("location");
  if (location !== null) {
    const target = new URL(location, app.url).origin;
    if (target !== app.url && target !== process.env.STRIPE_API_URL) return `redirected off the site: ${location}`;
  }
  if (status >= 400) {
    const after = await rowCounts(app.db, EXPECTED_WRITES);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length > 0) return `${status} but wrote rows in ${changed.join(", ")}`;
  }
  return null;
}

describe("hostile input", () => {
  it("has an entry for every route of the build (a new route must say who owns it)", () => {
    expect(routeIds().filter((id) => !ROUTES[id])).toEqual([]);
    expect(Object.keys(ROUTES).filter((id) => !app.build.routes[id])).toEqual([]);
  });

  it.each(Object.keys(ROUTES))("%s: no 5xx, nothing reflected, nothing half-saved", async (id) => {
    const route = app.build.routes[id]!;
    const entry = ROUTES[id]!;
    const good = entry.params?.(ids) ?? {};
    const r = randomFor(id);
    const owner = await cookieOf(entry.owner);
    const problems: string[] = [];
    const baseline: Attempt = { method: "GET", url: routeUrl(route.path ?? "", good), what: "the page itself" };
    const page = await send(baseline, owner);
    const html = await page.text();
    if (page.status >= 500) problems.push(`GET ${baseline.url} as ${entry.owner} → ${page.status}`);
    const shape: RouteShape = {
      path: route.path ?? "",
      good,
      loader: Boolean(route.module.loader),
      action: Boolean(route.module.action),
      names: fieldNames(html),
    };
    const asked: Array<[Who, string | null, Attempt[]]> = [
      ["anonymous", null, hostileAttempts(r, shape, { get: 2, post: 2 })],
      [entry.owner, owner, [...hostileAttempts(r, shape, { get: 3, post: 4 }), ...wrongBodies(shape)]],
    ];
    for (const [who, cookie, attempts] of asked) {
      for (const attempt of attempts) {
        const problem = await judge(attempt, cookie);
        if (problem)
          problems.push(`${attempt.method} ${attempt.url.slice(0, 300)} (${attempt.what}) as ${who} → ${problem}`);
      }
    }
    expect(problems, `replay with HOSTILE_SEED=${RUN_SEED}`).toEqual([]);
  });
});
