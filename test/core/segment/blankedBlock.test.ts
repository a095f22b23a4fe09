import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blankedBlock } from "../../../src/core/segment/blankedBlock.js";
import type { QuotedRange } from "../../../src/core/segment/quotes.js";

/** The definition: a position is blanked when any quotation covers it. */
function blankedByPosition(text: string, from: number, to: number, ranges: QuotedRange[]): string {
  let out = "";
  for (let i = from; i < to; i++) out += ranges.some((r) => r.start <= i && i < r.end) ? " " : text.charAt(i);
  return out;
}

const range = (start: number, end: number): QuotedRange => ({
  start,
  end,
  innerStart: start + 1,
  innerEnd: Math.max(start + 1, end - 1),
  marks: "double",
  unclosed: false,
});

describe("blankedBlock", () => {
  it("blanks each quotation with spaces, keeping offsets", () => {
    const text = 'Leaders said "it is better" and "much better" today.';
    const out = blankedBlock(text, 0, text.length, [range(13, 27), range(32, 45)]);
    expect(out).toBe(`Leaders said ${" ".repeat(14)} and ${" ".repeat(13)} today.`);
    expect(out.length).toBe(text.length);
  });

  it("blanks what a quotation covers inside the span, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(20)), { maxLength: 6 }),
        fc.nat(70),
        fc.nat(70),
        (text, spans, a, b) => {
          const ranges = spans.map(([s, n]) => range(s, s + n));
          const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
          expect(blankedBlock(text, from, to, ranges)).toBe(blankedByPosition(text, from, to, ranges));
        },
      ),
    );
  });
});
