import { buildLetterIndex } from "./align/letterIndex.js";
import { deadlineAfter, within } from "./deadline.js";
import { findingId } from "./findingId.js";
import { droppedClauseCaveat } from "./judge/clauseCaveat.js";
import type { LetterContext } from "./judge/context.js";
import { differentDocumentReason, identifierConflicts } from "./judge/differentDocument.js";
import { datedBeforeLetter } from "./judge/documentDates.js";
import { quotedGrade, withGradeSummary } from "./judge/gradeSummary.js";
import { type ClaimJudgement, judgeClaim } from "./judge/judgeClaim.js";
import { judgeQuotePiece, type QuoteJudgement } from "./judge/judgeQuote.js";
import {
  contradicts,
  contrastParts,
  evidenceKeys,
  type FindingCoverage,
  findingCoverage,
  listItemCovered,
  type PressEvidence,
} from "./judge/omissions.js";
import { letterPolarities } from "./judge/polarity.js";
import { findDroppedCaveat } from "./judge/selective.js";
import { whoseWords } from "./judge/whoseWords.js";
import { listOmissions } from "./omissions/listOmissions.js";
import { type AnalysedQuote, analyseText } from "./segment/analyse.js";
import { segmentDocument } from "./segment/sentences.js";
import { sectionsOf } from "./segment/structure.js";
import { summariseDocument } from "./summary.js";
import { overlappingPerSpan } from "./text/bounded.js";
import { isContentToken, tokenize } from "./text/tokens.js";
import type {
  Comparison,
  DocumentComparison,
  Finding,
  LetterFinding,
  Omission,
  Sentence,
  SourceDocument,
} from "./types.js";

export interface CompareOptions {
  /** Further names of the regulator, besides the general list (e.g. "HMIP", "the Commission"). */
  regulatorNames?: readonly string[];
  /**
   * How long one press document's comparison may take, in milliseconds: past it a TimeLimitError
   * naming the document is thrown (checked between sentences, whose work is bounded).
   */
  timeLimitMs?: number;
}

/** A comparison that ran over its time limit (CompareOptions.timeLimitMs). */
export class TimeLimitError extends Error {
  constructor(
    readonly source: string,
    readonly limitMs: number,
  ) {
    super(
      `comparing ${source} took longer than ${+(limitMs / 1000).toFixed(1)} s and was stopped (raise the limit with --time-limit)`,
    );
    this.name = "TimeLimitError";
  }
}

/** A quotation piece needs at least this many words inside one sentence to be judged on its own. */
const MIN_PIECE_WORDS = 1;

interface Draft {
  press: { start: number; end: number };
  quote?: AnalysedQuote;
  judgement: QuoteJudgement | ClaimJudgement;
  /** Letter sentence index → end offset of the matched words in it. */
  matchedEnds: Map<number, number>;
}

function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The quoted terms inside each sentence (`start <= term.start && term.end <= end`), in the terms'
 * own order: terms sorted by start once, each sentence's found by binary search.
 */
function termsBySentence(
  sentences: readonly Sentence[],
  terms: readonly { start: number; end: number }[],
): Map<number, { start: number; end: number }[]> {
  const byStart = terms.map((t, i) => ({ t, i })).sort((a, b) => a.t.start - b.t.start || a.i - b.i);
  const out = new Map<number, { start: number; end: number }[]>();
  for (const s of sentences) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid] as { t: { start: number } }).t.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const inside: { t: { start: number; end: number }; i: number }[] = [];
    for (let k = lo; k < byStart.length; k++) {
      const e = byStart[k] as { t: { start: number; end: number }; i: number };
      if (e.t.start >= s.end) break;
      if (e.t.end <= s.end) inside.push(e);
    }
    if (inside.length > 0)
      out.set(
        s.index,
        inside.sort((a, b) => a.i - b.i).map((e) => e.t),
      );
  }
  return out;
}

interface QuotePiece {
  q: AnalysedQuote;
  start: number;
  end: number;
}

/**
 * The reporting clause between two quotations of a sentence, and nothing else: "…,” the director
 * said, adding: “…”. Bounded, so linear.
 */
const REPORTING_BETWEEN =
  /^["”’']?\s*,?\s*[^.;:“”"]{0,120}?\b(?:said|says|added|adds|stated|states|wrote|writes)\b,?\s*(?:(?:adding|saying|continuing)\s*)?:?\s*$/iu;

/**
 * Where a sentence holding several quotations is cut between `piece` and the `next`: just after the
 * quoted words, or — when only a reporting clause stands between them — just before the next
 * quotation, so that the clause saying who spoke stays with the words it attributes.
 */
function cutAfter(text: string, piece: QuotePiece, next: QuotePiece): number {
  const between = text.slice(piece.end, next.q.start);
  return next.q.start > piece.end && REPORTING_BETWEEN.test(between) ? next.q.start : piece.end;
}

/** Judges every sentence of one press document. */
function judgeSentences(
  ctx: LetterContext,
  doc: SourceDocument,
  regulatorNames: readonly string[],
  timeLimitMs?: number,
): { drafts: Draft[]; sentences: Sentence[] } {
  const started = performance.now();
  const analysed = analyseText(doc.text, regulatorNames);
  const drafts: Draft[] = [];
  // Each sentence's quotations and quoted terms, gathered in one pass (in their order), not by a pass
  // over every quotation and term of the document per sentence.
  const quotesOf = new Map<number, AnalysedQuote[]>();
  for (const q of analysed.quotes) {
    for (const i of q.sentences) {
      const list = quotesOf.get(i);
      if (list) list.push(q);
      else quotesOf.set(i, [q]);
    }
  }
  const termsOf = termsBySentence(analysed.sentences, analysed.terms);
  for (const s of analysed.sentences) {
    if (timeLimitMs !== undefined && performance.now() - started > timeLimitMs)
      throw new TimeLimitError(doc.source, timeLimitMs);
    const pieces = (quotesOf.get(s.index) ?? [])
      .map((q) => ({ q, start: Math.max(q.inner.start, s.start), end: Math.min(q.inner.end, s.end) }))
      .filter((p) => tokenize(doc.text, p.start, p.end).length >= MIN_PIECE_WORDS);
    if (pieces.length === 0) {
      const terms = (termsOf.get(s.index) ?? []).map((t) => doc.text.slice(t.start, t.end));
      const speaker = analysed.claimSpeaker[s.index] ?? "unknown";
      const judged = judgeClaim(ctx, s, speaker, undefined, terms);
      // A summary grade claim is checked against the letter's judgement table (gradeSummary.ts),
      // whoever the sentence's subject is: the grade is the regulator's ("The council … said the
      // service had been rated inadequate").
      const j = whoseWords(ctx, s.text, withGradeSummary(ctx, s, judged), {
        quoted: false,
        speaker,
        quotedTerms: terms,
      });
      drafts.push({ press: { start: s.start, end: s.end }, judgement: j, matchedEnds: j.matchedEnds });
      continue;
    }
    // One finding per quotation; with several in a sentence the sentence is cut between them.
    pieces.forEach((p, i) => {
      const j = whoseWords(
        ctx,
        s.text,
        quotedGrade(ctx, s.text, p.q, judgeQuotePiece(ctx, doc.text, s.text, p.q, p.start, p.end)),
        { quoted: true, speaker: p.q.speaker, cue: p.q.attributionCue, quotedTerms: [] },
      );
      const from = i === 0 ? s.start : cutAfter(doc.text, pieces[i - 1] as QuotePiece, p);
      const to = i === pieces.length - 1 ? s.end : cutAfter(doc.text, p, pieces[i + 1] as QuotePiece);
      const matchedEnds = new Map<number, number>();
      if (j.matched) for (const l of j.letter) matchedEnds.set(l.index, Math.min(l.end, j.matched.end));
      drafts.push({ press: { start: from, end: to }, quote: p.q, judgement: j, matchedEnds });
    });
  }
  return { drafts, sentences: analysed.sentences };
}

/**
 * An aim or a forecast names a judgement without reporting one ("we aim to be rated outstanding by
 * 2027", "at the next inspection"): such sentences are no evidence of another document.
 */
const ASPIRATION =
  /\b(?:aim(?:s|ing)? to|hope(?:s|d)? to|target|ambition|aspir\w*|want(?:s)? to|on track to|next (?:full )?inspection|will be (?:rated|judged|graded)|working towards)\b/i;

/** The press text that can name a visit or judgement: running-text claims, not links, teasers or aims. */
function claimText(sentences: Sentence[]): string {
  return sentences
    .filter(
      (s) =>
        (s.role === "body" || s.role === "list-item" || s.role === "heading") && !ASPIRATION.test(s.text),
    )
    .map((s) => s.text)
    .join("\n");
}

/** Words that tie a text to an inspection: the regulator, its report, a rating. */
const INSPECTION_WORDS =
  /\b(?:inspect\w*|ofsted|cqc|estyn|hmi\w*|regulator\w*|watchdog|report\w*|rated|rating|judged|judgement|graded?|inadequate|outstanding|requires improvement)\b/i;

function mentionsInspection(text: string, regulatorNames: readonly string[]): boolean {
  if (INSPECTION_WORDS.test(text)) return true;
  const lower = text.toLowerCase();
  return regulatorNames.some((n) => n.length > 1 && lower.includes(n.toLowerCase()));
}

function compareDocument(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  doc: SourceDocument,
  opts: CompareOptions,
): DocumentComparison {
  const { drafts, sentences } = judgeSentences(ctx, doc, opts.regulatorNames ?? [], opts.timeLimitMs);

  // Different document?
  const quoteDrafts = drafts.filter((d) => d.quote && d.quote.speaker !== "other");
  const quotesSeen = new Map<AnalysedQuote, boolean>();
  for (const d of quoteDrafts) {
    const q = d.quote as AnalysedQuote;
    const found = d.judgement.kind === "quote-exact" || d.judgement.kind === "quote-altered";
    quotesSeen.set(q, (quotesSeen.get(q) ?? false) || found);
  }
  const claims = drafts.filter(
    (d) => (!d.quote && d.judgement.kind !== "not-checked") || (!d.quote && d.judgement.similarity > 0.25),
  );
  // Measured once: the different-document test decides on these figures and the summary shows them.
  const measured = {
    regulatorQuotes: quotesSeen.size,
    quotesFound: [...quotesSeen.values()].filter(Boolean).length,
    claims: claims.length,
    claimsSourced: claims.filter((d) => d.judgement.letter.length > 0).length,
  };
  const reason = differentDocumentReason({
    ...measured,
    conflicts: [
      ...identifierConflicts(claimText(sentences), ctx.text),
      ...[datedBeforeLetter(doc.text, ctx.text)].filter((r): r is string => r !== undefined),
    ],
  });
  const differentDocument = reason !== undefined;
  if (differentDocument) {
    // Its quotations cannot be verified against this letter: a near match is a coincidence of
    // subject, not a misquote of this letter, and unsourced claims are about the other document.
    for (const d of drafts) {
      const j = d.judgement;
      if (j.kind === "quote-altered") {
        d.judgement = {
          ...j,
          kind: "quote-not-found",
          flags: [],
          reason: `not in this letter; the article reports on another document (closest letter passage ${Math.round(j.similarity * 100)}% similar)`,
        };
      } else if (j.kind === "quote-not-found") {
        d.judgement = { ...j, reason: `not in this letter; the article reports on another document` };
      } else if (j.kind === "unsupported") {
        d.judgement = { ...j, kind: "not-checked", reason: "about another document than this letter" };
      } else if (j.kind === "overstated") {
        // A hedge missing from a sentence that only shares topic words with this letter says nothing
        // about how the other document was reported: keep the closest passage, but do not judge it.
        d.judgement = {
          ...j,
          kind: "not-checked",
          flags: [],
          reason: `about another document than this letter (closest letter passage ${Math.round(j.similarity * 100)}% of its words)`,
        };
      }
    }
  }

  // Which letter sentences the press reports (as a source, or in other words). Press words that
  // say the opposite of a critical source (its quoted words, or the whole sentence) do not report it.
  const reported = new Set<number>();
  for (const d of drafts) {
    if (d.judgement.kind === "not-checked") continue;
    const said = d.quote
      ? doc.text.slice(d.quote.inner.start, d.quote.inner.end)
      : doc.text.slice(d.press.start, d.press.end);
    // The letter's own words (copied, or quoted exactly) report it whatever their tone read alone.
    const ownWords = d.judgement.kind === "copied" || d.judgement.kind === "quote-exact";
    for (const l of d.judgement.letter)
      if (ownWords || !contradicts(said, letterFindings[l.index]?.polarity)) reported.add(l.index);
  }
  // Each press sentence's stems once, and each letter sentence's answer once: the selective and
  // omission rules ask about the same letter sentences many times. A sentence whose every claim is
  // unsupported or a quotation the letter lacks reports nothing of the letter.
  // A sentence that turns on a contrast is also read from the turn on (contrastParts).
  const draftsOf = overlappingPerSpan(sentences, drafts, (d) => d.press);
  const pressEvidence: PressEvidence[] = sentences.flatMap((s, k) => {
    const own = draftsOf[k] ?? [];
    const unsourced =
      own.length > 0 &&
      own.every((d) => d.judgement.kind === "unsupported" || d.judgement.kind === "quote-not-found");
    return contrastParts(s.text).map((part) => ({
      stems: evidenceKeys(tokenize(part.text)),
      text: part.text,
      tone: part.tone,
      unsourced,
    }));
  });
  // Letters state a finding more than once (summary, main text, recommendations): a letter sentence
  // the press reports also reports the sentences that restate it, by the same measure as press words.
  const restated: PressEvidence[] = [...reported].map((r) => ({
    stems: evidenceKeys(ctx.index.sentenceTokens[r] ?? []),
    text: ctx.sentences[r]?.text ?? "",
    unsourced: false,
    restated: true,
  }));
  const evidence = [...pressEvidence, ...restated];
  const coverageMemo = new Map<number, FindingCoverage>();
  const coverageOf = (i: number): FindingCoverage => {
    let answer = coverageMemo.get(i);
    if (answer === undefined) {
      const s = ctx.sentences[i];
      answer =
        s === undefined
          ? { whole: false, reported: false, omitted: [] }
          : findingCoverage(ctx, s, evidence, letterFindings[i]?.polarity);
      coverageMemo.set(i, answer);
    }
    return answer;
  };
  const isReported = (i: number) => reported.has(i) || coverageOf(i).reported;

  // Whether a press sentence other than the finding's own shares at least two content words with a letter
  // clause: then the press reports that clause elsewhere (used by the clause-caveat rule).
  let sentenceKeys: { start: number; end: number; keys: Set<string> }[] | undefined;
  const reportedByOtherWords = (clause: string, own: { start: number; end: number }): boolean => {
    sentenceKeys ??= sentences.map((s) => ({
      start: s.start,
      end: s.end,
      keys: evidenceKeys(tokenize(s.text).filter(isContentToken)),
    }));
    const keys = evidenceKeys(tokenize(clause).filter(isContentToken));
    return sentenceKeys.some(({ start, end, keys: stems }) => {
      if (start < own.end && own.start < end) return false;
      let shared = 0;
      for (const k of keys) if (stems.has(k) && ++shared >= 2) return true;
      return false;
    });
  };
  const occurrences = new Map<string, number>();
  const findings: Finding[] = drafts.map((d) => {
    const j = d.judgement;
    const flags = [...j.flags];
    let reasonText = j.reason;
    let kind = j.kind;
    const press = span(doc.text, d.press.start, d.press.end);
    if (
      !differentDocument &&
      !flags.includes("selective") &&
      j.kind !== "not-checked" &&
      j.kind !== "quote-not-found" &&
      j.kind !== "unsupported"
    ) {
      for (const source of j.letter) {
        const found = findDroppedCaveat(
          ctx.sentences,
          source,
          d.matchedEnds.get(source.index) ?? source.end,
          isReported,
        );
        const clause = found
          ? undefined
          : droppedClauseCaveat(source, press.text, (text) => reportedByOtherWords(text, d.press));
        if (clause && !d.quote && kind === "overstated" && clause.droppedBefore.length === 0) {
          // Its only "dropped qualifier" was in the clause it leaves out: the change is the clause.
          kind = "paraphrase";
          reasonText = "restates the first part of the letter sentence in other words";
        }
        const caveat = found ?? (clause ? { side: "follows", ...clause } : undefined);
        if (caveat) {
          flags.push("selective");
          reasonText += `; the caveat that ${caveat.side} in the letter is never reported: "${ctx.text.slice(caveat.start, caveat.end).replace(/\s+/g, " ").trim()}"`;
          break;
        }
      }
    }
    const letter = j.letter.map((l) => span(ctx.text, l.start, l.end));
    const letterTexts = letter.map((l) => l.text);
    const firstId = findingId(doc.source, press.text, letterTexts);
    const occurrence = (occurrences.get(firstId) ?? 0) + 1;
    occurrences.set(firstId, occurrence);
    return {
      id: findingId(doc.source, press.text, letterTexts, occurrence),
      kind,
      flags,
      press,
      quote: d.quote
        ? {
            ...span(doc.text, d.quote.start, d.quote.end),
            inner: d.quote.inner,
            speaker: d.quote.speaker,
            attributionCue: d.quote.attributionCue,
          }
        : undefined,
      letter,
      similarity: Math.max(0, Math.min(1, j.similarity)),
      diff: j.diff,
      reason: reasonText,
    };
  });

  // Every letter sentence a finding shows as its source is reported in some form: never an omission.
  // A quotation the letter lacks, or an unsupported claim, shows only the closest letter passage,
  // which it does not report (often it says the opposite: "a strong grip on the quality of plans").
  const used = new Set<number>();
  for (const d of drafts) {
    const k = d.judgement.kind;
    if (k === "quote-not-found" || k === "unsupported" || k === "not-checked") continue;
    for (const l of d.judgement.letter) used.add(l.index);
  }
  // A text with no claim about the letter (another subject: a weather note, the wrong file) omits
  // nothing of it: every sentence is not-checked and none names an inspection, a report or a grade.
  const noClaims =
    !differentDocument &&
    drafts.every((d) => d.judgement.kind === "not-checked") &&
    !mentionsInspection(doc.text, opts.regulatorNames ?? []);
  const listed =
    differentDocument || noClaims
      ? { shown: [], more: [] }
      : listOmissions({
          ctx,
          letterFindings,
          used,
          coverageOf,
          pressEvidence,
          listItemCovered: (i) => {
            const s = ctx.sentences[i];
            return s !== undefined && listItemCovered(ctx, s, pressEvidence);
          },
        });
  // Omissions get ids as findings do, so a reviewer's decision about one is kept and exported.
  const withId = (o: Omit<Omission, "id">): Omission => ({
    id: findingId(doc.source, "", [`omission\u0000${o.text}`]),
    ...o,
  });
  const omissions: Omission[] = listed.shown.map(withId);
  const moreOmissions: Omission[] = listed.more.map(withId);

  return {
    source: doc.source,
    format: doc.format,
    text: doc.text,
    differentDocument,
    differentDocumentReason: reason,
    findings,
    omissions,
    moreOmissions,
    noClaims,
    summary: summariseDocument(findings, [...omissions, ...moreOmissions], {
      ...measured,
      sentences: sentences.length,
      differentDocument,
      letterFindings,
      isReported,
    }),
  };
}

/**
 * A letter made ready to compare press documents with: its sentences, word index and the tone of each
 * sentence — computed once, whatever the number of press documents.
 */
export interface PreparedLetter {
  ctx: LetterContext;
  /** The letter as the comparison reports it (`Comparison.letter`). */
  view: Comparison["letter"];
}

export function prepareLetter(letter: SourceDocument): PreparedLetter {
  const { blocks, sentences } = segmentDocument(letter.text);
  const sections = sectionsOf(letter.text, blocks, sentences);
  const ctx: LetterContext = {
    text: letter.text,
    sentences,
    index: buildLetterIndex(letter.text, sentences),
  };
  const polarities = letterPolarities(sentences);
  const letterFindings: LetterFinding[] = sentences.map((s, i) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    polarity: polarities[i] ?? "neutral",
    section: sections[i] ?? { kind: "body" },
  }));
  return {
    ctx,
    view: { source: letter.source, format: letter.format, text: letter.text, sentences: letterFindings },
  };
}

/** One press document against a prepared letter (the review compares them one by one as they are shown). */
export function comparePressDocument(
  letter: PreparedLetter,
  doc: SourceDocument,
  opts: CompareOptions = {},
): DocumentComparison {
  const deadline = deadlineAfter(
    opts.timeLimitMs,
    () => new TimeLimitError(doc.source, opts.timeLimitMs ?? 0),
  );
  return within(deadline, () => compareDocument(letter.ctx, letter.view.sentences, doc, opts));
}

/** The whole pipeline: a letter and press documents in, plain data out. */
export function compare(
  letter: SourceDocument,
  press: SourceDocument[],
  opts: CompareOptions = {},
): Comparison {
  const prepared = prepareLetter(letter);
  return {
    letter: prepared.view,
    documents: press.map((doc) => comparePressDocument(prepared, doc, opts)),
  };
}
