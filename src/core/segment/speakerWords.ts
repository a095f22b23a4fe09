/**
 * The words reporting clauses are read with: names of the regulator and of other speakers, verbs of
 * saying and judging, and the small patterns that tell a verb from a noun or a passive from an active.
 * Used by reportingClauses.ts and subject.ts (see attribution.ts for what they serve).
 */
/**
 * Words that name the regulator or its document. General to UK inspectorates and regulators;
 * more names can be passed in (`extraRegulatorNames`), e.g. from the letter's own header.
 */
const REGULATOR_WORDS = [
  "ofsted",
  "cqc",
  "care quality commission",
  "commission",
  "hmicfrs",
  "hmi",
  "hmip",
  "estyn",
  "care inspectorate",
  "education scotland",
  "her majesty's inspectors?",
  "his majesty's inspectors?",
  "her majesty's inspectorates?",
  "his majesty's inspectorates?",
  "inspectors?",
  "inspectorates?",
  "inspection team",
  "the regulator",
  "regulators?",
  "watchdogs?",
  // the regulator's document, however it is introduced ("the report", "its latest report",
  // "the inspection"): as the subject of a saying verb it speaks for the regulator
  "reports?",
  "letter",
  "inspections?",
  // "the visit found…", "the latest visit, the fourth since…, found": the regulator's visit — one
  // visit named as this one, not "home visits" or "regular visits by social workers"
  "(?:monitoring|focused|inspection) visit",
  "(?:the|this|that|its|latest|last|recent|follow-up|unannounced|first|second|third|fourth|fifth|sixth|seventh|eighth|final) visit(?!\\s+(?:by|from)\\b)",
  "findings",
  "verdict",
  "ombudsman",
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
  "campaign(?:ers?| groups?)",
  "parents?",
  "residents?",
  "union",
];

/**
 * A name carrying an inspector's title ("HM Inspector Jo Bloggs", "His Majesty's Chief Inspector",
 * "lead inspector Sam Hill", "Chief Inspector of Prisons Jo Bloggs") is the regulator speaking, even
 * though it is also a named person.
 */
export const INSPECTOR_TITLE = /\binspectors?\b|\bhmi\b/i;

/**
 * Verbs of saying, reporting and judging. Their subject is the speaker; what follows is content.
 * Nouns that look like verbs ("pass rates", "the comments", "a finding") are left out on purpose.
 * The future forms ("will return", "will revisit") make a claim about the regulator's own process.
 */
const SAYING_VERBS = [
  "said",
  "says",
  "say",
  "saying",
  "stated",
  "states",
  "stating",
  "added",
  "adds",
  "adding",
  "noted",
  "notes",
  "noting",
  "found",
  "finds",
  "find",
  "concluded",
  "concludes",
  "concluding",
  "warned",
  "warns",
  "highlighted",
  "highlights",
  "highlighting",
  "commented",
  "commenting",
  "praised",
  "praises",
  "praising",
  "criticised",
  "criticises",
  "criticising",
  "criticized",
  "criticizes",
  "commended",
  "commends",
  "reported",
  "described",
  "describes",
  "describing",
  "wrote",
  "writes",
  "observed",
  "observes",
  "told",
  // Thanks are something said: "the inspector thanked families for…" claims the inspector did so.
  // Not "thanks", which is as often "thanks to" (a cause).
  "thanked",
  "tells",
  "explained",
  "explains",
  "according to",
  "credited",
  "credits",
  "cited",
  "cites",
  "recognised",
  "recognises",
  "recognising",
  "recognized",
  "recognizes",
  "acknowledged",
  "acknowledges",
  "remarked",
  "judged",
  "rated",
  "graded",
  "branded",
  "identified",
  "identifies",
  "confirmed",
  "confirms",
  // Verbs of making something plain, which reports of a report use as verbs of saying: "the report
  // makes clear that…", "inspectors made it clear that…", "Ofsted was clear that…", "the watchdog
  // demonstrates that…". Only before "that": "the plan was clear", "staff demonstrated their
  // commitment" report nothing.
  "(?:makes?|made|making)\\s+(?:it\\s+)?(?:very\\s+|abundantly\\s+)?clear(?=\\s+that\\b)",
  "(?:is|was|are|were|been)\\s+(?:very\\s+)?clear(?=\\s+that\\b)",
  "(?:demonstrates|demonstrated|demonstrating)(?=\\s+that\\b)",
  // Verbs of disclosure that news writing favours for a report: "the report reveals that…",
  // "inspectors have exposed…", "the watchdog uncovered…", "it showed that…".
  "revealed",
  "reveals",
  "revealing",
  "exposed",
  "exposes",
  "uncovered",
  "uncovers",
  "showed",
  "shows",
  "shown",
  "discovered",
  "discovers",
  "pointed out",
  "points out",
  "urged",
  "urges",
  "raised concerns?",
  "raises concerns?",
  "expressed concerns?",
  "will (?:return|revisit|re-?inspect|re-?visit|monitor|visit|inspect)",
  "(?:is|are) due to (?:return|revisit|re-?inspect|visit|inspect)",
  // do-support and modals before a base form: "the report did praise", "inspectors would not say"
  "(?:did|does|do|would|will|could)\\s+(?:not\\s+|also\\s+)?(?:praise|note|state|describe|highlight|recognise|recognize|criticise|criticize|warn|acknowledge|comment|conclude|identify|judge|rate|find|say)",
  // bare present-tense forms, as in headlines ("Inspectors praise…"); see NOUN_USE for the nouns they can be
  "praise",
  "criticise",
  "criticize",
  "warn",
  "highlight",
  "describe",
  "conclude",
  "recognise",
  "recognize",
];

/** Forms that are also nouns ("praise for", "a warm welcome"): a bare form is a noun after a determiner or before "for/of". */
export const BARE_FORM =
  /^(?:praise|criticise|criticize|warn|highlight|describe|conclude|recognise|recognize|say|find)$/i;
export const NOUN_BEFORE =
  /\b(?:the|a|an|its|their|our|his|her|of|and|with|high|no|some|much|more|wide|widespread|warm|lavish|great|special)\s+$/i;
export const NOUN_AFTER = /^\s+(?:for|of|from)\b/i;

/** Verbs whose agent is, in this domain, always the inspectorate: a school does not rate itself. */
export const JUDGING = /^(?:rated|graded|judged|branded|praised|criticised|criticized|commended)$/i;

/**
 * What follows a judging verb used as a passive in a headline ("Care home rated 'weak' for…",
 * "School judged outstanding"): a quotation, a grade word, or a preposition — not an object.
 */
export const PASSIVE_COMPLEMENT =
  /^\s*(?: {3,}|(?:outstanding|good|requires improvement|inadequate|weak|adequate|excellent|very good|unsatisfactory|poor|satisfactory|unsatisfactory)\b|(?:for|as|at|in|by|to be)\b)/i;

/** Verbs that put their subject after them when they follow a quotation ("…,” said the report). */
export const INVERTING =
  /^(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|concluded|concludes|warned|warns|remarked|commented|stated|states)$/i;

/** Leading words that are not the subject ("However, it said"; "The report has also found"). */
export const FILLER =
  /^(?:however|but|and|also|then|now|meanwhile|further|furthermore|moreover|additionally|in addition|yet|still|so|instead|indeed|previously|already|recently|has|have|had|did|does|do|was|were|is|are|had|would|could|may|might|last year|this week|today|yesterday|clearly|specifically|particularly|repeatedly|again|once|in (?:its|their|the) (?:latest |new |full )?report)\b[\s,]*/i;

export const PRONOUN = /^(?:it|they|he|she|this|these)\b/i;
/** First person outside quotation marks is the publisher writing about itself ("We found…"). */
export const FIRST_PERSON = /^(?:we|i|us)\b/i;

function alternation(list: readonly string[]): string {
  return list.map((w) => w.replace(/ /g, "\\s+")).join("|");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface Patterns {
  regulator: RegExp;
  /** The regulator pattern for a single test (no global state). */
  regulatorTest: RegExp;
  other: RegExp;
  person: RegExp;
  verbs: RegExp;
}

const patternCache = new Map<string, Patterns>();

export function patternsFor(extraRegulatorNames: readonly string[]): Patterns {
  const key = extraRegulatorNames.join("\u0000");
  const cached = patternCache.get(key);
  if (cached) return cached;
  const regulator = alternation([
    ...REGULATOR_WORDS,
    ...extraRegulatorNames.map((n) => escapeRegExp(n.toLowerCase())),
  ]);
  const p: Patterns = {
    regulator: new RegExp(`\\b(?:${regulator})(?:['’]s)?(?![\\p{L}])`, "giu"),
    regulatorTest: new RegExp(`\\b(?:${regulator})(?:['’]s)?(?![\\p{L}])`, "iu"),
    other: new RegExp(`\\b(?:${alternation(OTHER_WORDS)})\\b`, "giu"),
    // A named person or body: two or more capitalised words ("Jo Bloggs", "Dr Sam Hill").
    person:
      /(?:\b\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)*\s+){1,3}\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)*\b/gu,
    verbs: new RegExp(`\\b(?:${alternation(SAYING_VERBS)})\\b`, "giu"),
  };
  patternCache.set(key, p);
  return p;
}
