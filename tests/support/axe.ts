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
 * The page's template (its path with ids and slugs as ":") and the state axe would see it in: its
 * rendered elements, roles, classes, invalid fields and open menus, its language, text size and
 * contrast, and whether scripts run. Not the screen width: the phone tour and the desktop flows
 * share one scan per template and state. Not <link>, <script> and the like: they come and go as
 * the page hydrates, and axe does not judge them.
 */
export async function templateState(page: Page, scriptless: boolean): Promise<string> {
  const shape = new URL(page.url()).pathname
    .split("/")
    .map((s, i) => (i > 1 && /[\d-]|.{21,}/.test(s) ? ":" : s))
    .join("/");
  const elements = await page.evaluate(() => {
    const kinds = new Set<string>();
    for (const el of document.body.querySelectorAll("*")) {
      if (/^(LINK|SCRIPT|STYLE|META|TEMPLATE)$/.test(el.tagName)) continue;
      const attrs = ["role", "aria-invalid", "aria-expanded", "aria-pressed", "open", "disabled"]
        .map((a) => el.getAttribute(a) ?? "")
        .join(",");
      kinds.add(`${el.tagName}.${[...el.classList].sort().join(".")}[${attrs}]`);
    }
    const root = document.documentElement;
    return `${root.lang}|${root.dataset.textSize}|${root.dataset.contrast}|${[...kinds].sort().join("|")}`;
  });
  return createHash("sha256").update(`${scriptless}|${shape}|${elements}`).digest("hex");
}

// Shared by the workers of one run (playwright.config.ts names the folder): a file per passed state.
const passedDir = process.env.AXE_PASSED_DIR ?? path.join(os.tmpdir(), `hm-axe-${process.pid}`);
export const passedBefore = (state: string) => fs.existsSync(path.join(passedDir, state));
export function rememberPassed(state: string) {
  fs.mkdirSync(passedDir, { recursive: true });
  fs.writeFileSync(path.join(passedDir, state), "");
}
