import type { PictureData } from "./picture";

/**
 * A responsive photo that never shifts the layout (width/height reserve its box) and shows a
 * blurred placeholder while the real image loads on a slow network.
 */
export function Picture({
  data,
  sizes,
  eager = false,
  className = "",
}: {
  data: PictureData;
  sizes: string;
  eager?: boolean;
  className?: string;
}) {
  return (
    <picture>
      {data.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
      ))}
      <img
        src={data.src}
        srcSet={data.srcSet || undefined}
        sizes={sizes}
        alt={data.alt}
        width={data.width}
        height={data.height}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        className={`w-full h-auto bg-cover ${className}`}
        style={{ backgroundImage: `url(${data.placeholder})` }}
      />
    </picture>
  );
}
