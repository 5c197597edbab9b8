import { describe, expect, it } from "vitest";
import { badgeHistory, badgeState, type BadgeRow } from "./badge-status";

const today = new Date("2026-11-22T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function badge(row: Partial<BadgeRow> & Pick<BadgeRow, "status">): BadgeRow {
  return {
    requestedAt: day("2026-01-10"),
    decidedAt: row.status === "PENDING" ? null : day("2026-01-12"),
    validUntil: null,
    reasonCode: null,
    decisionReason: null,
    lapsedAt: null,
    revokedAt: null,
    ...row,
  };
}

describe("badgeState", () => {
  it("none yet", () => expect(badgeState([], true, today)).toEqual({ kind: "none" }));

  it("asked for, waiting for the moderator", () =>
    expect(badgeState([badge({ status: "PENDING" })], true, today)).toEqual({
      kind: "pending",
      since: "2026-01-10T00:00:00.000Z",
    }));

  it("sent back, with the reason", () =>
    expect(
      badgeState(
        [badge({ status: "REJECTED", reasonCode: "EVIDENCE_UNREADABLE", decisionReason: "Rasm xira" })],
        true,
        today,
      ),
    ).toEqual({
      kind: "sentBack",
      on: "2026-01-12T00:00:00.000Z",
      reasonCode: "EVIDENCE_UNREADABLE",
      reason: "Rasm xira",
    }));

  it("granted, valid until a day more than 30 days away, shown only with the public consent", () => {
    const granted = [badge({ status: "GRANTED", validUntil: day("2027-06-01") })];
    expect(badgeState(granted, true, today)).toEqual({
      kind: "granted",
      validUntil: "2027-06-01T00:00:00.000Z",
      shown: true,
    });
    expect(badgeState(granted, false, today)).toMatchObject({ kind: "granted", shown: false });
    expect(badgeState([badge({ status: "GRANTED" })], true, today)).toMatchObject({
      kind: "granted",
      validUntil: null,
    });
  });

  it("ending soon within 30 days, still valid on its last day", () => {
    expect(badgeState([badge({ status: "GRANTED", validUntil: day("2026-12-22") })], true, today)).toMatchObject({
      kind: "endingSoon",
    });
    expect(badgeState([badge({ status: "GRANTED", validUntil: day("2026-12-23") })], true, today)).toMatchObject({
      kind: "granted",
    });
    expect(badgeState([badge({ status: "GRANTED", validUntil: today })], true, today)).toMatchObject({
      kind: "endingSoon",
    });
  });

  it("ended: lapsed, or past its date before the daily job marks it", () => {
    const lapsed = badge({ status: "LAPSED", validUntil: day("2026-10-01"), lapsedAt: day("2026-10-02") });
    expect(badgeState([lapsed], true, today)).toEqual({ kind: "ended", on: "2026-10-01T00:00:00.000Z" });
    expect(badgeState([badge({ status: "GRANTED", validUntil: day("2026-11-21") })], true, today)).toEqual({
      kind: "ended",
      on: "2026-11-21T00:00:00.000Z",
    });
  });

  it("taken away, with the reason", () =>
    expect(
      badgeState([badge({ status: "REVOKED", revokedAt: day("2026-05-05"), reasonCode: "NOT_OWN_WORK" })], true, today),
    ).toEqual({ kind: "revoked", on: "2026-05-05T00:00:00.000Z", reasonCode: "NOT_OWN_WORK", reason: null }));

  it("a valid granted badge leads over a newer request; otherwise the newest decides", () => {
    const granted = badge({ status: "GRANTED", validUntil: day("2027-06-01") });
    const renewal = badge({ status: "PENDING", requestedAt: day("2026-11-01") });
    expect(badgeState([renewal, granted], true, today).kind).toBe("granted");
    const ended = badge({ status: "LAPSED", validUntil: day("2026-10-01") });
    expect(badgeState([renewal, ended], true, today).kind).toBe("pending");
  });
});

describe("badgeHistory", () => {
  it("every dated step of every badge, newest first", () => {
    const first = badge({ status: "REJECTED", reasonCode: "EVIDENCE_UNREADABLE" });
    const second = badge({
      status: "REVOKED",
      requestedAt: day("2026-02-01"),
      decidedAt: day("2026-02-03"),
      validUntil: day("2027-01-01"),
      revokedAt: day("2026-03-01"),
      reasonCode: "NOT_OWN_WORK",
    });
    const third = badge({
      status: "LAPSED",
      requestedAt: day("2026-04-01"),
      decidedAt: day("2026-04-02"),
      lapsedAt: day("2026-09-01"),
    });
    expect(
      badgeHistory([third, second, first]).map((event) => [event.kind, event.on.slice(0, 10), event.reasonCode]),
    ).toEqual([
      ["lapsed", "2026-09-01", undefined],
      ["granted", "2026-04-02", undefined],
      ["requested", "2026-04-01", undefined],
      ["revoked", "2026-03-01", "NOT_OWN_WORK"],
      ["granted", "2026-02-03", undefined],
      ["requested", "2026-02-01", undefined],
      ["sentBack", "2026-01-12", "EVIDENCE_UNREADABLE"],
      ["requested", "2026-01-10", undefined],
    ]);
    expect(badgeHistory([second]).find((event) => event.kind === "granted")).toMatchObject({
      kind: "granted",
      validUntil: "2027-01-01T00:00:00.000Z",
    });
  });
});
