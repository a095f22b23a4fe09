import { alignSentence } from "../align/alignSentence.js";
import { alignByTerms } from "../align/anchorTerms.js";
import { sourceableClauses } from "../align/clauses.js";
import { wordDiff } from "../align/wordDiff.js";
import { isContentToken, type Token, tokenize } from "../text/tokens.js";
import type { Flag, Judgement, Sentence, Speaker } from "../types.js";
import { attributionFilter, type LetterContext, regionsOf } from "./context.js";
import { GRADED_REST_SOURCED, gradeWordsAside, judgeGrades } from "./grades.js";
import { findReversal, type MatchedSpan } from "./negation.js";
import { findNumberMismatch } from "./numbers.js";
import { contradicts } from "./omissions.js";
import { findOverstatement } from "./overstated.js";
import { caveatClauseStart, criticismIn, toneOf } from "./polarity.js";
import { copiedVerdict, isCopied } from "./restatement.js";
import { judgeSoftenedSummary } from "./softenedSummary.js";
import { findUnderstatement } from "./understated.js";
import { judgeUngradedOutcome } from "./ungradedOutcome.js";

export interface ClaimJudgement extends Judgement {
  /** Per source sentence, the letter offsets its matched words span. */
  matchedEnds: Map<number, number>;
}

/**
 * Criticism reported as praise: a letter sentence the press restates carries a shortfall ("31% … against
 * a national average of 50%", "the quality of plans is variable") and the press sentence carries praise
 * and no criticism ("patients were very satisfied…"). A caveat clause after the restated words
 * (praise quoted from before ", but …") is left to the selective rule.
 */
function findToneReversal(press: string, letter: Sentence[], spans: MatchedSpan[]): string | undefined {
  if (!contradicts(press, "critical")) return undefined;
  for (const s of letter) {
    const span = spans.find((x) => x.start >= s.start && x.end <= s.end);
    if (!span) continue;
    // A caveat clause after the restated words (", but …") is the selective rule's business.
    const turn = caveatClauseStart(s.text);
    const read = turn !== undefined && s.start + turn >= span.end ? s.text.slice(0, turn) : s.text;
    const shortfall = criticismIn(read);
    if (shortfall) return `reports as praise what the letter gives as criticism ("${shortfall}")`;
  }
  return undefined;
}

/** Per source sentence, the letter text from its first to its last word the press shares. */
function matchedSpans(ctx: LetterContext, matched: Map<number, number[]>): MatchedSpan[] {
  const spans: MatchedSpan[] = [];
  for (const [s, idx] of matched) {
    const toks = ctx.index.sentenceTokens[s];
    const first = toks?.[idx[0] ?? -1];
    const last = toks?.[idx[idx.length - 1] ?? -1];
    if (first && last) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

/**
 * A press sentence restates the letter when the letter sentences it lines up with account for at
 * least half of its distinctive words (IDF-weighted, attribution words left out) and share at least
 * three content words with it — or two thirds of a short sentence's words.
 */
export const SOURCED = 0.5;
export const SOURCED_SHORT = 0.66;
const MIN_SHARED = 3;

export function isSourced(weighted: number, shared: number): boolean {
  return (weighted >= SOURCED && shared >= MIN_SHARED) || (weighted >= SOURCED_SHORT && shared >= 2);
}

/**
 * A future visit of a named kind ("will return for a monitoring visit", "will carry out a focused
 * inspection", "the next visit will be a monitoring visit"), with the kind's word in group 1.
 */
const FOLLOW_UP_VISIT =
  /\b(?:will|is to|are to|plans? to|set to)\s+(?:\w+\s+){0,4}?(?:return|revisit|come back|carry out|conduct|undertake|make|hold|visit|follow|be)\b[^.]{0,40}?\b(monitoring|focused|targeted|emergency|short-notice|re-?inspection)\b(?:\s+(?:visits?|inspections?))?/i;

/** Verbs that credit the regulator with praise: "recognised", "praised", "commended", "singled out". */
const PRAISE_VERB =
  /\b(?:recogni[sz]e[sd]?|recogni[sz]ing|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|celebrat(?:es|ed|ing)|singled out|hail(?:s|ed|ing)?)\b/i;

/** Fewer content words than this and a sentence is too slight to be a claim ("Read more", "Contact us"). */
const MIN_CLAIM_WORDS = 4;

/**
 * A judgement whose source is one whole letter sentence (an outcome formula the press restates): the
 * word diff against that sentence, and the sentence's end as the end of what the press matched.
 */
function fromOneSentence(j: Judgement, pressText: string): ClaimJudgement {
  const source = j.letter[0] as Sentence;
  return { ...j, diff: wordDiff(source.text, pressText), matchedEnds: new Map([[source.index, source.end]]) };
}

/**
 * Judges a press sentence without (checkable) quotation marks: copied, paraphrase or overstated when
 * the letter has it; unsupported when it is attributed to the regulator and the letter lacks it;
 * not-checked otherwise (the publisher's own words, boilerplate).
 */
export function judgeClaim(
  ctx: LetterContext,
  sentence: Sentence,
  speaker: Speaker,
  pressTokens: Token[] = tokenize(sentence.text),
  /** Short quoted terms in the sentence (the ‘step-down’ service): anchors into the letter. */
  terms: readonly string[] = [],
): ClaimJudgement {
  // Site furniture (menus, share buttons, cookie notices, "other stories" teasers) and a letter-like
  // address block in the press are not claims, whatever words they share with the letter.
  if (sentence.role === "furniture") {
    return {
      kind: "not-checked",
      flags: [],
      letter: [],
      similarity: 0,
      matchedEnds: new Map(),
      reason: "site furniture (navigation, sharing, notices or links to other stories), not a claim",
    };
  }
  // An ungraded inspection's outcome in the press's words ("may no longer be good", "will face a full
  // inspection"), tied to the letter's formula for it when the letter has one.
  const outcome = judgeUngradedOutcome(ctx, sentence.text);
  if (outcome) return fromOneSentence(outcome, sentence.text);
  // Grades ("rated Good for being caring"): a false grade is the worse error and decides at once; the
  // words of true grades are accounted for, and the rest of the sentence is judged as usual.
  const graded = judgeGrades(ctx, sentence);
  if (graded?.kind === "unsupported") return { ...graded, matchedEnds: new Map() };
  const isAttribution = gradeWordsAside(attributionFilter(sentence.text), graded);
  let alignment = alignSentence(ctx.index, pressTokens, isAttribution);
  let anchored = false;
  if (!isSourced(alignment.coverage.weighted, alignment.coverage.shared) && terms.length > 0) {
    const byTerms = alignByTerms(ctx.index, sentence.text, terms, alignment, isAttribution);
    if (byTerms) {
      alignment = byTerms;
      anchored = true;
    }
  }
  // Not sourced whole: a clause of it may be (the finding behind "rated X after inspectors found Y").
  // The best sourced clause's alignment stands for the sentence; the other clauses' words (the
  // framing) are the press's own.
  if (!anchored && !isSourced(alignment.coverage.weighted, alignment.coverage.shared)) {
    const contentWord = (t: Token) => isContentToken(t) && !isAttribution(t);
    for (const clause of sourceableClauses(sentence.text, pressTokens, contentWord)) {
      const byClause = alignSentence(ctx.index, clause, isAttribution);
      if (
        isSourced(byClause.coverage.weighted, byClause.coverage.shared) &&
        (!anchored || byClause.coverage.weighted > alignment.coverage.weighted)
      ) {
        alignment = byClause;
        anchored = true;
      }
    }
  }
  const { weighted, shared } = alignment.coverage;
  const letter = alignment.sources.map((i) => ctx.sentences[i] as Sentence);
  const content = pressTokens.filter((t) => isContentToken(t) && !isAttribution(t));
  const matchedEnds = new Map<number, number>();
  /** The sentence claims what the letter does not say: no source, with the best match's share. */
  const unsupported = (reason: string, flags: Flag[] = []): ClaimJudgement => ({
    kind: "unsupported",
    flags,
    letter: [],
    similarity: weighted,
    matchedEnds,
    reason,
  });
  // Little besides the grades the letter gives (or a headline): the grades are the claim (or, for an
  // earlier inspection's grades, no claim about the letter). Otherwise the true grades tie the
  // sentence to this letter, and its rest is sourced at a lower share.
  if (graded && (content.length < MIN_CLAIM_WORDS || sentence.role === "heading")) {
    // The letter's grade sentence copied word for word is "copied", as any other copied sentence.
    const gradeTokens = graded.letter.flatMap((s) => ctx.index.sentenceTokens[s.index] ?? []);
    if (graded.kind === "paraphrase" && isCopied(pressTokens, gradeTokens))
      return {
        ...graded,
        kind: "copied",
        matchedEnds,
        reason: `the letter's wording, without quotation marks (${graded.reason})`,
      };
    return { ...graded, matchedEnds };
  }
  if (graded?.kind === "paraphrase" && weighted >= GRADED_REST_SOURCED && shared >= MIN_SHARED)
    anchored = true;
  if ((anchored || isSourced(weighted, shared)) && content.length > 0) {
    const regions = regionsOf(ctx, alignment.coverage.matchedInSource);
    alignment.coverage.matchedInSource.forEach((idx, s) => {
      const tok = ctx.index.sentenceTokens[s]?.[idx[idx.length - 1] ?? -1];
      if (tok) matchedEnds.set(s, tok.end);
    });
    const letterText = letter.map((s) => s.text).join(" ");
    const letterTokens = letter.flatMap((s) => ctx.index.sentenceTokens[s.index] ?? []);
    const diff = wordDiff(letterText, sentence.text);
    const flags: Flag[] = [];
    const understated = findUnderstatement(sentence.text, ctx.text, regions);
    if (understated) flags.push("understated");
    const spans = matchedSpans(ctx, alignment.coverage.matchedInSource);
    const reversal =
      findReversal(sentence.text, ctx.text, spans) ?? findToneReversal(sentence.text, letter, spans);
    // A follow-up visit the letter never mentions: "Ofsted will return for a monitoring visit next
    // year" lined up with "the next full reinspection will be within approximately three years". The
    // sentences share the future and the regulator, but the kind of visit is the press's own.
    const visit = FOLLOW_UP_VISIT.exec(sentence.text);
    if (visit?.[1] && !new RegExp(`\\b${visit[1]}`, "i").test(ctx.text))
      return unsupported(`announces a "${visit[0]}", which the letter nowhere mentions`, flags);
    // Praise the regulator is said to have given ("the inspection recognised the strong partnership
    // between the council and the health board"), lined up only with the letter's plain statements of
    // fact ("the council and the board are jointly responsible for…"): the letter names the subject
    // but praises nothing there, so the praise is the press's own, put in the regulator's mouth.
    if (
      speaker === "regulator" &&
      !graded &&
      !reversal &&
      PRAISE_VERB.test(sentence.text) &&
      toneOf(sentence.text) === "positive" &&
      letter.length > 0 &&
      letter.every((s) => toneOf(s.text) === "neutral")
    )
      return unsupported(
        "credits the regulator with praise, but the letter sentences it lines up with only state facts and praise nothing",
        flags,
      );
    // A figure the letter's corresponding figure does not fit ("nearly half" for 36%, 64.5% for 74.5%)
    // makes the restatement "overstated", not "unsupported": the letter has the finding (its sentences
    // stay the source, so the diff shows both figures), and the press changes it — the kind the
    // contract gives a restatement that alters a finding, whichever way the figure moves.
    const overstated =
      reversal ??
      findNumberMismatch(
        sentence.text,
        letter.map((s) => s.text),
      ) ??
      findOverstatement(sentence.text, ctx.text, regions);
    const pct = `${Math.round(weighted * 100)}%`;
    if (overstated) {
      return {
        kind: "overstated",
        flags,
        letter,
        similarity: weighted,
        diff,
        matchedEnds,
        reason: reversal ? reversal : `restates the letter but ${overstated}`,
      };
    }
    const verdict = copiedVerdict(pressTokens, letterTokens);
    const copied = verdict.copied;
    const measured = verdict.approximate
      ? "; shared wording counted by an in-order word match (the sentence is too long for the full word diff)"
      : "";
    return {
      kind: copied ? "copied" : "paraphrase",
      flags,
      letter,
      similarity: weighted,
      diff,
      matchedEnds,
      reason:
        (copied
          ? `the letter's wording, without quotation marks${letter.length > 1 ? ` (${letter.length} letter sentences merged)` : ""}`
          : `restates the letter in other words (${pct} of its distinctive words are the letter's)${understated ? `, but ${understated}` : ""}`) +
        measured,
    };
  }
  const isClaim = content.length >= MIN_CLAIM_WORDS && sentence.role !== "heading";
  // True grades with the publisher's own gloss ("a C3 grade, which reflects …"): the grades are the
  // sentence's claim about the letter; a gloss the regulator is said to give is checked below instead.
  if (graded?.kind === "paraphrase" && speaker !== "regulator") return { ...graded, matchedEnds };
  if (speaker === "regulator" && isClaim) {
    // "The inspection identified some areas for development" when the letter says the body must
    // improve: the outcome restated with a softener (see softenedSummary.ts).
    const softened = judgeSoftenedSummary(ctx, sentence.text);
    if (softened) return fromOneSentence(softened, sentence.text);
    return unsupported(
      `attributed to the regulator, but the letter has no passage that says it (best match covers ${Math.round(weighted * 100)}% of its words)`,
    );
  }
  return {
    kind: "not-checked",
    flags: [],
    letter: [],
    similarity: weighted,
    matchedEnds,
    reason: isClaim
      ? "not a claim about the letter (the publisher's or someone else's own words)"
      : "not a claim (heading, boilerplate or too short)",
  };
}
