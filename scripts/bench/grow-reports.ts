import pg from "pg";

/**
 * Grows the database to the M&E dashboard's scale in SQL (generate_series, no round trip per row):
 * `artisans` artisans spread over every district and the last two years, seven in ten with a badge,
 * and `orders` orders of one part each over the same two years — four in five delivered and
 * credited, one in ten dropped off at a branch, one in fifty with a failed pickup first. Values
 * come from the row number, so two runs make the same data.
 */
export async function growReports(url: string, target: { artisans: number; orders: number }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const staff = await client.query<{ worker: string; moderator: string }>(`
      SELECT (SELECT id FROM "User" WHERE email = 'sw.b@hunarmand.uz') AS worker,
             (SELECT id FROM "User" WHERE email = 'moderator@hunarmand.uz') AS moderator`);
    const { worker, moderator } = staff.rows[0]!;
    await inBatches(client, target.artisans, 10_000, ARTISANS, [worker, moderator]);
    await inBatches(client, target.orders, 250_000, ORDERS, [target.artisans]);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

async function inBatches(client: pg.Client, total: number, size: number, statements: string[], extra: unknown[]) {
  for (let from = 1; from <= total; from += size) {
    const to = Math.min(total, from + size - 1);
    await client.query("BEGIN");
    for (const statement of statements) {
      // Each statement is given the parameters it names ($1…$n), as PostgreSQL requires.
      const used = Math.max(...[...statement.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
      await client.query(statement, [from, to, ...extra].slice(0, used));
    }
    await client.query("COMMIT");
    process.stdout.write(`\r  ${to} / ${total}`);
  }
  process.stdout.write("\n");
}

// $1..$2: the row numbers of this batch; $3, $4: a social worker and a moderator of the demo (four eyes).
const ARTISANS = [
  `INSERT INTO "User" (id, email, name, "passwordHash", roles, "updatedAt")
   SELECT 'bench-u' || g, 'bench-u' || g || '@bench.uz', 'Hunarmand ' || g, 'x', '{ARTISAN}', now()
   FROM generate_series($1::int, $2::int) g`,
  `INSERT INTO "ArtisanProfile" (id, "userId", handle, "displayName", "districtId", gender, status, "createdAt", "updatedAt")
   SELECT 'bench-a' || g, 'bench-u' || g, 'bench-' || g, 'Hunarmand ' || g, d.id,
          (CASE WHEN g % 3 = 0 THEN 'MALE' ELSE 'FEMALE' END)::"Gender", 'ACTIVE',
          now() - ((g * 7919) % 730) * interval '1 day', now()
   FROM generate_series($1::int, $2::int) g
   JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM "District") d ON d.k = g % d.total`,
  `INSERT INTO "_ArtisanCrafts" ("A", "B")
   SELECT 'bench-a' || g, c.id FROM generate_series($1::int, $2::int) g
   JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM "Category") c ON c.k = g % c.total`,
  `INSERT INTO "DisabilityEvidence" (id, "artisanId", "groupEnc", "certificateNumberEnc", "issuedOn", "attestedById")
   SELECT 'bench-e' || g, 'bench-a' || g, 'x', 'x', date '2024-01-01', $3::text
   FROM generate_series($1::int, $2::int) g WHERE g % 10 < 7`,
  `INSERT INTO "Badge" (id, "artisanId", "evidenceId", status, "requestedById", "decidedById", "decidedAt", "validUntil")
   SELECT 'bench-b' || g, 'bench-a' || g, 'bench-e' || g, 'GRANTED', $3::text, $4::text,
          a."createdAt" + interval '10 days', (a."createdAt" + interval '3 years')::date
   FROM generate_series($1::int, $2::int) g JOIN "ArtisanProfile" a ON a.id = 'bench-a' || g WHERE g % 10 < 7`,
];

// $1..$2: the order numbers of this batch; $3: how many artisans there are. Each order's moment is
// spread over the last two years from its number.
const MOMENT = `now() - ((g::bigint * 104729) % (730 * 24 * 60)) * interval '1 minute'`;
const ORDERS = [
  `CREATE TEMP TABLE bench_orders ON COMMIT DROP AS
   SELECT g, ${MOMENT} AS at, 'bench-a' || ((g::bigint * 31337) % $3::int + 1) AS artisan,
          1000000 + (g % 50) * 100000 AS total, g % 5 <> 0 AS delivered
   FROM generate_series($1::int, $2::int) g`,
  `INSERT INTO "Order" (id, number, "contactName", email, phone, "deliveryMethod", "paymentMethod", status, "totalMinor", "createdAt", "updatedAt")
   SELECT 'bench-o' || g, 'B-' || g, 'Xaridor', 'b@bench.uz', '+998900000000', 'COURIER', 'CASH_ON_DELIVERY',
          CASE WHEN delivered THEN 'COMPLETED' ELSE 'PLACED' END::"OrderStatus", total, at, at
   FROM bench_orders`,
  `INSERT INTO "SubOrder" (id, "orderId", "artisanId", status, "itemsTotalMinor", "commissionBasisPoints", "commissionMinor", "createdAt", "updatedAt")
   SELECT 'bench-s' || g, 'bench-o' || g, artisan, CASE WHEN delivered THEN 'DELIVERED' ELSE 'READY' END::"SubOrderStatus",
          total, 0, 0, at, at
   FROM bench_orders`,
  `INSERT INTO "SubOrderEvent" (id, "subOrderId", status, note, "createdAt")
   SELECT 'bench-p' || g, 'bench-s' || g, 'PLACED'::"SubOrderStatus", NULL, at FROM bench_orders
   UNION ALL SELECT 'bench-f' || g, 'bench-s' || g, 'READY'::"SubOrderStatus", 'nobodyHome', at + interval '1 day' FROM bench_orders WHERE g % 50 = 0
   UNION ALL SELECT 'bench-d' || g, 'bench-s' || g, 'DELIVERED'::"SubOrderStatus", NULL, at + interval '2 days' FROM bench_orders WHERE delivered`,
  `INSERT INTO "Pickup" (id, "subOrderId", kind, status, "createdAt", "updatedAt")
   SELECT 'bench-k' || g, 'bench-s' || g, CASE WHEN g % 10 = 0 THEN 'BRANCH_DROP_OFF' ELSE 'HOME_PICKUP' END::"PickupKind",
          CASE WHEN delivered THEN 'DELIVERED' ELSE 'REQUESTED' END::"PickupStatus", at, at
   FROM bench_orders`,
  `INSERT INTO "LedgerEntry" (id, "artisanId", kind, "amountMinor", "subOrderId", "createdAt")
   SELECT 'bench-l' || g, artisan, 'SALE_CREDIT', total, 'bench-s' || g, at + interval '2 days' FROM bench_orders WHERE delivered`,
];
