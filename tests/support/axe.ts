// axe-core, the engine @axe-core/playwright wraps, run in the page directly: the wrapper evaluates
// the 550 KB engine twice per scan (and in its default mode opens a new page for each); here it is
// evaluated once per document and run on it. Our pages have no frames. See ADR 014.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.2 A and AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    WCAG_TAGS,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * What axe judges a page by, as two keys: the template (its path with ids and slugs as ":") in a
 * state — language, text size, contrast, whether scripts run, and which of invalid fields, open
 * menus or disclosures, pressed buttons, alerts and status messages it shows — and the shell
 * (header and navigation, which differ by role). A page is scanned when either is new in this
 * run: each template once per language and state, each role's shell once per language, whatever
 * the data in it (ADR 014). Not the screen width: the phone tour and the desktop flows share them.
 */
export async function templateState(page: Page, scriptless: boolean): Promise<string[]> {
  const shape = new URL(page.url()).pathname
    .split("/")
    .map((s, i) => (i > 1 && /[\d-]|.{21,}/.test(s) ? ":" : s))
    .join("/");
  const { setting, states, shell } = await page.evaluate(() => {
    const root = document.documentElement;
    const shows = {
      invalid: '[aria-invalid="true"]',
      expanded: '[aria-expanded="true"]',
      open: "details[open], dialog[open]",
      pressed: '[aria-pressed="true"]',
      alert: '[role="alert"]',
      status: '[role="status"]',
    };
    const kinds = [...document.querySelectorAll("header *, nav *")].map(
      (el) => `${el.tagName}.${[...el.classList].sort().join(".")}`,
    );
    return {
      setting: `${root.lang}|${root.dataset.textSize}|${root.dataset.contrast}`,
      states: Object.entries(shows)
        .filter(([, selector]) => document.body.querySelector(selector))
        .map(([name]) => name),
      shell: [...new Set(kinds)].sort().join("|"),
    };
  });
  const hash = (text: string) => createHash("sha256").update(`${scriptless}|${setting}|${text}`).digest("hex");
  return [hash(`${shape}|${states.join(",")}`), hash(`shell|${shell}`)];
}

// Shared by the workers of one run (playwright.config.ts names the folder): a file per passed state.
const passedDir = process.env.AXE_PASSED_DIR ?? path.join(os.tmpdir(), `hm-axe-${process.pid}`);
export const passedBefore = (keys: string[]) => keys.every((key) => fs.existsSync(path.join(passedDir, key)));
export function rememberPassed(keys: string[]) {
  fs.mkdirSync(passedDir, { recursive: true });
  for (const key of keys) fs.writeFileSync(path.join(passedDir, key), "");
}
