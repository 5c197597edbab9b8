import { Picture } from "~/modules/media/responsive-picture";
import type { PictureData } from "~/modules/media/picture";

/** All photos of a listing, the first large; a plain list so it works without JavaScript. */
export function ListingGallery({ images }: { images: PictureData[] }) {
  const [first, ...rest] = images;
  if (!first) return null;
  return (
    <div className="flex flex-col gap-3">
      <Picture data={first} sizes="(min-width: 768px) 50vw, 100vw" eager className="rounded-lg" />
      {rest.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3">
          {rest.map((image, i) => (
            <li key={i}>
              <Picture data={image} sizes="(min-width: 768px) 25vw, 50vw" className="rounded-lg" />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
