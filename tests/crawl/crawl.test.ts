// The crawl: as each role, in each of the four languages, every page reachable by links from the
// pages they can open (demo data of `npm start`), checked for what must never reach a person
// (tests/crawl/checks.ts) and for server errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "~/utils/i18n/locales";
import { createSession } from "~/utils/session.server";
import { walkSite } from "../../scripts/site-walk";
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
  branchHead: "sw.f@hunarmand.uz",
  moderator: "moderator@hunarmand.uz",
  courier: "courier@hunarmand.uz",
  admin: "admin@hunarmand.uz",
} as const;

/** Pages of one shape ("/l/<slug>", "/studio/orders/<id>") are visited this often: one is the template, more repeat it. */
const PER_SHAPE = 2;

async function crawl(cookie: string, locale: Locale): Promise<{ visited: number; problems: string[] }> {
  const problems: string[] = [];
  const visited = await walkSite({
    perShape: PER_SHAPE,
    fetchPage: async (path) => {
      const response = await fetch(`${app.url}${path}`, {
        headers: { Cookie: `lang=${locale}; ${cookie}` },
        redirect: "manual",
      });
      const contentType = response.headers.get("content-type") ?? "";
      return {
        path,
        status: response.status,
        contentType,
        body: await response.text(),
        location: response.headers.get("location"),
      };
    },
    onPage: ({ path, status, body, contentType }) => {
      if (status >= 500) problems.push(`${path} → ${status}`);
      for (const problem of problemsOf(body, contentType, locale)) problems.push(`${path}: ${problem}`);
    },
  });
  return { visited, problems };
}

describe("every page in every language, as every role", () => {
  it.each(Object.keys(ROLES) as Array<keyof typeof ROLES>)(
    "as %s",
    async (role) => {
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
    },
    300_000,
  );
});
