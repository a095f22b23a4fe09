import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/core/ingest/normalise.js";

describe("normaliseText", () => {
  it("turns Windows and old Mac line ends into \\n", () => {
    expect(normaliseText("Dear Ms Patel\r\n\r\nThe visit\rwent well.\r")).toBe(
      "Dear Ms Patel\n\nThe visit\nwent well.\n",
    );
  });

  it("drops soft hyphens and zero-width characters, and keeps no-break spaces (read as white space later)", () => {
    const raw =
      "Leeds\u00a0City Council: inter\u00advention is\u202fprompt;\u200b 10\u2007000 homes\u2060.\ufeff";
    expect(normaliseText(raw)).toBe(
      "Leeds\u00a0City Council: intervention is\u202fprompt; 10\u2007000 homes.",
    );
  });

  it("strips terminal escape sequences and other control characters but keeps tabs", () => {
    const raw = "Safe\u001b[31m red\u001b[0m text\u001b]0;title\u0007 here\u0008\tand\u009b there";
    expect(normaliseText(raw)).toBe("Safe red text here\tand there");
  });

  it("leaves ordinary text alone", () => {
    const text = "HMI Probation found that “most” cases – 42 of 60 – were handled well.\n";
    expect(normaliseText(text)).toBe(text);
  });
});

describe("normaliseText on large and hostile texts", () => {
  it("returns a text with nothing to change as it is, not a copy", () => {
    const text = "Leaders know their services well.\n\tThey act on what they find.";
    expect(normaliseText(text)).toBe(text);
  });

  it("keeps every run between changes, however many changes there are", () => {
    const unit = "ab\u00adc\r\nd\u0007e\u200b";
    const text = unit.repeat(5_000);
    const out = normaliseText(text);
    expect(out).toBe("abc\nde".repeat(5_000));
  });

  it("keeps lone surrogates and characters outside the Basic Multilingual Plane", () => {
    expect(normaliseText("a\ud800b\r😀\u0085c")).toBe("a\ud800b\n😀c");
  });

  it("gives the same text whatever the position of escapes and line ends", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "word ",
            "\r\n",
            "\r",
            "\u001b[31m",
            "\u001b]0;t\u0007",
            "\u00ad",
            "\t",
            "é",
            "“q”",
          ),
          {
            maxLength: 40,
          },
        ),
        (pieces) => {
          const text = pieces.join("");
          const out = normaliseText(text);
          expect(out).toBe(
            pieces
              .map((p) =>
                p === "\r\n" || p === "\r" ? "\n" : p.startsWith("\u001b") || p === "\u00ad" ? "" : p,
              )
              .join(""),
          );
        },
      ),
      { seed: 1302, numRuns: 300 },
    );
  });
});
