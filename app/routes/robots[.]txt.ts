import { robotsTxt } from "~/modules/catalog/sitemap.server";
import { getEnv } from "~/utils/env.server";

export function loader() {
  return new Response(robotsTxt(getEnv().APP_URL), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
