import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/core/types.js";
import { FileCorpusIndex } from "../../src/corpus/fileIndex.js";
import { findSources } from "../../src/corpus/findSources.js";
import { distractorLetter } from "./distractors.js";

const seed = (name: string): SourceDocument => ({
  source: `seeds/${name}`,
  text: readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8"),
  format: "text",
});
const LETTER = "001_3ecc2d4aaa3c5f93.txt";

describe("finding the source letter among 1,000 distractors", () => {
  let dir: string;
  let index: FileCorpusIndex;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "presscheck-corpus-"));
    index = new FileCorpusIndex(dir);
    const distractors = Array.from({ length: 1000 }, (_, i) => ({
      source: `distractor-${i}.txt`,
      text: distractorLetter(i),
      format: "text" as const,
    }));
    // The bundled letter in the middle, so retrieval order owes nothing to insertion order.
    await index.add([...distractors.slice(0, 500), seed(LETTER), ...distractors.slice(500)]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("indexes all 1,001 letters", async () => {
    expect(await index.list()).toHaveLength(1001);
  });

  for (const press of ["000_48be5846dd2c0fe9.txt", "002_2ce07d26d9d99a6e.txt"]) {
    it(`ranks the letter first for ${press}, with high confidence and evidence`, async () => {
      const r = await findSources(index, seed(press));
      expect(r.ranked[0]?.source).toBe(`seeds/${LETTER}`);
      expect(r.match?.source).toBe(`seeds/${LETTER}`);
      expect(r.match?.level).toBe("high");
      // Every runner-up is a distractor far behind.
      for (const other of r.ranked.slice(1)) expect(other.confidence).toBeLessThan(0.4);
      // The evidence points into both texts.
      const letterText = seed(LETTER).text;
      const pressText = seed(press).text;
      for (const p of r.match?.evidence.passages ?? []) {
        expect(pressText.slice(p.press.start, p.press.end)).toBe(p.press.text);
        expect(letterText.slice(p.letter.start, p.letter.end)).toBe(p.letter.text);
        expect(p.letter.text.toLowerCase().replace(/[^a-z0-9]+/g, " ")).toBe(
          p.press.text.toLowerCase().replace(/[^a-z0-9]+/g, " "),
        );
      }
    });
  }

  for (const press of ["003_911d55b8bae43da8.txt", "004_3ab04ba881e51fa3.txt"]) {
    it(`does not match ${press} (about another Ofsted document) to the letter with high confidence`, async () => {
      const r = await findSources(index, seed(press));
      const toLetter = r.ranked.find((m) => m.source === `seeds/${LETTER}`);
      expect(toLetter?.level).not.toBe("high");
      // Nothing in the index is its letter: it says so rather than comparing with a poor match.
      expect(r.match).toBeUndefined();
    });
  }
});
