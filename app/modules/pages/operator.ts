// What the platform operator sets for the About, Contact, Privacy and Accessibility pages: contact
// lines and the dates of the statements. The numbers, addresses and mailboxes below are the
// operator's placeholders until launch — change them here and every page follows.

type Address = { readonly uz: string; readonly ru: string; readonly en: string };
export type ContactPoint = { readonly phone: string; readonly email: string; readonly address: Address };

/** The platform operator: the National Agency for Social Protection (NASP / IHMA). */
const operator: ContactPoint = {
  phone: "+998 71 200 07 07",
  email: "support@hunarmand.uz",
  address: {
    uz: "100084, Toshkent shahri, Yunusobod tumani, Amir Temur shoh koʻchasi, 108-uy",
    ru: "100084, город Ташкент, Юнусабадский район, проспект Амира Темура, дом 108",
    en: "108 Amir Temur Avenue, Yunusobod district, Tashkent 100084, Uzbekistan",
  },
};

/** The crafts association ("Hunarmandchilik" uyushmasi), head office; district staff are reached through it. */
const association: ContactPoint = {
  phone: "+998 71 239 14 50",
  email: "uyushma@hunarmand.uz",
  address: {
    uz: "100011, Toshkent shahri, Shayxontohur tumani, Navoiy koʻchasi, 30-uy",
    ru: "100011, город Ташкент, Шайхантахурский район, улица Навои, дом 30",
    en: "30 Navoi Street, Shaykhontohur district, Tashkent 100011, Uzbekistan",
  },
};

export const CONTACTS = {
  operator,
  association,
  /** The hotline for buyers, artisans and anyone reporting a barrier: the operator's number. */
  hotline: operator.phone,
  privacyEmail: "privacy@hunarmand.uz",
  accessibilityEmail: "access@hunarmand.uz",
  /** Working hours of both lines, Tashkent time, Monday to Friday. */
  hours: { from: "09:00", to: "18:00" },
} as const;

/** Dates the statements were last made or changed (ISO, Tashkent calendar). */
export const STATEMENT_DATES = {
  accessibility: "2026-12-05",
  privacy: "2026-12-05",
} as const;

/** "+998 71 200 07 07" → "tel:+998712000707". */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;
