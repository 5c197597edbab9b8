import { describe, expect, it } from "vitest";
import { catalogs } from "~/utils/i18n/catalog.server";
import { formatDate } from "~/utils/format";
import { createTranslator } from "~/utils/i18n/translate";
import { stepText } from "./order-timeline";

const { t } = createTranslator("en", catalogs.en);
const step = (status: "READY" | "PICKED_UP", note: string | null) => ({ status, note, at: new Date() });

describe("a timeline step in words", () => {
  it("names the pickup window or the branch chosen when the part became ready", () => {
    expect(stepText(step("READY", "window:2026-11-23 10:00-13:00"), t, "en")).toBe(
      t("fulfilment.timelineWindow", { date: formatDate("2026-11-23", "en"), from: "10:00", to: "13:00" }),
    );
    expect(stepText(step("READY", "branch"), t, "en")).toBe(t("fulfilment.timelineBranch"));
  });

  it("says why the courier could not pick it up, with the courier's own words", () => {
    const text = stepText(step("READY", "other: the gate was locked"), t, "en");
    expect(text).toBe(
      t("logistics.failedBecause", { reason: `${t("logistics.failure.other")} — the gate was locked` }),
    );
    expect(stepText(step("READY", "nobodyHome"), t, "en")).toBe(
      t("logistics.failedBecause", { reason: t("logistics.failure.nobodyHome") }),
    );
  });

  it("is the status alone otherwise", () => {
    expect(stepText(step("READY", null), t, "en")).toBe(t("orders.subOrderStatus.READY"));
    expect(stepText(step("PICKED_UP", "anything"), t, "en")).toBe(t("orders.subOrderStatus.PICKED_UP"));
  });
});
