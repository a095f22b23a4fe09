import { allMatches } from "./matches.js";
import { stemWord } from "./stem.js";
import type { Token } from "./tokens.js";

/**
 * Words that coverage treats as the same when a press sentence restates a letter in other words. Only
 * near-synonyms of the vocabulary inspection letters and their coverage share (timeliness, responses,
 * staffing, kindness, safety, delay…) — never words of different strength ("good" and "outstanding"
 * stay apart, and so do "some" and "all"), which the overstatement rules must still see differ.
 */
export const GROUPS: readonly (readonly string[])[] = [
  [
    "timely",
    "timeliness",
    "prompt",
    "promptly",
    "promptness",
    "quick",
    "quickly",
    "swift",
    "swiftly",
    "speedy",
    "speedily",
    "rapid",
    "rapidly",
  ],
  ["respond", "response", "responses", "answer", "answered", "reply", "replies"],
  ["delay", "delays", "delayed", "wait", "waits", "waiting", "waited"],
  ["staff", "staffing", "workforce", "employees", "personnel"],
  ["kind", "kindness", "caring", "compassionate", "compassion"],
  ["safe", "safely", "safety", "secure", "securely"],
  ["improve", "improved", "improvement", "improvements", "better"],
  ["plan", "plans", "planning", "strategy", "strategies"],
  ["thorough", "detailed", "comprehensive"],
  ["pupil", "pupils", "student", "students", "learner", "learners"],
  ["patient", "patients", "resident", "residents"],
  ["doctor", "doctors", "gp", "gps", "clinician", "clinicians"],
  ["leader", "leaders", "leadership"],
  ["manager", "managers", "management"],
  ["check", "checks", "audit", "audits", "review", "reviews"],
];

const SENSE_OF_STEM = new Map<string, string>();
for (const group of GROUPS) {
  const id = `~${stemWord(group[0] as string)}`;
  for (const w of group) SENSE_OF_STEM.set(stemWord(w), id);
}

/** The synonym group of a stem ("~time" for timely, prompt, quick…), or undefined. */
export function senseOf(stem: string): string | undefined {
  return SENSE_OF_STEM.get(stem);
}

// ── Paraphrase block (branch "paraphrase"): word-form groups, multi-word phrases, per-token senses ──

/**
 * Groups matched on the exact word form, not the stem: the stem would merge words these groups must
 * keep apart ("prisoners" stems to "prison", the institution; "offending" to "offend"; "died" to "di").
 * People a service holds or serves under the names letters and press swap ("men" and "women" are how
 * inspectors of a single-sex establishment name its prisoners); leaving custody; housing; drugs; death.
 * "left" and "home" are not here (a child "left without support", a "care home"): only in phrases below.
 */
export const WORD_GROUPS: readonly (readonly string[])[] = [
  [
    "prisoner",
    "prisoners",
    "inmate",
    "inmates",
    "detainee",
    "detainees",
    "offender",
    "offenders",
    "men",
    "women",
  ],
  ["released", "release", "releases", "releasing", "discharged", "discharge", "discharges", "discharging"],
  ["accommodation", "housing", "housed", "rehoused"],
  ["drug", "drugs", "substance", "substances", "narcotics"],
  ["death", "deaths", "died", "die", "dies", "dying", "fatalities"],
];

/**
 * Multi-word expressions and the sense every word of them takes: an idiom restates a letter's term in
 * words that share nothing with it ("took his own life" ~ "self-inflicted death", "leaving custody" ~
 * "released", "nowhere to live" ~ "without accommodation"). Matched on the word forms joined by single
 * spaces. Each is how English in general says the thing, not one document's wording: a journalist's
 * idiom written for one pair (a prisoner "walking out of the gates") was removed (docs/lexicon.md).
 *
 * `needs`: literal pieces of which every match of the pattern holds at least one, read off the
 * pattern's alternatives (each alternative names one of them outright). A sentence whose joined words
 * hold none of them cannot match, and is not scanned: most sentences hold no idiom, and the three
 * patterns (each tried at every word) were most of what a sentence's senses cost. A pattern changed
 * here must keep its `needs` true (test/core/text/synonyms.test.ts checks them on random word runs).
 */
export interface Phrase {
  pattern: RegExp;
  sense: string;
  needs: readonly string[];
}
export const PHRASES: readonly Phrase[] = [
  {
    pattern:
      /\b(?:(?:take|takes|took|taken|taking) (?:their|his|her|your|my|its) own (?:life|lives)|self inflicted deaths?|suicides?|killed (?:themselves|himself|herself)|died by suicide)\b/g,
    sense: "~suicide",
    needs: ["own", "inflicted", "suicide", "killed"],
  },
  {
    pattern: /\b(?:left|leave|leaves|leaving) (?:the )?(?:prison|custody|jail)\b/g,
    sense: `~${stemWord("released")}`,
    needs: ["prison", "custody", "jail"],
  },
  {
    pattern:
      /\b(?:somewhere|nowhere|anywhere|a place|places?|a home) (?:(?:sustainable|suitable|safe|stable|settled|permanent|secure) )?to (?:live|stay)\b/g,
    sense: `~${stemWord("accommodation")}`,
    needs: ["to live", "to stay"],
  },
];

/** Whether `joined` may hold a match of `phrase`: it holds one of the phrase's needed pieces. */
function mayHold(phrase: Phrase, joined: string): boolean {
  for (const n of phrase.needs) if (joined.includes(n)) return true;
  return false;
}

const SENSE_OF_WORD = new Map<string, string>();
for (const group of WORD_GROUPS) {
  const id = `~${stemWord(group[0] as string)}`;
  for (const w of group) SENSE_OF_WORD.set(w, id);
}

const NO_SENSES: readonly string[] = Object.freeze([]);

/**
 * Every sense of each token (by index): its stem's group, its word form's group, and the sense of a
 * phrase it belongs to. Two words match when they share a stem or one of these senses. `phrases` are
 * the phrases looked for (all of them unless a caller knows some can match nothing it asks about: a
 * press sentence is only ever matched with one letter, and a sense the letter never has finds nothing).
 */
export function tokenSenses(
  tokens: readonly Token[],
  phrases: readonly Phrase[] = PHRASES,
): (readonly string[])[] {
  // Most words have no sense: they share one empty list, replaced (never changed) when a phrase adds one.
  const senses = tokens.map((t): readonly string[] => {
    const byStem = SENSE_OF_STEM.get(t.stem);
    const byWord = SENSE_OF_WORD.get(t.norm);
    if (byStem === undefined) return byWord === undefined ? NO_SENSES : [byWord];
    return byWord === undefined || byWord === byStem ? [byStem] : [byStem, byWord];
  });
  if (phrases.length === 0) return senses;
  // The norms each followed by a space, made in one join; starts[i] is where token i begins in that
  // string, worked out only when a phrase matches (most sentences hold none).
  const joined = tokens.length === 0 ? "" : `${tokens.map((t) => t.norm).join(" ")} `;
  let starts: number[] | undefined;
  for (const phrase of phrases) {
    if (!mayHold(phrase, joined)) continue;
    const { pattern, sense } = phrase;
    pattern.lastIndex = 0;
    for (const m of allMatches(pattern, joined)) {
      const end = m.index + m[0].length;
      starts ??= startsOf(tokens);
      starts.forEach((s, i) => {
        const list = senses[i];
        if (s >= m.index && s < end && list && !list.includes(sense)) senses[i] = [...list, sense];
      });
    }
  }
  return senses;
}

/** Where each token's norm begins in the norms joined, each followed by a space. */
function startsOf(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.norm.length + 1;
  }
  return starts;
}
