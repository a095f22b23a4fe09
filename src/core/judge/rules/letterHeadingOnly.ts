import type { LetterContext } from "../context.js";
import { mentionsOf } from "../grades/scale.js";
import { type ClaimRule, memo, notAClaimLine } from "./rule.js";

/**
 * A press line whose only letter sources are the lines above the letter's first paragraph — its title
 * ("Follow-up visit to …", "Inspection of …"), date lines, addressees — names the report and restates
 * no finding: "Library follow-up visit: the verdict", "Inspectorate report, June 2027". Not a claim,
 * however many words it shares with the title. Headings further down
 * (section names, table rows a PDF breaks into lines) are left to the other rules, and so are a grade
 * claim and a line that is longer than a title.
 */
export const letterHeadingOnly: ClaimRule = {
  id: "letter-heading-only",
  describe: "shares words only with the letter's title, date or addressees: not a claim",
  applies: (a, ctx) => {
    if (!a.restates || a.graded !== undefined || a.letter.length === 0) return [];
    if (
      a.content.length > TITLE_WORDS ||
      mentionsGrade(a.sentence.text) ||
      SENTENCE_END.test(a.sentence.text)
    )
      return [];
    const firstBody = firstParagraphOf(ctx);
    return a.letter.every((s) => s.index < firstBody && !mentionsGrade(s.text))
      ? notAClaimLine(
          "letter-heading-only",
          "names the report (its title, date or addressees), restates no finding",
        )
      : [];
  },
};

/**
 * A title is short; a longer line above the first paragraph copies a judgement table's row (full
 * reports open with the table, whose area names run to a dozen words), as does any line with a grade
 * ("Overall effectiveness – Inadequate").
 */
const TITLE_WORDS = 6;
const mentionsGrade = (text: string) => mentionsOf(text).length > 0;
/** A title has no full stop: "The inspection took place on 2 and 3 May." states a fact. */
const SENTENCE_END = /[.!?]["”’']?\s*$/;

const firstBodyCache = new WeakMap<LetterContext, number>();
/** The index of the letter's first sentence of running text (its front matter ends there). */
function firstParagraphOf(ctx: LetterContext): number {
  return memo(firstBodyCache, ctx, () => {
    const first = ctx.sentences.find((s) => s.role === "body");
    return first ? first.index : 0;
  });
}
