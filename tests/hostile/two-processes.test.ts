// Two app processes behind one proxy, on one database, as a deployment runs them: the sign-in
// limits are counted in PostgreSQL, so they hold across both (each process used to count alone).
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/utils/password.server";
import { createTestDatabase, type TestDatabase } from "../setup/test-db";

let test: TestDatabase;
const servers: Array<{ url: string; child: ChildProcess }> = [];

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** `tsx server/index.ts` in production mode on the test database, as `npm start` would run it with DATABASE_URL. */
async function startProcess(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: test.url,
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_URL: url,
    HUNARMAND_LOCAL_MODE: "",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the app process stopped:\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app process did not start:\n${output}`);
}

beforeAll(async () => {
  test = await createTestDatabase();
  await test.db.user.create({
    data: {
      name: "Dilnoza",
      phone: "+998335550127",
      passwordHash: await hashPassword("the-right-password-1"),
      roles: ["BUYER"],
    },
  });
  servers.push(...(await Promise.all([startProcess(), startProcess()])));
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map(({ child }) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"))));
  await test.drop();
});

const login = (server: { url: string }, identifier: string, password: string) =>
  fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ identifier, password }),
  }).then((r) => r.status);

describe("sign-in limits across two app processes", () => {
  it("counts one account's failures in both, however the phone number is written", async () => {
    const formats = [
      "+998 33 555 01 27",
      "998335550127",
      "(33) 555-01-27",
      "33 555 01 27",
      "0335550127",
      "+998-33-555-01-27",
      "33.555.01.27",
      "+998335550127",
      "998 33 5550127",
      "(033) 555 01 27",
    ];
    const statuses = [];
    for (const [i, format] of formats.entries())
      statuses.push(await login(servers[i % 2]!, format, "wrong-password-x"));
    expect(statuses).toEqual(Array(10).fill(400));
    // The eleventh try, in either process and even with the right password, waits.
    expect(await login(servers[0]!, "33 5550127", "the-right-password-1")).toBe(429);
    expect(await login(servers[1]!, "+998335550127", "the-right-password-1")).toBe(429);
  });
});
