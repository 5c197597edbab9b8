// The four pages about the platform, linked from the footer of every page; each is at /<name>.
export const STATIC_PAGES = ["about", "contact", "privacy", "accessibility"] as const;
export type StaticPageName = (typeof STATIC_PAGES)[number];
