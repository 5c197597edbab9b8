import { test as base, expect, type Page } from "@playwright/test";
import { latinToCyrillic } from "../../app/utils/i18n/transliterate";
import { axeViolations, passedBefore, rememberPassed, templateState } from "../support/axe";
import { translator, type TestLocale } from "../support/i18n";

const scannedPages = new WeakMap<Page, Set<string>>();
const noScriptPages = new WeakSet<Page>();

const keyOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/**
 * Runs axe on the page as it is now; any WCAG 2.2 A/AA violation fails the test. A page whose
 * template, in the same state and with the same shell, already passed in this run (any worker) is
 * not scanned again (support/axe.ts, ADR 014).
 */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("load");
  // A link just clicked may still be loading its page in the browser (Remix's router): judge that
  // page, not the one it leaves.
  if (!noScriptPages.has(page)) {
    await page.waitForFunction(() => {
      const router = (window as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter;
      return !router || router.state.navigation.state === "idle";
    });
  }
  const scanned = scannedPages.get(page);
  const key = keyOf(page.url());
  const state = await templateState(page, noScriptPages.has(page));
  if (passedBefore(state)) {
    scanned?.add(key);
    return;
  }
  const target = noScriptPages.has(page) ? await scriptlessCopy(page) : page;
  expect(await axeViolations(target), `axe on ${page.url()}`).toEqual([]);
  rememberPassed(state);
  scanned?.add(key);
}

/** Follows a link in the page's main content and checks the page it opens: its heading, and axe. */
export async function followLink(page: Page, name: string, heading: string) {
  await page.getByRole("main").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectAccessible(page);
}

/**
 * axe needs script; a page with JavaScript off has none. Its exact HTML is served again, at the same
 * URL, to a script-enabled page whose own scripts are blocked, so axe sees what the person saw. One
 * such copy serves all the scans of a page (a new browser context per scan costs more than axe).
 */
async function scriptlessCopy(page: Page): Promise<Page> {
  // The person's page ran no script, so none of its <script> or module preloads belong in the copy.
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<link[^>]+rel="modulepreload"[^>]*>/gi, "");
  let copy = copies.get(page);
  if (!copy) {
    // Explicit: Playwright Test applies the test's `use` options (JavaScript off) to new contexts too.
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    copy = await context.newPage();
    copies.set(page, copy);
  }
  await copy.unrouteAll();
  await copy.route(page.url(), (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  await copy.goto(page.url());
  return copy;
}

const copies = new WeakMap<Page, Page>();

/** A page opened by the test itself (a second person's browser) that runs without JavaScript. */
export function runsWithoutScript(page: Page) {
  noScriptPages.add(page);
  extraPages.push(page);
}

const extraPages: Page[] = [];

type Fixtures = {
  locale: TestLocale;
  t: ReturnType<typeof translator>;
  /** A person's or place's Uzbek name as the page shows it: in Cyrillic letters in uz-Cyrl. */
  uzName: (latin: string) => string;
};

/**
 * `page` records every document it navigates to; when the test ends, each of them must have been
 * scanned with expectAccessible, so no visited page escapes the axe check.
 */
export const test = base.extend<Fixtures>({
  locale: async ({}, use, info) =>
    use((["ru", "uz-Cyrl", "en"] as const).find((name) => name === info.project.name) ?? "uz"),
  t: async ({ locale }, use) => use(translator(locale)),
  uzName: async ({ locale }, use) => use((latin) => (locale === "uz-Cyrl" ? latinToCyrillic(latin) : latin)),
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled === false) noScriptPages.add(page);
    const visited = new Set<string>();
    const scanned = new Set<string>();
    scannedPages.set(page, scanned);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(keyOf(frame.url()));
    });
    await use(page);
    // The axe copies go before the test ends, so the trace of every context closes in order.
    for (const scanned of [page, ...extraPages.splice(0)]) await copies.get(scanned)?.context().close();
    const missed = [...visited].filter((url) => !scanned.has(url));
    expect(missed, "pages visited without an axe scan").toEqual([]);
  },
});

export { expect };
