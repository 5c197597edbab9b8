-- Catalog search: every listing carries "searchText", the same normal form the app makes of a
-- query with searchKey() (app/utils/i18n/transliterate.ts): lower case, Uzbek Cyrillic turned
-- Latin, apostrophes dropped, single spaces. Triggers keep it current, so no writer can forget it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Listing" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- SQL twin of searchKey(); catalog/search-key.test.ts checks both give the same text.
CREATE FUNCTION hunarmand_search_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(translate(
    translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        -- е says "ye" at a word's start and after a vowel, ъ or ь (as cyrillicToLatin does)
        regexp_replace(lower(normalize(coalesce(input, ''), NFC)),
          '(^|[^a-zа-яёўқғҳ]|[аэеиоуўёюяъь])е', '\1ye', 'g'),
        'ё', 'yo'), 'ж', 'j'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'щ', 'sh'),
        'ю', 'yu'), 'я', 'ya'), 'ў', 'o'), 'ғ', 'g'), 'ъ', ''), 'ь', ''),
      'абвгдезийклмнопрстуфхэықҳ', 'abvgdeziyklmnoprstufxeiqh'),
    'ʻʼ‘’''`´', ''), '\s+', ' ', 'g'));
$$;

-- Everything a buyer may type to find a listing: its texts, its craft and its maker, all languages.
CREATE FUNCTION listing_search_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := hunarmand_search_key(concat_ws(' ',
    NEW."titleUz", NEW."titleRu", NEW."titleEn",
    (SELECT concat_ws(' ', c."nameUz", c."nameRu", c."nameEn") FROM "Category" c WHERE c.id = NEW."categoryId"),
    (SELECT a."displayName" FROM "ArtisanProfile" a WHERE a.id = NEW."artisanId"),
    NEW."descriptionUz", NEW."descriptionRu", NEW."descriptionEn"));
  RETURN NEW;
END;
$$;

CREATE TRIGGER listing_search_text
  BEFORE INSERT OR UPDATE OF "titleUz", "titleRu", "titleEn", "descriptionUz", "descriptionRu",
    "descriptionEn", "categoryId", "artisanId", "searchText"
  ON "Listing" FOR EACH ROW EXECUTE FUNCTION listing_search_text();

-- A renamed craft or artisan re-keys their listings (naming the column fires the trigger above).
CREATE FUNCTION category_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" SET "categoryId" = "categoryId" WHERE "categoryId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER category_renamed AFTER UPDATE OF "nameUz", "nameRu", "nameEn" ON "Category"
  FOR EACH ROW EXECUTE FUNCTION category_renamed();

CREATE FUNCTION artisan_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" SET "artisanId" = "artisanId" WHERE "artisanId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER artisan_renamed AFTER UPDATE OF "displayName" ON "ArtisanProfile"
  FOR EACH ROW EXECUTE FUNCTION artisan_renamed();


-- Key the listings that exist already.
UPDATE "Listing" SET "searchText" = '';

-- CreateIndex
CREATE INDEX "Listing_searchText_idx" ON "Listing" USING GIN ("searchText" gin_trgm_ops);
