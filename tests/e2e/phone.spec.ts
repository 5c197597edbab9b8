// Every page template on a phone, as each role: no sideways scrolling at 320 px wide with text at
// 100, 125, 150 and 200 % (WCAG 1.4.4, 1.4.10 — axe cannot see these), the header within a quarter
// of a 390 × 844 screen, and axe on each template (shared with the flows: fixtures.ts).
import type { Page } from "@playwright/test";
import { NOT_A_PAGE, shapeOf, walkSite } from "../../scripts/site-walk";
import { loginAs } from "../support/accounts";
import { expect, expectAccessible, test } from "./fixtures";

const ROLES = [
  null,
  "buyer@hunarmand.uz",
  "artisan@hunarmand.uz",
  "moderator@hunarmand.uz",
  "courier@hunarmand.uz",
  "sw.b@hunarmand.uz",
  // The branch head: subsidy claims to decide and pay, their letters, every case of the district.
  "sw.f@hunarmand.uz",
  "admin@hunarmand.uz",
] as const;
const TEXT_SIZES = ["100", "125", "150", "200"];
const SKIP = new RegExp(`${NOT_A_PAGE.source}|^/(dev|logout)`);

/** One address per page shape reachable by links from the home page and the account page. */
async function templates(page: Page): Promise<string[]> {
  const found: string[] = [];
  await walkSite({
    skip: SKIP,
    fetchPage: async (path) => {
      const response = await page.request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      return {
        path,
        status: response.status(),
        contentType: headers["content-type"] ?? "",
        body: await response.text(),
        location: headers.location ?? null,
      };
    },
    onPage: ({ path, status, contentType }) => {
      if (status === 200 && contentType.includes("html")) found.push(path);
    },
  });
  return found;
}

/** How many CSS pixels the page is wider than the screen, at each text size (0 everywhere is right). */
async function overflowAt(page: Page): Promise<Record<string, number>> {
  return page.evaluate((sizes) => {
    const root = document.documentElement;
    const widths: Record<string, number> = {};
    for (const size of sizes) {
      root.dataset.textSize = size;
      widths[size] = root.scrollWidth - root.clientWidth;
    }
    return widths;
  }, TEXT_SIZES);
}

// One test per language: each role in turn; each template is checked once signed out and once
// signed in, as the first role that reaches it (roles share the header and page layouts).
test("every page template fits a phone at every text size, as every role", async ({ page, t }) => {
  test.setTimeout(600_000);
  const checked = new Set<string>();
  const problems: string[] = [];
  for (const email of ROLES) {
    await page.context().clearCookies();
    await page.setViewportSize({ width: 390, height: 844 });
    if (email) await loginAs(page, t, email);
    for (const path of await templates(page)) {
      if (checked.has(`${shapeOf(path)}|${email === null}`)) continue;
      checked.add(`${shapeOf(path)}|${email === null}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const header = await page.locator("body > header").boundingBox();
      if (header && header.height > 844 / 4)
        problems.push(`${path} (${email ?? "signed out"}): header ${Math.round(header.height)} px tall at 390 × 844`);
      await page.setViewportSize({ width: 320, height: 700 });
      await expectAccessible(page);
      const wider = Object.entries(await overflowAt(page)).filter(([, px]) => px > 0);
      if (wider.length > 0)
        problems.push(
          `${path} (${email ?? "signed out"}): wider than 320 px by ${wider.map(([s, px]) => `${px} px at ${s} %`).join(", ")}`,
        );
    }
  }
  expect(problems).toEqual([]);
});
