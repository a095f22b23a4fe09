/**
 * Deterministic distractor letters for corpus tests: monitoring letters about invented councils in a
 * regulator's house style (templates filled from word pools by a seeded PRNG), so they share most of
 * a real letter's vocabulary — "children", "care leavers", "management oversight" — and none of its
 * passages. Same seed, same letters, on every machine.
 */

// The bench's seeded PRNG: distractors and bench letters come from one generator.
import { mulberry32 } from "../../bench/prng.mjs";

const SUBJECTS = [
  "Social workers",
  "Managers",
  "Senior leaders",
  "Personal advisers",
  "Practitioners",
  "Team managers",
];
const OBJECTS = [
  "the quality of assessments",
  "care planning for children in care",
  "pathway planning for care leavers",
  "management oversight of casework",
  "the timeliness of strategy meetings",
  "permanence planning",
  "return home interviews",
  "the recording of supervision",
];
const QUALITIES = [
  "thorough",
  "timely",
  "too variable",
  "not yet consistent",
  "purposeful",
  "delayed",
  "effective",
];
const PLACES = [
  "in the assessment teams",
  "in the leaving care service",
  "at the front door",
  "in the court team",
];
const ROOTS = [
  "ash",
  "brook",
  "dun",
  "elm",
  "fern",
  "glen",
  "hart",
  "kel",
  "mar",
  "oak",
  "pen",
  "ros",
  "thorn",
  "wick",
];
const ENDS = ["ford", "ton", "shire", "borough", "field", "ham", "bury", "ley"];

const TEMPLATES: Array<(pick: <T>(xs: readonly T[]) => T) => string> = [
  (p) => `${p(SUBJECTS)} are beginning to improve ${p(OBJECTS)} ${p(PLACES)}.`,
  (p) => `Inspectors found that ${p(OBJECTS)} is ${p(QUALITIES)} ${p(PLACES)}.`,
  (p) => `However, ${p(OBJECTS)} remains ${p(QUALITIES)}, and leaders know this.`,
  (p) => `${p(SUBJECTS)} need to ensure that ${p(OBJECTS)} improves.`,
  (p) => `Most children's plans are ${p(QUALITIES)}, although some are ${p(QUALITIES)}.`,
  (p) => `The local authority has invested in ${p(OBJECTS)} since the last visit.`,
  (p) => `${p(SUBJECTS)} told inspectors that caseloads ${p(PLACES)} are manageable.`,
  (p) => `Management oversight of ${p(OBJECTS)} is regular but is ${p(QUALITIES)}.`,
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Letter `i`: an address block, a heading naming its council and visit, and `sentences` findings. */
export function distractorLetter(i: number, sentences = 40): string {
  const rnd = mulberry32(0xd15 + i * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const place = cap(`${pick(ROOTS)}${pick(ROOTS)}${pick(ENDS)}`);
  const visit = 1 + Math.floor(rnd() * 8);
  const body: string[] = [];
  for (let s = 0; s < sentences; s++) body.push(pick(TEMPLATES)(pick));
  const paragraphs: string[] = [];
  for (let s = 0; s < body.length; s += 5) paragraphs.push(body.slice(s, s + 5).join(" "));
  return [
    `Regulator House, 1 Example Street`,
    `${1 + (i % 28)} March 2021`,
    `Dear Director`,
    `Monitoring visit ${visit} to ${place} children's services`,
    ...paragraphs,
    "Yours sincerely",
  ].join("\n\n");
}
