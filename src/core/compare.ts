import { buildLetterIndex } from "./align/letterIndex.js";
import { findingId } from "./findingId.js";
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
  type PressEvidence,
} from "./judge/omissions.js";
import { letterPolarities } from "./judge/polarity.js";
import { findDroppedCaveat } from "./judge/selective.js";
import { whoseWords } from "./judge/whoseWords.js";
import { type AnalysedQuote, analyseText } from "./segment/analyse.js";
import { segmentSentences } from "./segment/sentences.js";
import { tokenize } from "./text/tokens.js";
import {
  type Comparison,
  DISCREPANCY_KINDS,
  type DocumentComparison,
  type DocumentSummary,
  type Finding,
  FLAGS,
  KINDS,
  type LetterFinding,
  type Omission,
  type Sentence,
  type SourceDocument,
} from "./types.js";

export interface CompareOptions {
  /** Further names of the regulator, besides the general list (e.g. "HMIP", "the Commission"). */
  regulatorNames?: readonly string[];
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
): { drafts: Draft[]; sentences: Sentence[] } {
  const analysed = analyseText(doc.text, regulatorNames);
  const drafts: Draft[] = [];
  for (const s of analysed.sentences) {
    const pieces = analysed.quotes
      .filter((q) => q.sentences.includes(s.index))
      .map((q) => ({ q, start: Math.max(q.inner.start, s.start), end: Math.min(q.inner.end, s.end) }))
      .filter((p) => tokenize(doc.text, p.start, p.end).length >= MIN_PIECE_WORDS);
    if (pieces.length === 0) {
      const terms = analysed.terms
        .filter((t) => s.start <= t.start && t.end <= s.end)
        .map((t) => doc.text.slice(t.start, t.end));
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

function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function compareDocument(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  doc: SourceDocument,
  opts: CompareOptions,
): DocumentComparison {
  const { drafts, sentences } = judgeSentences(ctx, doc, opts.regulatorNames ?? []);

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
  const reason = differentDocumentReason({
    regulatorQuotes: quotesSeen.size,
    quotesFound: [...quotesSeen.values()].filter(Boolean).length,
    claims: claims.length,
    claimsSourced: claims.filter((d) => d.judgement.letter.length > 0).length,
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
  const pressEvidence: PressEvidence[] = sentences.flatMap((s) => {
    const own = drafts.filter((d) => d.press.start < s.end && s.start < d.press.end);
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

  const findings: Finding[] = drafts.map((d) => {
    const j = d.judgement;
    const flags = [...j.flags];
    let reasonText = j.reason;
    if (
      !differentDocument &&
      !flags.includes("selective") &&
      j.kind !== "not-checked" &&
      j.kind !== "quote-not-found" &&
      j.kind !== "unsupported"
    ) {
      for (const source of j.letter) {
        const caveat = findDroppedCaveat(
          ctx.sentences,
          source,
          d.matchedEnds.get(source.index) ?? source.end,
          isReported,
        );
        if (caveat) {
          flags.push("selective");
          reasonText += `; the caveat that ${caveat.side} in the letter is never reported: "${ctx.text.slice(caveat.start, caveat.end).replace(/\s+/g, " ").trim()}"`;
          break;
        }
      }
    }
    const press = span(doc.text, d.press.start, d.press.end);
    const letter = j.letter.map((l) => span(ctx.text, l.start, l.end));
    return {
      id: findingId(
        press.text,
        letter.map((l) => l.text),
      ),
      kind: j.kind,
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

  const omissions: Omission[] = differentDocument
    ? []
    : letterFindings
        .filter((f) => f.polarity === "critical" && !reported.has(f.index))
        .flatMap((f) => {
          const c = coverageOf(f.index);
          if (!c.reported)
            return [
              {
                ...span(ctx.text, f.start, f.end),
                reason: "a critical finding of the letter that the document never reports",
              },
            ];
          // Reported in part: the critical clauses nothing reports are omitted on their own.
          return c.omitted.map((o) => ({
            ...span(ctx.text, o.start, o.end),
            reason:
              "a critical part of a letter finding that the document never reports (it reports the rest)",
          }));
        });

  return {
    source: doc.source,
    format: doc.format,
    text: doc.text,
    differentDocument,
    differentDocumentReason: reason,
    findings,
    omissions,
    summary: summarise(findings, omissions, letterFindings, isReported, sentences.length),
  };
}

function summarise(
  findings: Finding[],
  omissions: Omission[],
  letterFindings: LetterFinding[],
  isReported: (i: number) => boolean,
  sentences: number,
): DocumentSummary {
  const counts = emptyCounts(KINDS);
  const flags = emptyCounts(FLAGS);
  for (const f of findings) {
    counts[f.kind]++;
    for (const fl of f.flags) flags[fl]++;
  }
  const claims = findings.filter((f) => f.kind !== "not-checked");
  const share = (pol: LetterFinding["polarity"]) => {
    const all = letterFindings.filter((f) => f.polarity === pol);
    return all.length ? all.filter((f) => isReported(f.index)).length / all.length : 0;
  };
  return {
    sentences,
    sourcedShare: claims.length ? claims.filter((f) => f.letter.length > 0).length / claims.length : 0,
    counts,
    flags,
    discrepancies: findings.filter((f) => DISCREPANCY_KINDS.has(f.kind) || f.flags.length > 0).length,
    omissions: omissions.length,
    positiveReported: share("positive"),
    criticalReported: share("critical"),
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
  const sentences = segmentSentences(letter.text);
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
  return compareDocument(letter.ctx, letter.view.sentences, doc, opts);
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
