import pg from "pg";

export type Target = { name: string; url: string; floorUrl: string };

/**
 * The pages measured: the home page, a catalog search narrowed by category and region, and a listing
 * page. Each gets a floor URL: static HTML of the same byte size through the same stack.
 */
export async function pickTargets(databaseUrl: string, base: string): Promise<Target[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ slug: string; category: string; region: string }>(`
    SELECT l.slug, c.slug AS category, r.code AS region
    FROM "Listing" l JOIN "Category" c ON c.id = l."categoryId"
    JOIN "ArtisanProfile" a ON a.id = l."artisanId" JOIN "District" d ON d.id = a."districtId"
    JOIN "Region" r ON r.id = d."regionId"
    WHERE l.status = 'APPROVED' AND c.slug = 'doppi' ORDER BY l.popularity DESC LIMIT 1`);
  await client.end();
  const pick = rows[0];
  if (!pick) throw new Error("no approved skullcap listing to measure");
  const pages = [
    { name: "home", url: `${base}/` },
    {
      name: "catalog",
      url: `${base}/catalog?q=${encodeURIComponent("doʻppi")}&category=${pick.category}&region=${pick.region}`,
    },
    { name: "listing", url: `${base}/l/${pick.slug}` },
  ];
  return Promise.all(
    pages.map(async (page) => {
      const response = await fetch(page.url);
      if (!response.ok) throw new Error(`${page.url} answered ${response.status}`);
      const bytes = Buffer.byteLength(await response.text());
      return { ...page, floorUrl: `${base}/bench-floor?bytes=${bytes}` };
    }),
  );
}
