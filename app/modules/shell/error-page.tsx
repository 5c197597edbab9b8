import { isRouteErrorResponse, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const KNOWN: Record<number, string> = { 403: "forbidden", 404: "notFound" };

/** Which words an error page uses: a status we expect gets its own; anything else the generic ones. */
export function errorKind(error: unknown): string {
  return KNOWN[isRouteErrorResponse(error) ? error.status : 500] ?? "error";
}

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const kind = errorKind(error);
  return (
    <section aria-labelledby="error-title" className="max-w-2xl py-8 flex flex-col gap-4">
      <h1 id="error-title" className="text-3xl">
        {t(`common.${kind}Title`)}
      </h1>
      <p>{t(`common.${kind}Body`)}</p>
      <p>
        <Link to="/" className="btn btn-primary">
          {t("common.goHome")}
        </Link>
      </p>
    </section>
  );
}
