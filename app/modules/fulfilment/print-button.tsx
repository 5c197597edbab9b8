import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

const noChange = () => () => {};

/** Opens the print dialog; rendered only in the browser (without JavaScript, the browser's own Print prints the page). */
export function PrintButton() {
  const { t } = useTranslation();
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  if (!inBrowser) return null;
  return (
    <button type="button" className="btn btn-primary no-print self-start" onClick={() => window.print()}>
      {t("fulfilment.print")}
    </button>
  );
}
