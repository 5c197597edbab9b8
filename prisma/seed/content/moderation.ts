import type { Words } from "../words";

// Work waiting for the crafts-association moderators: listings sent for approval (the rest of the
// listing, photos included, is copied from one of the same artisan's approved pieces) and one
// buyer's report. Titles are fixed so demos and browser tests can find each listing.
export type PendingSeed = { artisan: string; daysWaiting: number; title: Words };

export const PENDING_LISTINGS: readonly PendingSeed[] = [
  {
    artisan: "Zulfiya Rahimova",
    daysWaiting: 9,
    title: {
      uz: "Bayram doʻppisi, qizil ipak",
      ru: "Праздничная тюбетейка, красный шёлк",
      en: "Festive doppi, red silk",
    },
  },
  {
    artisan: "Nodira Xasanova",
    daysWaiting: 6,
    title: {
      uz: "Anor naqshli kichik soʻzana",
      ru: "Маленькое сюзане с гранатами",
      en: "Small suzani with pomegranates",
    },
  },
  {
    artisan: "Shahnoza Ergasheva",
    daysWaiting: 4,
    title: {
      uz: "Feruza koʻzli kumush sirgʻalar",
      ru: "Серебряные серьги с бирюзой",
      en: "Silver earrings with turquoise",
    },
  },
  {
    artisan: "Feruza Qodirova",
    daysWaiting: 2,
    title: { uz: "Lak qutichadagi miniatyura", ru: "Миниатюра на лаковой шкатулке", en: "Miniature on a lacquer box" },
  },
  {
    artisan: "Oybek Nazarov",
    daysWaiting: 1,
    title: { uz: "Oʻymakor non taxtasi", ru: "Резная доска для лепёшек", en: "Carved bread board" },
  },
  // Mirzo Ulugʻbek: not a district of moderator@, so only moderator2@ sees it.
  {
    artisan: "Munisa Abdullayeva",
    daysWaiting: 3,
    title: { uz: "Adras yostiq jildi", ru: "Наволочка из адраса", en: "Adras cushion cover" },
  },
];

/** One open report, on the first approved listing of this artisan, by the demo buyer. */
export const REPORTED_LISTING = {
  artisan: "Lola Saidova",
  reporterEmail: "buyer@hunarmand.uz",
  reason: "misleading",
  details: "Suratdagi rang uydagidan ancha yorqin.",
  daysAgo: 2,
} as const;
