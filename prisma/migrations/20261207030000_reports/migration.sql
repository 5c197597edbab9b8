-- The M&E dashboard (/reports) reads these materialised views, never the order tables, so it stays
-- fast at 50,000 artisans and 5 million orders. A pg-boss job refreshes them every 10 minutes
-- (REFRESH ... CONCURRENTLY, hence a unique index on each). Days are Tashkent days: Uzbekistan
-- keeps UTC+5 all year and timestamps are stored in UTC, so a moment's day is (moment + 5 h)::date.

-- One row per artisan: where they live, when they were onboarded, and when something happened to
-- them. Periods are whole months, so sales, orders and credits are kept as the months they fell in,
-- as date multiranges: a month is [its first day, the next month's first day), and a run of months
-- merges into one range, so a row stays small however much the artisan sells ("a sale in the
-- period" is then one && test per artisan).
CREATE MATERIALIZED VIEW "report_artisan" AS
WITH sale_day AS (
  -- Days a part of an order of theirs was delivered to the buyer.
  SELECT DISTINCT s."artisanId" AS artisan_id, (e."createdAt" + interval '5 hours')::date AS day
  FROM "SubOrderEvent" e JOIN "SubOrder" s ON s."id" = e."subOrderId"
  WHERE e."status" = 'DELIVERED'
), sale AS (
  SELECT x.artisan_id, range_agg(daterange(x.m, (x.m + interval '1 month')::date)) AS months
  FROM (SELECT DISTINCT artisan_id, date_trunc('month', day)::date AS m FROM sale_day) x
  GROUP BY x.artisan_id
), recent_sale AS (
  -- Months at whose last day the artisan had a sale in the 30 days up to it (that day included): a
  -- sale counts for the end of its own month and, near a month's end, of the next one.
  SELECT x.artisan_id, range_agg(daterange(x.m, (x.m + interval '1 month')::date)) AS months
  FROM (
    SELECT DISTINCT d.artisan_id, v.m
    FROM sale_day d,
         LATERAL (VALUES (date_trunc('month', d.day)::date), ((date_trunc('month', d.day) + interval '1 month')::date)) v(m)
    WHERE d.day >= (v.m + interval '1 month' - interval '30 days')::date
  ) x
  GROUP BY x.artisan_id
), placed AS (
  -- Months an order (their part of it) was placed.
  SELECT x.artisan_id, range_agg(daterange(x.m, (x.m + interval '1 month')::date)) AS months
  FROM (
    SELECT DISTINCT s."artisanId" AS artisan_id, date_trunc('month', e."createdAt" + interval '5 hours')::date AS m
    FROM "SubOrderEvent" e JOIN "SubOrder" s ON s."id" = e."subOrderId" WHERE e."status" = 'PLACED'
  ) x
  GROUP BY x.artisan_id
), credited AS (
  -- Months money was credited (or a sale's commission or refund taken) on their ledger.
  SELECT x.artisan_id, range_agg(daterange(x.m, (x.m + interval '1 month')::date)) AS months
  FROM (
    SELECT DISTINCT l."artisanId" AS artisan_id, date_trunc('month', l."createdAt" + interval '5 hours')::date AS m
    FROM "LedgerEntry" l WHERE l."kind" IN ('SALE_CREDIT', 'COMMISSION', 'REFUND_DEBIT')
  ) x
  GROUP BY x.artisan_id
), badge AS (
  -- Days a granted badge was valid: from the decision through validUntil, ending the day it was revoked.
  SELECT b."artisanId" AS artisan_id, range_agg(b.valid) AS days
  FROM (
    SELECT b."artisanId",
           daterange((b."decidedAt" + interval '5 hours')::date,
                     LEAST(b."validUntil" + 1, (b."revokedAt" + interval '5 hours')::date)) AS valid
    FROM "Badge" b
    WHERE b."status" IN ('GRANTED', 'LAPSED', 'REVOKED') AND b."decidedAt" IS NOT NULL
      AND (b."validUntil" IS NULL OR b."validUntil" >= (b."decidedAt" + interval '5 hours')::date)
      AND (b."revokedAt" IS NULL OR b."revokedAt" > b."decidedAt")
  ) b
  GROUP BY b."artisanId"
), live AS (
  -- The first day a listing now on sale was approved (listings keep no history of being taken down).
  SELECT l."artisanId" AS artisan_id, min((l."approvedAt" + interval '5 hours')::date) AS since
  FROM "Listing" l WHERE l."status" = 'APPROVED' AND l."approvedAt" IS NOT NULL
  GROUP BY l."artisanId"
), crafts AS (
  SELECT c."A" AS artisan_id, array_agg(c."B" ORDER BY c."B") AS ids FROM "_ArtisanCrafts" c GROUP BY c."A"
)
SELECT a."id" AS artisan_id,
       a."districtId" AS district_id,
       d."regionId" AS region_id,
       COALESCE(a."gender"::text, 'UNKNOWN') AS gender,
       (a."createdAt" + interval '5 hours')::date AS onboarded_on,
       live.since AS live_since,
       COALESCE(sale.months, '{}'::datemultirange) AS sale_months,
       COALESCE(recent_sale.months, '{}'::datemultirange) AS recent_sale_months,
       COALESCE(placed.months, '{}'::datemultirange) AS order_months,
       COALESCE(credited.months, '{}'::datemultirange) AS credit_months,
       COALESCE(badge.days, '{}'::datemultirange) AS badge_days,
       COALESCE(crafts.ids, '{}'::text[]) AS crafts
FROM "ArtisanProfile" a
JOIN "District" d ON d."id" = a."districtId"
LEFT JOIN sale ON sale.artisan_id = a."id"
LEFT JOIN recent_sale ON recent_sale.artisan_id = a."id"
LEFT JOIN placed ON placed.artisan_id = a."id"
LEFT JOIN credited ON credited.artisan_id = a."id"
LEFT JOIN badge ON badge.artisan_id = a."id"
LEFT JOIN live ON live.artisan_id = a."id"
LEFT JOIN crafts ON crafts.artisan_id = a."id";

CREATE UNIQUE INDEX "report_artisan_key" ON "report_artisan" ("artisan_id");
CREATE INDEX "report_artisan_district" ON "report_artisan" ("district_id");

-- Sums per district, gender and month: orders placed and their value, parts delivered, money
-- credited, pickups by kind and pickups that failed. A period (whole months) is a few rows per district.
CREATE MATERIALIZED VIEW "report_district_month" AS
WITH facts AS (
  SELECT s."artisanId" AS artisan_id, (x.at + interval '5 hours')::date AS day,
         1 AS orders, s."itemsTotalMinor" AS order_value, 0::bigint AS credited,
         0 AS delivered, 0 AS home_pickups, 0 AS branch_pickups, 0 AS failed_pickups
  FROM (SELECT e."subOrderId", min(e."createdAt") AS at FROM "SubOrderEvent" e WHERE e."status" = 'PLACED' GROUP BY 1) x
  JOIN "SubOrder" s ON s."id" = x."subOrderId"
  UNION ALL
  SELECT s."artisanId", (x.at + interval '5 hours')::date, 0, 0, 0, 1, 0, 0, 0
  FROM (SELECT e."subOrderId", min(e."createdAt") AS at FROM "SubOrderEvent" e WHERE e."status" = 'DELIVERED' GROUP BY 1) x
  JOIN "SubOrder" s ON s."id" = x."subOrderId"
  UNION ALL
  SELECT l."artisanId", (l."createdAt" + interval '5 hours')::date, 0, 0, l."amountMinor", 0, 0, 0, 0
  FROM "LedgerEntry" l WHERE l."kind" IN ('SALE_CREDIT', 'COMMISSION', 'REFUND_DEBIT')
  UNION ALL
  SELECT s."artisanId", (p."createdAt" + interval '5 hours')::date, 0, 0, 0, 0,
         (p."kind" = 'HOME_PICKUP')::int, (p."kind" = 'BRANCH_DROP_OFF')::int, 0
  FROM "Pickup" p JOIN "SubOrder" s ON s."id" = p."subOrderId"
  UNION ALL
  -- A failed pickup puts the part back to READY with the courier's reason as the note
  -- ("<reason>" or "<reason>: <words>", app/modules/logistics/failure-reasons.ts).
  SELECT s."artisanId", (e."createdAt" + interval '5 hours')::date, 0, 0, 0, 0, 0, 0, 1
  FROM "SubOrderEvent" e JOIN "SubOrder" s ON s."id" = e."subOrderId"
  WHERE e."status" = 'READY'
    AND split_part(e."note", ': ', 1) IN ('nobodyHome', 'notReady', 'noAnswer', 'wrongAddress', 'other')
)
SELECT a."districtId" AS district_id, d."regionId" AS region_id, COALESCE(a."gender"::text, 'UNKNOWN') AS gender,
       date_trunc('month', f.day)::date AS month,
       sum(f.orders)::int AS orders, sum(f.order_value)::bigint AS order_value, sum(f.credited)::bigint AS credited,
       sum(f.delivered)::int AS delivered, sum(f.home_pickups)::int AS home_pickups,
       sum(f.branch_pickups)::int AS branch_pickups, sum(f.failed_pickups)::int AS failed_pickups
FROM facts f
JOIN "ArtisanProfile" a ON a."id" = f.artisan_id
JOIN "District" d ON d."id" = a."districtId"
GROUP BY 1, 2, 3, 4;

CREATE UNIQUE INDEX "report_district_month_key" ON "report_district_month" ("month", "district_id", "gender");

-- Active artisans at each month's end and artisans who earned in each month, per district, from the
-- first month anyone was onboarded to this one: the dashboard's 12-month trend reads 12 rows per district.
CREATE MATERIALIZED VIEW "report_month_district" AS
SELECT m.month, r.district_id,
       count(*) FILTER (WHERE r.onboarded_on <= m.last
                          AND (r.live_since <= m.last OR r.recent_sale_months @> m.month))::int AS active,
       count(*) FILTER (WHERE r.sale_months @> m.month)::int AS earning
FROM (
  SELECT g::date AS month, (g + interval '1 month' - interval '1 day')::date AS last
  FROM generate_series((SELECT date_trunc('month', min(onboarded_on)) FROM "report_artisan"),
                       date_trunc('month', now() + interval '5 hours'), interval '1 month') g
) m
CROSS JOIN "report_artisan" r
GROUP BY m.month, r.district_id;

CREATE UNIQUE INDEX "report_month_district_key" ON "report_month_district" ("month", "district_id");

-- Retention: of the artisans onboarded in a month (per district), how many were active at the end of
-- the 6th and the 12th month after it. A day still to come is shown as "not yet" by the page.
CREATE MATERIALIZED VIEW "report_cohort_district" AS
SELECT c.month, r.district_id, count(*)::int AS onboarded,
       count(*) FILTER (WHERE r.live_since <= c.end6 OR r.recent_sale_months @> date_trunc('month', c.end6)::date)::int AS active6,
       count(*) FILTER (WHERE r.live_since <= c.end12 OR r.recent_sale_months @> date_trunc('month', c.end12)::date)::int AS active12
FROM "report_artisan" r,
     LATERAL (SELECT date_trunc('month', r.onboarded_on)::date AS month,
                     (date_trunc('month', r.onboarded_on) + interval '7 months' - interval '1 day')::date AS end6,
                     (date_trunc('month', r.onboarded_on) + interval '13 months' - interval '1 day')::date AS end12) c
GROUP BY c.month, r.district_id;

CREATE UNIQUE INDEX "report_cohort_district_key" ON "report_cohort_district" ("month", "district_id");

-- Each listing's wait from being sent for review to approval, in days, by the day it was approved.
CREATE MATERIALIZED VIEW "report_listing_approval" AS
SELECT l."id" AS listing_id, a."districtId" AS district_id, d."regionId" AS region_id,
       (l."approvedAt" + interval '5 hours')::date AS approved_on,
       extract(epoch FROM l."approvedAt" - l."submittedAt") / 86400.0 AS wait_days
FROM "Listing" l
JOIN "ArtisanProfile" a ON a."id" = l."artisanId"
JOIN "District" d ON d."id" = a."districtId"
WHERE l."approvedAt" IS NOT NULL AND l."submittedAt" IS NOT NULL AND l."approvedAt" >= l."submittedAt";

CREATE UNIQUE INDEX "report_listing_approval_key" ON "report_listing_approval" ("listing_id");
CREATE INDEX "report_listing_approval_day" ON "report_listing_approval" ("approved_on");
