import type { ArtMotif } from "~/modules/media/pattern-art.server";
import type { Words } from "../words";
import type { SchemeKey } from "./palettes";

// The 12 crafts of the domain brief. The slug doubles as the pattern-art motif; `schemes` are
// the colourways its pictures and listings come in; `picture` is the alt text of a generated
// picture ({colour} is replaced by the scheme's name).
export type CategorySeed = {
  slug: ArtMotif;
  name: Words;
  /** Three colourways: each adds two pictures (whole and close-up) to encode at seed time. */
  schemes: readonly [SchemeKey, SchemeKey, SchemeKey];
  picture: Words;
};

export const CATEGORIES: readonly CategorySeed[] = [
  {
    slug: "pottery",
    name: { uz: "Kulolchilik", ru: "Керамика", en: "Pottery" },
    schemes: ["cobalt", "emerald", "ochre"],
    picture: {
      uz: "{colour} sirli sopol lagan, yuqoridan: markazida gulbargli naqsh, chetida nuqtali hoshiya",
      ru: "Глазурованный керамический ляган {colour}, вид сверху: в центре розетка из лепестков, по краю точечный бордюр",
      en: "A {colour} glazed ceramic platter seen from above, with a petal rosette in the centre and a dotted rim",
    },
  },
  {
    slug: "gold-embroidery",
    name: { uz: "Zardoʻzlik", ru: "Золотое шитьё", en: "Gold embroidery" },
    schemes: ["midnight", "crimson", "emerald"],
    picture: {
      uz: "{colour} baxmal ustida zar ip bilan tikilgan buta naqshlari",
      ru: "Бархат {colour} с узорами «бута», вышитыми золотой нитью",
      en: "{colour} velvet with buta paisleys embroidered in gold thread",
    },
  },
  {
    slug: "suzani",
    name: { uz: "Kashtachilik (suzani)", ru: "Вышивка (сюзане)", en: "Embroidery (suzani)" },
    schemes: ["crimson", "cobalt", "rose"],
    picture: {
      uz: "{colour} suzani: toʻrtta katta oy naqshi va oʻrtada anor",
      ru: "Сюзане {colour}: четыре больших лунных медальона и гранат в центре",
      en: "A {colour} suzani with four large moon medallions and a pomegranate in the centre",
    },
  },
  {
    slug: "doppi",
    name: { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps (doʻppi)" },
    schemes: ["monochrome", "crimson", "emerald"],
    picture: {
      uz: "Toʻrt qirrali {colour} doʻppi, yon tomonlarida oq qalampir naqshlari",
      ru: "Четырёхгранная тюбетейка {colour} с белыми узорами «калампир» по бокам",
      en: "A four-sided {colour} doʻppi with white pepper (qalampir) motifs on its sides",
    },
  },
  {
    slug: "carpets",
    name: { uz: "Gilamdoʻzlik", ru: "Ковры", en: "Carpets" },
    schemes: ["crimson", "cobalt", "ochre"],
    picture: {
      uz: "{colour} gilam: keng hoshiya, ichida olti sakkiz burchakli gul, ikki uchida popuklar",
      ru: "Ковёр {colour}: широкий бордюр, шесть восьмиугольных гёлей, бахрома с двух сторон",
      en: "A {colour} carpet with a wide border, six octagonal guls and fringes at both ends",
    },
  },
  {
    slug: "wood-carving",
    name: { uz: "Yogʻoch oʻymakorligi", ru: "Резьба по дереву", en: "Wood carving" },
    schemes: ["walnut", "ochre", "straw"],
    picture: {
      uz: "{colour} oʻymakor yogʻoch panno: sakkiz qirrali yulduzlar toʻri",
      ru: "Резное деревянное панно {colour}: сетка восьмиконечных звёзд",
      en: "A {colour} carved wooden panel with a grid of eight-pointed stars",
    },
  },
  {
    slug: "jewellery",
    name: { uz: "Zargarlik", ru: "Ювелирные изделия", en: "Jewellery" },
    schemes: ["silver", "silverCarnelian", "gold"],
    picture: {
      uz: "Toʻq fondagi {colour} marjon: munchoqlar, tomchi shaklidagi osmalar va dumaloq tumor",
      ru: "Ожерелье {colour} на тёмном фоне: бусины, подвески-капли и круглый тумар",
      en: "A {colour} necklace on a dark background, with beads, drop pendants and a round amulet",
    },
  },
  {
    slug: "leather",
    name: { uz: "Teri buyumlari", ru: "Изделия из кожи", en: "Leather goods" },
    schemes: ["walnut", "ochre", "crimson"],
    picture: {
      uz: "{colour} teri sumka: qopqogʻida boʻrtma gul, chetlari qoʻlda tikilgan",
      ru: "Кожаная сумка {colour}: тиснёный цветок на клапане, края прошиты вручную",
      en: "A {colour} leather bag with an embossed flower on the flap and hand-stitched edges",
    },
  },
  {
    slug: "dolls",
    name: { uz: "Qoʻgʻirchoqlar", ru: "Куклы", en: "Dolls" },
    schemes: ["rose", "crimson", "cobalt"],
    picture: {
      uz: "Atlas koʻylak kiygan, doʻppili, uzun sochli qoʻgʻirchoq; koʻylagi {colour}",
      ru: "Кукла с длинными косами, в тюбетейке и атласном платье {colour}",
      en: "A doll with long braids, a doʻppi and a {colour} atlas dress",
    },
  },
  {
    slug: "weaving",
    name: { uz: "Toʻqimachilik (atlas, adras)", ru: "Ткачество (атлас, адрас)", en: "Weaving (ikat)" },
    schemes: ["violet", "rose", "cobalt"],
    picture: {
      uz: "{colour} abrbandi mato: chetlari xira vertikal yoʻllar va romb naqshlar",
      ru: "Ткань-икат {colour}: вертикальные полосы с размытыми краями и ромбы",
      en: "{colour} ikat cloth with soft-edged vertical stripes and diamonds",
    },
  },
  {
    slug: "miniature",
    name: { uz: "Miniatyura", ru: "Миниатюра", en: "Miniature painting" },
    schemes: ["midnight", "cobalt", "ochre"],
    picture: {
      uz: "Oltin ramkadagi miniatyura: gumbazli bino, sarvlar, quyosh va qushlar; ranglari {colour}",
      ru: "Миниатюра в золотой рамке: здание с куполом, кипарисы, солнце и птицы, {colour}",
      en: "A miniature in a gold frame: a domed building, cypresses, the sun and birds, in {colour}",
    },
  },
  {
    slug: "basketry",
    name: { uz: "Savatchilik", ru: "Плетение", en: "Basketry" },
    schemes: ["straw", "walnut", "ochre"],
    picture: {
      uz: "Dastali {colour} savat, katak-katak toʻqilgan",
      ru: "Плетёная корзина {colour} с ручкой, узор в клетку",
      en: "A {colour} woven basket with a handle and a checked weave",
    },
  },
];
