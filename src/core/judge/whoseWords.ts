import type { Judgement, Speaker } from "../types.js";
import { reportsResponseToReport } from "./bodyResponse.js";
import type { LetterContext } from "./context.js";
import { earlierYearOf, letterYear } from "./earlierDocument.js";
import { gradeOf } from "./grades.js";
import { rekind } from "./rekind.js";

/**
 * Whose words, which document: press words that are not this letter's are not judged against it.
 *
 * - A sentence placed in an earlier year ("In March 2016, the regulator found …", see
 *   earlierDocument.ts) reports an earlier report: its quotations are that report's words (even when
 *   this letter happens to use them too), and a discrepancy found against this letter is no
 *   discrepancy. A restatement the letter itself recalls (its account of the last inspection) stays.
 * - The regulator's official quoted by title (a national director, a spokesperson) speaks in a press
 *   statement: words the report lacks are not judged a misquotation of it.
 * - A named speaker other than the regulator (a council's director, a cabinet member) who is quoted
 *   in a word or two ("said the report was “fantastic”", "says she is “disappointed”") gives their
 *   own view of the report: not a claim about what it says.
 * - Anyone but the regulator saying they accept or welcome the findings or recommendations
 *   (bodyResponse.ts) gives their response to the report, not a claim about it.
 */

/** Titles of a regulator's officials who speak for it outside its reports. */
const OFFICIAL =
  /\b(?:director|chief inspector|hmci|spokes(?:person|man|woman)|chief executive|chair|press office|statement)\b/iu;

/** Quoted passages, blanked before the reporting clause is read. */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’/g;

const yearCache = new WeakMap<LetterContext, number | undefined>();
function inspectionYear(ctx: LetterContext): number | undefined {
  if (!yearCache.has(ctx)) yearCache.set(ctx, letterYear(ctx.text));
  return yearCache.get(ctx);
}

/** Claim kinds a restatement of an earlier document keeps: the letter itself may recall it. */
const KEPT_FOR_CLAIMS = new Set(["paraphrase", "copied", "not-checked"]);

export function whoseWords<J extends Judgement>(
  ctx: LetterContext,
  sentence: string,
  judgement: J,
  how: { quoted: boolean; speaker: Speaker; cue?: string; quotedTerms: readonly string[] },
): J {
  const year = earlierYearOf(sentence, inspectionYear(ctx));
  if (year !== undefined && (how.quoted || !KEPT_FOR_CLAIMS.has(judgement.kind))) {
    return rekind(
      judgement,
      "not-checked",
      judgement.letter,
      `${how.quoted ? "the words of" : "about"} an earlier report or inspection (${year}), not this letter${judgement.letter.length ? "; the closest letter passage is shown" : ""}`,
    );
  }
  // The regulator's official quoted by title ("the regulator's national director said", "a
  // spokesperson for the inspectorate said") speaks in a press statement, not in the report: words
  // the report lacks are that statement's, not a misquotation of the report.
  if (
    how.quoted &&
    how.speaker === "regulator" &&
    OFFICIAL.test(sentence.replace(QUOTED, " ")) &&
    (judgement.kind === "quote-not-found" || judgement.kind === "quote-altered")
  ) {
    return rekind(
      judgement,
      "not-checked",
      judgement.letter,
      `the words of the regulator's official${how.cue ? ` ("${how.cue}")` : ""} in a press statement, not of this report`,
    );
  }
  if (!how.quoted && judgement.kind !== "not-checked" && reportsResponseToReport(sentence)) {
    return rekind(judgement, "not-checked", [], "a response to the report, not a claim about what it says");
  }
  // A quoted grade ("ranked the service as ‘inadequate’") is the regulator's word whoever reports it.
  const ownWords = how.quotedTerms.filter((t) => gradeOf(t.trim()) === undefined);
  if (!how.quoted && how.speaker === "other" && ownWords.length > 0 && judgement.kind !== "not-checked") {
    return rekind(
      judgement,
      "not-checked",
      [],
      `the quoted words are the speaker's own view${how.cue ? ` ("${how.cue}")` : ""}, not a claim about what the letter says`,
    );
  }
  return judgement;
}
