import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import type { InboxPart } from "./queries.server";

/** The items of a part with their quantities, and its total. */
export function PartItems({ part }: { part: Pick<InboxPart, "items" | "total"> }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="flex flex-col gap-1">
        {part.items.map((item) => (
          <li key={item.id}>{t("fulfilment.itemLine", { title: item.title, quantity: item.quantity })}</li>
        ))}
      </ul>
      <p>
        {t("fulfilment.total")}: <Price minor={part.total.minor} />
      </p>
    </>
  );
}
