import { spawn } from "node:child_process";

/** The production server in a child process (its own core), ready when /healthz answers. */
export async function startServer({ port, env }: { port: number; env: Record<string, string> }) {
  const child = spawn("node_modules/.bin/tsx", ["server/index.ts"], {
    // APP_URL: the server answers only the hosts it serves (server/host-check.ts).
    env: { ...process.env, APP_URL: `http://127.0.0.1:${port}`, ...env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
