import { PageNav } from "~/components/page-nav";
import { CONSOLE_SECTIONS } from "./sections";

/**
 * The way back to the console and to the other pages of the current page's group (the subsidy
 * settings, the marketplace settings, …): a short row even on a phone at 200 % text.
 */
export function ConsoleNav({ current }: { current: string }) {
  const section = CONSOLE_SECTIONS.find((s) => s.pages.some((page) => page.to === current));
  const pages = [
    { to: "/admin", label: "console.home" },
    ...(section?.pages ?? [])
      .filter((page) => page.to.startsWith("/admin/"))
      .map((page) => ({ to: page.to, label: `console.pages.${page.key}.link` })),
  ];
  return <PageNav pages={pages} current={current} label="console.nav" />;
}
