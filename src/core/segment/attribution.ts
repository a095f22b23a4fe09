import { endsWithin } from "../text/bounded.js";
import type { Speaker } from "../types.js";

/**
 * How far before a verb the short patterns that end at it (a determiner before a bare form, an
 * auxiliary before a participle) are tried: a few words, well within this; the bound keeps them linear.
 */
const WORDS_BEFORE_REACH = 200;

/**
 * Who a quotation or a claim is attributed to, read from its reporting clause — the subject of a
 * saying or judging verb ("The watchdog said …", "…,” said the report", "Inspectors found …",
 * "Mayor Jane Doe said: “…”"). Only quotations attributed to the regulator (or to nobody in
 * particular) are quotations of the letter; a council leader's own words are not.
 *
 * Nouns after the verb are the content of what was said, never the speaker: in "Inspectors described
 * relations with tenants as “…”" the tenants say nothing, and in "Campaigners said the findings
 * “…”" the findings are what the campaigners talk about.
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
const INSPECTOR_TITLE = /\binspectors?\b|\bhmi\b/i;

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
const BARE_FORM =
  /^(?:praise|criticise|criticize|warn|highlight|describe|conclude|recognise|recognize|say|find)$/i;
const NOUN_BEFORE =
  /\b(?:the|a|an|its|their|our|his|her|of|and|with|high|no|some|much|more|wide|widespread|warm|lavish|great|special)\s+$/i;
const NOUN_AFTER = /^\s+(?:for|of|from)\b/i;

/** Verbs whose agent is, in this domain, always the inspectorate: a school does not rate itself. */
const JUDGING = /^(?:rated|graded|judged|branded|praised|criticised|criticized|commended)$/i;

/**
 * What follows a judging verb used as a passive in a headline ("Care home rated 'weak' for…",
 * "School judged outstanding"): a quotation, a grade word, or a preposition — not an object.
 */
const PASSIVE_COMPLEMENT =
  /^\s*(?: {3,}|(?:outstanding|good|requires improvement|inadequate|weak|adequate|excellent|very good|unsatisfactory|poor|satisfactory|unsatisfactory)\b|(?:for|as|at|in|by|to be)\b)/i;

/** Verbs that put their subject after them when they follow a quotation ("…,” said the report). */
const INVERTING =
  /^(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|concluded|concludes|warned|warns|remarked|commented|stated|states)$/i;

/** Leading words that are not the subject ("However, it said"; "The report has also found"). */
const FILLER =
  /^(?:however|but|and|also|then|now|meanwhile|further|furthermore|moreover|additionally|in addition|yet|still|so|instead|indeed|previously|already|recently|has|have|had|did|does|do|was|were|is|are|had|would|could|may|might|last year|this week|today|yesterday|clearly|specifically|particularly|repeatedly|again|once|in (?:its|their|the) (?:latest |new |full )?report)\b[\s,]*/i;

const PRONOUN = /^(?:it|they|he|she|this|these)\b/i;
/** First person outside quotation marks is the publisher writing about itself ("We found…"). */
const FIRST_PERSON = /^(?:we|i|us)\b/i;

function alternation(list: readonly string[]): string {
  return list.map((w) => w.replace(/ /g, "\\s+")).join("|");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Who is speaking, as read from a reporting clause. */
export type SubjectKind =
  /** the regulator or its document */
  | "regulator"
  /** anyone else named or described (a council, a campaign group, a parent) */
  | "other"
  /** it, they, he, she: the speaker of an earlier clause */
  | "pronoun"
  /** a passive with no agent ("X was rated", "X praised for"): reported, speaker not named */
  | "implied";

export interface ReportingClause {
  /** Offsets of the verb in the frame. */
  verbStart: number;
  verbEnd: number;
  verb: string;
  /** Who the subject is; undefined when the clause has no subject of its own (", saying …"). */
  kind?: SubjectKind;
  /** The words that named the speaker. */
  cue?: string;
  /** The subject follows the verb ("…,” said the report", "according to the report"). */
  inverted: boolean;
  /** The verb is passive: its grammatical subject is what was judged, not who judged. */
  passive: boolean;
}

interface Patterns {
  regulator: RegExp;
  /** The regulator pattern for a single test (no global state). */
  regulatorTest: RegExp;
  other: RegExp;
  person: RegExp;
  verbs: RegExp;
}

const patternCache = new Map<string, Patterns>();

function patternsFor(extraRegulatorNames: readonly string[]): Patterns {
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

interface SubjectCue {
  kind: SubjectKind;
  cue: string;
}

/**
 * The speaker named by a subject noun phrase: the leftmost cue in it (the head comes first: "Parents
 * at the inspected school" are parents), a regulator cue winning a tie ("Ofsted's director").
 */
function classifySubject(phrase: string, p: Patterns, generic = true): SubjectCue | undefined {
  let text = phrase.replace(/\s+/g, " ").trim();
  for (let prev = ""; prev !== text; ) {
    prev = text;
    text = text.replace(FILLER, "").trim();
  }
  if (!/[\p{L}]/u.test(text)) return undefined;
  let best: { at: number; kind: SubjectKind; cue: string } | undefined;
  const consider = (re: RegExp, kind: SubjectKind) => {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      let k = kind;
      // "HM Inspector Jo Bloggs", "Chief Inspector Sam Hill": a name under an inspector's title.
      if (re === p.person && INSPECTOR_TITLE.test(m[0])) k = "regulator";
      // "The Care Quality Commission", "But Ofsted": capitalised words that hold a regulator's name.
      if (re === p.person && p.regulatorTest.test(m[0])) k = "regulator";
      if (!best || at < best.at || (at === best.at && k === "regulator")) best = { at, kind: k, cue: m[0] };
    }
  };
  consider(p.regulator, "regulator");
  consider(p.other, "other");
  consider(p.person, "other");
  if (best) return { kind: best.kind, cue: best.cue.trim() };
  if (PRONOUN.test(text)) return { kind: "pronoun", cue: (PRONOUN.exec(text) as RegExpExecArray)[0] };
  if (FIRST_PERSON.test(text)) return { kind: "other", cue: (FIRST_PERSON.exec(text) as RegExpExecArray)[0] };
  // Any other noun phrase ("the school", "Campaign group Eastbury Action") is someone else speaking.
  if (!generic) return undefined;
  return { kind: "other", cue: text.split(" ").slice(-4).join(" ") };
}

/**
 * The subject noun phrase before a verb, from the text between the clause boundary and the verb:
 * the last comma-separated part, or, for "Jo Bloggs, senior partner, said", the part before the
 * appositive ("X, Y, said" → X).
 */
function subjectBefore(window: string): string {
  const parts = window.split(",");
  if (parts.length >= 3 && /^\s*$/.test(parts[parts.length - 1] as string)) {
    return parts[parts.length - 3] as string;
  }
  return parts[parts.length - 1] as string;
}

/**
 * Verbs that end the noun phrase a relative "who" hangs on: in "Inspectors spoke to parents who…"
 * the antecedent is what follows the verb ("parents"), not the sentence's subject.
 */
const VERB_BEFORE_ANTECEDENT =
  /^.*\b(?:[\p{L}]{3,}ed|spoke|speak|speaks|met|meet|meets|saw|see|sees|told|asked|heard|is|are|was|were|has|have|had)\b/iu;

/**
 * The subject of a verb whose window opens after a relative "who" with a clause of its own: in
 * "An inspector who visited the school in May said…" the relative clause only describes the
 * subject, which stands before "who" ("An inspector"), not the object of the relative clause ("the
 * school"). The same holds for "The lead inspector, who led the visit, said…" and "Parents who
 * attended the meeting said…". Undefined when the window does not follow a "who" or the words
 * before it name no one.
 */
function relativeAntecedent(
  frame: string,
  boundary: number,
  window: string,
  p: Patterns,
  boundaries: readonly number[],
): SubjectCue | undefined {
  // "who" and the character before it (for \b): four characters.
  if (!endsWithin(/\bwho$/i, frame, boundary, 4) || !/[\p{L}]/u.test(window)) return undefined;
  const whoStart = boundary - 3;
  const head = frame.slice(0, whoStart);
  // The antecedent starts after the last clause boundary before "who" (the ends of the frame's
  // boundaries, found once, not a new scan of the text before each "who").
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((boundaries[mid] as number) <= whoStart) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? (boundaries[lo - 1] as number) : 0;
  let phrase = subjectBefore(head.slice(from).replace(/[\s,]+$/u, ""));
  const verb = VERB_BEFORE_ANTECEDENT.exec(phrase);
  if (verb) phrase = phrase.slice(verb[0].length);
  return classifySubject(phrase, p, false);
}

/** Auxiliary (with an optional adverb or commas) just before a participle: "was rated", "has been praised", "was, however, rated". */
const AUXILIARY_BEFORE =
  /\b(?:is|are|was|were|be|been|being|get|gets|got)\s*(?:,[^,]{0,30},\s*|\s(?:[\p{L}]+ly|also|not|now|then|previously|again|once|all|since|widely|highly|initially|first|still)\s+)?$/iu;

/**
 * A past judgement told as background inside a subject ("The third visit since the trust was rated
 * inadequate in 2021 found…", "The latest visit, the fourth since the service was judged
 * inadequate, found…"): its passive verb reports nothing now, and read as a verb it would cut the
 * subject off from the verb it belongs to (the speaker became "inadequate in 2021"). Such clauses are
 * masked, keeping every offset, before the reporting clauses are read. With an agent ("since it was
 * rated inadequate by the regulator") the clause is left alone.
 */
const HISTORY_CLAUSE =
  /\b(?:since|after|when)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:was|were|had been|has been|have been)\s+(?:previously\s+|last\s+|first\s+)?(?:judged|rated|graded|found to be)(?:\s+(?:as|to be))?\s*(?:['‘"“]?(?:inadequate|requires improvement|requiring improvement|good|outstanding|poor|weak|failing)['’"”]?)?(?:\s+overall)?(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:\p{L}+\s+)?\d{4})?(?!\s*by\b)/giu;

/** Where a clause's subject can start: sentence punctuation, a blanked quotation, "that", a previous verb. */
const HARD_BOUNDARY =
  /[.;:!?]| {3,}|\bthat\b|\bwhich\b|\bwho\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b|\bbecause\b|\bwhen\b/giu;

/**
 * Every reporting clause in `frame` (text with quotations blanked out by spaces of the same length),
 * in order, each with the kind of its subject.
 */
export function reportingClauses(
  text: string,
  extraRegulatorNames: readonly string[] = [],
): ReportingClause[] {
  // Every quotation of a sentence asks about the same frame: its clauses are read once.
  const names = extraRegulatorNames.join("\u0000");
  if (lastRead && lastRead.text === text && lastRead.names === names) return lastRead.clauses;
  const clauses = readReportingClauses(text, extraRegulatorNames);
  lastRead = { text, names, clauses };
  return clauses;
}

/** The last frame read by reportingClauses, and its clauses (callers only read them). */
let lastRead: { text: string; names: string; clauses: ReportingClause[] } | undefined;

function readReportingClauses(text: string, extraRegulatorNames: readonly string[]): ReportingClause[] {
  const frame = text.replace(HISTORY_CLAUSE, (m) => "x".repeat(m.length));
  const p = patternsFor(extraRegulatorNames);
  const verbs = [...frame.matchAll(p.verbs)]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, verb: m[0] }))
    .filter(
      (v) =>
        !BARE_FORM.test(v.verb) ||
        !(endsWithin(NOUN_BEFORE, frame, v.start, WORDS_BEFORE_REACH) || NOUN_AFTER.test(frame.slice(v.end))),
    );
  const boundaries = [...frame.matchAll(HARD_BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
  const clauses: ReportingClause[] = [];
  // Verbs and boundaries are both in order: one pointer finds the last boundary before each verb.
  let passed = 0;
  verbs.forEach((v, i) => {
    const previousVerbEnd = i > 0 ? (verbs[i - 1] as { end: number }).end : 0;
    while (passed < boundaries.length && (boundaries[passed] as number) <= v.start) passed++;
    const boundary = Math.max(previousVerbEnd, passed > 0 ? (boundaries[passed - 1] as number) : 0);
    const window = frame.slice(boundary, v.start);
    const clause: ReportingClause = {
      verbStart: v.start,
      verbEnd: v.end,
      verb: v.verb,
      inverted: false,
      passive: false,
    };
    const rest = frame.slice(v.end);
    // Up to the first clause end (searched, not split: splitting the rest of the frame for every verb was quadratic).
    const clauseEnd = rest.search(/[.;:!?]| {3,}/u);
    const restOfClause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // "according to the report": the speaker follows.
    if (/^according/i.test(v.verb)) {
      const after = classifySubject(restOfClause.split(",")[0] ?? "", p);
      if (after) Object.assign(clause, { kind: after.kind, cue: after.cue, inverted: true });
      clauses.push(clause);
      return;
    }
    const subject =
      relativeAntecedent(frame, boundary, window, p, boundaries) ?? classifySubject(subjectBefore(window), p);
    // "…,” said the report": a saying verb straight after a quotation (nothing but a comma between)
    // takes its subject from the words after it.
    if (!subject && INVERTING.test(v.verb) && afterQuotation(frame, v.start)) {
      const after = classifySubject(restOfClause.split(",")[0] ?? "", p);
      if (after) Object.assign(clause, { kind: after.kind, cue: after.cue, inverted: true });
      clauses.push(clause);
      return;
    }
    // Passive: "X was rated", "X has been praised for", the headline "X praised for 'Y'", and a
    // judging verb whose subject is not the regulator ("Care home rated 'weak'"): the subject is
    // what was judged; the agent, if any, follows "by".
    const participle = /ed$|^(?:found|told|said|judged)$/i.test(v.verb);
    // "praised for", "described as", "said to be", "told to improve"
    const followedByPassiveWord =
      /^\s*(?:for|as|to be)\b/i.test(rest) || (/^told$/i.test(v.verb) && /^\s+to\b/i.test(rest));
    const passive =
      participle &&
      (endsWithin(AUXILIARY_BEFORE, frame, v.start, WORDS_BEFORE_REACH) ||
        (followedByPassiveWord && subject?.kind !== "regulator") ||
        (JUDGING.test(v.verb) &&
          subject !== undefined &&
          subject.kind !== "regulator" &&
          subject.kind !== "pronoun" &&
          startsWithBlankOr(PASSIVE_COMPLEMENT, rest)));
    if (passive) {
      clause.passive = true;
      const agent = /\bby\s+([^.;:!?]+)/iu.exec(restOfClause);
      // Only a named agent counts: "let down by weak teaching" names no one.
      const agentCue = agent ? classifySubject(agent[1] as string, p, false) : undefined;
      if (agentCue && agentCue.kind !== "pronoun")
        Object.assign(clause, { kind: agentCue.kind, cue: agentCue.cue });
      else clause.kind = "implied";
      clauses.push(clause);
      return;
    }
    if (subject) Object.assign(clause, { kind: subject.kind, cue: subject.cue });
    clauses.push(clause);
  });
  return clauses;
}

/**
 * A saying verb at `at` straight after a quotation: the frame before it ends in a blanked quotation
 * (three spaces or more) then only white space, commas and dashes. What `/ {3,}[\s,–—-]*$/u` tested,
 * in one scan back over that tail (the pattern, tried from every position, was cubic in its length).
 */
function afterQuotation(frame: string, at: number): boolean {
  let spaces = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = frame.charAt(i);
    if (c === " ") {
      if (++spaces >= 3) return true;
    } else if (/[\s,–—-]/u.test(c)) spaces = 0;
    else return false;
  }
  return false;
}

/**
 * `re` (anchored at the start, with a ` {3,}` alternative after `^\s*`) tested on `text`: true at
 * once when the leading white space holds a blanked quotation (three spaces), which is what the
 * pattern found after trying every split of that white space — quadratic in its length.
 */
function startsWithBlankOr(re: RegExp, text: string): boolean {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  return lead.includes("   ") || re.test(text);
}

/** Pure verbs of saying: their subject is a speaker even inside what someone else reports. */
const PURE_SAYING =
  /^(?:said|says|say|saying|stated|states|added|adds|told|tells|commented|wrote|writes|explained|explains|remarked|thanked)$/i;

/**
 * A judging or finding verb inside what the regulator reports is content, not a new speaker: in
 * "The report found that in some subjects the school had not identified “…”" or "Inspectors noted
 * that leaders have recognised “…”", the school and the leaders say nothing — the report does, and
 * the quotation is the report's. The clause must sit in the "that" complement of a regulator's clause
 * of the same sentence, with no turn to a new clause between (", and", ", but", a semicolon), and its
 * verb must not be a pure verb of saying ("Inspectors found that parents said…" is left as it is).
 * Returns the regulator's clause, or undefined.
 */
function reportingFrame(
  frame: string,
  clauses: readonly ReportingClause[],
  inner: ReportingClause,
): ReportingClause | undefined {
  if (inner.kind !== "other" || inner.inverted || inner.passive || PURE_SAYING.test(inner.verb))
    return undefined;
  const outer = clauses.filter((c) => c.verbEnd <= inner.verbStart && c.kind === "regulator").pop();
  if (!outer) return undefined;
  const between = frame.slice(outer.verbEnd, inner.verbStart);
  if (!/^\s+that\b/i.test(between) || /[.;:!?]| {3,}|,\s*(?:and|but|while|whereas)\b/iu.test(between))
    return undefined;
  return outer;
}

/** The rest of a clause that has said all it says: punctuation, the end, or a short "in its report". */
const CLAUSE_ENDS =
  /^\s*(?:(?:in|on|at|of|about|last|this|yesterday|today)\b[^.,;:!?]{0,40})?(?:[.,;:!?–—]| {3,}|$)/u;

export interface AttributionCue {
  speaker: Exclude<Speaker, "unknown"> | "pronoun" | "implied";
  cue: string;
}

/**
 * The clause that governs a quotation at `[quoteStart, quoteEnd)` of `frame`: a reporting clause right
 * after it ("…,” the report said"), else the nearest one before it (the quotation is its content),
 * else the nearest one after it. A clause without a subject of its own (", saying …") takes the
 * subject of the clause before it.
 */
export function quoteSpeaker(
  frame: string,
  quoteStart: number,
  quoteEnd: number,
  extraRegulatorNames: readonly string[] = [],
): AttributionCue | undefined {
  const clauses = reportingClauses(frame, extraRegulatorNames);
  // "…,” the report said." / "…,” he added in a statement." / "…,” said the report.": the clause
  // follows the quotation and says nothing else of its own.
  const directlyAfter = clauses.find(
    (c) =>
      c.verbStart >= quoteEnd &&
      c.kind !== undefined &&
      /^[\s,–—-]*(?:[\p{L}'’.]+\s+){0,6}$/u.test(frame.slice(quoteEnd, c.verbStart)) &&
      (c.inverted || startsWithBlankOr(CLAUSE_ENDS, frame.slice(c.verbEnd))),
  );
  const before = clauses.filter((c) => c.verbEnd <= quoteStart);
  const after = clauses.filter((c) => c.verbStart >= quoteEnd);
  let chosen = directlyAfter;
  if (!chosen) {
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i] as ReportingClause;
      if (c.kind !== undefined) {
        chosen = c;
        break;
      }
    }
  }
  if (!chosen) chosen = after.find((c) => c.kind !== undefined);
  if (!chosen?.kind) return undefined;
  const reporter = chosen !== directlyAfter ? reportingFrame(frame, clauses, chosen) : undefined;
  if (reporter) return { speaker: "regulator", cue: reporter.cue ?? reporter.verb };
  if (chosen.kind === "pronoun") {
    // "The report praised the staff, and it said they were “…”": the pronoun's antecedent is the
    // nearest earlier clause of the same sentence that names its speaker, when there is one.
    const antecedent = clauses
      .filter((c) => c.verbEnd <= chosen.verbStart && (c.kind === "regulator" || c.kind === "other"))
      .pop();
    if (antecedent?.kind) return { speaker: antecedent.kind, cue: antecedent.cue ?? antecedent.verb };
  }
  return { speaker: chosen.kind, cue: chosen.cue ?? chosen.verb };
}

/**
 * The speaker of a sentence's unquoted words: the subject of its first reporting clause that names
 * one. The regulator is the speaker of a claim only as the subject of a reporting or judging verb
 * ("Inspectors found…", "The watchdog will revisit…", or the agent of "was rated … by the
 * inspectorate"), never as an object or a possessive ("We are delighted to share our Ofsted
 * report"). An agentless passive ("The school was rated good in 2019", "Staff were said to be
 * motivated") names no speaker: it may report an earlier inspection or the publisher's own summary,
 * so it is not attributed (unknown) rather than charged to the regulator.
 */
export function claimSpeaker(
  frame: string,
  extraRegulatorNames: readonly string[] = [],
): AttributionCue | undefined {
  const clauses = reportingClauses(frame, extraRegulatorNames);
  const isNamed = (c: ReportingClause) => c.kind !== undefined && c.kind !== "implied";
  const firstComma = frame.indexOf(",");
  // A closing ", the report said." governs the whole sentence before it, whoever that sentence
  // reports ("Tenants told us repairs were slow, the report said." is the report's claim).
  const closing = [...clauses]
    .reverse()
    .find(
      (c) =>
        isNamed(c) &&
        (c.inverted || (firstComma >= 0 && firstComma < c.verbStart)) &&
        SENTENCE_CLOSES.test(frame.slice(c.verbEnd)),
    );
  const named = closing ?? clauses.find(isNamed);
  if (named?.kind) return { speaker: named.kind, cue: named.cue ?? named.verb };
  return undefined;
}

/** What may follow a sentence's closing reporting clause: the subject of an inverted verb, a full stop. */
const SENTENCE_CLOSES =
  /^(?:\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s*(?:[.!?]["'”’]*\s*|["'”’]+\s*)?$/u;

/** First-person plural inside a quotation ("we are thrilled", "our staff") marks an organisation speaking for itself. */
export function speaksForItself(quoted: string): boolean {
  return /\b(?:we|we're|we've|our|ours|us)\b/i.test(quoted);
}
