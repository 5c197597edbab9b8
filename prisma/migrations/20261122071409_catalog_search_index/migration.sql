-- Catalog search reads indexes instead of every row (ADR 006): the full-text vector of "searchText"
-- is stored and GIN-indexed (before, to_tsvector() parsed every approved row's text per query), and
-- the home page and the "popular" sort read approved listings in popularity order from an index.
ALTER TABLE "Listing" ADD COLUMN     "searchVector" tsvector;

-- The trigger that keeps "searchText" current now keeps the vector with it, in the same step.
CREATE OR REPLACE FUNCTION listing_search_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := hunarmand_search_key(concat_ws(' ',
    NEW."titleUz", NEW."titleRu", NEW."titleEn",
    (SELECT concat_ws(' ', c."nameUz", c."nameRu", c."nameEn") FROM "Category" c WHERE c.id = NEW."categoryId"),
    (SELECT a."displayName" FROM "ArtisanProfile" a WHERE a.id = NEW."artisanId"),
    NEW."descriptionUz", NEW."descriptionRu", NEW."descriptionEn"));
  NEW."searchVector" := to_tsvector('simple', NEW."searchText");
  RETURN NEW;
END;
$$;

-- Also when only the vector is written, so nothing can store one that disagrees with the text.
DROP TRIGGER listing_search_text ON "Listing";
CREATE TRIGGER listing_search_text
  BEFORE INSERT OR UPDATE OF "titleUz", "titleRu", "titleEn", "descriptionUz", "descriptionRu",
    "descriptionEn", "categoryId", "artisanId", "searchText", "searchVector"
  ON "Listing" FOR EACH ROW EXECUTE FUNCTION listing_search_text();

-- Vectors for the listings that exist already (before the index: one build instead of many updates).
UPDATE "Listing" SET "searchVector" = NULL;

-- CreateIndex
CREATE INDEX "Listing_searchVector_idx" ON "Listing" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Listing_status_popularity_idx" ON "Listing"("status", "popularity");
