/**
 * The one decision step: the evidence every rule found about a press sentence (or quotation) becomes
 * the finding's kind, flags, reason and the ids of the rules that decided it. Read the tables top-down:
 *
 * 1. The verdict: of the rules that propose a kind, the one highest in the precedence table decides
 *    (CLAIM_PRECEDENCE for the press's own claims, QUOTE_PRECEDENCE for quotations).
 * 2. Its flags: the flag rules' flags join it when its row says `takesFlags` (a restatement's kinds);
 *    a verdict that is no restatement (site furniture, a false grade) takes none.
 * 3. Revisions, in table order, each on the result of the one before: the sentence's grade claims and
 *    whose words it reports (CLAIM_REVISIONS, QUOTE_REVISIONS) — then, once the whole document is
 *    judged, the document's rules (DOCUMENT_REVISIONS).
 *
 * Every rule id of the rules/ folder appears in exactly one table (test/core/judge/decide.test.ts).
 */
import type { Flag } from "../types.js";
import { withFields } from "../withFields.js";
import type { ClaimAnalysis } from "./claimAnalysis.js";
import type { LetterContext } from "./context.js";
import type { QuoteAnalysis } from "./quoteAnalysis.js";
import { differentDocument } from "./rules/differentDocument.js";
import { gradeSummary } from "./rules/gradeSummary.js";
import { quotedGrade } from "./rules/quotedGrade.js";
import type {
  DocumentFacts,
  DocumentRule,
  Evidence,
  JudgedPiece,
  RevisionRule,
  Verdict,
} from "./rules/rule.js";
import { selectiveCaveat } from "./rules/selectiveCaveat.js";
import { whoseWords } from "./rules/whoseWords.js";

/** A judgement with the ids of the rules that decided it (the verdict's, its flags', its revisions'). */
export interface Decision extends Verdict {
  rules: string[];
}

export interface PrecedenceRow {
  rule: string;
  /** The flag rules' flags join this verdict (it restates the letter). */
  takesFlags: boolean;
}

const row = (rule: string, takesFlags = false): PrecedenceRow => ({ rule, takesFlags });

/** The press's own claims (no checkable quotation marks): the first rule here that proposes a kind decides. */
export const CLAIM_PRECEDENCE: readonly PrecedenceRow[] = [
  row("site-furniture"), // menus, share buttons, teasers: never a claim, whatever words they share
  row("press-heading"), // a release label, a title naming only a document, a sign-off
  row("dateline"), // a line that only dates the piece
  row("gratitude"), // the publisher thanking people
  row("letter-heading-only"), // shares words only with the letter's title, dates or headings
  row("ungraded-outcome"), // an ungraded inspection's outcome, against the letter's formula for it
  row("grade-false"), // a grade the letter does not give: the worse error of a sentence
  row("grade-only"), // little besides grades: the grades are the claim
  // The sentence restates the letter (claimAnalysis.ts `restates`); the changes first, worst first:
  row("follow-up-visit", true), // unsupported: a kind of visit the letter nowhere mentions
  row("negation-reversal", true), // overstated: the letter's negation dropped or added
  row("tone-reversal", true), // overstated: criticism reported as praise
  row("praise-without-source", true), // unsupported: praise where the letter states only facts
  row("number-mismatch", true), // overstated: a figure the letter's does not fit
  row("overstated-hedge", true), // overstated: a qualifier or hedge dropped or strengthened
  row("copied", true), // the letter's wording without quotation marks
  row("paraphrase", true), // the letter's finding in other words
  // It does not restate the letter:
  row("grade-true"), // true grades with the publisher's gloss: the grades are the claim
  row("softened-summary"), // the regulator's outcome restated with a softener
  row("no-source-regulator"), // unsupported: said to be the regulator's, and the letter lacks it
  row("not-a-claim"), // everything else: the publisher's own words, headings, boilerplate
];

/** Quotations: the first rule here that proposes a kind decides. */
export const QUOTE_PRECEDENCE: readonly PrecedenceRow[] = [
  row("quote-other-speaker"), // someone else's words: not a quote of the letter
  row("quote-not-found"), // no letter passage is close
  row("quote-ellipsis-cut", true), // quote-altered: the ellipsis drops a negation, hedge or degree word
  row("quote-bracketed", true), // quote-altered: an insertion in square brackets
  row("quote-exact", true), // the letter's words
  row("quote-reordered", true), // quote-altered: the letter's words in another order
  row("quote-altered", true), // quote-altered: words changed, added or dropped
];

/** Flag rules, in the order their flags are listed on a finding. */
export const FLAG_RULES: readonly { rule: string; flag: Flag }[] = [
  { rule: "misattributed", flag: "misattributed" }, // the letter gives the quoted words to someone else
  { rule: "overgeneralised", flag: "overgeneralised" }, // an exact quote without the letter's quantifier
  { rule: "understated", flag: "understated" }, // a restatement that softens criticism
];

/** Revisions of a claim's verdict, applied in this order. */
export const CLAIM_REVISIONS: readonly RevisionRule<ClaimAnalysis>[] = [gradeSummary, whoseWords];
/** Revisions of a quotation's verdict, applied in this order. */
export const QUOTE_REVISIONS: readonly RevisionRule<QuoteAnalysis>[] = [quotedGrade, whoseWords];
/** Revisions once the whole document is judged, in this order (`selective-caveat` also names `clause-caveat`). */
export const DOCUMENT_REVISIONS: readonly DocumentRule[] = [differentDocument, selectiveCaveat];

/** Evidence → the verdict of the highest row that proposes one, with its flags and rule ids. */
export function decide(evidence: readonly Evidence[], precedence: readonly PrecedenceRow[]): Decision {
  // Plain loops, not find/some with a closure per row: this runs for every sentence and quotation.
  for (const r of precedence) {
    const found = verdictOfRule(evidence, r.rule);
    if (!found) continue;
    const rules = [r.rule];
    const flags = [...found.flags];
    if (r.takesFlags)
      for (const f of FLAG_RULES)
        if (raisesFlag(evidence, f.rule) && !flags.includes(f.flag)) {
          flags.push(f.flag);
          rules.push(f.rule);
        }
    return withFields(found, { flags, rules });
  }
  throw new Error(
    `no rule of the precedence table decided (evidence from ${evidence.map((e) => e.rule).join(", ")})`,
  );
}

/** The verdict of the first evidence from rule `rule` that proposes one. */
function verdictOfRule(evidence: readonly Evidence[], rule: string): Verdict | undefined {
  for (const e of evidence) if (e.rule === rule && "verdict" in e) return e.verdict;
  return undefined;
}

/** Whether rule `rule` raised a flag. */
function raisesFlag(evidence: readonly Evidence[], rule: string): boolean {
  for (const e of evidence) if (e.rule === rule && "flag" in e) return true;
  return false;
}

/** A rule as `decideByRules` runs it: an id, and the evidence it finds in an analysis. */
interface Applying<A> {
  id: string;
  applies(analysis: A, ctx: LetterContext): Evidence[];
}

/** Each rule list by id, made once per list (the lists are the module constants of rules/index.ts). */
const byIdOf = new WeakMap<readonly Applying<never>[], Map<string, Applying<never>>>();

/**
 * The decision `decide` makes from the evidence of every rule of `rules`, running only the rules it
 * reads: the rows of the precedence table top-down until one proposes a kind (a rule below the row that
 * decides cannot change the verdict), then the flag rules when that row takes flags. Rules only read the
 * analysis (their memos are caches), so a rule not run changes nothing but the time: a line of site
 * furniture or someone else's quotation no longer has the word diffs of every restatement rule tried.
 */
export function decideByRules<A>(
  rules: readonly Applying<A>[],
  precedence: readonly PrecedenceRow[],
  analysis: A,
  ctx: LetterContext,
): Decision {
  let byId = byIdOf.get(rules) as Map<string, Applying<A>> | undefined;
  if (!byId) {
    byId = new Map(rules.map((r) => [r.id, r]));
    byIdOf.set(rules, byId as Map<string, Applying<never>>);
  }
  const evidence: Evidence[] = [];
  for (const row of precedence) {
    const found = byId.get(row.rule)?.applies(analysis, ctx);
    if (!found || found.length === 0) continue;
    for (const e of found) evidence.push(e);
    if (!verdictOfRule(found, row.rule)) continue;
    if (row.takesFlags)
      for (const f of FLAG_RULES) {
        const flagged = byId.get(f.rule)?.applies(analysis, ctx);
        if (flagged) for (const e of flagged) evidence.push(e);
      }
    break;
  }
  return decide(evidence, precedence);
}

/** The decision revised by each rule of `revisions` in turn; each revising rule's id joins `rules`. */
export function revise<A>(
  decision: Decision,
  revisions: readonly RevisionRule<A>[],
  analysis: A,
  ctx: LetterContext,
): Decision {
  let current = decision;
  for (const r of revisions) {
    const revised = r.revise(current, analysis, ctx);
    if (revised) current = withFields(revised, { rules: withRule(current.rules, r.id, revised.flags) });
  }
  return current;
}

/** The decision revised by the document's rules (DOCUMENT_REVISIONS), in turn. */
export function reviseForDocument(
  decision: Decision,
  piece: JudgedPiece,
  facts: DocumentFacts,
  ctx: LetterContext,
): Decision {
  let current = decision;
  for (const r of DOCUMENT_REVISIONS) {
    const revised = r.revise(current, piece, facts, ctx);
    if (revised)
      current = withFields(revised.verdict, {
        rules: withRule(current.rules, revised.rule, revised.verdict.flags),
      });
  }
  return current;
}

/** The rule ids after a revision: flag rules whose flag the revision cleared leave, the reviser joins. */
function withRule(rules: readonly string[], id: string, flags: readonly Flag[]): string[] {
  const kept = rules.filter((r) => {
    const flag = FLAG_RULES.find((f) => f.rule === r)?.flag;
    return flag === undefined || flags.includes(flag);
  });
  return kept.includes(id) ? kept : [...kept, id];
}
