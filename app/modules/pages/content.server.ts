// The text of the static pages, read from the "pages" namespace of the catalog. Their long texts
// travel with the page that shows them (its loader), not with the root catalog every page carries.
import { catalogs, type Catalog } from "~/utils/i18n/catalog.server";
import type { Locale } from "~/utils/i18n/locales";
import { latinToCyrillic } from "~/utils/i18n/transliterate";
import { CONTACTS, type ContactPoint } from "./operator";
import type { StaticPageName } from "./paths";

export type Entry = { term: string; text: string };
/** A block of a section with its own h3 and a list of terms (the privacy page's kinds of data). */
export type Entries = { id: string; heading: string; entries: Entry[] };
export type Section = {
  id: string;
  heading: string;
  text: string[];
  list: string[];
  steps: string[];
  after: string[];
  records: Entries[];
};
export type LocalContact = { phone: string; email: string; address: string };
export type PageContent = {
  locale: Locale;
  title: string;
  lead: string[];
  sections: Section[];
  ui: Record<string, string>;
  contacts: { operator: LocalContact; association: LocalContact };
};

type Node = string | Catalog | undefined;
const child = (node: Node, key: string): Node => (typeof node === "object" ? node[key] : undefined);
const text = (node: Node): string => (typeof node === "string" ? node : "");
/** A list of texts; JSON arrays reach us as arrays (uz, ru, en) or as objects keyed 0, 1, … (uz-Cyrl). */
const texts = (node: Node): string[] =>
  typeof node === "object" ? Object.values(node).filter((v) => typeof v === "string") : [];
const keys = (node: Node): string[] => (typeof node === "object" ? Object.keys(node) : []);

function records(section: Node): Entries[] {
  const terms = child(section, "terms");
  return keys(child(section, "records")).map((id) => {
    const record = child(child(section, "records"), id);
    return {
      id,
      heading: text(child(record, "heading")),
      entries: keys(terms).map((term) => ({ term: text(child(terms, term)), text: text(child(record, term)) })),
    };
  });
}

function localContact(point: ContactPoint, locale: Locale): LocalContact {
  const address = locale === "uz-Cyrl" ? latinToCyrillic(point.address.uz) : point.address[locale];
  return { phone: point.phone, email: point.email, address };
}

/** Everything a static page shows, in the page's language. */
export function pageContent(locale: Locale, name: StaticPageName): PageContent {
  const pages: Node = catalogs[locale].pages;
  const page = child(pages, name);
  // Sections in the order of the Uzbek catalog, which every language follows.
  const order = keys(child(child(catalogs.uz.pages, name), "sections"));
  const sections = order.map((id): Section => {
    const section = child(child(page, "sections"), id);
    return {
      id,
      heading: text(child(section, "heading")),
      text: texts(child(section, "text")),
      list: texts(child(section, "list")),
      steps: texts(child(section, "steps")),
      after: texts(child(section, "after")),
      records: records(section),
    };
  });
  const ui = Object.fromEntries(keys(child(pages, "ui")).map((key) => [key, text(child(child(pages, "ui"), key))]));
  return {
    locale,
    title: text(child(page, "title")),
    lead: texts(child(page, "lead")),
    sections,
    ui,
    contacts: {
      operator: localContact(CONTACTS.operator, locale),
      association: localContact(CONTACTS.association, locale),
    },
  };
}

const trimmed = new WeakMap<Catalog, Catalog>();

/**
 * The catalog the root loader sends with every page: the same, but of the "pages" namespace only
 * the footer's link names (pages.nav). Each static page's loader sends its own text.
 */
export function withoutPageTexts(translation: Catalog): Catalog {
  const pages = translation.pages;
  if (typeof pages !== "object") return translation;
  let root = trimmed.get(translation);
  if (!root) {
    root = { ...translation, pages: { nav: pages.nav ?? {} } };
    trimmed.set(translation, root);
  }
  return root;
}
