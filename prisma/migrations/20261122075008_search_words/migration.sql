-- Near spellings without reading every listing (ADR 006): before, a mistyped word was compared
-- with the whole search text of every listing sharing a few trigrams with it (seconds at 100 000
-- listings). Now it is compared with the distinct words of all listings, and the words found are
-- looked up in the full-text index.
-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- The listing trigger adds a listing's words as it keys it. Words are never removed: one no
-- listing uses any more only widens a near-spelling lookup to a word that finds nothing.
CREATE OR REPLACE FUNCTION listing_search_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := hunarmand_search_key(concat_ws(' ',
    NEW."titleUz", NEW."titleRu", NEW."titleEn",
    (SELECT concat_ws(' ', c."nameUz", c."nameRu", c."nameEn") FROM "Category" c WHERE c.id = NEW."categoryId"),
    (SELECT a."displayName" FROM "ArtisanProfile" a WHERE a.id = NEW."artisanId"),
    NEW."descriptionUz", NEW."descriptionRu", NEW."descriptionEn"));
  NEW."searchVector" := to_tsvector('simple', NEW."searchText");
  INSERT INTO "SearchWord" (word)
    SELECT lexeme FROM unnest(NEW."searchVector") ORDER BY 1 ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;

-- The words of the listings that exist already.
INSERT INTO "SearchWord" (word)
  SELECT DISTINCT lexeme FROM "Listing", unnest("searchVector") ON CONFLICT DO NOTHING;
