import type { ArtMotif } from "~/modules/media/pattern-art.server";
import type { TeacherKey } from "./story-phrases";

// The demo artisans: who they are, what they make and where, and how far their badge has got.
// verified: evidence attested and badge granted; pending: evidence attested, badge awaiting the
// moderator; expired: the evidence ran out before the reference date; none: no evidence yet.
// District codes are "<region code>-<slug>" (tuman) or "<region code>-<slug>-city" (shahar).
export type BadgeState = "verified" | "pending" | "expired" | "none";
export type ArtisanSeed = {
  name: string;
  craft: ArtMotif;
  district: string;
  badge: BadgeState;
  /** Years at the craft, for the story. */
  years: number;
  teacher: TeacherKey;
};

type Row = readonly [
  name: string,
  craft: ArtMotif,
  district: string,
  badge: BadgeState,
  years: number,
  teacher: TeacherKey,
];

const ROWS: readonly Row[] = [
  ["Zulfiya Rahimova", "doppi", "UZ-TK-chilonzor", "verified", 22, "mother"],
  ["Nodira Xasanova", "suzani", "UZ-TK-chilonzor", "verified", 15, "grandmother"],
  ["Gulnora Toshmatova", "dolls", "UZ-TK-chilonzor", "pending", 6, "course"],
  ["Sardor Aliyev", "wood-carving", "UZ-TK-chilonzor", "pending", 9, "master"],
  ["Dilnoza Karimova", "gold-embroidery", "UZ-TK-chilonzor", "verified", 12, "mother"],
  ["Shahnoza Ergasheva", "jewellery", "UZ-TK-yunusobod", "verified", 8, "master"],
  ["Bahodir Yoʻldoshev", "leather", "UZ-TK-yunusobod", "pending", 11, "father"],
  ["Feruza Qodirova", "miniature", "UZ-TK-yunusobod", "verified", 14, "course"],
  ["Oybek Nazarov", "wood-carving", "UZ-TK-yunusobod", "verified", 20, "father"],
  ["Lola Saidova", "suzani", "UZ-TK-yunusobod", "pending", 7, "grandmother"],
  ["Munisa Abdullayeva", "weaving", "UZ-TK-mirzo-ulugbek", "verified", 10, "course"],
  ["Mohira Usmonova", "suzani", "UZ-SA-urgut", "verified", 25, "grandmother"],
  ["Kamola Joʻrayeva", "carpets", "UZ-SA-samarqand-city", "verified", 18, "mother"],
  ["Rustam Mirzayev", "pottery", "UZ-SA-samarqand", "verified", 16, "father"],
  ["Sevara Tursunova", "dolls", "UZ-SA-kattaqorgon-city", "verified", 9, "course"],
  ["Aziz Qosimov", "wood-carving", "UZ-SA-samarqand-city", "pending", 5, "master"],
  ["Zarina Hamidova", "gold-embroidery", "UZ-BU-buxoro-city", "verified", 19, "mother"],
  ["Ulugʻbek Sharipov", "pottery", "UZ-BU-gijduvon", "verified", 27, "father"],
  ["Nigora Ismoilova", "suzani", "UZ-BU-buxoro-city", "verified", 13, "grandmother"],
  ["Jasur Ahmedov", "jewellery", "UZ-BU-buxoro-city", "verified", 12, "master"],
  ["Barno Olimova", "dolls", "UZ-BU-buxoro-city", "verified", 17, "master"],
  ["Dildora Rasulova", "weaving", "UZ-FA-margilon-city", "verified", 21, "mother"],
  ["Shuhrat Yusupov", "pottery", "UZ-FA-rishton", "verified", 30, "father"],
  ["Gulchehra Nematova", "weaving", "UZ-FA-margilon-city", "pending", 4, "course"],
  ["Umida Sobirova", "basketry", "UZ-FA-oltiariq", "verified", 8, "grandmother"],
  ["Xurshida Mamatova", "doppi", "UZ-NG-chust", "verified", 24, "mother"],
  ["Akmal Tojiboyev", "leather", "UZ-NG-chust", "verified", 15, "father"],
  ["Maftuna Xolmatova", "doppi", "UZ-AN-asaka", "verified", 11, "mother"],
  ["Zilola Mahmudova", "weaving", "UZ-AN-andijon-city", "pending", 6, "mother"],
  ["Nilufar Otajonova", "carpets", "UZ-XO-xiva-city", "verified", 16, "grandmother"],
  ["Sanjar Matyoqubov", "wood-carving", "UZ-XO-xiva-city", "verified", 23, "master"],
  ["Dilfuza Norqulova", "suzani", "UZ-QA-shahrisabz-city", "verified", 19, "grandmother"],
  ["Ravshan Boboyev", "carpets", "UZ-QA-qarshi-city", "none", 7, "course"],
  ["Oydin Xudoyberdiyeva", "suzani", "UZ-SU-boysun", "verified", 20, "mother"],
  ["Muhabbat Tosheva", "basketry", "UZ-JI-zomin", "pending", 10, "grandmother"],
  ["Hilola Egamberdiyeva", "dolls", "UZ-SI-guliston-city", "verified", 7, "course"],
  ["Sabina Jumayeva", "carpets", "UZ-NW-nurota", "verified", 14, "mother"],
  ["Aygul Tajimuratova", "weaving", "UZ-QR-nukus-city", "verified", 12, "grandmother"],
  ["Anvar Rahmonov", "basketry", "UZ-TO-parkent", "verified", 18, "father"],
  ["Munira Qurbonova", "jewellery", "UZ-TO-chirchiq-city", "expired", 9, "master"],
  ["Farhod Ibragimov", "miniature", "UZ-TK-mirobod", "none", 5, "course"],
];

export const ARTISANS: readonly ArtisanSeed[] = ROWS.map(([name, craft, district, badge, years, teacher]) => ({
  name,
  craft,
  district,
  badge,
  years,
  teacher,
}));
