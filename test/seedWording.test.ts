/**
 * The brief's rule: no rule may know the seeds' words. Every rule in src/ is general, and its examples
 * are invented. This guard fails when six consecutive words of a bundled seed document appear anywhere
 * in src/ (code or comments); six, because shorter runs are everyday regulator vocabulary.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const RUN = 6;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function runsOf(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(" "));
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("src/ and the seed documents", () => {
  it(`share no run of ${RUN} words`, () => {
    const seedRuns = new Set<string>();
    for (const f of readdirSync("seeds").filter((n) => n.endsWith(".txt")))
      for (const r of runsOf(readFileSync(join("seeds", f), "utf8"))) seedRuns.add(r);
    expect(seedRuns.size).toBeGreaterThan(1000); // the seeds were read
    const shared = sourceFiles("src").flatMap((file) =>
      [...runsOf(readFileSync(file, "utf8"))].filter((r) => seedRuns.has(r)).map((r) => `${file}: "${r}"`),
    );
    expect(shared).toEqual([]);
  });

  it("would notice a copied phrase", () => {
    expect(runsOf("Leaders have made strong progress in all areas of the service.").size).toBe(6);
  });
});
