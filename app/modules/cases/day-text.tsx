import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";

/** A "YYYY-MM-DD" day (a date column) as the page's language writes dates. */
export function useDay() {
  const locale = usePageLocale();
  return (day: string) => formatDate(`${day}T00:00:00Z`, locale);
}
