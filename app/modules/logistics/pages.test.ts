import { beforeAll, describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { courierAction } from "./courier-page.server";
import { dispatchAction, dispatchPage } from "./dispatch-page.server";
import { dayKey, tashkentToday } from "./pickup-day";
import { makeStaff, otherDistrict, readyPart } from "./test-pickups";

// The pages' form handling: what a browser posts, refused or saved, and another district's or
// another courier's data answered as "not found".
const test = withShopDatabase();
const today = tashkentToday();
let dispatcher: { id: string };
let stranger: { id: string };
let courier: { id: string };
let rival: { id: string };

beforeAll(async () => {
  dispatcher = await makeStaff(test.db, "MODERATOR", [test.shop.district.id]);
  stranger = await makeStaff(test.db, "MODERATOR", [(await otherDistrict(test.db, test.shop)).id]);
  courier = await makeStaff(test.db, "COURIER", [test.shop.district.id]);
  rival = await makeStaff(test.db, "COURIER", [test.shop.district.id]);
});

const post = (path: string, fields: Record<string, string | string[]>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
  return new Request(`http://localhost${path}`, { method: "POST", body: form });
};
const statusOf = async (work: Promise<unknown>) => {
  try {
    const result = (await work) as Response | { init?: { status?: number } };
    return result instanceof Response ? result.status : (result.init?.status ?? 200);
  } catch (thrown) {
    return (thrown as Response).status;
  }
};

describe("dispatch and courier pages", () => {
  it("dispatch: another district is not found, a missing courier is a message, a build leads to the sheet", async () => {
    const part = await readyPart(test, { day: today });
    const url = (district: string) => new URL(`http://localhost/dispatch?district=${district}&day=${dayKey(today)}`);
    expect(await statusOf(dispatchPage(test.db, stranger.id, url(test.shop.district.id), "uz"))).toBe(404);
    expect(
      (await dispatchPage(test.db, dispatcher.id, url(test.shop.district.id), "uz")).view?.requests.map((r) => r.id),
    ).toContain(part.pickup.id);

    const fields = {
      intent: "build",
      districtId: test.shop.district.id,
      day: dayKey(today),
      pickupId: [part.pickup.id],
    };
    const refused = (await dispatchAction(test.db, dispatcher.id, post("/dispatch", fields))) as unknown as {
      data: { error: Record<string, string[]> };
    };
    expect(refused.data.error).toEqual({ courierId: ["logistics.errors.courierRequired"] });
    expect(
      await statusOf(dispatchAction(test.db, stranger.id, post("/dispatch", { ...fields, courierId: courier.id }))),
    ).toBe(404);
    const built = await dispatchAction(test.db, dispatcher.id, post("/dispatch", { ...fields, courierId: courier.id }));
    expect((built as Response).headers.get("Location")).toMatch(/^\/dispatch\/manifests\/.+\?built=1$/);
  });

  it("courier: a reason is needed, another courier's stop is not found, a step leads back with the outcome", async () => {
    const part = await readyPart(test, { day: today });
    await dispatchAction(
      test.db,
      dispatcher.id,
      post("/dispatch", {
        intent: "build",
        districtId: test.shop.district.id,
        day: dayKey(today),
        courierId: courier.id,
        pickupId: part.pickup.id,
      }),
    );
    expect(
      await statusOf(
        courierAction(test.db, courier.id, post("/courier", { intent: "failed", pickupId: part.pickup.id })),
      ),
    ).toBe(400);
    expect(
      await statusOf(
        courierAction(
          test.db,
          courier.id,
          post("/courier", { intent: "failed", pickupId: part.pickup.id, reason: "other" }),
        ),
      ),
    ).toBe(400);
    expect(
      await statusOf(
        courierAction(test.db, courier.id, post("/courier", { intent: "dance", pickupId: part.pickup.id })),
      ),
    ).toBe(400);
    expect(
      await statusOf(
        courierAction(test.db, rival.id, post("/courier", { intent: "pickedUp", pickupId: part.pickup.id })),
      ),
    ).toBe(404);
    const done = (await courierAction(
      test.db,
      courier.id,
      post("/courier", { intent: "pickedUp", pickupId: part.pickup.id }),
    )) as Response;
    expect(done.headers.get("Location")).toBe("/courier?done=pickedUp");
    const again = (await courierAction(
      test.db,
      courier.id,
      post("/courier", { intent: "pickedUp", pickupId: part.pickup.id }),
    )) as Response;
    expect(again.headers.get("Location")).toBe("/courier?done=changed");
  });
});
