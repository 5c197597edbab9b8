import pg from "pg";

/**
 * Grows the approved catalog to `target` listings by cloning the seeded ones in SQL, batch by batch
 * (no round trip per row): new ids and slugs, the same artisans, categories and photos — photos are
 * content-addressed, so clones share the files. Returns the new count.
 */
export async function growCatalog(url: string, target: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let count = await approvedCount(client);
    while (count < target) {
      const batch = Math.min(target - count, 25_000);
      await client.query("BEGIN");
      await client.query(`CREATE TEMP TABLE bench_map (new_id text, source_id text, n int) ON COMMIT DROP`);
      await client.query(PICK_SOURCES, [batch, count]);
      for (const statement of CLONE) await client.query(statement);
      await client.query("COMMIT");
      count = await approvedCount(client);
    }
    await client.query("ANALYZE");
    return count;
  } finally {
    await client.end();
  }
}

async function approvedCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Listing" WHERE status = 'APPROVED'`);
  return Number(rows[0]!.n);
}

// $1 clones numbered after $2; sources are the seeded listings, taken round-robin.
const PICK_SOURCES = `
  INSERT INTO bench_map
  SELECT 'bench' || ($2::int + g), s.id, $2::int + g
  FROM generate_series(1, $1::int) g
  JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total
        FROM "Listing" WHERE status = 'APPROVED' AND id NOT LIKE 'bench%') s
    ON s.k = (g + $2::int) % s.total`;

const LISTING_COLUMNS = `"artisanId", "categoryId", status, "titleUz", "titleRu", "titleEn", "descriptionUz",
  "descriptionRu", "descriptionEn", stock, "materialsUz", "materialsRu", "materialsEn", "dimensionsUz",
  "dimensionsRu", "dimensionsEn", "weightGrams", "handmadeAttestedAt", "submittedAt", "createdAt"`;

const CLONE = [
  `INSERT INTO "Listing" (id, slug, "priceMinor", popularity, "approvedAt", "updatedAt", ${LISTING_COLUMNS})
   SELECT m.new_id, 'b' || m.n || '-' || l.slug, l."priceMinor" + (m.n % 97) * 100000, (random() * 1000)::int,
          l."approvedAt" - make_interval(mins => m.n), now(), ${LISTING_COLUMNS.replace(/"?(\w+)"?/g, 'l."$1"')}
   FROM bench_map m JOIN "Listing" l ON l.id = m.source_id`,
  `INSERT INTO "ListingImage" (id, "listingId", position, "altUz", "altRu", "altEn", width, height, placeholder)
   SELECT m.new_id || '-' || i.id, m.new_id, i.position, i."altUz", i."altRu", i."altEn", i.width, i.height, i.placeholder
   FROM bench_map m JOIN "ListingImage" i ON i."listingId" = m.source_id`,
  `INSERT INTO "ImageVariant" (id, "imageId", width, height, format, key, bytes)
   SELECT m.new_id || '-' || v.id, m.new_id || '-' || i.id, v.width, v.height, v.format, v.key, v.bytes
   FROM bench_map m JOIN "ListingImage" i ON i."listingId" = m.source_id JOIN "ImageVariant" v ON v."imageId" = i.id`,
];
