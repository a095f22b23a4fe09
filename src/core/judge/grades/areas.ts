import { STOPWORDS, tokenize } from "../../text/tokens.js";

/** Areas that stand for the whole inspection rather than one part of it. */
export const OVERALL = "overall";
export const PREVIOUS = "previous inspection";
export const ALL_AREAS = "all areas";

/**
 * Words that name the same area in a table and in coverage ("well-led" ~ "leadership" ~ "leadership
 * and management"; "setting" ~ "environment"). Only area names of inspection frameworks, never grade
 * words. Keyed on the lower-case word with hyphens removed ("well-led" → "wellled").
 */
const AREA_SENSES: readonly (readonly string[])[] = [
  ["leadership", "leaders", "leader", "led", "wellled", "management", "governance"],
  [
    "setting",
    "environment",
    "premises",
    "building",
    "buildings",
    "accommodation",
    "facilities",
    "surroundings",
  ],
  ["safe", "safety", "safely", "safeguarding"],
  ["effective", "effectiveness"],
  ["responsive", "responsiveness"],
  ["caring", "compassionate"],
  ["wellbeing", "welfare"],
  ["staff", "staffing", "workforce", "staffed"],
  ["behaviour", "behavior", "conduct"],
];
const SENSE_OF = new Map<string, string>();
for (const group of AREA_SENSES) for (const w of group) SENSE_OF.set(w, `~${group[0]}`);

/** Words that frame an area without naming it ("Are services …?", "How good is our …?", "its", "being"). */
const AREA_FILLER = new Set(
  "well being how our we do does did services service good is are was were its their his her it provision key question questions area areas all at for being people's people".split(
    " ",
  ),
);

/** The words that identify an area: filler dropped, synonyms merged, the rest stemmed. */
export function areaKey(area: string): Set<string> {
  const joined = area.replace(/([\p{L}])[-‐‑]([\p{L}])/gu, "$1$2");
  const key = new Set<string>();
  for (const t of tokenize(joined)) {
    if (STOPWORDS.has(t.norm) || AREA_FILLER.has(t.norm)) continue;
    key.add(SENSE_OF.get(t.norm) ?? SENSE_OF.get(t.stem) ?? t.stem);
  }
  return key;
}

/**
 * How well two area namings agree, 0..1: one's words must all be among the other's ("care planning"
 * within "how well is care and support planned here", "behaviour" within "behaviour and attitudes"); the
 * share of words in common then ranks the candidates. 0 when neither contains the other.
 */
export function areaMatch(a: string, b: string): number {
  if (a === b) return 1;
  if ([a, b].some((x) => x === OVERALL || x === PREVIOUS || x === ALL_AREAS)) return 0;
  const ka = areaKey(a);
  const kb = areaKey(b);
  if (ka.size === 0 || kb.size === 0) return 0;
  const common = [...ka].filter((k) => kb.has(k)).length;
  if (common < Math.min(ka.size, kb.size)) return 0;
  return common / (ka.size + kb.size - common);
}

/**
 * The area a heading or phrase names, in plain words: "Overall effectiveness" and "Overall rating for this
 * location" → overall; "Previous inspection grade" → previous inspection; "Are services caring?" →
 * caring; "How good is our leadership?" → leadership; "its setting" → setting.
 */
export function canonicalArea(words: string): string {
  const w = words
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[?:.,;\s]+$/, "")
    .trim();
  if (
    /\b(?:previous|last|prior|earlier)\b.*\b(?:inspection|rating|grade|judgement|judgment|visit)s?\b/.test(w)
  )
    return PREVIOUS;
  if (/^previously\b/.test(w)) return PREVIOUS;
  if (/\boverall\b/.test(w)) return OVERALL;
  // The whole of a council's service, not one judgement of it: "Fernley's children's services".
  if (/^(?:(?:children's|childrens|social care|adult social care) )?services?$/.test(w)) return OVERALL;
  if (/^(?:all|every|each)\b|\bacross the board\b/.test(w)) return ALL_AREAS;
  return w
    .replace(
      /^(?:are (?:the )?services|is (?:the|this|our) service|how (?:good|well|effective) (?:is|are|do|does) (?:our|the|we|this|its|their)|how (?:good|well) (?:is|are|do|does)|what is)\s+/,
      "",
    )
    .replace(/^(?:(?:for|at|in|on|being|its|their|our|the|his|her|it's|it)\s+)+/, "")
    .trim();
}
