import type { MetaDescriptor } from "@remix-run/node";
import { useNonce } from "~/utils/nonce";
import type { ListingSeo } from "./product-seo.server";

/** OpenGraph tags for a listing page (link previews in messengers and social networks). */
export function listingMeta(title: string, seo: ListingSeo): MetaDescriptor[] {
  return [
    { name: "description", content: seo.description },
    { property: "og:type", content: "product" },
    { property: "og:title", content: title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.url },
    ...(seo.image ? [{ property: "og:image", content: seo.image }] : []),
  ];
}

/** schema.org data as JSON-LD; the CSP runs only nonced scripts, and "<" is escaped so no text can end the tag. */
export function ProductJsonLd({ seo }: { seo: ListingSeo }) {
  const nonce = useNonce();
  const json = JSON.stringify(seo.jsonLd).replace(/</g, "\\u003c");
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}
