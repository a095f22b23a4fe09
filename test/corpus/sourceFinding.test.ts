import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/core/types.js";
import type { CorpusIndex } from "../../src/corpus/corpusIndex.js";
import { findSources } from "../../src/corpus/findSources.js";
import { BACKENDS, type Store } from "./backends.js";
import { distractorLetter } from "./distractors.js";

const seed = (name: string): SourceDocument => ({
  source: `seeds/${name}`,
  text: readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8"),
  format: "text",
});
const LETTER = "001_3ecc2d4aaa3c5f93.txt";

for (const backend of BACKENDS)
  describe.skipIf(!backend.available)(
    `finding the source letter among 1,000 distractors: ${backend.name}`,
    () => {
      let store: Store;
      let index: CorpusIndex;

      beforeAll(async () => {
        store = await backend.create();
        index = await store.open();
        const distractors = Array.from({ length: 1000 }, (_, i) => ({
          source: `distractor-${i}.txt`,
          text: distractorLetter(i),
          format: "text" as const,
        }));
        // The bundled letter in the middle, so retrieval order owes nothing to insertion order.
        await index.add([...distractors.slice(0, 500), seed(LETTER), ...distractors.slice(500)]);
      });
      afterAll(async () => {
        await index.close();
        await store.drop();
      });

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
    },
  );

for (const backend of BACKENDS)
  describe.skipIf(!backend.available)(`a quotation from another indexed letter: ${backend.name}`, () => {
    // Two invented letters of one inspectorate about different prisons, and padding letters.
    const ASHGROVE =
      "Independent review of progress at HMP Ashgrove, June 2023.\n\n" +
      "Leaders had introduced a new key worker scheme, and most prisoners now met their key worker every week. " +
      "Prisoners told us that the new scheme had helped them to settle and to plan for release. " +
      "The library had reopened and was well used by prisoners on every wing.";
    const BRENTMOOR =
      "Independent review of progress at HMP Brentmoor, May 2023.\n\n" +
      "Too many prisoners were still locked in their cells for more than 22 hours a day during the week. " +
      "Health care staff responded quickly to emergencies on the wings.";

    it("names the letter a quotation came from, even when retrieval for the article did not bring it", async () => {
      const store = await backend.create();
      const index = await store.open();
      try {
        await index.add([
          { source: "ashgrove.txt", text: ASHGROVE, format: "text" },
          { source: "brentmoor.txt", text: BRENTMOOR, format: "text" },
          ...Array.from({ length: 30 }, (_, i) => ({
            source: `d${i}.txt`,
            text: distractorLetter(i),
            format: "text" as const,
          })),
        ]);
        const article: SourceDocument = {
          source: "ashgrove-article.txt",
          format: "text",
          text:
            "Inspectors praised HMP Ashgrove. They said leaders had introduced a new key worker scheme, and most " +
            "prisoners now met their key worker every week. Prisoners told us that the new scheme had helped them " +
            "to settle and to plan for release, the report said. The library had reopened and was well used by " +
            "prisoners on every wing. It also said “too many prisoners were still " +
            "locked in their cells for more than 22 hours a day”.",
        };
        // Retrieval for the whole article hands over one letter only: the quotation's own look-up finds the other.
        const r = await findSources(index, article, { candidates: 1 });
        expect(r.match?.source).toBe("ashgrove.txt");
        expect(r.quotesElsewhere.map((q) => [q.source, q.letter.text])).toEqual([
          [
            "brentmoor.txt",
            "Too many prisoners were still locked in their cells for more than 22 hours a day",
          ],
        ]);
      } finally {
        await index.close();
        await store.drop();
      }
    });
  });
