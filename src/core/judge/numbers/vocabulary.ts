import { MONTH_WORDS } from "../documentDates.js";

export const EPS = 1e-9;

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
export const WORD_NUM = Object.keys(NUMBER_WORDS).join("|");

/** Fraction words: "a third", "two-thirds", "three quarters", "a fifth". */
export const FRACTIONS: Record<string, number> = {
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
export const FRACTION_WORD = Object.keys(FRACTIONS).join("|");

/**
 * Hedges and comparators before a figure, and the interval they give around a value v:
 * "almost/nearly" v claims a value a little below v (at most 15% below: "nearly half" is 42.5–50%,
 * "almost a third" 28.3–33.3%, so 36% is not "nearly half" and 26% not "almost a third");
 * "about/around" v claims v within 15% either side ("around a tenth" is 8.5–11.5%); "more than/over" v
 * claims anything above v; "less than/under/below" anything below; "just over/just under" within 15%.
 */
export type Hedge = "below-near" | "above-near" | "approx" | "above" | "at-least" | "below" | "at-most";
export const HEDGE_PHRASES: [RegExp, Hedge][] = [
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
export const NEAR = 0.15;

/** Words that make the number after them a label, not a quantity: "Year 6", "key stage 2", "graded 4". */
export const LABEL_BEFORE =
  /\b(?:year|years|stage|grade|graded|level|rated|rating|score|scored|paragraph|para|section|page|chapter|part|priority|recommendation|area|phase|step|ward|table|figure|no|number|tier|band|category|wave|round|question|appendix|annex|standard|outcome|criterion|aged|age|ages|under-|over-|the|route|junction|platform|room|unit|flat|floor)\s*$/i;
const MONTH = MONTH_WORDS.join("|");
/** A day of a month: "5 March", "5 and 6 March", "March 5". */
export const DATE_AFTER = new RegExp(
  `^(?:(?:st|nd|rd|th)\\b)?\\s*(?:(?:and|to|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\b`,
  "i",
);
export const DATE_BEFORE = new RegExp(`\\b(?:${MONTH})\\s*$`, "i");
/** Ages and durations glued into adjectives: "11-year-old", "16 years old". */
export const AGE_AFTER = /^[\s-]*(?:years?[\s-]+olds?\b|-)/i;

/** Words that deny a clause: its figure may be a complement ("28.6% were not answered"). */
export const NEGATORS = new Set([
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
export const DETERMINERS = new Set([
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
export const NOUN_WORDS = 3;
/** Words either side of a figure that tie it to the letter figure it restates. */
export const CONTEXT_WORDS = 8;
/** Words that end a counted noun: prepositions and verbs ("of calls within 10 seconds", "of men were"). */
export const NOUN_END = new Set(
  (
    "within during across over after before since under between among per each every via about against " +
    "not no never would could should will can may might must did does had has have were was are is " +
    "said say says found find had being been"
  ).split(" "),
);
