import type { Prisma } from "~/generated/prisma/client";
import type { PatternSpec } from "~/modules/media/pattern-art.server";
import { CATEGORIES, type CategorySeed } from "../content/categories";
import { LISTING_CLOSINGS, LISTING_TEMPLATES, SIZE_WORDS, type ItemSeed } from "../content/listing-templates";
import { SCHEMES, type SchemeKey } from "../content/palettes";
import { addDays, type Random } from "../random";
import { capitalize, lowerFirst, perLang, slugify, withUnits, type Words } from "../words";
import type { SeededArtisan } from "./people";

export const LISTINGS_PER_CATEGORY = 34;
// Whole views are square product shots; close-ups are smaller, as a detail photo would be.
const WHOLE_SIZE = 1024;
const DETAIL_SIZE = 640;

export type Picture = PatternSpec & { key: string };
export type ImageSlot = { listingId: string; position: number; pictureKey: string; alt: Words };

const VIEW_PREFIX = {
  detail: { uz: "Yaqindan: ", ru: "Крупным планом: ", en: "Close-up: " },
  other: { uz: "Boshqa rangda: ", ru: "Другой цвет: ", en: "Another colourway: " },
} as const;

type Combo = { item: ItemSeed; motif: Words; scheme: SchemeKey; size: 0 | 1 | 2 };

function titleOf({ item, motif, scheme, size }: Combo): Words {
  const word = item.sizeWords && size !== 1 ? SIZE_WORDS[size === 0 ? "small" : "large"] : undefined;
  const colour = SCHEMES[scheme].name;
  const join = (...parts: (string | undefined)[]) => capitalize(parts.filter(Boolean).join(" "));
  return {
    uz: join(word?.uz, motif.uz, colour.uz, item.name.uz),
    ru: join(word?.ru[item.ruGender], item.name.ru, motif.ru, colour.ru),
    en: join(word?.en, colour.en, item.name.en, motif.en),
  };
}

/** Interpolates within a [min, max] range by size (small, medium, large thirds). */
const bySize = (random: Random, [min, max]: readonly [number, number], size: number) =>
  min + ((size + random.next()) / 3) * (max - min);

export function buildCatalog(random: Random, referenceDate: Date, artisans: readonly SeededArtisan[]) {
  const categories: Prisma.CategoryCreateManyInput[] = [];
  const listings: Prisma.ListingCreateManyInput[] = [];
  const slots: ImageSlot[] = [];
  const pictures = new Map<string, Picture>();
  const slugs = new Set<string>();

  // One picture per craft, colourway and view, shared by every listing that shows it.
  const picture = (category: CategorySeed, scheme: SchemeKey, view: "whole" | "detail"): string => {
    const key = `${category.slug}/${scheme}/${view}`;
    const variation = CATEGORIES.indexOf(category) * category.schemes.length + category.schemes.indexOf(scheme);
    pictures.set(key, {
      key,
      motif: category.slug,
      palette: SCHEMES[scheme].colours,
      view,
      variation,
      size: view === "whole" ? WHOLE_SIZE : DETAIL_SIZE,
    });
    return key;
  };
  // English needs "an" before a colour that starts with a vowel ("an emerald green…").
  const describe = (category: CategorySeed, scheme: SchemeKey) =>
    perLang((lang) => {
      const text = capitalize(category.picture[lang].replace("{colour}", SCHEMES[scheme].name[lang]));
      return lang === "en" ? text.replace(/\b([Aa]) (?=[aeiou])/g, "$1n ") : text;
    });

  CATEGORIES.forEach((category, sortOrder) => {
    const categoryId = random.uuid();
    categories.push({
      id: categoryId,
      slug: category.slug,
      nameUz: category.name.uz,
      nameRu: category.name.ru,
      nameEn: category.name.en,
      sortOrder,
    });
    const makers = artisans.filter((a) => a.seed.craft === category.slug);
    if (makers.length === 0) throw new Error(`no demo artisan makes ${category.slug}`);
    const templates = LISTING_TEMPLATES[category.slug];
    const combos = random.shuffle(
      templates.items.flatMap((item) =>
        templates.motifs.flatMap((motif) =>
          category.schemes.flatMap((scheme) => ([0, 1, 2] as const).map((size) => ({ item, motif, scheme, size }))),
        ),
      ),
    );
    const titles = new Set<string>();
    for (const combo of combos) {
      if (titles.size === LISTINGS_PER_CATEGORY) break;
      const title = titleOf(combo);
      if (titles.has(title.en)) continue;
      titles.add(title.en);
      const maker = makers[titles.size % makers.length]!;
      const id = random.uuid();
      let slug: string;
      do
        slug = `${slugify(title.en)}-${random
          .int(0, 36 ** 4 - 1)
          .toString(36)
          .padStart(4, "0")}`;
      while (slugs.has(slug));
      slugs.add(slug);

      const scheme = SCHEMES[combo.scheme];
      const chosen = [...random.shuffle(templates.materials).slice(0, random.int(1, 2)), ...(scheme.materials ?? [])];
      const materials = perLang((lang) => chosen.map((m) => m[lang]).join(", "));
      const size = combo.item.sizes[combo.size];
      const closing = random.pick(LISTING_CLOSINGS);
      const description = {
        uz: `${templates.technique.uz} Materiallar: ${materials.uz}. Oʻlchami: ${withUnits(size, "uz")}. ${closing.uz}`,
        ru: `${templates.technique.ru} Материалы: ${materials.ru}. Размер: ${withUnits(size, "ru")}. ${closing.ru}`,
        en: `${templates.technique.en} Materials: ${materials.en}. Size: ${withUnits(size, "en")}. ${closing.en}`,
      };
      // Approved some time after the artisan joined, and before the reference date.
      const joinedDays = Math.round((maker.joinedAt.getTime() - referenceDate.getTime()) / 86_400_000);
      const approvedAt = addDays(referenceDate, random.int(joinedDays + 2, -1) + random.next());
      const submittedAt = addDays(approvedAt, -random.int(2, 40) / 24);
      listings.push({
        id,
        slug,
        artisanId: maker.profileId,
        categoryId,
        status: "APPROVED",
        titleUz: title.uz,
        titleRu: title.ru,
        titleEn: title.en,
        descriptionUz: description.uz,
        descriptionRu: description.ru,
        descriptionEn: description.en,
        priceMinor: BigInt(Math.round(bySize(random, combo.item.priceSom, combo.size) / 1000) * 1000) * 100n,
        stock: random.chance(0.06) ? 0 : random.int(1, 12),
        materialsUz: materials.uz,
        materialsRu: materials.ru,
        materialsEn: materials.en,
        dimensionsUz: withUnits(size, "uz"),
        dimensionsRu: withUnits(size, "ru"),
        dimensionsEn: withUnits(size, "en"),
        weightGrams: Math.round(bySize(random, combo.item.grams, combo.size)),
        handmadeAttestedAt: submittedAt,
        popularity: Math.floor(1000 * random.next() ** 3),
        submittedAt,
        approvedAt,
        createdAt: addDays(submittedAt, -random.int(1, 72) / 24),
      });

      // 1–3 photos: the piece, a close-up of it, and the same piece in the next colourway.
      const alt = describe(category, combo.scheme);
      const other = category.schemes[(category.schemes.indexOf(combo.scheme) + 1) % category.schemes.length]!;
      const views = [
        () => ({ pictureKey: picture(category, combo.scheme, "whole"), alt }),
        () => ({
          pictureKey: picture(category, combo.scheme, "detail"),
          alt: perLang((l) => VIEW_PREFIX.detail[l] + lowerFirst(alt[l])),
        }),
        () => ({
          pictureKey: picture(category, other, "whole"),
          alt: perLang((l) => VIEW_PREFIX.other[l] + lowerFirst(describe(category, other)[l])),
        }),
      ];
      const count = random.pick([1, 1, 2, 2, 3]);
      views.slice(0, count).forEach((view, position) => slots.push({ listingId: id, position, ...view() }));
    }
  });
  return { categories, listings, slots, pictures: [...pictures.values()] };
}
