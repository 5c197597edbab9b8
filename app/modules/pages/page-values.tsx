import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TEXT_SIZES } from "~/modules/shell/preferences";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { CONTACTS, STATEMENT_DATES, telHref } from "./operator";
import type { RichValues } from "./rich-text";

// Both may wrap (a number at its spaces): at 320 px and 200 % text neither fits on one line.
export const PhoneLink = ({ phone }: { phone: string }) => <a href={telHref(phone)}>{phone}</a>;

export const EmailLink = ({ email }: { email: string }) => <a href={`mailto:${email}`}>{email}</a>;

const DateOf = ({ iso, locale }: { iso: string; locale: Locale }) => (
  <time dateTime={iso}>{formatDate(iso, locale)}</time>
);

/** What the {{placeholders}} of the pages' texts stand for. */
export function usePageValues(locale: Locale): RichValues {
  const { t } = useTranslation();
  const pageLink = (to: string, key: string) => <Link to={to}>{t(`pages.nav.${key}`)}</Link>;
  return {
    hotline: <PhoneLink phone={CONTACTS.hotline} />,
    supportEmail: <EmailLink email={CONTACTS.operator.email} />,
    privacyEmail: <EmailLink email={CONTACTS.privacyEmail} />,
    accessibilityEmail: <EmailLink email={CONTACTS.accessibilityEmail} />,
    textSizes: TEXT_SIZES.map((size) => `${size} %`).join(", "),
    from: CONTACTS.hours.from,
    to: CONTACTS.hours.to,
    // Names of a standard and of a tool: the same in every language, read out as English.
    standard: <span lang="en">WCAG 2.2 AA</span>,
    checker: <span lang="en">axe</span>,
    statementDate: <DateOf iso={STATEMENT_DATES.accessibility} locale={locale} />,
    privacyDate: <DateOf iso={STATEMENT_DATES.privacy} locale={locale} />,
    aboutLink: pageLink("/about", "about"),
    contactLink: pageLink("/contact", "contact"),
    privacyLink: pageLink("/privacy", "privacy"),
    accessibilityLink: pageLink("/accessibility", "accessibility"),
  } satisfies Record<PageValueName, ReactNode>;
}

/** The names usePageValues fills in, for the test that every text uses only these. */
export const PAGE_VALUE_NAMES = [
  "hotline",
  "supportEmail",
  "privacyEmail",
  "accessibilityEmail",
  "textSizes",
  "from",
  "to",
  "standard",
  "checker",
  "statementDate",
  "privacyDate",
  "aboutLink",
  "contactLink",
  "privacyLink",
  "accessibilityLink",
] as const;
type PageValueName = (typeof PAGE_VALUE_NAMES)[number];
