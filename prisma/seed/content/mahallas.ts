// Mahalla (neighbourhood) names. The two demo staff districts get names that exist there; other
// districts draw 3–5 from the pool of names that recur in mahallas all over the country.
export const MAHALLAS_BY_DISTRICT: Readonly<Record<string, readonly string[]>> = {
  "UZ-TK-chilonzor": ["Qatortol", "Oqtepa", "Katta Chilonzor", "Novza", "Bunyodkor"],
  "UZ-TK-yunusobod": ["Bogʻishamol", "Minor", "Yunusobod", "Shahriobod"],
};

export const COMMON_MAHALLAS: readonly string[] = [
  "Navroʻz",
  "Mustaqillik",
  "Doʻstlik",
  "Tinchlik",
  "Obod",
  "Guliston",
  "Yangi hayot",
  "Navbahor",
  "Istiqlol",
  "Chinor",
  "Bunyodkor",
  "Ipak yoʻli",
  "Nurafshon",
  "Bahor",
  "Mehrobod",
  "Gulzor",
  "Shodlik",
  "Oydin",
  "Bogʻbon",
  "Sharq yulduzi",
  "Mehnatobod",
  "Oltin meros",
  "Qoʻshariq",
  "Kamolot",
];

/** Streets for the demo home and branch addresses. */
export const STREETS: readonly string[] = [
  "Navoiy",
  "Amir Temur",
  "Bobur",
  "Mustaqillik",
  "Ulugʻbek",
  "Muqimiy",
  "Furqat",
  "Ibn Sino",
  "Gulbahor",
  "Lolazor",
  "Choʻpon ota",
  "Alisher Navoiy",
  "Beruniy",
  "Xamsa",
  "Sharof Rashidov",
];

/** Notes for couriers: how to reach the door, written as an artisan would tell them. */
export const ACCESS_NOTES: readonly string[] = [
  "2-qavat, lift yoʻq. Qoʻngʻiroq qilsangiz, oʻzim tushaman.",
  "Koʻk darvoza, qoʻngʻiroq ishlamaydi — kelishdan oldin telefon qiling.",
  "Uyga kirish zinasiz, pandus bor.",
  "Iltimos, kelishdan 30 daqiqa oldin qoʻngʻiroq qiling.",
  "Hovlida it bor, bogʻlangan. Eshikni ochishim biroz vaqt oladi — kuting.",
  "4-qavat, lift bor. Domofon: kvartira raqami.",
  "1-qavat, kirish hovli tomondan.",
  "Kechki soat 18:00 dan keyin kelmang, iltimos.",
];
