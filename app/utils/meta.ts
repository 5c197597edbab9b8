import type { MetaDescriptor } from "@remix-run/node";
import { createClientI18n, type Translation } from "~/utils/i18n/client";
import { isLocale } from "~/utils/i18n/locales";

type Match = { id: string; data: unknown };

/**
 * "<page> · Hunarmand" in the page's language. Meta runs outside React (and in the browser),
 * so it translates with the catalog the root loader already sent.
 */
export function pageTitle(matches: Match[], key: string, values?: Record<string, unknown>): MetaDescriptor[] {
  const { t } = rootTranslator(matches);
  return [{ title: `${t(key, values)} · ${t("common.appName")}` }];
}

/** The same, for a title that is content (a listing's name) rather than a catalog key. */
export function contentTitle(matches: Match[], text: string): MetaDescriptor[] {
  return [{ title: `${text} · ${rootTranslator(matches).t("common.appName")}` }];
}

function rootTranslator(matches: Match[]) {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string; translation?: Translation } | undefined;
  return createClientI18n(isLocale(root?.locale) ? root.locale : "uz", root?.translation ?? {});
}
