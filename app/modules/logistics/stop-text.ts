import type { TFunction } from "~/utils/i18n/translate";
import { readFailureNote } from "./failure-reasons";

type Stop = {
  kind: "HOME_PICKUP" | "BRANCH_DROP_OFF";
  windowStart: string | null;
  windowEnd: string | null;
  dropOffBranch: { name: string } | null;
  deliveryMethod: "COURIER" | "BRANCH_PICKUP";
  destination: string;
};

/** Where and when the parcel is picked up: a home window, or the branch it is handed over at. */
export function pickupLine(t: TFunction, stop: Stop): string {
  if (stop.kind === "HOME_PICKUP")
    return t("logistics.homePickup", { start: stop.windowStart ?? "", end: stop.windowEnd ?? "" });
  return t("logistics.branchDropOff", { branch: stop.dropOffBranch?.name ?? "" });
}

/** Where the parcel goes next: the buyer's district, or the branch the buyer collects it at. */
export function destinationLine(t: TFunction, stop: Stop): string {
  if (stop.deliveryMethod === "BRANCH_PICKUP") return t("logistics.deliverToBranch", { branch: stop.destination });
  return t("logistics.deliverToBuyer", { district: stop.destination });
}

/** A courier's stored failure note, in the reader's language plus the courier's own words. */
export function failureLine(t: TFunction, note: string): string {
  const { reason, detail } = readFailureNote(note);
  const text = t(`logistics.failure.${reason}`);
  return t("logistics.failedBecause", { reason: detail ? `${text} — ${detail}` : text });
}
