/**
 * Properties of the whole pipeline, for any input text: comparing never throws, every offset lies
 * inside its text and `text.slice(start, end)` is the span's text, and the findings are
 * deterministic. Fixed seed, a few hundred cases each (see README "Inputs").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import { InputError } from "../../src/core/ingest/decode.js";
import { ingestBytes } from "../../src/core/ingest/ingest.js";
import { normaliseText } from "../../src/core/ingest/normalise.js";
import { analyseText } from "../../src/core/segment/analyse.js";
import type { Comparison, Span } from "../../src/core/types.js";
import { documentText } from "./generators.js";

const SEED = 20240312;
const RUNS = 300;

function expectSpanIn(text: string, span: Span, what: string): void {
  expect(span.start, what).toBeGreaterThanOrEqual(0);
  expect(span.end, what).toBeGreaterThanOrEqual(span.start);
  expect(span.end, what).toBeLessThanOrEqual(text.length);
  expect(text.slice(span.start, span.end), what).toBe(span.text);
}

function expectOffsetsHold(c: Comparison): void {
  for (const s of c.letter.sentences) expectSpanIn(c.letter.text, s, "letter sentence");
  for (const d of c.documents) {
    for (const f of d.findings) {
      expectSpanIn(d.text, f.press, "finding press span");
      for (const l of f.letter) expectSpanIn(c.letter.text, l, "finding letter span");
      if (f.quote) {
        expectSpanIn(d.text, f.quote, "quote");
        expectSpanIn(d.text, f.quote.inner, "quote inner");
      }
    }
    for (const o of d.omissions) expectSpanIn(c.letter.text, o, "omission");
  }
}

const doc = (source: string, text: string) => ({ source, text, format: "text" as const });

describe("the comparison pipeline, on any text", () => {
  it("never throws, keeps every offset inside its text, and is deterministic", () => {
    const kindsSeen = new Set<string>();
    fc.assert(
      fc.property(documentText(), documentText(), (letterText, pressText) => {
        const letter = doc("letter.txt", normaliseText(letterText));
        const press = doc("press.txt", normaliseText(pressText));
        const first = compare(letter, [press]);
        expectOffsetsHold(first);
        expect(JSON.stringify(compare(letter, [press]))).toBe(JSON.stringify(first));
        for (const f of first.documents[0]?.findings ?? []) kindsSeen.add(f.kind);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // the generated texts reach the rules, not only the "not-checked" fallback
    expect(kindsSeen.size).toBeGreaterThanOrEqual(4);
  });

  it("keeps offsets on text that was never normalised (raw control characters, lone surrogates)", () => {
    fc.assert(
      fc.property(documentText(16), (text) => {
        const analysed = analyseText(text);
        for (const s of analysed.sentences) expectSpanIn(text, s, "sentence");
        for (const q of analysed.quotes) expectSpanIn(text, q.inner, "quote inner");
        expectOffsetsHold(compare(doc("l", text), [doc("p", text)]));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("ingest, on any bytes", () => {
  it("either reads a non-empty normalised document or refuses with a one-line InputError", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          documentText().map((t) => new TextEncoder().encode(t)),
          fc.uint8Array({ maxLength: 200 }),
          documentText().map((t) => new Uint8Array(Buffer.from(`\ufeff${t}`, "utf16le"))),
        ),
        fc.constantFrom("in.txt", "in.md", "in.html", "in.pdf"),
        async (bytes, name) => {
          try {
            const { doc: read } = await ingestBytes(name, bytes);
            expect(read.text.trim()).not.toBe("");
            expect(normaliseText(read.text)).toBe(read.text);
          } catch (err) {
            expect(err).toBeInstanceOf(InputError);
            expect((err as Error).message).not.toContain("\n");
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
