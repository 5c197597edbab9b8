import { describe, expect, it } from "vitest";
import { cyrillicToLatin, latinToCyrillic, normalizeApostrophes, searchKey, segments } from "./transliterate";

// [Latin with canonical ʻ/ʼ, Cyrillic]; every row must also convert back.
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ["Oʻzbekiston", "Ўзбекистон"],
  ["gʻisht", "ғишт"],
  ["shahar", "шаҳар"],
  ["choy", "чой"],
  ["yoʻl", "йўл"],
  ["yangi", "янги"],
  ["ertak", "эртак"],
  ["Toshkent", "Тошкент"],
  ["qoʻgʻirchoq", "қўғирчоқ"],
  ["doʻppi", "дўппи"],
  ["maʼlumot", "маълумот"],
  ["mehnat", "меҳнат"],
  ["Savat", "Сават"],
  ["yuz", "юз"],
  ["Yoqubov", "Ёқубов"],
  ["bogʻ", "боғ"],
  ["tuman", "туман"],
  ["viloyat", "вилоят"],
  ["mahalla", "маҳалла"],
  ["Hunarmand", "Ҳунарманд"],
  ["xaridor", "харидор"],
  ["juda", "жуда"],
  ["yer", "ер"],
  ["aeroport", "аэропорт"],
  ["Isʼhoq", "Исҳоқ"],
  ["taʼlim", "таълим"],
  ["zardoʻzlik", "зардўзлик"],
  ["SHAHAR", "ШАҲАР"],
  ["OʻZBEKISTON", "ЎЗБЕКИСТОН"],
  ["MAʼLUMOT", "МАЪЛУМОТ"],
  ["Shahar", "Шаҳар"],
  ["Chorsu bozori", "Чорсу бозори"],
  ["{{count}} ta mahsulot", "{{count}} та маҳсулот"],
];

describe("normalizeApostrophes", () => {
  it.each(["o'", "o‘", "o’", "oʼ", "o`", "o´", "oʻ"])("turns %s into oʻ", (typed) => {
    expect(normalizeApostrophes(typed)).toBe("oʻ");
  });

  it("uses ʻ after o and g, ʼ between other letters", () => {
    expect(normalizeApostrophes("O'zbekiston")).toBe("Oʻzbekiston");
    expect(normalizeApostrophes("G‘ISHT bog`")).toBe("GʻISHT bogʻ");
    expect(normalizeApostrophes("ta'lim ma’no maʻno")).toBe("taʼlim maʼno maʼno");
  });

  it("leaves quotation marks alone", () => {
    expect(normalizeApostrophes("‘Savat’ 'kitob'")).toBe("‘Savat’ 'kitob'");
  });
});

describe("latinToCyrillic", () => {
  it.each(WORDS)("%s → %s", (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it("accepts every apostrophe variant", () => {
    expect(latinToCyrillic("O'zbekiston, qo‘g’irchoq, ma`lumot, Is'hoq")).toBe("Ўзбекистон, қўғирчоқ, маълумот, Исҳоқ");
  });

  it("keeps sh and s'h apart, and ng as нг", () => {
    expect(latinToCyrillic("mash'al Sh sh ming")).toBe("машъал Ш ш минг");
    expect(latinToCyrillic("mas'hur")).toBe("масҳур");
  });

  it("writes e as э at a word's start and after a vowel, е elsewhere, ye as е", () => {
    expect(latinToCyrillic("Ertak eshik oila shoir teatr poeziya yetti Yevropa")).toBe(
      "Эртак эшик оила шоир театр поэзия етти Европа",
    );
  });

  it("writes ts as ц only at a word's start or before i + vowel", () => {
    expect(latinToCyrillic("tsirk militsiya sotsial stantsiya")).toBe("цирк милиция социал станция");
    // Across a suffix t+s are two letters: ket-sa, ot-siz, ayt-sin.
    expect(latinToCyrillic("ketsa otsiz aytsin")).toBe("кетса отсиз айтсин");
  });

  it("leaves placeholders, nestings, tags, URLs, emails and kept words untouched", () => {
    const text =
      "Salom, {{name}}! $t(common.appName) <0>Kirish</0> <strong>shu</strong> <br/> " +
      "https://hunarmand.uz/yordam?til=uz, www.gov.uz va info@hunarmand.uz TOTP UZS Stripe";
    expect(latinToCyrillic(text)).toBe(
      "Салом, {{name}}! $t(common.appName) <0>Кириш</0> <strong>шу</strong> <br/> " +
        "https://hunarmand.uz/yordam?til=uz, www.gov.uz ва info@hunarmand.uz TOTP UZS Stripe",
    );
  });

  it("leaves digits, punctuation and Cyrillic alone", () => {
    expect(latinToCyrillic("125 000 — «Doʻkon» №5; Тошкент")).toBe("125 000 — «Дўкон» №5; Тошкент");
  });

  it("spells the months as Cyrillic Uzbek does (ь and ю of the Russian loans), with a suffix too", () => {
    expect(latinToCyrillic("yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr")).toBe(
      "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    );
    expect(latinToCyrillic("Oktyabr 2026, DEKABR, 2-iyuldagi, iyunda")).toBe("Октябрь 2026, ДЕКАБРЬ, 2-июлдаги, июнда");
    expect(latinToCyrillic("mayda martaba")).toBe("майда мартаба");
  });
});

describe("cyrillicToLatin", () => {
  it.each(WORDS)("%s ← %s", (latin, cyrillic) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it("writes е as ye at a word's start and after a vowel, ц as ts, ъ as ʼ", () => {
    expect(cyrillicToLatin("Ер поезд мева цирк милиция маъно Ёшлар")).toBe(
      "Yer poyezd meva tsirk militsiya maʼno Yoshlar",
    );
  });

  it("capitalises a whole word or only its first letter, as the source does", () => {
    expect(cyrillicToLatin("ШАҲАР Шаҳар Ш ЧОЙ Чой")).toBe("SHAHAR Shahar Sh CHOY Choy");
  });

  it("drops letters Uzbek Latin has no use for", () => {
    expect(cyrillicToLatin("альбом")).toBe("albom");
  });

  it("leaves placeholders untouched", () => {
    expect(cyrillicToLatin("{{count}} та маҳсулот")).toBe("{{count}} ta mahsulot");
  });
});

describe("searchKey", () => {
  it.each(["дўппи", "do'ppi", "doʻppi", "doppi", "DO‘PPI", "  Doʼppi "])("%s → doppi", (q) => {
    expect(searchKey(q)).toBe("doppi");
  });

  it("matches Cyrillic and Latin spellings of a phrase", () => {
    expect(searchKey("Қўғирчоқ  ЎЗБЕКИСТОН")).toBe(searchKey("qo'g'irchoq O'zbekiston"));
    expect(searchKey("маълумот")).toBe("malumot");
  });

  it("folds a decomposed й (и + breve) like the precomposed letter", () => {
    expect(searchKey("чо\u0438\u0306")).toBe("choy");
  });
});

describe("segments", () => {
  it("splits prose from protected spans in order", () => {
    expect(segments("Salom {{name}}!")).toEqual([
      { text: "Salom ", protected: false },
      { text: "{{name}}", protected: true },
      { text: "!", protected: false },
    ]);
  });
});
