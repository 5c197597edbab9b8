import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";

type VariantRow = { width: number; height: number; format: "AVIF" | "WEBP" | "JPEG"; key: string };
type ImageRow = {
  width: number;
  height: number;
  placeholder: string;
  altUz: string;
  altRu: string | null;
  altEn: string | null;
  variants: VariantRow[];
};

export type PictureData = {
  alt: string;
  width: number;
  height: number;
  placeholder: string;
  sources: { type: string; srcSet: string }[];
  src: string;
  srcSet: string;
};

const MIME = { AVIF: "image/avif", WEBP: "image/webp", JPEG: "image/jpeg" } as const;

/** Turns stored variants into <picture> sources: AVIF, then WebP, then JPEG for old phones. */
export function pictureData(image: ImageRow, locale: Locale, urlOf: (key: string) => string): PictureData {
  const srcSetOf = (format: VariantRow["format"]) =>
    image.variants
      .filter((v) => v.format === format)
      .sort((a, b) => a.width - b.width)
      .map((v) => `${urlOf(v.key)} ${v.width}w`)
      .join(", ");
  const jpegs = image.variants.filter((v) => v.format === "JPEG").sort((a, b) => a.width - b.width);
  const fallback = jpegs.find((v) => v.width >= 640) ?? jpegs.at(-1);
  return {
    alt: localized(image, "alt", locale),
    width: image.width,
    height: image.height,
    placeholder: image.placeholder,
    sources: (["AVIF", "WEBP"] as const)
      .map((format) => ({ type: MIME[format], srcSet: srcSetOf(format) }))
      .filter((s) => s.srcSet !== ""),
    src: fallback ? urlOf(fallback.key) : image.placeholder,
    srcSet: srcSetOf("JPEG"),
  };
}

export const pictureSelect = {
  width: true,
  height: true,
  placeholder: true,
  altUz: true,
  altRu: true,
  altEn: true,
  variants: { select: { width: true, height: true, format: true, key: true } },
} as const;
