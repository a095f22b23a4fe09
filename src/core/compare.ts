import { deadlineAfter, within } from "./deadline.js";
import { type DocumentEvidence, gatherEvidence } from "./documentEvidence.js";
import { findingId } from "./findingId.js";
import type { LetterContext } from "./judge/context.js";
import { reviseForDocument } from "./judge/decide.js";
import {
  claimText,
  differentDocumentReason,
  identifierConflicts,
  type LetterIdentifiers,
  letterIdentifiers,
  mentionsInspection,
} from "./judge/differentDocument.js";
import { datedBeforeLetter, letterDate } from "./judge/documentDates.js";
import { type Draft, judgeSentences, matchedEndsOf, TimeLimitError } from "./judge/judgeSentences.js";
import { type DocumentCoverage, documentCoverage } from "./judge/omissions/documentCoverage.js";
import { letterVocabulary } from "./judge/omissions/evidenceKeys.js";
import { evidenceKeys, listItemCovered } from "./judge/omissions.js";
import type { DocumentFacts } from "./judge/rules/rule.js";
import { letterWork } from "./letterWork.js";
import { listOmissions } from "./omissions/listOmissions.js";
import { listSharer } from "./sharedLists.js";
import { summariseDocument } from "./summary.js";
import { KeyPool } from "./text/keyPool.js";
import { isContentToken, tokenize } from "./text/tokens.js";
import type {
  Comparison,
  DocumentComparison,
  Finding,
  Flag,
  LetterFinding,
  Omission,
  Sentence,
  SourceDocument,
  Span,
} from "./types.js";
import { withFields } from "./withFields.js";

export { forgetPreparedLetters } from "./letterWork.js";
export { TimeLimitError };

export interface CompareOptions {
  /** Further names of the regulator, besides the general list (e.g. "HMIP", "the Commission"). */
  regulatorNames?: readonly string[];
  /**
   * How long one press document's comparison may take, in milliseconds: past it a TimeLimitError
   * naming the document is thrown (checked between sentences, whose work is bounded).
   */
  timeLimitMs?: number;
}

function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Whether a press sentence other than the finding's own shares at least two content words with a letter
 * clause: then the press reports that clause elsewhere (used by the clause-caveat rule).
 */
function otherWordsReport(sentences: readonly Sentence[]): DocumentFacts["reportedByOtherWords"] {
  let sentenceKeys: { start: number; end: number; keys: ReadonlySet<string> }[] | undefined;
  return (clause, own) => {
    // Each sentence's keys stored compactly (text/keyPool.ts): one Set per sentence of a long press
    // text weighed more than the text.
    if (sentenceKeys === undefined) {
      const pool = new KeyPool();
      sentenceKeys = sentences.map((s) => ({
        start: s.start,
        end: s.end,
        keys: pool.add(evidenceKeys(tokenize(s.text).filter(isContentToken))),
      }));
    }
    const keys = evidenceKeys(tokenize(clause).filter(isContentToken));
    return sentenceKeys.some(({ start, end, keys: stems }) => {
      if (start < own.end && own.start < end) return false;
      let shared = 0;
      for (const k of keys) if (stems.has(k) && ++shared >= 2) return true;
      return false;
    });
  };
}

/**
 * The short lists of one document's drafts and findings, each distinct list kept once (sharedLists.ts):
 * flags, rule ids, the letter sentences of a draft and the letter spans of a finding.
 */
interface DocumentLists {
  flags: (list: readonly Flag[]) => Flag[];
  rules: (list: readonly string[]) => string[];
  sources: (list: readonly Sentence[]) => Sentence[];
  spans: (list: readonly Span[]) => Span[];
}

function documentLists(): DocumentLists {
  const same = (x: string) => x;
  const at = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  return {
    flags: listSharer<Flag>(same),
    rules: listSharer<string>(same),
    sources: listSharer<Sentence>((x) => `${x.index}:${at(x)}`),
    spans: listSharer<Span>(at),
  };
}

/** A judged sentence's drafts with their short lists shared, as soon as they are made. */
function shareDraftLists(drafts: readonly Draft[], lists: DocumentLists): void {
  for (const d of drafts) {
    const j = d.judgement;
    j.flags = lists.flags(j.flags);
    j.rules = lists.rules(j.rules);
    j.letter = lists.sources(j.letter);
  }
}

/** A decided draft as a finding: its texts, a stable id, and the closest passage of an unsupported claim. */
function toFinding(
  ctx: LetterContext,
  doc: SourceDocument,
  d: Draft,
  occurrences: Map<string, number>,
  letterSpans: Map<string, Span>,
  lists: DocumentLists,
): Finding {
  const j = d.judgement;
  const press = span(doc.text, d.press.start, d.press.end);
  // The findings that cite one letter sentence share its span: a long press text restates the same
  // letter sentences thousands of times.
  const letter = lists.spans(
    j.letter.map((l) => {
      const key = `${l.start}:${l.end}`;
      let shared = letterSpans.get(key);
      if (!shared) {
        shared = span(ctx.text, l.start, l.end);
        letterSpans.set(key, shared);
      }
      return shared;
    }),
  );
  const letterTexts = letter.map((l) => l.text);
  const firstId = findingId(doc.source, press.text, letterTexts);
  const occurrence = (occurrences.get(firstId) ?? 0) + 1;
  occurrences.set(firstId, occurrence);
  const closest = j.kind === "unsupported" && "closest" in j ? j.closest : undefined;
  return {
    // The first occurrence's id is the hash already made (findingId adds nothing for it).
    id: occurrence === 1 ? firstId : findingId(doc.source, press.text, letterTexts, occurrence),
    kind: j.kind,
    flags: lists.flags(j.flags),
    rules: lists.rules(j.rules),
    press,
    quote: d.quote
      ? withFields(span(doc.text, d.quote.start, d.quote.end), {
          inner: d.quote.inner,
          speaker: d.quote.speaker,
          attributionCue: d.quote.attributionCue,
        })
      : undefined,
    letter,
    similarity: Math.max(0, Math.min(1, j.similarity)),
    diff: j.diff,
    reason: j.reason,
    ...(closest ? { closest } : {}),
  };
}

/** The omitted critical findings: none for another document or a text with no claim about the letter. */
function omissionsOf(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  doc: SourceDocument,
  used: ReadonlySet<number>,
  coverage: DocumentCoverage,
  skip: boolean,
) {
  const listed = skip
    ? { shown: [], more: [] }
    : listOmissions({
        ctx,
        letterFindings,
        used,
        coverageOf: coverage.coverageOf,
        pressEvidence: coverage.pressEvidence,
        listItemCovered: (i) => {
          const s = ctx.sentences[i];
          return s !== undefined && listItemCovered(ctx, s, coverage.pressEvidence);
        },
      });
  // Omissions get ids as findings do, so a reviewer's decision about one is kept and exported.
  const withId = (o: Omit<Omission, "id">): Omission => ({
    id: findingId(doc.source, "", [`omission\u0000${o.text}`]),
    ...o,
  });
  return { omissions: listed.shown.map(withId), moreOmissions: listed.more.map(withId) };
}

/**
 * What the different-document test reads of the letter alone — the identifiers it names and its date —
 * read once per prepared letter (kept with its context) rather than once per press document.
 */
const letterFactsOf = new WeakMap<
  LetterContext,
  { identifiers: LetterIdentifiers; date: number | undefined }
>();
function letterFacts(ctx: LetterContext) {
  let facts = letterFactsOf.get(ctx);
  if (facts === undefined) {
    facts = { identifiers: letterIdentifiers(ctx.text), date: letterDate(ctx.text) };
    letterFactsOf.set(ctx, facts);
  }
  return facts;
}

/** A press document's drafts revised by the document's rules, with its omissions and the figures of its summary. */
interface RevisedDocument {
  drafts: Draft[];
  sentences: number;
  measured: ReturnType<DocumentEvidence["sourcing"]>;
  reason: string | undefined;
  noClaims: boolean;
  omissions: Omission[];
  moreOmissions: Omission[];
  /** The summary's answer (core/summary.ts), read while the press evidence was held. */
  isReported: (letterSentence: number) => boolean;
}

/**
 * Judges every sentence, then revises each draft by the document's rules (decide.ts DOCUMENT_REVISIONS)
 * and lists the omissions. All the press evidence (documentEvidence.ts) is let go when this returns,
 * before the findings are made: it and the findings are never held at once.
 */
function reviseDocument(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  doc: SourceDocument,
  opts: CompareOptions,
  lists: DocumentLists,
): RevisedDocument {
  const gathered = gatherEvidence(doc.text, letterFindings, letterVocabulary(ctx));
  const { drafts, sentences } = judgeSentences(ctx, doc, opts.regulatorNames ?? [], (s, own) => {
    gathered.add(s, own);
    shareDraftLists(own, lists);
  });
  // Measured once: the different-document test decides on these figures and the summary shows them.
  const measured = gathered.sourcing();
  const letter = letterFacts(ctx);
  const reason = differentDocumentReason({
    ...measured,
    conflicts: [
      ...identifierConflicts(claimText(sentences), letter.identifiers),
      ...[datedBeforeLetter(doc.text, letter)].filter((r): r is string => r !== undefined),
    ],
  });
  const differentDocument = reason !== undefined;
  // What the press reports is worked out once, when a rule first asks (or for the omissions).
  let coverage: DocumentCoverage | undefined;
  const coverageNow = () => {
    coverage ??= documentCoverage(ctx, letterFindings, gathered);
    return coverage;
  };
  const facts: DocumentFacts = {
    differentDocument,
    isReported: (i) => coverageNow().isReported(i),
    reportedByOtherWords: otherWordsReport(sentences),
  };
  // Every letter sentence a finding shows as its source is reported in some form: never an omission.
  // A quotation the letter lacks, or an unsupported claim, shows only the closest letter passage,
  // which it does not report (often it says the opposite: "a firm hold on how good its plans are").
  const used = new Set<number>();
  let allNotChecked = true;
  for (const d of drafts) {
    const piece = {
      press: span(doc.text, d.press.start, d.press.end),
      quoted: d.quote !== undefined,
      matchedEnds: matchedEndsOf(d),
    };
    // A draft no revision changed keeps its judgement (reviseForDocument returns the one it was given).
    const revised = reviseForDocument(d.judgement, piece, facts, ctx);
    if (revised !== d.judgement) d.judgement = withFields(d.judgement, revised);
    const k = d.judgement.kind;
    if (k !== "not-checked") allNotChecked = false;
    if (k === "quote-not-found" || k === "unsupported" || k === "not-checked") continue;
    for (const l of d.judgement.letter) used.add(l.index);
  }
  // A text with no claim about the letter (another subject: a weather note, the wrong file) omits
  // nothing of it: every sentence is not-checked and none names an inspection, a report or a grade.
  const noClaims =
    !differentDocument && allNotChecked && !mentionsInspection(doc.text, opts.regulatorNames ?? []);
  const listed = omissionsOf(ctx, letterFindings, doc, used, coverageNow(), differentDocument || noClaims);
  // The summary asks whether each positive and critical letter finding is reported (never for another
  // document): answered now, while the evidence is held.
  const reported = new Set<number>();
  if (!differentDocument)
    for (const f of letterFindings)
      if ((f.polarity === "positive" || f.polarity === "critical") && coverageNow().isReported(f.index))
        reported.add(f.index);
  return {
    drafts,
    sentences: sentences.length,
    measured,
    reason,
    noClaims,
    ...listed,
    isReported: membershipOf(reported),
  };
}

/**
 * A set's membership test as a function made outside reviseDocument: a closure made inside it would
 * share its scope's context, and so keep all the press evidence alive for as long as the summary is.
 */
function membershipOf(set: ReadonlySet<number>): (i: number) => boolean {
  return (i) => set.has(i);
}

function compareDocument(
  ctx: LetterContext,
  letterFindings: LetterFinding[],
  doc: SourceDocument,
  opts: CompareOptions,
): DocumentComparison {
  const lists = documentLists();
  const revised = reviseDocument(ctx, letterFindings, doc, opts, lists);
  const { reason, omissions, moreOmissions, noClaims } = revised;
  const differentDocument = reason !== undefined;
  // Each draft becomes its finding and is let go: the drafts and the findings are never all held at once.
  const drafts: (Draft | undefined)[] = revised.drafts;
  const occurrences = new Map<string, number>();
  const letterSpans = new Map<string, Span>();
  const findings: Finding[] = [];
  for (let i = 0; i < drafts.length; i++) {
    findings.push(toFinding(ctx, doc, drafts[i] as Draft, occurrences, letterSpans, lists));
    drafts[i] = undefined;
  }
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
      ...revised.measured,
      sentences: revised.sentences,
      differentDocument,
      letterFindings,
      isReported: revised.isReported,
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
  const { ctx, sentences } = letterWork(letter.text);
  // The letter's sentences are kept for the next comparison: the caller gets its own copies.
  const view = { source: letter.source, format: letter.format, text: letter.text };
  return { ctx, view: { ...view, sentences: sentences.map((s) => ({ ...s })) } };
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
