import { stemWord } from "./stem.js";

/**
 * Words that coverage treats as the same when a press sentence restates a letter in other words. Only
 * near-synonyms of the vocabulary inspection letters and their coverage share (timeliness, responses,
 * staffing, kindness, safety, delay…) — never words of different strength ("good" and "outstanding"
 * stay apart, and so do "some" and "all"), which the overstatement rules must still see differ.
 */
const GROUPS: readonly (readonly string[])[] = [
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
