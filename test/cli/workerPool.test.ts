import { describe, expect, it } from "vitest";
import { runJobs, type Settled, workerCount } from "../../src/cli/workerPool.js";

describe("workerCount", () => {
  it("runs a handful of jobs here, more on up to one worker per core, as asked when asked", () => {
    expect(workerCount(3)).toBe(0);
    expect(workerCount(100)).toBeGreaterThanOrEqual(1);
    expect(workerCount(100)).toBeLessThanOrEqual(4);
    expect(workerCount(100, 0)).toBe(0);
    expect(workerCount(2, 8)).toBe(2);
  });
});

describe("runJobs", () => {
  it("runs every job in this thread when the worker script is absent, a failure reported and the rest going on", async () => {
    const seen: Array<[number, Settled<number>]> = [];
    await runJobs(
      [1, 2, 3],
      { script: new URL("./no-such-worker.js", import.meta.url), workers: 2 },
      async (n) => {
        if (n === 2) throw new Error("cannot read two");
        return n * 10;
      },
      (i, s) => {
        seen.push([i, s]);
      },
    );
    expect(seen).toEqual([
      [0, { ok: true, value: 10 }],
      [1, { ok: false, error: "cannot read two" }],
      [2, { ok: true, value: 30 }],
    ]);
  });
});
