import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Props = { pickupId: string; stopName: string; first: boolean; last: boolean };

/** "Move up" / "Move down" for one stop: plain posts, not printed. */
export function StopMover({ pickupId, stopName, first, last }: Props) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="no-print flex flex-wrap gap-2">
      <input type="hidden" name="pickupId" value={pickupId} />
      {first ? null : (
        <button type="submit" name="direction" value="up" className="btn btn-quiet">
          {t("logistics.manifest.moveUp")}
          <span className="visually-hidden">: {stopName}</span>
        </button>
      )}
      {last ? null : (
        <button type="submit" name="direction" value="down" className="btn btn-quiet">
          {t("logistics.manifest.moveDown")}
          <span className="visually-hidden">: {stopName}</span>
        </button>
      )}
    </Form>
  );
}
