// The HTML size of every page template, as each demo role sees it in Uzbek Latin: the pages are
// found by walking the links (scripts/site-walk.ts), one page per shape per role, and each shape
// keeps its largest answer. Budget: the home page ≤ 60 KB (issue 10).
import { createDb } from "../../app/utils/db.server";
import { createSession } from "../../app/utils/session.server";
import { shapeOf, walkSite } from "../site-walk";

const ROLES = [
  null,
  "buyer@hunarmand.uz",
  "artisan@hunarmand.uz",
  "helper@hunarmand.uz",
  "sw.b@hunarmand.uz",
  "moderator@hunarmand.uz",
  "courier@hunarmand.uz",
  "admin@hunarmand.uz",
];
export const HOME_PAGE_BUDGET = 60 * 1024;

export type PageSize = { shape: string; example: string; role: string; bytes: number };

export async function measureHtmlSizes(databaseUrl: string, base: string): Promise<PageSize[]> {
  const db = createDb(databaseUrl);
  const largest = new Map<string, PageSize>();
  try {
    for (const email of ROLES) {
      const user = email ? await db.user.findUniqueOrThrow({ where: { email } }) : null;
      const cookie = user ? `hm_session=${(await createSession(db, user.id, { twoFactorPassed: true })).token}` : "";
      await walkSite({
        skip: /^\/(media|assets|build|webhooks|dev)\/|\.(csv|xml|txt|svg|png|jpe?g|webp|avif)$|^\/logout/,
        fetchPage: async (path) => {
          const response = await fetch(`${base}${path}`, {
            headers: { Cookie: `lang=uz; ${cookie}` },
            redirect: "manual",
          });
          return {
            path,
            status: response.status,
            contentType: response.headers.get("content-type") ?? "",
            body: await response.text(),
            location: response.headers.get("location"),
          };
        },
        onPage: ({ path, status, contentType, body }) => {
          if (status !== 200 || !contentType.includes("html")) return;
          const shape = shapeOf(path);
          const bytes = Buffer.byteLength(body);
          if ((largest.get(shape)?.bytes ?? 0) < bytes)
            largest.set(shape, { shape, example: path, role: email ?? "visitor", bytes });
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
  return [...largest.values()].sort((a, b) => a.shape.localeCompare(b.shape));
}

export function htmlSizeLines(sizes: PageSize[]): string[] {
  const home = sizes.find((s) => s.shape === "/");
  return [
    ...sizes.map((s) => `  ${s.shape.padEnd(34)} ${(s.bytes / 1024).toFixed(1).padStart(6)} KB  (${s.role})`),
    `  home page ≤ 60 KB: ${home ? `${(home.bytes / 1024).toFixed(1)} KB` : "not measured"}`,
  ];
}
