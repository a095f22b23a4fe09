/** A grade given as a noun: "received a 'good' rating", "kept its outstanding grade". */
export const GIVEN_BEFORE =
  /\b(?:received?|receives|receiving|given|gave|awarded|handed|achieved?|achieves|earned|gained|secured|got|gets|holds?|held|retained|retains|kept|keeps|maintained|with)\s+(?:(?:a|an|the|its|their|our|his|her)\s+)?$/iu;
/**
 * A verb of giving with its receiver between it and the grade: "has given Fernleigh Homes a C2 grade",
 * "awarded the trust a 'good' rating" (the receiver: a name or a short noun phrase, up to four words).
 */
export const GIVEN_TO_BEFORE =
  /\b(?:given|gave|give|gives|awarded|awards|handed|hands)\s+(?:[\p{L}'’&-]+\s+){1,4}?(?:a|an|its|their|the)\s+$/iu;
export const GIVEN_AFTER = /^\s*(?:[\p{L}]+\s+)?(?:rating|grade|judge?ment|verdict)s?\b/iu;

/** "is good at preventing crime", "remains inadequate in …" (HMICFRS's prose). */
export const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|remains?|stays?)\s*$/iu;
export const AREA_PREPOSITION = /^\s*(?:at|in)\s/iu;

/** The previous grade named by a change: "downgraded from good", "dropped from outstanding". */
export const FROM_BEFORE =
  /\b(?:(?:down|up|re)graded|dropped|fell|slipped|moved|improved|rose|climbed|went|gone|up|down)\s+from\s+(?:(?:a|an|its|their|the)\s+)?$/iu;

/**
 * A grade just after another, as its earlier value: "rated fairly good, up from poor in 2019",
 * "good (previously inadequate)", "good, compared with requires improvement last time". The earlier
 * grade is for the same area(s).
 */
export const EARLIER_GAP =
  /^[\s,;(–—-]*(?:(?:up|down|an? (?:rise|fall|drop|improvement)|improving|rising|falling|dropping|moving)\s+from|previously|compared (?:with|to)|having been|after being)\s*$/iu;

/**
 * The sentence places what follows in an earlier inspection or judgement: "the first ungraded visit
 * since we rated the school good in 2018", "since it was rated outstanding", "The academy was last
 * inspected in 2013, when it was rated good", "This judgement replaces the one published in 2022, in
 * which the landlord was assessed as G1", "At its previous inspection, the home was rated good". Not
 * "since the last inspection" (what changed after it is the current picture).
 */
export const EARLIER_CONTEXT =
  /\bsince\s+(?:(?:we|it|they|inspectors)\s+|(?:the|this|our|its|their)\s+[\p{L}]+\s+)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:last\s+|previously\s+)?(?:judged|rated|graded)\b|\b(?:last|previously)\s+(?:inspected|assessed|visited|graded|rated|judged|reviewed)\b|\b(?:replaces|replaced|supersedes|superseded)\b|\b(?:previous|prior|earlier|former)(?<!\bsince\s+(?:the|its|our|their)\s+(?:previous|prior|earlier|former))\s+(?:[\p{L}]+\s+)?(?:inspection|visit|judge?ment|assessment|report|review)s?\b/iu;

/**
 * Aims, hopes and forecasts name a grade without reporting one ("aims to be rated outstanding",
 * "working towards good", "could be rated good when next inspected").
 */
export const ASPIRATION =
  /\b(?:aim(?:s|ed|ing)?|hope(?:s|d)?|hoping|target(?:s|ed|ing)?|ambition(?:s)?|aspir\w*|want(?:s|ed)?|wish(?:es)?|strive|striving|goal|determined|on track|working towards?|work towards?|next (?:full )?inspection|will be|would be|could be|should be|might be|may be|expect(?:s|ed)? to|plan(?:s|ned)? to|bid)\b|\bif\b/iu;

/**
 * Grades of other bodies or of many: "its sister school was rated outstanding", "80% of schools are
 * rated good". They say nothing about this inspection.
 */
export const OTHER_BODIES =
  /\b(?:another|other|others|sister|neighbouring|neighboring|nearby|partner|rival|similar|nationally|national average|across the country|many schools|most schools)\b|\d\s*(?:%|per ?cent)/iu;

/** Links to other stories ("Read more: …", "Related: …") name other inspections' grades. */
export const TEASER =
  /^\s*(?:read more|read next|also read|related|see also|more on this|more stories|recommended|latest news)\b\s*[:|–—-]/iu;

/** Denials: "not rated outstanding", "no longer good", "lost its good rating". */
export const NEGATION =
  /\b(?:not|never|no longer|cannot|failed to|fails to|fail to|lost|loses|losing|lose|stripped|without|rather than|instead of|falls? short)\b|n't\b/iu;

/** Grades given as a range or alternatives ("good or outstanding", "good or better") are not one grade. */
export const RANGE_AFTER = /^\s*(?:or|and above|or above|or better|or higher|to|-|–)\b/iu;

/** Where a new clause starts: the grade's subject lies after it. */
export const CLAUSE_BREAK =
  /[;:!?—]|\s–\s|\b(?:that|after|because|although|though|while|whilst|when|since|but|where|and said|said|says)\b/giu;

/** Where a list of graded areas ends: a new clause, a time phrase, an attribution. */
export const AREA_END = new RegExp(
  '[.;:!?()"“”]|,\\s*(?=(?:with|after|while|which|who|where|but|as|following|according|despite|although|though|said|says|when|because|since|it|this|inspectors?|the report)\\b)' +
    "|\\s(?=(?:after|following|because|since|when|while|whilst|despite|although|though|which|who|whom|where|with|by|as|according|said|says|during|from|before|until|amid|than|under|last|this)\\b)" +
    "|\\s(?=(?:in|at|during|on)\\s+(?:its|their|the|a|an|our|his|her)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:inspection|report|visit|review|assessment)s?\\b)" +
    "|,\\s*(?=\\S+\\s+(?:finds|found|says|said|warns|reveals|claims|concludes|report|reports)\\b)" +
    "|\\s(?=in\\s+(?:\\p{L}+\\s+)?(?:19|20)\\d\\d\\b)|\\s[-–—]\\s",
  "u",
);

/** "at its previous inspection in 2012", "in its latest inspection": when, not what, was graded. */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** "following a full inspection in October", "at its last inspection in 2017". */
export const TIMING = new RegExp(
  "^\\s*(?:,\\s*)?(?:at|in|during|following|after|on)\\s+(?:its|their|the|our|his|her|a|an)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?)" +
    "(?:inspection|visit|report|review|assessment)s?\\b" +
    `(?:\\s+(?:in|on)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:(?:19|20)\\d\\d\\b|${MONTH}\\b))?`,
  "iu",
);
/** A parenthetical aside after a grade: "rated weak – the bottom mark available – for …", "(the lowest grade)". */
export const ASIDE = /^\s*(?:[–—]|\s-|\()\s*[^–—()]{1,60}?\s*(?:[–—]|-\s|\))/u;
export const YEAR = new RegExp(
  `^\\s*(?:(?:in|on|during)\\s+(?:(?:early|mid|late|the)\\s+)?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+(?:19|20)\\d\\d)?|` +
    "in\\s+(?:\\p{L}+\\s+)?(?:19|20)\\d\\d|last year|this year|in the past|" +
    "for (?:the )?(?:[\\p{L}\\d]+ )?(?:consecutive )?(?:time|inspection|year)s?(?: in a row| running)?|again)\\b",
  "iu",
);
export const PREVIOUS_WORDS = /\b(?:previous|last|prior|earlier|former)\b/iu;

export const OVERALL_AFTER =
  /^\s*(?:,\s*)?(?:overall|across the board|in all areas|in every area|(?:for|in) all (?:key questions|areas|categories|judgements))\b/iu;

/** A sentence opening on the previous inspection: "Following our previous inspection in May 2019, …". */
export const PREVIOUS_OPENING =
  /^\s*(?:following|at|in|during|after)\s+(?:our|its|the|their|his|her)\s+(?:previous|last|prior|earlier)\s+(?:[\p{L}]+\s+)?(?:inspection|visit)\b/iu;

/** Subjects that are the inspected body (or a pronoun for it), not one of its graded areas. */
export const BODY_WORDS =
  /\b(?:school|academy|college|nursery|practice|surgery|home|service|provider|force|constabulary|police|trust|hospital|council|authority|centre|center|unit|prison|university|childminder|ward|clinic|pharmacy|agency|partnership|setting|organisation|organization|we|us|it|they)\b/iu;
export const ACRONYM = /\b[\p{Lu}]{2,}\b/u;
