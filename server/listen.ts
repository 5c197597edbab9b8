import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";

export type Listening = { server: Server; url: string; close: () => Promise<void> };

/** Starts an app on a free loopback port (tests and the benchmark). */
export async function listenOnLoopback(app: Express, host = "127.0.0.1"): Promise<Listening> {
  const server = app.listen(0, host);
  await new Promise((resolve, reject) => server.once("listening", resolve).once("error", reject));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
