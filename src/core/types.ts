/**
 * The data every stage passes on. Spans are `[start, end)` UTF-16 offsets into the text of the
 * document they belong to (wink-nlp style: ranges into one text, never copies that lose their place).
 */

/** The kinds of finding, exactly as the JSON contract spells them (see DESIGN.md). */
export const KINDS = [
  "quote-exact",
  "quote-altered",
  "quote-not-found",
  "copied",
  "paraphrase",
  "overstated",
  "unsupported",
  "not-checked",
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds that misreport the letter. */
export const DISCREPANCY_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  "quote-altered",
  "quote-not-found",
  "overstated",
  "unsupported",
]);

/**
 * Flags a finding may carry:
 * - `selective`: reports a letter passage whose adjacent caveat the press never reports.
 * - `overgeneralised`: an exact quote whose quantifier ("many", "some"…) just outside the quoted words was dropped.
 * - `understated`: criticism softened ("several issues" → "a few hindrances").
 * - `misattributed`: words the letter gives to someone else (staff, carers…) are given to the regulator.
 */
export const FLAGS = ["selective", "overgeneralised", "understated", "misattributed"] as const;
export type Flag = (typeof FLAGS)[number];

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One input as read: `text` is what offsets point into (after extraction for HTML/PDF). */
export interface SourceDocument {
  source: string;
  text: string;
  format: "text" | "markdown" | "html" | "pdf";
}

/**
 * The role of a sentence in its document: only `body` and `list-item` sentences carry claims or findings.
 * `heading` is a short line without closing punctuation; `furniture` is a letter's address block,
 * salutation, sign-off or page furniture.
 */
export type SentenceRole = "body" | "list-item" | "heading" | "furniture";

export interface Sentence extends Span {
  index: number;
  /** Index of the block (paragraph, list item, heading) the sentence belongs to. */
  block: number;
  role: SentenceRole;
}

/** Who a quotation is attributed to. */
export type Speaker = "regulator" | "other" | "unknown";

export interface Quote extends Span {
  /** Span of the words inside the quotation marks (this object's own start/end include the marks). */
  inner: Span;
  speaker: Speaker;
  /** The words that gave the attribution ("said the report", "Mayor … said"), when any. */
  attributionCue?: string;
}

/** One operation of a word-level diff from the letter's words to the press's words. */
export interface DiffPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

export interface Finding {
  /** Stable id: a hash of the press text and its letter source texts (not list position). */
  id: string;
  kind: Kind;
  flags: Flag[];
  /** The press sentence (or, with several quotes in one sentence, the part holding one quote). */
  press: Span;
  /** The quotation this finding judges, when the kind is a quote-* kind. */
  quote?: Quote;
  /** Letter sentence(s) the press text comes from, in letter order. */
  letter: Span[];
  /** 0..1: how closely the press text matches its letter source. */
  similarity: number;
  /** Word diff letter → press, for quotes and copied/overstated text. */
  diff?: DiffPart[];
  /** Short human-readable explanation. */
  reason: string;
  /**
   * Ids of the rules that decided the kind and flags (core/judge/rules/, decide.ts): the verdict's
   * rule, the flag rules, then the rules that revised it.
   */
  rules: string[];
  /**
   * For an `unsupported` finding with no letter source: its best partial match in the letter, as
   * offsets into the letter text, and the share (0..1) of its distinctive words that passage accounts for.
   */
  closest?: ClosestPassage;
}

/** The letter passage closest to a claim the letter does not contain. */
export interface ClosestPassage {
  letterStart: number;
  letterEnd: number;
  similarity: number;
}

/** One place a letter finding appears (the summary, the improvement list, a numbered paragraph). */
export interface OmissionPlace extends Span {
  section: Section;
}

export interface Omission extends Span {
  /** Stable id (core/findingId.ts): the press document and the omitted letter text. */
  id: string;
  reason: string;
  /** 1 for the most prominent omitted finding of the document (see omissions/listOmissions.ts). */
  rank?: number;
  /** The section of its most prominent place (this span). */
  section?: Section;
  /** Every place the letter states this finding, in letter order (this span among them). */
  places?: OmissionPlace[];
}

export interface DocumentSummary {
  sentences: number;
  /**
   * False when the document reports on another regulator document: its findings are then not judged
   * against this letter, so discrepancies, omissions and balance are not assessed (see core/summary.ts).
   */
  assessed: boolean;
  /** Findings a review goes through: every kind but `not-checked`. */
  claimFindings: number;
  /** The press's own claims (sentences outside quotation marks) and how many have a letter source. */
  claims: number;
  claimsSourced: number;
  /** `claimsSourced / claims` (0 without claims). */
  sourcedShare: number;
  /** Quotations attributed to the regulator, and how many are in the letter. */
  regulatorQuotes: number;
  quotesFound: number;
  counts: Record<Kind, number>;
  flags: Record<Flag, number>;
  /** Findings with a discrepancy kind or a flag; 0 when not assessed. */
  discrepancies: number;
  /** For a document about another regulator document: the findings that would be discrepancies here. */
  notCheckedAgainstLetter: number;
  /** Every omitted critical finding, the short list and the rest; 0 when not assessed. */
  omissions: number;
  /** Share (0..1) of the letter's positive findings that the document reports; null when not assessed. */
  positiveReported: number | null;
  /** Share (0..1) of the letter's critical findings that the document reports; null when not assessed. */
  criticalReported: number | null;
}

export interface DocumentComparison {
  source: string;
  format: SourceDocument["format"];
  text: string;
  differentDocument: boolean;
  differentDocumentReason?: string;
  findings: Finding[];
  /** The short ranked list of omitted critical findings every view shows. */
  omissions: Omission[];
  /** The other omitted critical findings, ranked after `omissions` (counted, not shown by default). */
  moreOmissions?: Omission[];
  /** Nothing in the document is a claim about the letter (a text on another subject). */
  noClaims?: boolean;
  summary: DocumentSummary;
}

/**
 * Where a sentence stands in a report. Inspection reports share one plan: a front page (title, dates,
 * the judgement table), a summary, a list of what must improve, then the evidence in numbered
 * paragraphs under section headings (see segment/structure.ts).
 * - `front`: title, dates, names before the report's running text;
 * - `judgements`: the judgement table (lines naming a grade before the running text);
 * - `summary`: the running text before the first section heading or numbered paragraph;
 * - `improve`: under a heading such as "What needs to improve?", "Areas for improvement", "Recommendations";
 * - `body`: everything after, with the numbered paragraph (when the report numbers them) and the heading above.
 */
export type SectionKind = "front" | "judgements" | "summary" | "improve" | "body";

export interface Section {
  kind: SectionKind;
  /** The number of the numbered paragraph the sentence is in ("12." → 12). */
  paragraph?: number;
  /** The heading the sentence stands under, as printed (line breaks made spaces). */
  heading?: string;
}

export interface LetterFinding extends Span {
  index: number;
  polarity: "critical" | "positive" | "neutral";
  /** Where the sentence stands in the report: judgement table, summary, improvement list, paragraph N. */
  section: Section;
}

export interface Comparison {
  letter: { source: string; format: SourceDocument["format"]; text: string; sentences: LetterFinding[] };
  documents: DocumentComparison[];
}

/** What every judging rule returns about one press sentence or quotation. */
export interface Judgement {
  kind: Kind;
  flags: Flag[];
  /** The letter sentences it came from (none when the letter lacks it). */
  letter: Sentence[];
  /** 0..1: how much of it the letter accounts for. */
  similarity: number;
  /** Word-level diff from the letter's words to the press words, when there is a source. */
  diff?: DiffPart[];
  /** A short, human-readable reason for the kind and flags. */
  reason: string;
}
