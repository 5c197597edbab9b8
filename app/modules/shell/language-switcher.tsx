import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceButtons } from "~/components/choice-buttons";
import { LOCALE_NAMES, LOCALES, type Locale } from "~/utils/i18n/locales";

/** One button per language, each named in its own language, so anyone can find theirs. */
export function LanguageSwitcher({ current, path }: { current: Locale; path: string }) {
  const { t } = useTranslation();
  const choices = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }));
  return (
    <Form method="post" action="/language" className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="redirectTo" value={path} />
      <ChoiceButtons id="language-label" label={t("common.language")} name="lang" choices={choices} current={current} />
    </Form>
  );
}
