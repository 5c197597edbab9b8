import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readForm } from "./form";
import { FakeEskizState, type FakeSms, type Result } from "./state";

/**
 * A local stand-in for the Eskiz SMS gateway (notify.eskiz.uz): login and token refresh, sending
 * one message and asking its status, with Eskiz's paths, bodies and status codes. Messages stay
 * in memory and are marked delivered after a short delay. For local mode and tests; it never
 * talks to the internet and never prints a number or a text.
 */
export type FakeEskizOptions = {
  email?: string;
  password?: string;
  port?: number;
  /** How long after sending a message reads as DELIVERED (default 1 s). */
  deliveryDelayMs?: number;
  /** Numbers (998…) whose messages end REJECTED, as a blacklisted number does at Eskiz. */
  unreachable?: string[];
};

export type FakeEskiz = {
  url: string;
  email: string;
  password: string;
  state: FakeEskizState;
  messages: FakeSms[];
  stop(): Promise<void>;
};

type Route = [
  method: string,
  pattern: RegExp,
  handler: (req: http.IncomingMessage, match: RegExpMatchArray) => Promise<Result>,
];

export async function startFakeEskiz(options: FakeEskizOptions = {}): Promise<FakeEskiz> {
  const email = options.email ?? "local@hunarmand.uz";
  const password = options.password ?? randomBytes(12).toString("base64url");
  const state = new FakeEskizState(
    { email, password },
    { delayMs: options.deliveryDelayMs ?? 1000, unreachable: new Set(options.unreachable) },
  );
  const authorized =
    (handler: Route[2]): Route[2] =>
    async (req, match) =>
      state.checkToken(req.headers.authorization) ?? handler(req, match);

  const routes: Route[] = [
    ["POST", /^\/api\/auth\/login$/, async (req) => state.login(await readForm(req))],
    ["PATCH", /^\/api\/auth\/refresh$/, async (req) => state.refresh(req.headers.authorization)],
    ["POST", /^\/api\/message\/sms\/send$/, authorized(async (req) => state.send(await readForm(req)))],
    ["GET", /^\/api\/message\/sms\/status_by_id\/([\w-]+)$/, authorized(async (_req, m) => state.status(m[1]!))],
  ];

  const server = http.createServer(async (req, res) => {
    const send = ({ status, body }: Result) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    try {
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      const route = routes.find(([method, pattern]) => method === req.method && pattern.test(path));
      if (!route) return send({ status: 404, body: { status: "error", message: "Not found" } });
      send(await route[2](req, path.match(route[1])!));
    } catch {
      send({ status: 400, body: { status: "error", message: "Bad request" } });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    email,
    password,
    state,
    messages: state.messages,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
