-- An order item kept its title in the script of the page it was ordered from (a Russian page then
-- showed Uzbek Cyrillic). It now keeps the listing's title in each language it has, Uzbek as the
-- artisan wrote it, and the page localises it when shown.
ALTER TABLE "OrderItem" RENAME COLUMN "titleSnapshot" TO "titleUz";
ALTER TABLE "OrderItem" ADD COLUMN "titleRu" TEXT, ADD COLUMN "titleEn" TEXT;

-- Earlier snapshots may be in Cyrillic or Russian: they take the listing's titles (demo data only so far).
UPDATE "OrderItem" AS i SET "titleUz" = l."titleUz", "titleRu" = l."titleRu", "titleEn" = l."titleEn"
FROM "Listing" AS l WHERE l.id = i."listingId";
