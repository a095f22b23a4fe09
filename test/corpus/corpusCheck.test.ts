import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusReviewComparisons, formatSourceLines } from "../../src/cli/corpusCheck.js";
import type { SourceDocument } from "../../src/core/types.js";
import { FileCorpusIndex } from "../../src/corpus/fileIndex.js";
import { findSources } from "../../src/corpus/findSources.js";
import { controlCharsIn } from "../fixtures/controlChars.js";
import { distractorLetter } from "./distractors.js";

const work = mkdtempSync(join(tmpdir(), "presscheck-corpus-review-"));
const dir = join(work, "index");
const LETTER = "seeds/001_3ecc2d4aaa3c5f93.txt";
const read = (source: string): SourceDocument => ({
  source,
  text: readFileSync(source, "utf8"),
  format: "text",
});

beforeAll(async () => {
  await new FileCorpusIndex(dir).add([
    read(LETTER),
    ...Array.from({ length: 20 }, (_, i) => ({
      source: `d${i}.txt`,
      text: distractorLetter(i),
      format: "text" as const,
    })),
  ]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("review --corpus", () => {
  it("groups the matched articles under their letter and notes the unmatched one", async () => {
    const notes: string[] = [];
    const comparisons = await corpusReviewComparisons(
      ["seeds/000_48be5846dd2c0fe9.txt", "seeds/002_2ce07d26d9d99a6e.txt", "seeds/004_3ab04ba881e51fa3.txt"],
      { index: dir },
      (l) => notes.push(l),
    );
    expect(comparisons).toHaveLength(1);
    expect(comparisons[0]?.letter.source).toBe(LETTER);
    expect(comparisons[0]?.documents.map((d) => d.source)).toEqual([
      "seeds/000_48be5846dd2c0fe9.txt",
      "seeds/002_2ce07d26d9d99a6e.txt",
    ]);
    expect(notes.join("\n")).toMatch(/004_3ab04ba881e51fa3\.txt {2}no indexed letter matches/);
  });

  it("is a usage error when no article matches", async () => {
    await expect(
      corpusReviewComparisons(["seeds/004_3ab04ba881e51fa3.txt"], { index: dir }, () => {}),
    ).rejects.toThrow(/no press document matches an indexed letter/);
  });
});

describe("formatSourceLines", () => {
  it("keeps untrusted text inert: control sequences in a source name or quotation are stripped", async () => {
    const letter = read(LETTER);
    const hostile: SourceDocument = {
      source: "evil\u001b[2J\u001b]0;pwned\u0007.txt",
      text: `Inspectors said \u201c${letter.text.slice(2240, 2330).replace(/\s+/g, " ")}\u001b[31m\u201d.`,
      format: "text",
    };
    const lines = formatSourceLines(await findSources(new FileCorpusIndex(dir), hostile));
    for (const l of lines) expect(controlCharsIn(l, "")).toEqual([]);
    expect(lines[0]).toMatch(/^evil.*\.txt {2}/);
  });
});
