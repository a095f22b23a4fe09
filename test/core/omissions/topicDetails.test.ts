/**
 * Whether a letter sentence is a detail of an improvement-list topic the press reports. Only the topics
 * sharing one of their heaviest words with the sentence are weighed; the answer must be the definition's
 * (`definition` below: at least two of the topic's content words, TOPIC_SHARE of its weight), which this
 * test compares on generated letters. Invented sentences throughout.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LetterContext } from "../../../src/core/judge/context.js";
import { detailsReportedTopic } from "../../../src/core/omissions/topicDetails.js";
import { isContentToken } from "../../../src/core/text/tokens.js";
import type { LetterFinding, SectionKind } from "../../../src/core/types.js";
import { letterContext } from "../../fixtures/letterContext.js";

/** The definition, weighing every reported topic. */
function definition(ctx: LetterContext, index: number, reported: ReadonlySet<number>): boolean {
  const own = new Set((ctx.index.sentenceTokens[index] ?? []).map((t) => t.stem));
  return [...reported].some((topic) => {
    const weights = new Map<string, number>();
    for (const t of ctx.index.sentenceTokens[topic] ?? [])
      if (isContentToken(t)) weights.set(t.stem, ctx.index.idf(t.stem));
    let total = 0;
    let shared = 0;
    let words = 0;
    for (const [stem, w] of weights) {
      total += w;
      if (own.has(stem)) {
        shared += w;
        words++;
      }
    }
    return words >= 2 && total > 0 && shared / total >= 0.5;
  });
}

/** Each sentence its own group, in the section `kinds` gives it. */
function groupsOf(text: string, kinds: readonly SectionKind[]) {
  const ctx = letterContext(text);
  const groups: LetterFinding[][] = ctx.sentences.map((s, i) => [
    {
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      polarity: "critical",
      section: { kind: kinds[i] ?? "body" },
    },
  ]);
  return { ctx, groups };
}

describe("detailsReportedTopic", () => {
  const { ctx, groups } = groupsOf(
    [
      "The support for young carers who ask for help.",
      "The upkeep of play areas on estates.",
      "Managers could not be sure that every young carer who asked for help received support.",
      "A young carer said the bus to school was often late.",
      "The council's parks budget was cut twice.",
    ].join(" "),
    ["improve", "improve", "body", "body", "body"],
  );

  it("is a detail when it holds most of a reported topic's words", () => {
    expect(detailsReportedTopic(ctx, groups, 2, new Set([0]))).toBe(true);
    expect(detailsReportedTopic(ctx, groups, 2, new Set([0, 1]))).toBe(true);
  });

  it("is not when the topic it details is not reported, or it shares a word or two with it", () => {
    expect(detailsReportedTopic(ctx, groups, 2, new Set([1]))).toBe(false);
    expect(detailsReportedTopic(ctx, groups, 2, new Set())).toBe(false);
    expect(detailsReportedTopic(ctx, groups, 3, new Set([0]))).toBe(false);
    expect(detailsReportedTopic(ctx, groups, 4, new Set([0, 1]))).toBe(false);
  });

  it("answers as the definition does, on generated letters", () => {
    const WORDS = [
      "repairs",
      "damp",
      "boilers",
      "tenants",
      "complaints",
      "lifts",
      "records",
      "estates",
      "checks",
    ];
    const sentence = fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
      .map((w) => `The ${w.join(" and ")} are late.`);
    const row = fc.tuple(sentence, fc.constantFrom<SectionKind>("improve", "body"), fc.boolean());
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const built = groupsOf(
          rows.map(([s]) => s).join(" "),
          rows.map(([, k]) => k),
        );
        expect(built.groups.length).toBe(rows.length);
        const reported = new Set(rows.flatMap(([, k, r], i) => (k === "improve" && r ? [i] : [])));
        for (let i = 0; i < rows.length; i++)
          expect(detailsReportedTopic(built.ctx, built.groups, i, reported)).toBe(
            definition(built.ctx, i, reported),
          );
      }),
      { numRuns: 80, seed: 11 },
    );
  });
});
