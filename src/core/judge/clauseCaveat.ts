/**
 * Rule `clause-caveat` (selective): a letter sentence that states progress and then, in the same
 * sentence, turns to what is still wrong — "Staffing has improved, but the unit still relies on agency
 * nurses at night" — and a press sentence that reports only the part before the turn. The clause after
 * the turn is the letter's caveat on that progress, as a "However…" sentence after it would be
 * (selective.ts), and dropping it is selective reporting.
 *
 * The turn is ", but" / "; however" / ", although" / ", yet" / ", while" (or a bare "but" that is not
 * "not only … but also"). The clause after it is a caveat when it carries criticism (polarity.ts) or
 * says that something persists or is still to come: "still", "continues to", "remains", "yet to",
 * "not yet", "too". The words before the turn must not be criticism themselves (then the turn is not a
 * caveat on praise). The press must report nothing of the clause: neither the finding's words nor
 * another press sentence share the clause's own words (`clauseReported`).
 *
 * A qualifier inside the dropped clause ("still") is not a qualifier of the words the press reports:
 * when the press drops no qualifier before the turn, the change is the dropped clause, and the finding
 * is a restatement of the first part, flagged selective — not `overstated` for the clause's "still".
 */
import { isContentToken, tokenize } from "../text/tokens.js";
import type { Sentence } from "../types.js";
import { findHedges } from "./hedges.js";
import { criticismIn, toneOf } from "./polarity.js";

export const CLAUSE_CAVEAT_RULE = "clause-caveat";

/** The turn: punctuation then a contrast word, or a bare "but" (not "but also"). Linear alternatives. */
const TURN = /[,;:]\s*(?:but|however|although|though|yet|while|whilst)\b|\s(?=but\b(?!\s+also\b))/i;
/** Something that persists or is still to come: a caveat even without a criticism word. */
const PERSISTS =
  /\b(?:still|continues? to|continued to|remains?|remained|(?:has|have|is|are) yet to|not yet|too)\b/i;

/** Content stems of `text` (lower-case). */
function stems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter(isContentToken)
      .map((t) => t.stem),
  );
}

/**
 * The press words report the clause when they share with it at least two content words that the part
 * before the turn does not also have ("the unit" in both halves says nothing about the clause).
 */
function pressReportsClause(press: string, before: string, clause: string): boolean {
  const own = stems(press);
  const earlier = stems(before);
  let shared = 0;
  for (const s of stems(clause)) if (!earlier.has(s) && own.has(s) && ++shared >= 2) return true;
  return false;
}

export interface ClauseCaveat {
  start: number;
  end: number;
  /** The letter's qualifiers before the turn that the press drops ("mostly"): the press overstates those. */
  droppedBefore: string[];
}

export function droppedClauseCaveat(
  source: Sentence,
  /** The press words of the finding. */
  press: string,
  clauseReported: (clause: string) => boolean,
): ClauseCaveat | undefined {
  const m = TURN.exec(source.text);
  if (!m) return undefined;
  const turn = m.index;
  const before = source.text.slice(0, turn);
  const clause = source.text.slice(turn);
  if (toneOf(before) === "critical") return undefined;
  if (criticismIn(clause) === undefined && !PERSISTS.test(clause)) return undefined;
  if (pressReportsClause(press, before, clause) || clauseReported(clause)) return undefined;
  const lower = press.toLowerCase();
  const droppedBefore = findHedges(before)
    .map((h) => h.phrase)
    .filter((phrase) => !lower.includes(phrase.toLowerCase()));
  // The quoted caveat starts at its turn word ("but the unit still…"), not at the comma before it.
  const word = m[0].search(/\p{L}/u);
  return { start: source.start + turn + (word < 0 ? m[0].length : word), end: source.end, droppedBefore };
}
