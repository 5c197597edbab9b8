import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * Shown on every page while someone acts for an artisan: right after the skip link, so it is the
 * first thing read and the stop button the first control after "skip to content". A labelled
 * region (a landmark, like the rest of the page), not a live region: it is there when the page
 * loads, not an update to announce.
 */
export function ActingBanner({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="acting-banner-text" className="bg-[#ffd33d] text-black border-b-4 border-black">
      <div className="max-w-6xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <p id="acting-banner-text" className="text-lg font-semibold">
          {t("assisted.banner", { name })}
        </p>
        <Link to="/studio" className="btn btn-secondary">
          {t("assisted.openStudio", { name })}
        </Link>
        <Form method="post" action="/assist">
          <button type="submit" name="intent" value="stop" className="btn btn-primary">
            {t("assisted.stopFor", { name })}
          </button>
        </Form>
      </div>
    </section>
  );
}
