import { describe, expect, it } from "vitest";
import { type Draft, judgeSentences, matchedEndsOf } from "../../../src/core/judge/judgeSentences.js";
import { letterWork } from "../../../src/core/letterWork.js";
import type { Sentence } from "../../../src/core/types.js";
import { CQC_LETTER, GAZETTE_ARTICLE } from "../../fixtures/cqcLetter.js";

describe("judgeSentences", () => {
  const { ctx } = letterWork(CQC_LETTER);
  const doc = { source: "gazette.txt", text: GAZETTE_ARTICLE, format: "text" as const };

  it("hands each sentence's drafts on as soon as they are made, in order", () => {
    const told: { s: Sentence; drafts: readonly Draft[] }[] = [];
    const { drafts, sentences } = judgeSentences(ctx, doc, [], (s, own) => told.push({ s, drafts: own }));
    expect(told.map((t) => t.s.index)).toEqual(sentences.map((s) => s.index));
    expect(told.flatMap((t) => t.drafts)).toEqual(drafts);
    for (const t of told)
      for (const d of t.drafts) {
        expect(d.press.start).toBeGreaterThanOrEqual(t.s.start);
        expect(d.press.end).toBeLessThanOrEqual(t.s.end);
      }
  });

  it("keeps a draft's decision, not the analysis behind it", () => {
    const { drafts } = judgeSentences(ctx, doc, []);
    const allowed = ["kind", "flags", "letter", "similarity", "diff", "reason", "rules", "closest"];
    for (const d of drafts) for (const key of Object.keys(d.judgement)) expect(allowed).toContain(key);
    const matched = drafts.find((d) => d.matchedEnds.length > 0);
    expect(matched).toBeDefined();
    const ends = matchedEndsOf(matched as Draft);
    expect(ends.size * 2).toBe(matched?.matchedEnds.length);
    for (const l of matched?.judgement.letter ?? [])
      if (ends.has(l.index)) expect(ends.get(l.index)).toBeLessThanOrEqual(l.end);
  });
});
