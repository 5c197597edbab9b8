import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeEskiz, type FakeEskiz } from "../../../server/fakes/eskiz/server";
import { createEskizGateway, type EskizOptions } from "./eskiz-gateway.server";
import { SmsGatewayError } from "./sms-gateway.server";

// The real client against the local fake of Eskiz's API: what the fake accepts and answers is what
// notify.eskiz.uz documents, so the client's requests, token handling and errors are exercised.

const UNREACHABLE = "998901110000";
let fake: FakeEskiz;
let options: EskizOptions;

beforeAll(async () => {
  fake = await startFakeEskiz({ deliveryDelayMs: 0, unreachable: [UNREACHABLE] });
  options = { baseUrl: fake.url, email: fake.email, password: fake.password, sender: "4546" };
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.messages.length = 0;
  fake.state.logins = 0;
});

/** The SmsGatewayError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<SmsGatewayError> {
  const error: unknown = await promise.then(
    () => expect.fail("expected the call to fail"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsGatewayError);
  return error as SmsGatewayError;
}

describe("Eskiz gateway", () => {
  it("logs in once, sends the number without its plus, and reads the delivery status", async () => {
    const gateway = createEskizGateway(options);
    const text = "Parolni oʻrnating: http://localhost:3000/reset-password/abc";
    const { providerMessageId } = await gateway.send({ to: "+998901234567", text });
    await gateway.send({ to: "+998911234567", text: "Ikkinchi xabar" });
    expect(fake.state.logins).toBe(1);
    expect(fake.messages[0]).toMatchObject({
      requestId: providerMessageId,
      to: "998901234567",
      message: text,
      from: "4546",
    });
    expect(await gateway.status(providerMessageId)).toBe("delivered");
  });

  it("reads a message that is still on its way as waiting, and a refused number as failed", async () => {
    const slow = await startFakeEskiz({ deliveryDelayMs: 60_000 });
    try {
      const gateway = createEskizGateway({ ...options, baseUrl: slow.url, email: slow.email, password: slow.password });
      const { providerMessageId } = await gateway.send({ to: "+998901234567", text: "Salom" });
      expect(await gateway.status(providerMessageId)).toBe("waiting");
    } finally {
      await slow.stop();
    }
    const gateway = createEskizGateway(options);
    const { providerMessageId } = await gateway.send({ to: `+${UNREACHABLE}`, text: "Salom" });
    expect(await gateway.status(providerMessageId)).toBe("failed");
  });

  it("logs in again once when its token has gone stale (401), and the call goes through", async () => {
    const gateway = createEskizGateway(options);
    await gateway.send({ to: "+998901234567", text: "Birinchi" });
    fake.state.expireTokens();
    await gateway.send({ to: "+998901234567", text: "Ikkinchi" });
    expect(fake.state.logins).toBe(2);
    expect(fake.messages.map((m) => m.message)).toEqual(["Birinchi", "Ikkinchi"]);
  });

  it("fails with auth_failed on a wrong password, and tries to log in again on the next call", async () => {
    const gateway = createEskizGateway({ ...options, password: "notogri-parol" });
    const error = await failure(gateway.send({ to: "+998901234567", text: "Salom" }));
    expect(error).toMatchObject({ code: "auth_failed", httpStatus: 401 });
    expect((await failure(gateway.send({ to: "+998901234567", text: "Salom" }))).code).toBe("auth_failed");
    expect(fake.messages).toHaveLength(0);
  });

  it("reports a refused number as bad_request without the number or text in the error", async () => {
    const gateway = createEskizGateway(options);
    const error = await failure(gateway.send({ to: "+12025550123", text: "maxfiy havola" }));
    expect(error).toMatchObject({ code: "bad_request", httpStatus: 400 });
    expect(error.message).not.toMatch(/12025550123|maxfiy/);
  });

  it("reports an unknown message id as not_found, and an unreachable gateway as network", async () => {
    expect((await failure(createEskizGateway(options).status("no-such-id"))).code).toBe("not_found");
    const closed = await startFakeEskiz();
    await closed.stop();
    const gateway = createEskizGateway({ ...options, baseUrl: closed.url });
    expect((await failure(gateway.send({ to: "+998901234567", text: "Salom" }))).code).toBe("network");
  });

  it("gives up on a gateway that does not answer within the timeout", async () => {
    const silent = http.createServer(() => {}); // holds every request open
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const gateway = createEskizGateway({ ...options, baseUrl, timeoutMs: 200 });
      expect((await failure(gateway.status("1"))).code).toBe("timeout");
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
