import { sitemapPages, sitemapXml } from "~/modules/catalog/sitemap.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

export async function loader() {
  const xml = sitemapXml(await sitemapPages(getDb()), getEnv().APP_URL);
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
