import { describe, expect, it } from "vitest";
import { badRequest, conflict, forbidden, notFound } from "./http.server";

function thrown(refuse: () => never): Response {
  try {
    refuse();
  } catch (error) {
    return error as Response;
  }
  throw new Error("nothing was thrown");
}

describe("http refusals", () => {
  it.each([
    ["badRequest", badRequest, 400],
    ["forbidden", forbidden, 403],
    ["notFound", notFound, 404],
    ["conflict", conflict, 409],
  ] as const)("%s() throws an empty %i response", async (_name, refuse, status) => {
    const response = thrown(refuse);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe("");
  });
});
