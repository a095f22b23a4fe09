/**
 * Grouping a letter's critical sentences that restate one finding. The groups are made through an
 * index of each core's heaviest words rather than by testing every pair; they must be exactly the
 * groups of the pairwise definition, which this test spells out (`pairwiseGroups`) and compares on
 * generated letters. Invented sentences throughout.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LetterContext } from "../../../src/core/judge/context.js";
import { letterSentenceKeys, wholeCarriedBy } from "../../../src/core/judge/omissions.js";
import { groupFindings } from "../../../src/core/omissions/groupFindings.js";
import type { LetterFinding, SectionKind } from "../../../src/core/types.js";
import { letterContext } from "../../fixtures/letterContext.js";

const PROMINENCE: Record<SectionKind, number> = {
  improve: 40,
  summary: 30,
  judgements: 30,
  body: 0,
  front: 0,
};
const COMPOUND = /[,;]\s*(?:and|but|while|whereas|as well as)\s|;\s/i;

/** The definition: each head, most prominent first, takes every unplaced sentence that restates it or that it restates. */
function pairwiseGroups(ctx: LetterContext, critical: readonly LetterFinding[]): LetterFinding[][] {
  const restates = (a: LetterFinding, b: LetterFinding) => {
    const s = ctx.sentences[a.index];
    return s !== undefined && wholeCarriedBy(ctx, s, letterSentenceKeys(ctx, b.index));
  };
  const joins = (head: LetterFinding, other: LetterFinding) =>
    restates(other, head) ||
    (restates(head, other) && !COMPOUND.test(other.text) && !COMPOUND.test(head.text));
  const heads = critical
    .filter((f) => f.section.kind !== "body" && f.section.kind !== "front")
    .sort((a, b) => PROMINENCE[b.section.kind] - PROMINENCE[a.section.kind] || a.start - b.start);
  const placed = new Set<number>();
  const groups: LetterFinding[][] = [];
  for (const head of heads) {
    if (placed.has(head.index)) continue;
    placed.add(head.index);
    const group = [head];
    for (const other of critical)
      if (!placed.has(other.index) && joins(head, other)) {
        group.push(other);
        placed.add(other.index);
      }
    groups.push(group);
  }
  for (const f of critical) if (!placed.has(f.index)) groups.push([f]);
  return groups;
}

/** The letter's sentences as findings, each in the section `kinds` gives it (cycled). */
function findingsOf(text: string, kinds: readonly SectionKind[]) {
  const ctx = letterContext(text);
  const findings: LetterFinding[] = ctx.sentences.map((s, i) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    polarity: "critical",
    section: { kind: kinds[i % kinds.length] as SectionKind },
  }));
  return { ctx, findings };
}

const texts = (groups: LetterFinding[][]) => groups.map((g) => g.map((f) => f.text));

describe("groupFindings", () => {
  it("puts a body sentence that restates an improvement-list finding in that finding's group", () => {
    const { ctx, findings } = findingsOf(
      [
        "Tenants wait too long for damp repairs in older flats.",
        "The caretakers do not always lock the bin stores at night.",
        "Some tenants in older flats wait too long for damp repairs to be finished.",
        "Lift breakdowns are not reported to the housing office promptly.",
      ].join(" "),
      ["improve", "body", "body", "body"],
    );
    const groups = groupFindings(ctx, findings);
    expect(texts(groups)).toEqual([
      [
        "Tenants wait too long for damp repairs in older flats.",
        "Some tenants in older flats wait too long for damp repairs to be finished.",
      ],
      ["The caretakers do not always lock the bin stores at night."],
      ["Lift breakdowns are not reported to the housing office promptly."],
    ]);
    expect(groups).toEqual(pairwiseGroups(ctx, findings));
  });

  it("makes the same groups as testing every pair, on generated letters", () => {
    // A small vocabulary, so that sentences share many words and restate each other often.
    const SUBJECTS = ["Tenants", "Older tenants", "Residents", "Families in flats", "Leaseholders"];
    const VERBS = [
      "wait too long for",
      "are not told about",
      "rarely receive",
      "complain about",
      "do not get",
    ];
    const OBJECTS = [
      "damp repairs",
      "repairs to broken lifts",
      "replies to complaints",
      "safety checks of gas boilers",
      "visits from the housing officer",
      "damp repairs and gas safety checks",
    ];
    const TAILS = [
      "",
      " in older blocks",
      ", and the office does not record why",
      "; managers do not check",
      " after storms",
    ];
    const sentence = fc
      .tuple(
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...OBJECTS),
        fc.constantFrom(...TAILS),
      )
      .map(([s, v, o, t]) => `${s} ${v} ${o}${t}.`);
    const kind = fc.constantFrom<SectionKind>("improve", "summary", "judgements", "body", "body", "front");
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, kind), { minLength: 1, maxLength: 40 }), (rows) => {
        const { ctx, findings } = findingsOf(
          rows.map(([s]) => s).join(" "),
          rows.map(([, k]) => k),
        );
        expect(findings.length).toBe(rows.length);
        expect(texts(groupFindings(ctx, findings))).toEqual(texts(pairwiseGroups(ctx, findings)));
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
