// Page tests of the console's settings pages: a database of their own, an administrator and a buyer
// signed in, and `call` to ask a route as one of them (the administrator unless told otherwise).
import { afterAll, beforeAll } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { makeStaff } from "~/modules/badges/test-badges";
import { makeRegion } from "~/modules/catalog/test-catalog";
import type { Db } from "~/utils/db.server";
import { createTestDatabase, type TestDatabase } from "../setup/test-db";
import { callRoute, signedInCookie, type Answer, type RouteModule } from "./call-route";

type Person = { id: string; cookie: string };
type Input = { cookie?: string | null; path: string; form?: Record<string, string>; params?: Record<string, string> };

export function adminPageTest<R extends string>(regionCode: string, routes: Record<R, () => Promise<RouteModule>>) {
  let test: TestDatabase | undefined;
  const state = {} as { db: Db; districtId: string; admin: Person; buyer: Person };
  const person = async (db: Db, roles: Role[]) => {
    const user = await makeStaff(db, state.districtId, roles, "Person");
    return { id: user.id, cookie: await signedInCookie(db, user.id) };
  };
  beforeAll(async () => {
    test = await createTestDatabase();
    process.env.DATABASE_URL = test.url; // the routes' getDb()
    state.db = test.db;
    state.districtId = (await makeRegion(test.db, regionCode)).id;
    state.admin = await person(test.db, ["ADMIN"]);
    state.buyer = await person(test.db, ["BUYER"]);
  });
  afterAll(async () => test?.drop());
  const call = async (route: R, input: Input): Promise<Answer> =>
    callRoute(await routes[route](), {
      ...input,
      cookie: input.cookie === undefined ? state.admin.cookie : input.cookie,
    });
  return Object.assign(state, { call });
}
