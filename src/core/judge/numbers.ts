import { isContentToken, type Token, tokenize } from "../text/tokens.js";

/**
 * Figures in restatements. Press coverage changes figures ("at just 64.5 per cent" for the letter's
 * 74.5%, "nearly half" for 36%); this module reads the quantities of a text — percentages, counts,
 * fractions, ratios and verbal proportions, each as the interval of values it claims — and tells when a
 * press sentence that restates letter sentences gives a figure the letter's corresponding figure does
 * not fit. Pure: no I/O.
 *
 * Quantities live in three dimensions that are only ever compared with themselves:
 * - `share`: a proportion in percent (36%, "a third", "two in five", "7 of 28 contracts", "most");
 * - `change`: a percentage rise or fall ("up by 35%", "a 20% increase");
 * - `count`: a number of things ("2,350 open complaints", "9 recommendations", "ten minutes") — compared only
 *   when both count the same noun.
 * Years, dates, times, ages, money, phone numbers, grades ("G2", "4 – Good"), labels ("Year 6",
 * "paragraph 1.7") and paragraph numbers at the start of a line are not quantities.
 */

export type Dimension = "share" | "change" | "count";

export interface Quantity {
  /** `[start, end)` offsets of the figure's words in the text. */
  start: number;
  end: number;
  /** The words as written ("almost a third", "64.5 per cent"). */
  text: string;
  dimension: Dimension;
  /** The central value (percent for shares and changes). */
  value: number;
  /** The interval of values the words claim (`lo`/`hi` inclusive; strict bounds nudged inward). */
  lo: number;
  hi: number;
  /** A figure stated outright ("26%", "7 of 28"): compared within rounding of its last digit. */
  exact: boolean;
  /** The unit of the last digit written (1 for "36", 0.1 for "64.5"); 0 for a computed ratio. */
  precision: number;
  /** A bound ("more than 25%", "below 70%"): which side the value lies on. */
  bound?: "above" | "below";
  /** Written in figures or number words, not a verbal proportion ("most", "the majority"). */
  numeric: boolean;
  /** Stems of the noun the figure counts ("of overdue care plans" → overdu, care, plan). */
  noun: string[];
  /** The clause around the figure denies it ("were not answered"): the complement may be meant. */
  negated: boolean;
  /** Content stems of the figure's clause: what is said of the things counted ("were not reviewed"). */
  context: string[];
  /** Content stems of its clause and of the words either side, across commas. */
  nearby: string[];
}

const EPS = 1e-9;

/** Number words: "three men", "nine out of 41", "ten seconds". "one" only inside ratios ("one in four"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const WORD_NUM = Object.keys(NUMBER_WORDS).join("|");

/** Fraction words: "a third", "two-thirds", "three quarters", "a fifth". */
const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
const FRACTION_WORD = Object.keys(FRACTIONS).join("|");

/**
 * Hedges and comparators before a figure, and the interval they give around a value v:
 * "almost/nearly" v claims a value a little below v (at most 15% below: "nearly half" is 42.5–50%,
 * "almost a third" 28.3–33.3%, so 36% is not "nearly half" and 26% not "almost a third");
 * "about/around" v claims v within 15% either side ("around a tenth" is 8.5–11.5%); "more than/over" v
 * claims anything above v; "less than/under/below" anything below; "just over/just under" within 15%.
 */
type Hedge = "below-near" | "above-near" | "approx" | "above" | "at-least" | "below" | "at-most";
const HEDGE_PHRASES: [RegExp, Hedge][] = [
  [/\b(?:just|slightly|a little) (?:under|below|less than|short of)$/, "below-near"],
  [/\b(?:just|slightly|a little) (?:over|above|more than)$/, "above-near"],
  [/\b(?:almost|nearly|close to|approaching|not quite|getting on for)$/, "below-near"],
  [/\b(?:about|around|roughly|approximately|some|circa|an estimated|estimated)$/, "approx"],
  [/\b(?:more than|over|above|upwards of|in excess of|exceeding)$/, "above"],
  [/\b(?:at least|no fewer than|no less than)$/, "at-least"],
  [/\b(?:less than|fewer than|under|below)$/, "below"],
  [/\b(?:at most|up to|no more than)$/, "at-most"],
];
/** Relative slack of the hedges "almost", "around", "just over" and of bare fractions ("a third"). */
const NEAR = 0.15;

/** Words that make the number after them a label, not a quantity: "Year 6", "key stage 2", "graded 4". */
const LABEL_BEFORE =
  /\b(?:year|years|stage|grade|graded|level|rated|rating|score|scored|paragraph|para|section|page|chapter|part|priority|recommendation|area|phase|step|ward|table|figure|no|number|tier|band|category|wave|round|question|appendix|annex|standard|outcome|criterion|aged|age|ages|under-|over-|the|route|junction|platform|room|unit|flat|floor)\s*$/i;
const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
/** A day of a month: "5 March", "5 and 6 March", "March 5". */
const DATE_AFTER = new RegExp(
  `^(?:(?:st|nd|rd|th)\\b)?\\s*(?:(?:and|to|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\b`,
  "i",
);
const DATE_BEFORE = new RegExp(`\\b(?:${MONTH})\\s*$`, "i");
/** Ages and durations glued into adjectives: "11-year-old", "16 years old". */
const AGE_AFTER = /^[\s-]*(?:years?[\s-]+olds?\b|-)/i;

/** Words that deny a clause: its figure may be a complement ("28.6% were not answered"). */
const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "without",
  "failed",
  "fail",
  "unable",
  "cannot",
  "nor",
  "none",
]);

/** Determiners skipped between "of" and the counted noun ("of the calls", "of its patients"). */
const DETERMINERS = new Set([
  "the",
  "all",
  "its",
  "their",
  "our",
  "these",
  "those",
  "his",
  "her",
  "your",
  "this",
  "that",
]);
const NOUN_WORDS = 3;
/** Words either side of a figure that tie it to the letter figure it restates. */
const CONTEXT_WORDS = 8;
/** Words that end a counted noun: prepositions and verbs ("of calls within 10 seconds", "of men were"). */
const NOUN_END = new Set(
  (
    "within during across over after before since under between among per each every via about against " +
    "not no never would could should will can may might must did does had has have were was are is " +
    "said say says found find had being been"
  ).split(" "),
);

interface Raw {
  start: number;
  end: number;
  dimension: Dimension;
  value: number;
  exact: boolean;
  precision: number;
  numeric: boolean;
  /** Where the counted noun may begin ("of" + noun, or the noun right after a count). */
  nounFrom: number;
  /** For a count: the noun must follow at once. For a share: optionally after "of". */
  nounDirect: boolean;
  /** Slack of a bare figure that is an approximation by nature ("a third", "one in four"). */
  approx?: boolean;
  /** The interval of a verbal proportion ("the majority" is above 50%), fixed by its words. */
  range?: [number, number];
}

function parseNumber(s: string): { value: number; precision: number } {
  const lower = s.toLowerCase();
  if (lower in NUMBER_WORDS) return { value: NUMBER_WORDS[lower] as number, precision: 1 };
  const clean = s.replace(/,/g, "");
  const dot = clean.indexOf(".");
  const precision = dot < 0 ? 1 : 10 ** -(clean.length - dot - 1);
  return { value: Number(clean), precision };
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUM = `(?:${DIGITS}|${WORD_NUM})`;
const PERCENT = String.raw`\s*(?:%|per\s*cent\b|percent\b)`;
/** "2.5 million", "3,000" — a multiplier word after a figure. */
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** The figure is glued to letters, symbols or other numbers that make it a code, time, date or sum. */
function isCodeOrLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (/[\p{L}\p{N}£$€¥#/:.,\\-]$/u.test(before)) return true; // A41, £1.2m, 05/12, #3, 1.2.3
  if (/^(?:[\p{L}\p{N}/:]|[.,]\d|-\d|[-–]\p{L})/u.test(after) && !/^%/.test(after)) return true; // 5th, 21m, 5:45, 2023-24, 20-week
  if (/^\s*(?:am|pm|a\.m\.|p\.m\.)\b/i.test(after)) return true;
  if (/^\s*[-–]\s*\p{Lu}/u.test(after)) return true; // "4 – Good": a grade on a scale
  if (LABEL_BEFORE.test(before) || DATE_BEFORE.test(before) || DATE_AFTER.test(after)) return true;
  if (AGE_AFTER.test(after)) return true;
  return false;
}

/** A number at the start of a line followed by a capital is a paragraph or list number ("1.7 Leaders…"). */
function isParagraphNumber(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, start)) && /^\.?\s+\p{Lu}/u.test(text.slice(end, end + 4));
}

function isYear(s: string): boolean {
  return /^\d{4}$/.test(s) && Number(s) >= 1800 && Number(s) <= 2100;
}

function rawQuantities(text: string): Raw[] {
  const out: Raw[] = [];
  const taken: { start: number; end: number }[] = [];
  const add = (r: Raw) => {
    if (overlaps(r, taken)) return;
    taken.push({ start: r.start, end: r.end });
    out.push(r);
  };
  // Ratios: "7 of 28 contracts", "seven out of 28", "one in four", "two in every five".
  const ratio = new RegExp(`\\b(${NUM})\\s+(in every|in|out of|of the|of)\\s+(${NUM})\\b`, "gi");
  for (const m of text.matchAll(ratio)) {
    const start = m.index ?? 0;
    const a = parseNumber(m[1] as string);
    const b = parseNumber(m[3] as string);
    const end = start + m[0].length;
    if (!(b.value > 0) || a.value > b.value || isYear(m[3] as string) || isYear(m[1] as string)) continue;
    if (/^\d/.test(m[1] as string) && isCodeOrLabel(text, start, start + (m[1] as string).length)) continue;
    const approx = /^in/i.test(m[2] as string); // "one in four" is a rounded way of speaking
    add({
      start,
      end,
      dimension: "share",
      value: (a.value / b.value) * 100,
      exact: !approx,
      precision: 0,
      numeric: true,
      nounFrom: end,
      nounDirect: true,
      approx,
    });
  }
  // Fractions: "a third", "two-thirds", "half of".
  const fraction = new RegExp(
    `\\b(a|an|one|${WORD_NUM})[\\s-]+(${FRACTION_WORD})\\b|\\bhalf(?=\\s+(?:of|the|all|its|their|our)\\b)`,
    "gi",
  );
  for (const m of text.matchAll(fraction)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const lead = (m[1] ?? "one").toLowerCase();
    const n = lead === "a" || lead === "an" ? 1 : (NUMBER_WORDS[lead] ?? 1);
    const d = FRACTIONS[(m[2] ?? "half").toLowerCase()] ?? 2;
    if (n >= d) continue;
    add({
      start,
      end,
      dimension: "share",
      value: (n / d) * 100,
      exact: false,
      precision: 0,
      numeric: true,
      nounFrom: end,
      nounDirect: false,
      approx: true,
    });
  }
  // Percentages and changes: "36%", "36 per cent", "64.5 percent", "up by 12%".
  const percent = new RegExp(`(?<![\\p{L}\\p{N}])(${DIGITS}|${WORD_NUM})(${PERCENT})`, "giu");
  for (const m of text.matchAll(percent)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    if (/[£$€\p{L}\p{N}.,/-]$/u.test(before)) continue;
    const { value, precision } = parseNumber(m[1] as string);
    const change =
      /\b(?:by|up|down|rise of|fall of|increase of|decrease of|drop of|cut of)\s*$/i.test(before) ||
      /^\s*(?:rise|increase|fall|drop|decrease|reduction|cut|higher|lower|more|fewer|less)\b/i.test(
        text.slice(end, end + 20),
      );
    add({
      start,
      end,
      dimension: change ? "change" : "share",
      value,
      exact: true,
      precision,
      numeric: true,
      nounFrom: end,
      nounDirect: false,
    });
  }
  // Verbal proportions: "the majority", "the vast majority", "most", "nearly all".
  const verbal: [RegExp, number, number][] = [
    [/\b(?:the|a) (?:vast|overwhelming) majority\b/gi, 80, 100],
    [/\b(?:the|a) large majority\b/gi, 65, 100],
    [/\b(?:the|a) (?:small|slim|narrow) majority\b/gi, 50 + EPS, 65],
    [/\b(?:the|a) majority\b/gi, 50 + EPS, 100],
    [/\b(?:a|the) small minority\b/gi, 0, 20],
    [/\b(?:a|the) minority\b/gi, 0, 50 - EPS],
    [/\b(?:almost|nearly|virtually|practically) (?:all|every)\b/gi, 85, 100 - EPS],
    [
      // The lookbehind follows "most" (it reads back over "most" itself): placed first, it was tried
      // at every position of the text, each time reading back over a run of white space.
      /\bmost\b(?<!\b(?:the|a|at|one of the)\s+most)(?=\s+(?:of\b|\p{Ll}+(?<!ive|ful|ous|able|ible|al|ant|ent|ic|est|ly)\b))/giu,
      50 + EPS,
      100,
    ],
  ];
  for (const [re, lo, hi] of verbal) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const direct = /most$/i.test(m[0]); // "most pupils": the noun follows at once
      add({
        start,
        end,
        dimension: "share",
        value: (lo + hi) / 2,
        exact: false,
        precision: 0,
        numeric: false,
        nounFrom: end,
        nounDirect: direct,
        range: [lo, hi],
      });
    }
  }
  // Counts: "2,350 open complaints", "9 recommendations", "three wards", "2.5 million people".
  const count = new RegExp(
    `(?<![\\p{L}\\p{N}])(${DIGITS}|${WORD_NUM})(?:\\s+(thousand|million|billion)\\b)?`,
    "giu",
  );
  for (const m of text.matchAll(count)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const word = m[1] as string;
    if (/^(?:one|hundred)$/i.test(word)) continue; // "one of the…", "a hundred" — not counts worth comparing
    if (/^0\d/.test(word) || isYear(word)) continue; // phone numbers, years
    if (
      isCodeOrLabel(text, start, start + word.length) ||
      isParagraphNumber(text, start, start + word.length)
    )
      continue;
    const { value, precision } = parseNumber(word);
    const mult = MULTIPLIERS[(m[2] ?? "").toLowerCase()] ?? 1;
    add({
      start,
      end,
      dimension: "count",
      value: value * mult,
      exact: true,
      precision: precision * mult,
      numeric: true,
      nounFrom: end,
      nounDirect: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

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

/** Every quantity in `text`, in order, with offsets into `text`. */
export function extractQuantities(text: string): Quantity[] {
  const raws = rawQuantities(text);
  const nouns = raws.map((r) => nounAfter(text, r));
  // A figure inside another figure's noun ("88.1% of 111 calls") names the thing; it counts nothing.
  const spans = raws.map((r, i) => ({ start: r.end, end: nouns[i]?.end ?? r.end }));
  const out: Quantity[] = [];
  const near = tokenize(text);
  raws.forEach((r, i) => {
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

function complement(q: Quantity): Quantity {
  return {
    ...q,
    value: 100 - q.value,
    lo: 100 - q.hi,
    hi: 100 - q.lo,
    bound: q.bound === "above" ? "below" : q.bound === "below" ? "above" : undefined,
  };
}

/**
 * Whether a press figure fits a letter figure. Two stated figures agree within half the unit of the
 * coarser one's last digit (64% for 64.3%, not 65%); a hedged or verbal press figure must contain the
 * letter's figure ("almost a third" does not contain 26%); two bounds on the same side must name the
 * same threshold ("below 60%" is not the letter's "below 70%"); otherwise the intervals must meet.
 */
export function fits(press: Quantity, letter: Quantity): boolean {
  if (press.exact && letter.exact) {
    const tol = Math.max(press.precision, letter.precision) / 2;
    return Math.abs(press.value - letter.value) <= tol + EPS;
  }
  if (press.bound && press.bound === letter.bound) {
    return Math.abs(press.value - letter.value) <= Math.max(press.precision, letter.precision) / 2 + EPS;
  }
  return press.lo <= letter.hi + EPS && letter.lo <= press.hi + EPS;
}

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/** The letter figure a press figure restates: the one counting the same noun, else the only one. */
function counterpart(q: Quantity, letter: Quantity[], pressSame: number): Quantity | undefined {
  // Words the two figures' clauses share besides the nouns: what is said of the things counted ("were
  // were not reviewed", "had been upheld"; not "employs" against "spoke with").
  const said = (l: Quantity, key: "context" | "nearby" = "context") =>
    shared(
      q[key].filter((w) => !q.noun.includes(w) && !l.noun.includes(w)),
      l[key],
    );
  const byNoun = letter.filter((l) => shared(q.noun, l.noun) > 0 && said(l) > 0);
  if (byNoun.length > 0) {
    return byNoun
      .map((l) => ({ l, score: shared(q.noun, l.noun) * 2 + said(l) }))
      .sort((a, b) => b.score - a.score)[0]?.l;
  }
  if (q.dimension === "count") return undefined; // counts of different things are different facts
  // No noun in common: pair only one figure with one figure, when at most one names a noun and their
  // surroundings (across commas) share two words ("library visits, at 62.5 per cent" / "library visits
  // reached 72.5%").
  const only = letter.length === 1 ? letter[0] : undefined;
  if (!only || pressSame !== 1 || (q.noun.length > 0 && only.noun.length > 0)) return undefined;
  return said(only, "nearby") >= 2 ? only : undefined;
}

/**
 * When a press sentence restating `letterSpans` gives a figure that the letter's corresponding figure
 * does not fit, why ('says "64.5 per cent"; the letter says "74.5%"'); undefined when every figure fits
 * or has no counterpart. A figure that fits any letter figure of its dimension is taken as faithful;
 * when exactly one of the two clauses is negated, the complement also fits ("more than a quarter were
 * not answered" against "answered 68.2%"). Verbal letter proportions ("most") are the quantifier
 * rules' business, not compared here.
 */
export function findNumberMismatch(press: string, letterSpans: string[]): string | undefined {
  const letter = letterSpans.flatMap((s) => extractQuantities(s)).filter((q) => q.numeric);
  if (letter.length === 0) return undefined;
  const earlier = new Set(letterSpans.flatMap((s) => earlierFigures(s)));
  const pressInPast = PAST_FRAME.test(press);
  const pressQ = extractQuantities(press);
  for (const q of pressQ) {
    const same = letter.filter((l) => l.dimension === q.dimension);
    if (same.length === 0) continue;
    const fitsAny = same.some(
      (l) => fits(q, l) || (q.dimension === "share" && q.negated !== l.negated && fits(q, complement(l))),
    );
    if (fitsAny) {
      // Only the figure a change started from fits, and the press states it as the present: the
      // letter's "fell from 61% in 2022 to 43% in 2024" reported as "around two-thirds are issued
      // on time" gives the old figure as the current one.
      const current = same.filter((l) => !earlier.has(l.text));
      const fitsEarlierOnly =
        !pressInPast &&
        current.length > 0 &&
        current.length < same.length &&
        !same.some((l) => !earlier.has(l.text) && fits(q, l));
      if (fitsEarlierOnly) {
        const now = current.find((l) => l.dimension === q.dimension);
        if (now)
          return `says "${q.text}", the letter's earlier figure; the letter says it is now "${now.text}"`;
      }
      continue;
    }
    const pressSame = pressQ.filter((p) => p.dimension === q.dimension).length;
    const l = counterpart(q, same, pressSame);
    if (l) return `says "${q.text}"; the letter says "${l.text}"`;
  }
  return undefined;
}

/**
 * A press sentence in the past or naming a time ("was 61%", "in 2022", "up from…", "previously"):
 * it may report a change's starting figure as such, so the earlier-figure check does not apply.
 */
const PAST_FRAME =
  /\b(?:was|were|had|had been|has been|previously|formerly|used to|from|last year|in (?:19|20)\d\d)\b/i;

/**
 * Figures a change starts from: "fell from 61% in 2022 to 43% in 2024", "rose from 12 weeks to 20
 * weeks" — the first figure of a "from X … to Y" pair of the same dimension, no longer the state of
 * things. Returned as the figures' texts.
 */
export function earlierFigures(text: string): string[] {
  const qs = extractQuantities(text).filter((q) => q.numeric);
  const out: string[] = [];
  qs.forEach((q, i) => {
    if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, q.start - 12), q.start))) return;
    const later = qs.slice(i + 1).find((r) => r.dimension === q.dimension);
    if (!later) return;
    const between = text.slice(q.end, later.start);
    if (/\bto\s+$/i.test(between) && !/[.;]/.test(between) && between.length < 60) out.push(q.text);
  });
  return out;
}
