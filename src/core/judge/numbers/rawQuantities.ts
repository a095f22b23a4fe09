import type { Dimension } from "../numbers.js";
import {
  AGE_AFTER,
  DATE_AFTER,
  DATE_BEFORE,
  EPS,
  FRACTION_WORD,
  FRACTIONS,
  LABEL_BEFORE,
  NUMBER_WORDS,
  WORD_NUM,
} from "./vocabulary.js";

export interface Raw {
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

/** Ratios: "7 of 28 contracts", "seven out of 28", "one in four", "two in every five". */
function addRatios(text: string, add: (r: Raw) => void): void {
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
}

/** Fractions: "a third", "two-thirds", "half of". */
function addFractions(text: string, add: (r: Raw) => void): void {
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
}

/** "Make up", "made up", "take up": a verb of constituting before a share, not "up" of a change. */
const MAKE_UP = /\b(?:make|makes|made|making|takes?|took|taking)\s+up\s*$/i;

/** Percentages and changes: "36%", "36 per cent", "64.5 percent", "up by 12%". */
function addPercentages(text: string, add: (r: Raw) => void): void {
  const percent = new RegExp(`(?<![\\p{L}\\p{N}])(${DIGITS}|${WORD_NUM})(${PERCENT})`, "giu");
  for (const m of text.matchAll(percent)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    if (/[£$€\p{L}\p{N}.,/-]$/u.test(before)) continue;
    const { value, precision } = parseNumber(m[1] as string);
    // "up 12%" is a change, but "make up 22%" (constitute) states a share.
    const change =
      (/\b(?:by|up|down|rise of|fall of|increase of|decrease of|drop of|cut of)\s*$/i.test(before) &&
        !MAKE_UP.test(before)) ||
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
}

/** Verbal proportions: "the majority", "the vast majority", "most", "nearly all". */
function addVerbalProportions(text: string, add: (r: Raw) => void): void {
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
}

/** Counts: "2,350 open complaints", "9 recommendations", "three wards", "2.5 million people". */
function addCounts(text: string, add: (r: Raw) => void): void {
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
}

/** Every figure of a text, in order; where two readings overlap, the one found first (the order below) wins. */
export function rawQuantities(text: string): Raw[] {
  const out: Raw[] = [];
  const taken: { start: number; end: number }[] = [];
  const add = (r: Raw) => {
    if (overlaps(r, taken)) return;
    taken.push({ start: r.start, end: r.end });
    out.push(r);
  };
  addRatios(text, add);
  addFractions(text, add);
  addPercentages(text, add);
  addVerbalProportions(text, add);
  addCounts(text, add);
  return out.sort((a, b) => a.start - b.start);
}
