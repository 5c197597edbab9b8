import type { Palette } from "~/modules/media/pattern-art.server";
import type { Words } from "../words";

// Colour schemes of the generated pictures and the words for them in titles and alt text.
// The name describes `base` (the object's main colour) and, for two-colour names, `primary`.
// uz is an attribute before the noun ("qizil suzani"), ru a phrase after it ("в красных тонах"),
// en an adjective ("crimson suzani").
// `materials` are added to a listing's materials when the colour comes from them (stones, gilding).
export type Scheme = { name: Words; colours: Palette; materials?: readonly Words[] };

const scheme = (
  uz: string,
  ru: string,
  en: string,
  c: readonly [string, string, string, string, string, string],
  materials?: readonly Words[],
): Scheme => ({
  name: { uz, ru, en },
  colours: { ground: c[0], base: c[1], primary: c[2], secondary: c[3], accent: c[4], ink: c[5] },
  ...(materials && { materials }),
});

const TURQUOISE: Words = { uz: "feruza", ru: "бирюза", en: "turquoise" };
const CARNELIAN: Words = { uz: "aqiq", ru: "сердолик", en: "carnelian" };
const GILDING: Words = { uz: "zarhal", ru: "позолота", en: "gilding" };

export const SCHEMES = {
  cobalt: scheme("koʻk-feruza", "в сине-бирюзовых тонах", "cobalt and turquoise", [
    "#e9e4da",
    "#1d4f91",
    "#3fa7b5",
    "#f1ead9",
    "#e0b048",
    "#10223f",
  ]),
  crimson: scheme("qizil", "в красных тонах", "crimson", [
    "#ece3d6",
    "#9b1f2b",
    "#f1e4c8",
    "#e39a35",
    "#f2cf6e",
    "#3b0f14",
  ]),
  ochre: scheme("sariq-jigarrang", "в охристых тонах", "ochre and brown", [
    "#efe8dc",
    "#c58a2a",
    "#6e3f1c",
    "#2f6b4f",
    "#f4e2b0",
    "#3a2614",
  ]),
  emerald: scheme("yashil", "в зелёных тонах", "emerald green", [
    "#e8e6dc",
    "#1f6b47",
    "#e8d9a8",
    "#b5c95a",
    "#e0b048",
    "#0f2e20",
  ]),
  midnight: scheme("toʻq koʻk va oltin rangli", "в тёмно-синих и золотых тонах", "midnight blue and gold", [
    "#d9d4cc",
    "#232a5c",
    "#d9a441",
    "#8c2f4f",
    "#f3d27a",
    "#0f1226",
  ]),
  rose: scheme("pushti", "в розовых тонах", "rose pink", [
    "#f1e8e4",
    "#c2547a",
    "#f6e3e8",
    "#6b2d5c",
    "#e8b04f",
    "#3a1430",
  ]),
  monochrome: scheme("oq-qora", "в чёрно-белых тонах", "black and white", [
    "#e6e3dd",
    "#17171c",
    "#f4f1ea",
    "#9a9a9a",
    "#c9a227",
    "#000000",
  ]),
  walnut: scheme("yongʻoq rangli", "в ореховых тонах", "walnut brown", [
    "#ece6dc",
    "#8a5a33",
    "#5b3a21",
    "#c89b6d",
    "#e9d2a8",
    "#2e1d10",
  ]),
  straw: scheme("somon rangli", "в соломенных тонах", "natural straw", [
    "#e4ebe6",
    "#d6b36e",
    "#a0712f",
    "#7b5a2a",
    "#b23a2a",
    "#4a3415",
  ]),
  violet: scheme("binafsha", "в фиолетовых тонах", "violet", [
    "#ebe7ef",
    "#5b3a8c",
    "#e7d8f2",
    "#d1497b",
    "#f0c75e",
    "#24133d",
  ]),
  silver: scheme(
    "kumush-feruza",
    "в серебристо-бирюзовых тонах",
    "silver and turquoise",
    ["#2c2b33", "#c7ccd3", "#1f8fa3", "#2aa7b8", "#eef1f4", "#1a1a20"],
    [TURQUOISE],
  ),
  silverCarnelian: scheme(
    "kumush-qizil",
    "в серебристо-красных тонах",
    "silver and carnelian",
    ["#2f2a2c", "#c9cdd2", "#b3362c", "#d2583f", "#f3f3f3", "#1b1416"],
    [CARNELIAN],
  ),
  gold: scheme(
    "oltin-qizil",
    "в золотисто-красных тонах",
    "gold and carnelian",
    ["#3a1f2a", "#d4a53c", "#a8262b", "#c4452f", "#f6e08e", "#2a160c"],
    [GILDING, CARNELIAN],
  ),
} satisfies Record<string, Scheme>;

export type SchemeKey = keyof typeof SCHEMES;
