import type { LinksFunction, MetaDescriptor } from "@remix-run/node";
import type { ReactNode } from "react";
import { contentTitle, pageTitle } from "~/utils/meta";
import type { PageContent, Section } from "./content.server";
import { usePageValues } from "./page-values";
import printSheet from "./print.css?url";
import { Rich, type RichValues } from "./rich-text";
import type { StaticPageName } from "./paths";

type Match = { id: string; data: unknown };

/** "<the page's h1> · Hunarmand"; the footer's name for it if the loader gave nothing. */
export function staticPageMeta(
  matches: Match[],
  data: PageContent | undefined,
  name: StaticPageName,
): MetaDescriptor[] {
  return data ? contentTitle(matches, data.title) : pageTitle(matches, `pages.nav.${name}`);
}

/** A print stylesheet of their own: ink on paper, sections not split from their headings. */
export const staticPageLinks: LinksFunction = () => [{ rel: "stylesheet", href: printSheet, media: "print" }];

const Paragraphs = ({ texts, values }: { texts: string[]; values: RichValues }) =>
  texts.map((text, i) => (
    <p key={i}>
      <Rich text={text} values={values} />
    </p>
  ));

function Items({ items, ordered, values }: { items: string[]; ordered?: boolean; values: RichValues }) {
  if (items.length === 0) return null;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`${ordered ? "list-decimal" : "list-disc"} pl-6 flex flex-col gap-2`}>
      {items.map((item, i) => (
        <li key={i}>
          <Rich text={item} values={values} />
        </li>
      ))}
    </List>
  );
}

function Records({ section, values }: { section: Section; values: RichValues }) {
  return section.records.map((record) => (
    <div key={record.id} id={`${section.id}-${record.id}`} className="static-record card p-4 flex flex-col gap-2">
      <h3 className="text-xl">{record.heading}</h3>
      <dl className="flex flex-col gap-2">
        {record.entries.map((entry) => (
          <div key={entry.term}>
            <dt className="font-semibold">{entry.term}</dt>
            <dd>
              <Rich text={entry.text} values={values} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  ));
}

/**
 * One static page: h1 and lead, "On this page" when it is long, then each section under its h2.
 * `extras` adds a page's own block to the end of a section (the contact page's contact cards).
 */
export function StaticPage({
  content,
  extras = {},
}: {
  content: PageContent;
  extras?: Partial<Record<string, ReactNode>>;
}) {
  const values = usePageValues(content.locale);
  return (
    <article className="static-page max-w-3xl flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl">{content.title}</h1>
        <Paragraphs texts={content.lead} values={values} />
      </div>
      {content.sections.length > 3 ? (
        <nav aria-labelledby="on-this-page" className="card p-4">
          <h2 id="on-this-page" className="text-lg">
            {content.ui.contents}
          </h2>
          <ul className="list-disc pl-6">
            {content.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="inline-flex min-h-11 items-center">
                  {section.heading}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {content.sections.map((section) => (
        <section key={section.id} id={section.id} className="flex flex-col gap-3">
          <h2 className="text-2xl">{section.heading}</h2>
          <Paragraphs texts={section.text} values={values} />
          <Items items={section.list} values={values} />
          <Items items={section.steps} ordered values={values} />
          <Records section={section} values={values} />
          <Paragraphs texts={section.after} values={values} />
          {extras[section.id]}
        </section>
      ))}
    </article>
  );
}
