import type { MetaDescriptor } from "@remix-run/node";
import { isLocale } from "~/utils/i18n/locales";
import { pageTranslator } from "~/utils/i18n/page-catalog";

type Match = { id: string; data: unknown };

/**
 * "<page> · Hunarmand" in the page's language. Meta runs outside React (and in the browser),
 * so it translates with the page's catalog (page-catalog.ts).
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
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  return pageTranslator(isLocale(root?.locale) ? root.locale : "uz");
}
