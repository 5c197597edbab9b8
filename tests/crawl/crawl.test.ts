// The crawl: as each role, in each of the four languages, every page reachable by links from the
// pages they can open (demo data of `npm start`), checked for what must never reach a person
// (tests/crawl/checks.ts) and for server errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "~/utils/i18n/locales";
import { createSession } from "~/utils/session.server";
import { startDemoApp, type ServedApp } from "../hostile/served-app";
import { problemsOf } from "./checks";

let app: Omit<ServedApp, "people">;
beforeAll(async () => {
  app = await startDemoApp();
}, 180_000);
afterAll(() => app?.close());

const ROLES = {
  visitor: null,
  buyer: "buyer@hunarmand.uz",
  artisan: "artisan@hunarmand.uz",
  helper: "helper@hunarmand.uz",
  socialWorker: "sw.b@hunarmand.uz",
  moderator: "moderator@hunarmand.uz",
  courier: "courier@hunarmand.uz",
  admin: "admin@hunarmand.uz",
} as const;

/** Pages of one shape ("/l/<slug>", "/studio/orders/<id>") are visited this often: one is the template, more repeat it. */
const PER_SHAPE = 3;
const MAX_PAGES = 150;
const SKIP = /^\/(media|assets|build)\/|\.(csv|xml|txt|svg|png|jpe?g|webp|avif)$|^\/webhooks\//;
const shapeOf = (path: string) => path.split("?")[0]!.split("/").map((s, i) => (i > 1 && /[\d-]|.{21,}/.test(s) ? ":" : s)).join("/");
const linksOf = (html: string) => [...html.matchAll(/<a\b[^>]*\shref="(\/[^"#]*)/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

async function crawl(cookie: string, locale: Locale): Promise<{ visited: number; problems: string[] }> {
  const seen = new Set<string>();
  const shapes = new Map<string, number>();
  const queue = ["/", "/account"];
  const problems: string[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_PAGES) {
    const path = queue.shift()!;
    const shape = shapeOf(path);
    if (seen.has(path) || SKIP.test(path.split("?")[0]!) || (shapes.get(shape) ?? 0) >= PER_SHAPE) continue;
    seen.add(path);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    visited++;
    const response = await fetch(`${app.url}${path}`, { headers: { Cookie: `lang=${locale}; ${cookie}` }, redirect: "manual" });
    const body = await response.text();
    if (response.status >= 500) problems.push(`${path} → ${response.status}`);
    for (const problem of problemsOf(body, response.headers.get("content-type") ?? "", locale)) problems.push(`${path}: ${problem}`);
    const location = response.headers.get("location");
    if (location?.startsWith("/")) queue.push(location);
    queue.push(...linksOf(body).filter((link) => !link.includes("lang=")));
  }
  return { visited, problems };
}

describe("every page in every language, as every role", () => {
  it.each(Object.keys(ROLES) as Array<keyof typeof ROLES>)("as %s", async (role) => {
    const email = ROLES[role];
    let cookie = "";
    if (email) {
      const user = await app.db.user.findUniqueOrThrow({ where: { email } });
      cookie = `hm_session=${(await createSession(app.db, user.id, { twoFactorPassed: true })).token}`;
    }
    const found: string[] = [];
    for (const locale of LOCALES) {
      const { visited, problems } = await crawl(cookie, locale);
      expect(visited, `${role} ${locale} reached pages`).toBeGreaterThan(5);
      found.push(...problems.map((p) => `[${locale}] ${p}`));
    }
    expect([...new Set(found)]).toEqual([]);
  }, 300_000);
});
