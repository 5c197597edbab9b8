// Uzbek Latin ⇄ Uzbek Cyrillic. The uz-Cyrl catalog is generated from the Latin one, and search
// compares Latin and Cyrillic text through searchKey(), so both directions live here.

const OKINA = "\u02BB"; // ʻ in oʻ and gʻ
const TUTUQ = "\u02BC"; // ʼ, the tutuq belgisi (glottal stop), as in maʼlumot
// Every character people type for either of the two marks above.
const APOSTROPHES = "\u02BB\u02BC\u2018\u2019'`\u00B4";
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, "gu");
const IS_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, "u"); // not global: .test() keeps no state
const LETTER = /\p{L}/u;

/**
 * Gives every apostrophe variant its canonical character: ʻ right after o/g (oʻ, gʻ, also at a
 * word's end as in bogʻ), ʼ between two other letters (taʼlim). An apostrophe with no letter on
 * one side is a quotation mark and stays as typed, except that a closing quote right after a
 * final o or g cannot be told from oʻ/gʻ and becomes ʻ; use “ ” or « » for quotes in Uzbek.
 */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHE, (mark, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + 1] ?? "";
    if (/[oOgG]/.test(before)) return OKINA;
    if (LETTER.test(before) && !IS_APOSTROPHE.test(before) && LETTER.test(after)) return TUTUQ;
    return mark;
  });
}

// Latin words that must stay Latin in Cyrillic text: codes and foreign brands.
export const KEPT_LATIN_WORDS = ["TOTP", "PWD", "UZS", "Stripe", "QR"] as const;

// Spans that are not prose: i18next {{placeholders}} and $t(nesting), tags such as <0>, </0> or
// <strong>, URLs, email addresses and the words above. Text between an opening and a closing tag
// is prose and is transliterated.
const PROTECTED = new RegExp(
  [
    /\{\{[^{}]*\}\}/.source,
    /\$t\([^)]*\)/.source,
    /<\/?[A-Za-z0-9]+(?:\s[^<>]*)?\/?>/.source,
    /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)]/.source,
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.source,
    `\\b(?:${KEPT_LATIN_WORDS.join("|")})\\b`,
  ].join("|"),
  "g",
);

export type Segment = { text: string; protected: boolean };

/** Splits text into prose and protected spans (see PROTECTED), in order. */
export function segments(text: string): Segment[] {
  const parts: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), protected: false });
    parts.push({ text: match[0], protected: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), protected: false });
  return parts;
}

function mapProse(text: string, convert: (prose: string) => string): string {
  return segments(text)
    .map((part) => (part.protected ? part.text : convert(part.text)))
    .join("");
}

const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

const LATIN_PAIRS: Record<string, string> = {
  [`o${OKINA}`]: "ў",
  [`g${OKINA}`]: "ғ",
  sh: "ш",
  ch: "ч",
  yo: "ё",
  yu: "ю",
  ya: "я",
  ye: "е",
};
// c and w are not Uzbek letters; they turn up in foreign words and get their usual sound.
const LATIN_SINGLE: Record<string, string> = {
  a: "а",
  b: "б",
  c: "ц",
  d: "д",
  f: "ф",
  g: "г",
  h: "ҳ",
  i: "и",
  j: "ж",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  q: "қ",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  w: "в",
  x: "х",
  y: "й",
  z: "з",
  [TUTUQ]: "ъ",
};
const CYRILLIC_VOWELS = "аэеиоуўёюя";

// Russian loans that Cyrillic Uzbek spells as Russian does while Latin drops the ь and writes ю as
// "yu" after i: the months. Whole word → with ь ("oktyabr" → "октябрь"); with a suffix the stem
// has no ь ("2-iyuldagi" → "2-июлдаги"). Only words the letter rules would get wrong are listed.
const LOAN_STEMS: ReadonlyArray<readonly [latin: string, word: string, stem: string]> = [
  ["yanvar", "январь", "январ"],
  ["fevral", "февраль", "феврал"],
  ["aprel", "апрель", "апрел"],
  ["iyun", "июнь", "июн"],
  ["iyul", "июль", "июл"],
  ["sentyabr", "сентябрь", "сентябр"],
  ["oktyabr", "октябрь", "октябр"],
  ["noyabr", "ноябрь", "ноябр"],
  ["dekabr", "декабрь", "декабр"],
];

/** A loan stem starting a word at i, in the case of its source (Oktyabr → Октябрь, DEKABR → ДЕКАБРЬ). */
function loanAt(text: string, lower: string, i: number): { cyrillic: string; width: number } | undefined {
  const found = LOAN_STEMS.find(([latin]) => lower.startsWith(latin, i));
  if (!found) return undefined;
  const [latin, word, stem] = found;
  const cyrillic = isLetter(lower[i + latin.length]) ? stem : word;
  const source = text.slice(i, i + latin.length);
  if (source === source.toUpperCase()) return { cyrillic: cyrillic.toUpperCase(), width: latin.length };
  if (isUpper(source[0])) return { cyrillic: cyrillic[0]!.toUpperCase() + cyrillic.slice(1), width: latin.length };
  return { cyrillic, width: latin.length };
}

/**
 * ц is written "ts" in Latin, but t+s is far more often two sounds across a suffix (ketsa,
 * otsiz). So "ts" becomes ц only at a word's start (tsirk) or before i + vowel, the -tsiya/-tsio
 * shape of Russian loans (militsiya, stantsiya, sotsial); everywhere else it is тс.
 */
function isTse(lower: string, i: number, wordStart: boolean): boolean {
  if (!lower.startsWith("ts", i)) return false;
  return wordStart || (lower[i + 2] === "i" && /[aeiouy]/.test(lower[i + 3] ?? ""));
}

function latinProse(prose: string): string {
  const text = normalizeApostrophes(prose);
  const lower = text.toLowerCase();
  let out = "";
  let i = 0;
  // The case of a Latin letter or pair goes to the one Cyrillic letter it becomes: Sh, SH → Ш.
  const emit = (cyrillic: string, source: string | undefined, width: number) => {
    out += isUpper(source) ? cyrillic.toUpperCase() : cyrillic;
    i += width;
  };
  while (i < text.length) {
    const ch = lower[i] as string;
    const pair = lower.slice(i, i + 2);
    const wordStart = !isLetter(out[out.length - 1]);
    const loan = wordStart ? loanAt(text, lower, i) : undefined;
    if (loan) {
      out += loan.cyrillic;
      i += loan.width;
    } else if (pair === `s${TUTUQ}` && lower[i + 2] === "h")
      emit("с", text[i], 2); // isʼhoq → исҳоқ
    else if (isTse(lower, i, wordStart)) emit("ц", text[i], 2);
    else if (ch === "y" && lower.startsWith(`o${OKINA}`, i + 1))
      emit("й", text[i], 1); // yoʻl
    else if (LATIN_PAIRS[pair]) emit(LATIN_PAIRS[pair], text[i], 2);
    else if (ch === "e") {
      const afterVowel = CYRILLIC_VOWELS.includes((out[out.length - 1] ?? "").toLowerCase());
      emit(wordStart || afterVowel ? "э" : "е", text[i], 1);
    } else if (ch === TUTUQ) {
      // ʼ has no case; it is capital Ъ only inside a capitalised word (MAʼLUMOT).
      emit("ъ", isUpper(text[i - 1]) && isUpper(text[i + 1]) ? "A" : "a", 1);
    } else if (LATIN_SINGLE[ch]) emit(LATIN_SINGLE[ch], text[i], 1);
    else emit(text[i] as string, undefined, 1);
  }
  return out;
}

/** Uzbek Latin → Uzbek Cyrillic, leaving placeholders, tags, URLs and emails untouched. */
export function latinToCyrillic(text: string): string {
  return mapProse(text, latinProse);
}

const CYRILLIC_LETTERS: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  ё: "yo",
  ж: "j",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "x",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: TUTUQ,
  ы: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ў: `o${OKINA}`,
  қ: "q",
  ғ: `g${OKINA}`,
  ҳ: "h",
};

function cyrillicProse(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = lower[i] as string;
    let latin = CYRILLIC_LETTERS[ch];
    if (ch === "е") {
      // е says "ye" at a word's start, after a vowel and after ъ/ь (yer, poyezd).
      const prev = lower[i - 1];
      latin = !isLetter(prev) || "аэеиоуўёюяъь".includes(prev ?? "") ? "ye" : "e";
    } else if (ch === "ҳ" && lower[i - 1] === "с") latin = `${TUTUQ}h`; // сҳ ≠ ш: isʼhoq
    if (latin === undefined) {
      out += text[i];
      continue;
    }
    // Capital letter: whole word capitalised (ШАҲАР → SHAHAR) or title case (Шаҳар → Shahar).
    const allCaps = isUpper(text[i]) && (isUpper(text[i + 1]) || (!isLetter(text[i + 1]) && isUpper(text[i - 1])));
    if (allCaps) out += latin.toUpperCase();
    else if (isUpper(text[i])) out += latin.charAt(0).toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}

/** Uzbek Cyrillic → Uzbek Latin (ц → ts, ъ → ʼ), leaving placeholders, tags, URLs and emails. */
export function cyrillicToLatin(text: string): string {
  return mapProse(text, cyrillicProse);
}

/**
 * The form search compares: lower case, Latin script, no apostrophes, single spaces. "дўппи",
 * "do'ppi", "doʻppi" and "doppi" all give "doppi".
 */
export function searchKey(text: string): string {
  return cyrillicToLatin(text.normalize("NFC").toLowerCase()).replace(APOSTROPHE, "").replace(/\s+/g, " ").trim();
}
