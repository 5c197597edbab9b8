import { Fragment, type ReactNode } from "react";

export type RichValues = Readonly<Record<string, ReactNode>>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The names of the {{placeholders}} a text uses. */
export const placeholderNames = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");

/**
 * A catalog text whose {{placeholders}} become elements: a phone or email link, a link to another
 * page, a date, a code name marked as English. An unknown name stays as written (a test forbids it).
 */
export function Rich({ text, values }: { text: string; values: RichValues }) {
  const parts = text.split(PLACEHOLDER);
  // split() with one capture group alternates: text, name, text, name, …, text.
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 0 ? part : (values[part] ?? `{{${part}}}`)}</Fragment>
      ))}
    </>
  );
}
