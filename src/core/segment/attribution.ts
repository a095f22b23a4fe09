import type { Speaker } from "../types.js";

/**
 * Who a quotation is attributed to, from the words around it ("…,” said the report",
 * "Mayor Jane Doe said: “…”"). Only quotations attributed to the regulator (or to nobody in
 * particular) are quotations of the letter; a council leader's own words are not.
 */

/**
 * Words that name the regulator or its document. General to UK inspectorates and regulators;
 * more names can be passed in (`extraRegulatorNames`), e.g. from the letter's own header.
 */
const REGULATOR_WORDS = [
  "ofsted",
  "cqc",
  "care quality commission",
  "hmicfrs",
  "hmi",
  "hmip",
  "estyn",
  "care inspectorate",
  "education scotland",
  "her majesty's inspectors?",
  "his majesty's inspectors?",
  "inspectors?",
  "inspectorate",
  "the inspection",
  "the inspection report",
  "the regulator",
  "the watchdog",
  // the regulator's document, however it is introduced ("the report", "its latest report",
  // "the inspection"); a bare noun needs a saying verb nearby to count (see nearestSpeakerCue)
  "report",
  "letter",
  "inspection",
  "(?:monitoring|focused|inspection) visit",
  "the findings",
  "the ombudsman",
];

/** Roles and words that mark a speaker other than the regulator: the council, its leaders, anyone quoted by name. */
const OTHER_WORDS = [
  "mayor",
  "councillor",
  "cllr",
  "cabinet member",
  "lead member",
  "portfolio holder",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "council leader",
  "leader of the council",
  "chief executive",
  "director of [a-z' ]+",
  "director",
  "minister",
  "mp",
  "headteacher",
  "head teacher",
  "principal",
  "chair",
  "chairman",
  "chairwoman",
  "campaigners?",
  "parents?",
  "residents?",
  "union",
];

/** Verbs of saying/reporting; a cue counts only when one stands near it. */
const SAYING =
  "said|says|say|stated|states|added|adds|noted|notes|found|finds|concluded|concludes|warned|warns|highlighted|highlights|commented|comments|praised|praises|reported|reports|described|describes|wrote|writes|observed|observes|told|tells|explained|explains|according to|stating|saying|called|credits|credited|cited|recognised|recognises|acknowledged|acknowledges|remarked";

function words(list: string[]): string {
  return list.map((w) => w.replace(/ /g, "\\s+")).join("|");
}

export interface AttributionCue {
  speaker: Exclude<Speaker, "unknown">;
  cue: string;
  /** Distance in characters from the cue to the quotation. */
  distance: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Finds the speaker cues in `frame` (text around a quotation with the quoted words blanked out)
 * and returns the one nearest to the quotation at `[quoteStart, quoteEnd)` (offsets into frame).
 */
export function nearestSpeakerCue(
  frame: string,
  quoteStart: number,
  quoteEnd: number,
  extraRegulatorNames: readonly string[] = [],
): AttributionCue | undefined {
  const regulator = words([
    ...REGULATOR_WORDS,
    ...extraRegulatorNames.map((n) => escapeRegExp(n.toLowerCase())),
  ]);
  const other = words(OTHER_WORDS);
  // A named person: two or more capitalised words followed by a saying verb or ", role,".
  const person = `(?:[A-Z][\\p{Ll}'’-]+\\s+){1,3}[A-Z][\\p{Ll}'’-]+(?=,|\\s+(?:${SAYING})\\b)`;
  const patterns: Array<[Exclude<Speaker, "unknown">, RegExp]> = [
    ["regulator", new RegExp(`\\b(?:${regulator})(?:['’]s)?\\b`, "giu")],
    ["other", new RegExp(`\\b(?:${other})\\b`, "giu")],
    ["other", new RegExp(person, "gu")],
    // "It said" / "they added": a pronoun with a saying verb refers back; treated by the caller.
  ];
  const saying = new RegExp(`\\b(?:${SAYING})\\b`, "iu");
  const hasSaying = saying.test(frame) || /:\s*$/.test(frame.slice(0, quoteStart));
  let best: AttributionCue | undefined;
  for (const [speaker, re] of patterns) {
    for (const m of frame.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const distance = end <= quoteStart ? quoteStart - end : start >= quoteEnd ? start - quoteEnd : 0;
      if (!hasSaying && distance > 40) continue;
      // "The council's quoted words are not the regulator's": a person or role nearer wins; at equal
      // distance the regulator wins (e.g. "Ofsted's director said").
      if (!best || distance < best.distance || (distance === best.distance && speaker === "regulator")) {
        best = { speaker, cue: m[0], distance };
      }
    }
  }
  return best;
}

/** First-person plural inside a quotation ("we are thrilled", "our staff") marks an organisation speaking for itself. */
export function speaksForItself(quoted: string): boolean {
  return /\b(?:we|we're|we've|our|ours|us)\b/i.test(quoted);
}
