import { isContentToken, tokenize } from "../text/tokens.js";

/**
 * A hedge limits the clause it stands in, not the whole sentence. Inspectorates often join two
 * findings in one sentence ("records were not always updated promptly, and in one case a parent
 * was not informed"; "most pupils enjoy reading, although a few older ones lack fluency"). A press sentence that restates only the other clause has not dropped that
 * hedge: it never reported what the hedge limits.
 *
 * A clause break is a comma or semicolon before a conjunction that opens a new clause, or a bare
 * semicolon. One alternation of fixed words after one separator: linear.
 */
const CLAUSE_BREAK = /[,;]\s+(?:and|but|although|though|while|whereas|yet)\s|;\s/gi;

interface Span {
  start: number;
  end: number;
}

/** The clauses of `text[from, to)`, as offsets into `text`. */
export function clausesOf(text: string, from: number, to: number): Span[] {
  const slice = text.slice(from, to);
  const spans: Span[] = [];
  let start = 0;
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    spans.push({ start: from + start, end: from + at });
    start = at + 1; // the conjunction opens the next clause
  }
  spans.push({ start: from + start, end: to });
  return spans;
}

/** Share of a clause's content words (by stem) that the press uses, the hedge's own words left out. */
function echo(text: string, clause: Span, pressStems: ReadonlySet<string>, skip?: Span): number {
  const words = tokenize(text, clause.start, clause.end).filter(
    (t) => isContentToken(t) && !(skip && t.start >= skip.start && t.end <= skip.end),
  );
  if (words.length === 0) return 0;
  return words.filter((t) => pressStems.has(t.stem)).length / words.length;
}

/**
 * Whether the hedge at `hedge` (offsets into `letter`, inside the region `[from, to)`) limits what
 * the press restates: true unless the region holds several clauses and the hedge's clause is
 * neither the one the press echoes most nor echoed for at least half its words.
 */
export function hedgeConcernsPress(
  press: string,
  letter: string,
  from: number,
  to: number,
  hedge: Span,
): boolean {
  const clauses = clausesOf(letter, from, to);
  if (clauses.length < 2) return true;
  const pressStems = new Set(tokenize(press).map((t) => t.stem));
  const own = clauses.find((c) => hedge.start >= c.start && hedge.start < c.end);
  if (!own) return true;
  const ownEcho = echo(letter, own, pressStems, hedge);
  if (ownEcho >= 0.5) return true;
  return clauses.every((c) => c === own || echo(letter, c, pressStems) <= ownEcho);
}
