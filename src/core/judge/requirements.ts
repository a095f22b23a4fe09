import type { Sentence } from "../types.js";

/**
 * Criticism a sentence inherits from where it stands in the letter. Letters list what must change
 * under a lead-in ("The provider must:", "Within six months, the trust should:") or under a section
 * title ("Areas for improvement", "What does the college need to do to improve?"); the items
 * themselves often read as plain instructions ("Ensure staff receive training in…") or plain facts
 * ("Gaps in learners' knowledge are not picked up"), and are the letter's criticism all the same.
 */

/** A lead-in line introducing what must or should be done: "The provider must:". */
const REQUIREMENT_LEAD_IN =
  /\b(?:must|should|needs? to|(?:is|are) required to|recommend(?:s|ed)?|to improve|areas? for improvement)\b[^:]*:\s*$/i;

/** A section title introducing weaknesses or actions only (not "what it does well and…"). */
const IMPROVEMENT_SECTION =
  /^(?:(?:key |main )?areas? for (?:improvement|development)|recommendations?|causes? (?:of|for) concern|priorities for (?:further )?improvement|next steps|what (?:does|do|should|must) (?:the |this |our |its )?[\w' -]+ (?:need to|needs to|do to|still need to)\b[^?]*\?|what (?:needs|need) to improve\??)\s*$/i;
/** Titles that speak of strengths as well do not make their sections critical. */
const MIXED_SECTION = /\b(?:well|effective|strengths?|good)\b/i;

/**
 * Not findings even under such a title: the legal basis of a requirement ("This is to comply with
 * paragraph 4 of the standards"), a parenthesised note ("(Information for the provider)"), the date it was made.
 */
const ADMINISTRATIVE =
  /^(?:\(.*\)\.?|this is (?:in order )?to comply with\b.*|(?:this|the) (?:requirement|recommendation|area for improvement) was made on\b.*)$/i;

/**
 * The regulator's process told to the reader, never a finding, however it is worded ("If you are not
 * happy with the inspection, you can complain…", "We are sending a copy of this report to…", "This report will be
 * published on our website", "This report may be re-used free of charge", "© Crown copyright").
 */
const PROCESS_BOILERPLATE = [
  /^if you (?:are not happy|are unhappy|are dissatisfied|have (?:any )?(?:questions|comments|concerns)|would like|wish to|disagree)\b/i,
  /\byou (?:can|may|should) (?:complain|make a complaint|use (?:the|our) complaints?|raise (?:it|the issue|a complaint)|contact|find|download|view|request|read)\b/i,
  /\bcomplaints? (?:procedure|process|policy) (?:to raise|is available|can be found)\b/i,
  /\b(?:i am|we are|i will be|we will be) (?:copying|sending (?:a )?copy of) this (?:letter|report)\b/i,
  /\bthis (?:letter|report|judgement) (?:will be|has been|is) published\b/i,
  /\b(?:may|can) be re-?used free of charge\b/i,
  /(?:©|\bcrown copyright\b)/i,
];

/**
 * A recommendation set out as a numbered imperative ("R2 Improve pupils' attendance", "1. Strengthen
 * the oversight of…", "3) Ensure that…"): letters print these without a full stop, so they often read as
 * headings, and a plain instruction reads as praise. The verb list is of actions asked of a provider.
 */
const IMPERATIVE =
  "(?:improve|strengthen|ensure|develop|raise|increase|reduce|review|address|establish|make sure|provide|refine|secure|embed|extend|clarify|tackle|implement|evaluate|prioriti[sz]e|accelerate|eliminate|reinforce|sharpen|monitor|put in place|take (?:action|steps))";
const NUMBERED_IMPERATIVE = new RegExp(`^(?:R\\d+|\\d+[.)]|\\(\\d+\\)|[a-z][.)])\\s+${IMPERATIVE}\\b`, "i");
const PLAIN_IMPERATIVE = new RegExp(`^${IMPERATIVE}\\b`, "i");

/** Is this line a numbered recommendation ("R1 Improve…", "2. Strengthen…")? */
export function isNumberedRecommendation(text: string): boolean {
  const t = text.trim();
  return NUMBERED_IMPERATIVE.test(t) && t.split(/\s+/).length >= 3;
}

/** A requirement that a later sentence says was met: "This requirement has been met." */
const WAS_MET =
  /\b(?:this|the|that) (?:requirement|recommendation|area for improvement)\b[^.]{0,40}?\b(?:was|has been|had been|is|have been|were) (?:now |fully |therefore )?met\b/i;
/** A sentence that asks for something: a requirement, recommendation or area for improvement. */
const ASKS = /\b(?:must|should|needs? to|is required to|are required to)\b/i;
/** How far after a requirement its outcome ("This requirement was met") may stand. */
const MET_REACH = 6;

function isTitle(s: Sentence): boolean {
  return s.role === "heading" || /\?\s*$/.test(s.text);
}

/** Indexes of sentences that inherit criticism from a lead-in or a section title above them. */
export function inheritedCriticism(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  let section = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const text = s.text.trim();
    // A numbered or (within an improvement section) plain imperative item printed without a full
    // stop is an item of the list, not a new title: it is critical and keeps the section open.
    if (
      isNumberedRecommendation(text) ||
      (section && PLAIN_IMPERATIVE.test(text) && text.split(/\s+/).length >= 3)
    ) {
      out.add(i);
      continue;
    }
    if (isTitle(s)) {
      section = IMPROVEMENT_SECTION.test(text) && !MIXED_SECTION.test(text);
      continue;
    }
    if (s.role === "furniture") continue;
    if (section && !ADMINISTRATIVE.test(text)) out.add(i);
    if (REQUIREMENT_LEAD_IN.test(text)) {
      for (let j = i + 1; j < sentences.length && sentences[j]?.role === "list-item"; j++) out.add(j);
    }
  }
  return out;
}

/**
 * Indexes of requirements a later sentence reports as met ("By June, the provider must… This
 * requirement was met."): history, not a finding of this visit. The search stops at the next
 * requirement, so the outcome of one is never read as the outcome of another.
 */
export function metRequirements(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!ASKS.test((sentences[i] as Sentence).text)) continue;
    for (let j = i + 1; j < sentences.length && j <= i + MET_REACH; j++) {
      const t = (sentences[j] as Sentence).text;
      if (WAS_MET.test(t)) {
        out.add(i);
        break;
      }
      if (ASKS.test(t)) break;
    }
  }
  return out;
}

/** Administrative lines that are never findings, wherever they stand. */
export function isAdministrative(text: string): boolean {
  const t = text.trim();
  return ADMINISTRATIVE.test(t) || PROCESS_BOILERPLATE.some((re) => re.test(t));
}
