/**
 * Every real report PDF of ../shared/corpus/ilacs reads without error (a file that is not a PDF is
 * refused with one line saying so), and no report yields a sentence that is a page number, a running
 * header with its page number, or a word cut at a line-end hyphen. Skipped, with one line, when
 * ../shared is absent (a fresh clone): the reports stay outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/ingest/decode.js";
import { ingestBytes } from "../../src/core/ingest/ingest.js";
import { segmentSentences } from "../../src/core/segment/sentences.js";

const SHARED = process.env.PRESSCHECK_SHARED ?? fileURLToPath(new URL("../../../shared", import.meta.url));
const CORPUS = join(SHARED, "corpus/ilacs");
const present = existsSync(CORPUS);
if (!present) console.log(`corpusPdfs: ${CORPUS} is absent; skipping the real-PDF reading test`);

/** What no sentence may be: a bare page number, "Page 3 of 12" furniture, or a word cut at a hyphen. */
function furnitureIn(text: string): string | undefined {
  const t = text.replace(/\s+/g, " ").trim();
  if (/^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i.test(t)) return "a page number";
  if (/\bpage \d{1,3} of \d{1,3}\b/i.test(t)) return "a running header or footer";
  if (/\p{Ll}-$/u.test(t)) return "a word cut at a line-end hyphen";
  return undefined;
}

describe.skipIf(!present)("the ILACS report corpus", () => {
  it("reads every PDF, and no sentence of any is page furniture or half a word", async () => {
    const problems: string[] = [];
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".pdf"))) {
      let text: string;
      try {
        text = (await ingestBytes(name, new Uint8Array(readFileSync(join(CORPUS, name))))).doc.text;
      } catch (err) {
        // A saved web page named .pdf is refused in one line that says what it is
        expect(err).toBeInstanceOf(InputError);
        expect((err as Error).message).toMatch(/not a PDF/);
        expect((err as Error).message).not.toMatch(/\n/);
        continue;
      }
      for (const s of segmentSentences(text)) {
        const what = furnitureIn(s.text);
        if (what) problems.push(`${name}: ${what}: "${s.text.slice(0, 60)}"`);
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
