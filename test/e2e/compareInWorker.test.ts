/**
 * The review's comparison worker, as built (dist/, by buildOnce.ts): a worker runs the compiled files.
 * What it sends document by document must be exactly the comparison made in one go, and an input it
 * cannot read must come back as the one-line error the CLI prints.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { compareInWorker as CompareInWorker } from "../../src/cli/compareInWorker.js";
import type { runComparison as RunComparison } from "../../src/cli/run.js";
import type { Comparison } from "../../src/core/types.js";

const built = async <T>(path: string): Promise<T> => import(pathToFileURL(resolve("dist", path)).href);
const seeds = [
  "001_3ecc2d4aaa3c5f93.txt",
  "000_48be5846dd2c0fe9.txt",
  "002_2ce07d26d9d99a6e.txt",
  "004_3ab04ba881e51fa3.txt",
].map((f) => `seeds/${f}`);
const job = (letter: string, press: string[]) => ({ letter, press, options: {}, read: { offline: true } });

describe("compareInWorker (built)", () => {
  it("opens on the first press document, then completes with the same comparison as in one go", async () => {
    const { compareInWorker } = await built<{ compareInWorker: typeof CompareInWorker }>(
      "cli/compareInWorker.js",
    );
    const { runComparison } = await built<{ runComparison: typeof RunComparison }>("cli/run.js");
    const [letter = "", ...press] = seeds;
    const feed = await compareInWorker(job(letter, press), () => {});
    expect(feed.sources).toEqual(press);
    expect(feed.initial.documents.length).toBeGreaterThanOrEqual(1);
    expect(feed.initial.documents[0]?.source).toBe(press[0]);
    const updates: number[] = [];
    feed.subscribe(
      (c: Comparison) => updates.push(c.documents.length),
      () => {},
    );
    const whole = await feed.complete;
    const inOneGo = await runComparison(letter, press, {}, () => {}, { offline: true });
    expect(whole).toEqual(inOneGo);
    // Every update had more documents than the one before.
    expect(updates).toEqual([...updates].sort((a, b) => a - b));
  }, 60_000);

  it("fails before opening, with the CLI's one-line error, when an input cannot be read", async () => {
    const { compareInWorker } = await built<{ compareInWorker: typeof CompareInWorker }>(
      "cli/compareInWorker.js",
    );
    const warnings: string[] = [];
    const failure = compareInWorker(job(seeds[0] ?? "", ["seeds/no-such-article.txt"]), (l) =>
      warnings.push(l),
    );
    await expect(failure).rejects.toMatchObject({
      name: "UsageError",
      message: expect.stringContaining("no-such-article.txt"),
    });
  }, 60_000);

  it("stops the worker when the review closes early", async () => {
    const { compareInWorker } = await built<{ compareInWorker: typeof CompareInWorker }>(
      "cli/compareInWorker.js",
    );
    const [letter = "", ...press] = seeds;
    const feed = await compareInWorker(job(letter, press), () => {});
    feed.cancel();
    // Stopped before the last document, `complete` never settles with a partial comparison or an error.
    const outcome = await Promise.race([
      feed.complete.then(
        (c: Comparison) => c.documents.length,
        () => "rejected",
      ),
      new Promise((r) => setTimeout(() => r("still waiting"), 500)),
    ]);
    expect([press.length, "still waiting"]).toContain(outcome);
  }, 60_000);
});
