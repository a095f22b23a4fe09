import { checkDeadline } from "../../deadline.js";
import { isContentToken, type Token, tokenize } from "../../text/tokens.js";
import type { Quantity } from "../numbers.js";
import { type Raw, rawQuantities } from "./rawQuantities.js";
import {
  CONTEXT_WORDS,
  DETERMINERS,
  EPS,
  HEDGE_PHRASES,
  type Hedge,
  NEAR,
  NEGATORS,
  NOUN_END,
  NOUN_WORDS,
} from "./vocabulary.js";

/** The hedge or comparator right before a figure ("almost", "more than", "just under"). */
function hedgeBefore(text: string, start: number): { hedge: Hedge; start: number } | undefined {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  // Emphasis words say nothing about the value: "at just 64.5%", "only 36%".
  const trimmed = before.replace(/\s+(?:just|only|a mere|merely)\s*$/, "").replace(/\s+$/, "");
  for (const [re, hedge] of HEDGE_PHRASES) {
    const m = trimmed.match(re);
    if (m) return { hedge, start: start - (before.length - (m.index ?? 0)) };
  }
  return undefined;
}

/** The interval a hedge makes of a value: see HEDGE_PHRASES. */
function hedgedInterval(
  v: number,
  hedge: Hedge | undefined,
  approx: boolean,
  max: number,
): [number, number, Quantity["bound"]] {
  switch (hedge) {
    case "below-near":
      return [v * (1 - NEAR), v - EPS, undefined];
    case "above-near":
      return [v + EPS, v * (1 + NEAR), undefined];
    case "approx":
      return [v * (1 - NEAR), v * (1 + NEAR), undefined];
    case "above":
      return [v + EPS, max, "above"];
    case "at-least":
      return [v, max, "above"];
    case "below":
      return [0, v - EPS, "below"];
    case "at-most":
      return [0, v, "below"];
    default:
      return approx ? [v * (1 - NEAR), v * (1 + NEAR), undefined] : [v, v, undefined];
  }
}

/** Stems of the noun a figure counts: the content words right after it (after "of" and a determiner). */
function nounAfter(text: string, r: Raw): { stems: string[]; end: number } {
  const toks = tokenize(text, r.nounFrom, Math.min(text.length, r.nounFrom + 80));
  let i = 0;
  const gap = text.slice(r.nounFrom, toks[0]?.start ?? r.nounFrom);
  if (/[^\s]/.test(gap)) return { stems: [], end: r.nounFrom }; // punctuation: no noun
  if (toks[i]?.norm === "of") i++;
  else if (!r.nounDirect) return { stems: [], end: r.nounFrom };
  while (toks[i] && DETERMINERS.has(toks[i]?.norm as string)) i++;
  const stems: string[] = [];
  let end = r.nounFrom;
  for (let k = 0; k < NOUN_WORDS && toks[i + k]; k++) {
    const t = toks[i + k];
    const prev = toks[i + k - 1];
    if (!t || !isContentToken(t) || NOUN_END.has(t.norm)) break;
    if (prev && k > 0 && /[^\s-]/.test(text.slice(prev.end, t.start))) break; // a comma or other stop
    if (k === 0 && /^\p{Lu}/u.test(text.slice(t.start, t.end)) && r.dimension === "count") break; // "12 High Street"
    end = t.end;
    if (!/^\d/.test(t.norm)) stems.push(t.stem);
  }
  return { stems, end };
}

/** The clause `[from, to)` around a position: between , ; : . ( ) and line breaks. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const stop = /[,;:.!?()\n—–]/;
  let a = start;
  while (a > 0 && !(stop.test(text[a - 1] as string) && !/\d/.test(text[a] ?? ""))) a--;
  let b = end;
  while (b < text.length && !(stop.test(text[b] as string) && !/\d/.test(text[b + 1] ?? ""))) b++;
  return [a, b];
}

/**
 * Every quantity in `text`, in order, with offsets into `text`. Kept per text while recent: the
 * figures of a letter sentence are asked for again by every press sentence restating it (callers
 * only read them). Bounded, as the tone memo is.
 */
export function extractQuantities(text: string): Quantity[] {
  let found = recentQuantities.get(text);
  if (found === undefined) {
    found = readQuantities(text);
    if (recentQuantities.size >= RECENT_TEXTS) recentQuantities.clear();
    recentQuantities.set(text, found);
  }
  return found;
}
const RECENT_TEXTS = 4096;
const recentQuantities = new Map<string, Quantity[]>();

function readQuantities(text: string): Quantity[] {
  const raws = rawQuantities(text);
  const nouns = raws.map((r) => nounAfter(text, r));
  // A figure inside another figure's noun ("88.1% of 111 calls") names the thing; it counts nothing.
  const spans = raws.map((r, i) => ({ start: r.end, end: nouns[i]?.end ?? r.end }));
  const out: Quantity[] = [];
  const near = tokenize(text);
  raws.forEach((r, i) => {
    checkDeadline();
    if (r.dimension === "count" && spans.some((s, j) => j !== i && r.start >= s.start && r.start < s.end))
      return;
    const noun = nouns[i]?.stems ?? [];
    if (r.dimension === "count" && noun.length === 0) return; // a bare count cannot be tied to anything
    const hedge = hedgeBefore(text, r.start);
    const max = r.dimension === "count" ? Number.POSITIVE_INFINITY : 100;
    const [lo, hi, bound] = r.range
      ? [r.range[0], r.range[1], undefined]
      : hedgedInterval(r.value, hedge?.hedge, r.approx === true, max);
    const start = hedge ? Math.min(hedge.start, r.start) : r.start;
    const [ca, cb] = clauseAround(text, r.start, r.end);
    const clause = tokenize(text, ca, cb);
    const negated = clause.filter((t) => NEGATORS.has(t.norm) || t.norm.endsWith("n't")).length % 2 === 1;
    // Context: the content words of its clause, and (`nearby`) also of a few words either side across
    // commas ("uptake, at 64.5%"), without the figure's own words.
    const stems = (list: Token[]) => [
      ...new Set(
        list
          .filter((t) => isContentToken(t) && !/^\d/.test(t.norm) && (t.end <= start || t.start >= r.end))
          .map((t) => t.stem),
      ),
    ];
    const at = near.findIndex((t) => t.start >= r.start);
    const context = stems(clause);
    const nearby = stems([...near.slice(Math.max(0, at - CONTEXT_WORDS), at + CONTEXT_WORDS), ...clause]);
    out.push({
      start,
      end: r.end,
      text: text.slice(start, r.end),
      dimension: r.dimension,
      value: r.value,
      lo,
      hi,
      exact: r.exact && hedge === undefined,
      precision: r.precision,
      ...(bound ? { bound } : {}),
      numeric: r.numeric,
      noun,
      negated,
      context,
      nearby,
    });
  });
  return out;
}
