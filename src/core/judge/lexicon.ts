/**
 * The general word lists the judging rules use. None of them knows any particular letter: they are
 * the hedges, qualifiers and criticism markers of inspection reports in general (Ofsted, CQC, HMI…).
 * Each entry is a regular-expression source matched case-insensitively on word boundaries.
 */

/** Hedge classes: a restatement must keep a hedge of the same class or it overstates the letter. */
export const HEDGES = {
  /** Work in progress, not done: "beginning to", "is being rebuilt", "intended to". */
  stage: [
    "beginning to",
    "begun to",
    "starting to",
    "started to",
    "in the process of",
    "(?:is|are) being \\w+ed",
    "being \\w+ed",
    "intended to",
    "designed to",
    "intends? to",
    "plans? to",
    "planned",
    "aims? to",
    "(?:is|are) improving",
    "improving",
    "emerging",
    "early (?:stages?|days)",
    "too early",
    "(?:is|are) developing",
    "yet to",
    "not yet",
    "recently (?:introduced|started|begun)",
    "progressing",
  ],
  /** From a low point: the change is relative, not an absolute standard. */
  baseline: ["from a low base", "low base", "from a (?:very )?low (?:starting )?point"],
  /** Only part of the children, cases or practice: "some", "a minority", "nearly all", "not all". */
  quantity: [
    "some",
    "a minority(?: of)?",
    "a few",
    "several",
    "many",
    "most",
    "the majority(?: of)?",
    "(?:nearly|almost|virtually) all",
    "not all",
    "a number of",
    "in places",
    "in (?:some|most|many) cases",
    "variable",
    "inconsistent(?:ly)?",
    "not (?:yet )?consistent(?:ly)?",
    "mixed",
    "partly",
    "partially",
    "largely",
    "generally",
    "mostly",
    "often",
    "sometimes",
    // Frequency limits: "did not always meet" is not "did not meet"; "we found examples where" is
    // not "in every case".
    "not always",
    "not routinely",
    "at times",
    "occasionally",
    "usually",
    "typically",
    "(?:some )?examples? (?:where|of)",
    "instances? (?:where|of)",
  ],
  /** Something still to do: "needs to", "further work is required". */
  need: ["needs? to", "needed", "further work", "should", "must", "requires?", "still"],
} as const;
export type HedgeClass = keyof typeof HEDGES;

/** Words that make a claim stronger than a hedged source: added by the press, they overstate it. */
export const STRENGTHENERS = [
  "all",
  "every",
  "always",
  "fully",
  "completely",
  "entirely",
  "consistently",
  "outstanding",
  "excellent",
  "exceptional",
  "transformed",
  "now",
  "significant(?:ly)?",
  "substantial(?:ly)?",
  "dramatic(?:ally)?",
  "hugely",
];

/**
 * Markers of a critical finding in a letter: something not good enough, or still to do. Deliberately
 * phrases, not single words like "delay" ("work that helps reduce delay" is praise).
 */
export const CRITICISM = [
  "needs? to",
  "needed",
  "further work",
  "not yet",
  "not all",
  "not (?:always|consistently|sufficiently|routinely|effective|good enough)",
  // Practice not done as it should be: "medicines are not stored safely", "still not recorded".
  "not (?:\\w+ )?(?:safely|properly|correctly|accurately|well|effectively|securely|robustly|consistently|reliably|routinely|regularly|sufficiently)",
  "still not",
  // Below what was needed: "fewer registered nurses on shift than planned".
  "fewer (?:[\\w-]+ ){0,5}than (?:planned|needed|required|expected|agreed|funded)",
  "below (?:the )?(?:planned|required|expected|agreed|safe) (?:level|levels|number|numbers|staffing)",
  // A duty done by too few: "less than half of new nurses had been trained"; only verbs of a duty.
  "(?:fewer|less) than half (?:of )?(?:the |all )?(?:[\\w-]+ ){0,3}?(?:have|had|has) (?:yet )?(?:been )?(?:completed|received|attended|undertaken|trained|checked|reviewed|held)",
  "too (?:long|slow|slowly|many|few|much|often|late|early)",
  // Also of plans, targets and buildings: "targets are too broad", "the curriculum is too narrow".
  "too (?:broad|narrow|generic|vague|general|high|low|small|large|complex|heavy|great|short|limited|reliant|dependent|rarely|infrequent(?:ly)?)",
  // Contact or oversight that happens too seldom: "visits to the family are infrequent", "supervision
  // was often infrequent". Only of contact-like nouns: "use of restraint is infrequent" is good news.
  "(?:contact|visits?|supervision|meetings?|reviews?|checks?|audits?|sessions?) (?:[\\w'’-]+ ){0,6}?(?:is|are|was|were|remains?|has been|have been) (?:often |too |very |still )?infrequent",
  // Instability for a child: "multiple placement moves".
  "(?:several|multiple|frequent|numerous|repeated) (?:(?:placement|school|home|carer) )?moves",
  // Shortfalls stated without "not": "persistently absent", "less well developed", "ineffective".
  "persistent(?:ly)? absen(?:t|ce)",
  "less (?:well|effective|secure|developed|consistent|strong|robust|confident)(?:ly)?",
  // One group faring worse than another: "disabled residents were less positive than others about…",
  // "less satisfied", "felt less safe". (Not "less likely to", which is as often good news.)
  "less (?:positive|satisfied|favourabl[ey]|safe)",
  // Comparisons that can only be unfavourable ("plans are weaker than…"); not "lower than": lower waits are good.
  "(?:weaker|poorer|worse) than",
  // Scarcity stated as a state: "access to the garden is very limited", "the audits offered limited
  // assurance". Only these nouns: "progress made with limited resources" praises the effort.
  "(?:is|are|was|were|remains?|remained|been) (?:very |too |still |extremely |severely |often |relatively )?limited",
  "limited (?:assurance|oversight|evidence|impact|capacity|understanding|opportunit(?:y|ies)|access|scrutiny|challenge|progress|insight|headroom)",
  // Finances or capacity at the edge: "cash reserves are likely to be tight next year", "budgets remain
  // stretched", "its finances have become precarious" — how any finance or capacity finding is put.
  "(?:is|are|was|were|be|remains?|remained|become|becomes|becoming) (?:very |too |increasingly |extremely |particularly )?(?:tight|stretched|precarious|fragile)",
  // Late action: "the new triage process has only just started to reduce the backlog".
  "only (?:recently|just) (?:begun|began|started)",
  "ineffective(?:ly)?",
  "inaccurate(?:ly)?",
  "incomplete",
  "unclear",
  "unmet",
  "unacceptabl[ey]",
  "unsafe(?:ly)?",
  "unclean",
  "unhygienic",
  "breach(?:es)? of",
  // The state of a building or its equipment: "posed a trip hazard", "in need of refurbishment".
  "(?:pose[sd]?|posing|present(?:s|ed)?) (?:a |an )?(?:[\\w-]+ )?(?:hazard|risk)s?",
  "in need of (?:refurbishment|repairs?|redecoration|renovation|updating|replacement|modernisation|attention)",
  "damaged",
  "in (?:a state of )?disrepair",
  "out[- ]of[- ](?:date|use|order)",
  // Harm to outcomes: "staff absence was affecting their care", "adversely affected".
  "(?:adversely|negatively) (?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?)",
  "(?:is|are|was|were) affecting (?:the quality|how well|their (?:learning|progress|attendance|care|safety))",
  "little (?:or no|to do)",
  // "consistent" alone is praise ("a consistent phonics programme"); its negations are criticism.
  "inconsistent(?:ly)?",
  "inconsistency",
  "inconsistencies",
  "insufficient(?:ly)?",
  "lack(?:s|ing)?",
  "weak(?:ness|nesses)?",
  "poor(?:ly)?",
  "inadequate",
  "requires? improvement",
  // Not "areas for improvement" alone: "audits find areas for improvement and fix them" is praise
  // of the managers' practice. The phrase is critical when it introduces the areas themselves.
  "(?:key |main |the )?areas? (?:for|requiring) (?:further )?(?:improvement|development) (?:include|includes|are|is|remain|remains)(?! identified| acted| tackled| addressed)",
  "(?:from )?a low base",
  "drift",
  "in an emergency",
  "harmful",
  "at risk of harm",
  // Not "concerns" alone: "a helpline that answers families' concerns" is no criticism.
  "(?:cause|causes) for concern",
  "(?:area|areas|matter|matters) of concern",
  "(?:is|are|remains?) a (?:serious |significant )?concern",
  "concerns? (?:about|over|remain|remains|persist|persists|were raised|have been raised|was raised)",
  "(?:serious|significant|continuing|ongoing) concerns?",
  "shortfalls?",
  "failures?",
  "failed",
  "variable",
  "(?:has|have) deteriorated",
  // A recommendation, not any "should": "leaders should ensure…", not "the knowledge pupils should learn".
  "(?:must|should)(?: now| also| urgently| still| further)? (?:ensure|improve|make sure|review|develop|strengthen|consider|address|tackle|take|continue|be|have|do|act|increase|reduce|raise|check|record|monitor|establish|provide)",
  // Work not begun or not finished: "in other subjects this work has not started".
  "(?:has|have|had) not (?:yet )?(?:started|begun|been (?:started|completed|implemented|done|addressed|resolved|tackled))",
  // A stage of the work itself ("the new strategy is still at an early stage", "plans remain in their
  // early stages"), not the timing of good practice ("needs are identified at an early stage").
  "(?:is|are|was|were|be|been|remains?|remained|still|only) (?:still |only )?(?:at|in) (?:an|the|its|their) (?:very )?early stages?",
  // Good practice that holds somewhere but not everywhere, stated after the praise: "That was not
  // the case on the night shift", "it is not the case across all sites".
  "not the case (?:in|for|across|with|at|on)",
  // Provision that fails its purpose: "the extra sessions do not help learners to catch up", "the
  // layout did not allow staff to observe residents".
  "(?:does|do|did) not (?:help|enable|allow)",
  // Difficulty as the finding: "pupils struggle to recall earlier topics". Not after "who"/"that", nor
  // the participle: "residents who struggle to walk get help", "help for pupils struggling to read".
  "(?<!\\b(?:who|that) )(?:struggl(?:e|es|ed)|(?:find|finds|found) it (?:hard|difficult)) to",
  // Learning or work short of what it could be: "apprentices are not developing as well as they
  // could", "the team did not act as quickly as it should have".
  "not (?:[\\w'-]+ ){0,3}(?:as|so) (?:much|well|quickly|fast|far|deeply|securely) as (?:[\\w'-]+ ){0,2}(?:could|should|might|can|ought)",
  // Moving on unready: "learners are given harder tasks before they have grasped the earlier ones".
  "before (?:they|pupils|children|learners|students|residents|staff) (?:have |had )?(?:secured|grasped|understood|mastered|are ready|were ready)",
  // Judgement words of a curriculum or a service that are criticism alone: "learning is disjointed",
  // "records are patchy", "training has been piecemeal".
  "disjointed",
  "fragmented",
  "patchy",
  "haphazard(?:ly)?",
  "piecemeal",
  "remain(?:s|ed)? (?:a )?(?:weak|poor|concern)",
  "(?:is|are) (?:still )?(?:too )?(?:slow|limited)",
  // Pace below what was wanted, said as a comparison: "improvement has been slower on two wards",
  // "recruitment has been slower than planned", "the pace of change remains slow".
  "(?:has|have|had) been (?:too |much |considerably |markedly |noticeably )?slow(?:er)?",
  "slower than (?:planned|expected|intended|anticipated|hoped|needed|required)",
  "(?:remains?|remained) (?:too |very )?slow",
  // Form without substance: "reviews check procedures rather than what changed for residents",
  // "plans concentrate on tasks rather than outcomes". Only after process words, so that a plain
  // choice ("recruited permanent staff rather than agency workers") is no criticism.
  "(?:compliance|process(?:es)?|procedures?|tasks?|activity|activities|outputs?|timescales?) rather than",
  // A wait stated as a figure is the finding itself, with no judgement word: "patients wait an
  // average of 22 weeks for a first appointment", "some residents waited over 9 months for a
  // review", "the clinic had waiting lists of over 400 adults". Only a wait followed by its length
  // or size: "nearly all referrals are seen inside 6 weeks" and "the service has cut its waiting
  // list" are no criticism.
  "wait(?:s|ed)? (?:for )?(?:an average of |on average |up to |over |more than |almost |nearly |around |about |approximately |as long as )?\\d[\\d,.]* (?:days|weeks|months|years)",
  "waiting (?:lists?|times?) of (?:up to |over |more than |almost |nearly |around |about |approximately )?\\d[\\d,]*",
  // Kept out of or confined for a long time: "a few learners stayed on reduced timetables for long
  // periods", "detainees were held in segregation for prolonged periods". Only after words of
  // removal or confinement: "the library is open for extended periods" is no criticism.
  "(?:timetables?|isolation|segregation|seclusion|cells?|confined|locked (?:up|in)|alone|unsupervised|out of (?:school|education|class|lessons)) for (?:extended|lengthy|prolonged|long) periods",
  // People who are not heard: "several tenants said they did not feel heard", "parents did not feel
  // involved in plans". Only these feelings: "do not feel the need to" is not one.
  "(?:do|does|did) not (?:always )?feel (?:listened to|heard|valued|respected|supported|involved|informed|included|safe)",
  // Workload as the finding: "caseloads are much higher in the duty teams", "high caseloads", "rising
  // vacancy rates". Only of workload nouns: "high aspirations" and "a higher proportion" are not criticism.
  "(?:high|higher|rising|increasing|unmanageable|excessive|heavy) (?:social work )?(?:caseloads?|workloads?|vacancy rates?|staff turnover|sickness rates?)",
  "(?:caseloads?|workloads?|vacancy rates?|staff turnover|sickness rates?) (?:[\\w'’-]+ ){0,4}?(?:is|are|was|were|remains?|remained) (?:still |much |significantly |considerably |far |very )?(?:high|higher|rising|increasing|unmanageable|unsustainable)",
  // Assurance that leaders lack: "the board was unable to assure itself that…", "trustees cannot be assured".
  "(?:cannot|could not|can not|were unable to|was unable to) (?:be )?(?:assured?|assure)",
  // Action done wrongly: "the authority inappropriately considers these to be private arrangements".
  "inappropriate(?:ly)?",
  // A measure not back where it was: "attendance has not yet recovered since the closure".
  "(?:has|have|had) not (?:yet )?(?:recovered|been sustained|improved sufficiently)",
  // Left to cope alone: "a few families were left to manage on their own", "left without a plan".
  "(?:were|was|are|is|being) left (?:to (?:find|fend|manage|cope|wait)|without)",
];

/**
 * A figure limited by "only", "barely" or "fewer than" ("only 40% of reviews were on time", "fewer
 * than half had a plan") states a shortfall: dropping "not" or "too many" is no reversal or overstatement.
 */
export const SHORTFALL_FIGURE =
  /\b(?:only|just|barely|merely|(?:fewer|less) than)\s+(?:about\s+|around\s+|over\s+|under\s+)?(?:\d|one in\b|half\b|a (?:third|quarter|fifth|minority|handful)\b|(?:two|three|four|five|six|seven|eight|nine|ten) (?:of|in|out of)\b)/i;

/**
 * A past judgement named as history ("since the trust was rated inadequate", "was rated
 * requires improvement in 2019"): context for the visit, not a finding of this letter. Removed from a
 * sentence before its criticism markers are read.
 */
export const PAST_JUDGEMENT =
  /\b(?:was|were|had been|has been|have been)\s+(?:previously\s+)?(?:judged|rated|graded|found to be)\s+(?:to be\s+|as\s+)?['‘"“]?(?:inadequate|requires improvement|poor|weak)['’"”]?(?:\s+(?:for|in)\s+(?:its\s+|their\s+)?overall effectiveness)?/gi;

/** Markers of praise. */
export const PRAISE = [
  "good",
  "strong",
  "effective(?:ly)?",
  "improv(?:ed|ement|ements|ing)",
  "timely",
  "positive",
  "well",
  "thorough",
  "robust",
  "swift(?:ly)?",
  "prompt(?:ly)?",
  "committed",
  "diligent(?:ly)?",
  "enhanced",
  "welcomed",
  "stable",
  "creative",
  "tenacious",
  "substantial improvement",
  "considerable improvements?",
  "high[- ]quality",
  "outstanding",
  "excellent",
  "kind",
  "caring",
  "compassionate",
  "clean",
  "safe(?:ly)?",
  "supportive",
  "responsive",
  "comprehensive",
  "approachable",
  "knowledgeable",
  "skilled",
  "ambitious",
  "well[- ]led",
  "consistent(?:ly)?",
  // Standards met: "a clear vision", "an accurate understanding", "meaningful activity" (negated,
  // they are criticism: see negatedPractice.ts).
  "clear(?:ly)?",
  "accurate(?:ly)?",
  "meaningful",
  "valued",
  "warm",
  "strengths?",
  // Satisfaction and ease, as press releases put survey results ("patients were very satisfied").
  "(?:very |highly )?satisfied",
  "happy",
  "easy",
  "easily",
  "pleased",
  // A standard met: "arrangements for safeguarding meet requirements" — not one still asked for ("must
  // meet the requirements", "plans to meet…"); negated, it is criticism (see negatedPractice.ts).
  "(?<!\\b(?:must|should|to|not|will|would|could) )meets? (?:all |the |its |our |their )?(?:\\w+ )?requirements",
];

/** Openings that mark a caveat on what came just before. */
export const CAVEAT_OPENERS = [
  "however",
  "but",
  "although",
  "though",
  "nevertheless",
  "nonetheless",
  "yet",
  "that said",
  "despite (?:this|these)",
  "even so",
  "while",
  "whilst",
];

/** Softeners and strong criticism: the words of understatement (lexicon/softening.ts). */
export { SHORTFALL_NOUNS, SOFTENERS, STRONG_CRITICISM } from "./lexicon/softening.js";

/**
 * Method sentences say what inspectors did, not what they found ("Inspectors sampled…",
 * "They evaluated…", "We set out below what we found", "This report describes what we saw", and the
 * scale or terms they use: "We score every question on a scale of four", "2.3 We define a concern
 * as…", a paragraph number allowed before): they are neither findings nor omissions.
 */
export const METHOD =
  /^(?:\d+(?:\.\d+)*\s+)?(?:in addition, )?(?:the )?(?:inspectors?|they|we|the visit|this visit|the inspection|this letter|(?:this|my|our|the) report|the (?:lead )?inspector)\s+(?:also\s+)?(?:set out|sets out|describes|will monitor|evaluated|assessed|considered|looked|spoke|met|read|reviewed|examined|sampled|observed|visited|focused|tracked|scrutinised|summarises|talked|interviewed|held|carried out|conducted|undertook|inspected|(?:were|was) (?:told|shown|given|provided with|informed|able to)|score|scores|define|defines|assess|assesses)\b/i;

/**
 * Speakers other than the regulator whose words a letter reports ("Residents told inspectors…",
 * "Some families said…"), and anyone at all who "told us" / "told inspectors": whoever tells the
 * inspectors something is not the inspectors.
 */
export const REPORTED_SPEAKERS =
  /\b(?:(?:staff|social workers|parents|carers|foster carers|young people|children|care leavers|managers|leaders|residents|patients|pupils|people|families|relatives|(?:the )?workforce|officers|the chair[^.]{0,60}?)\s+(?:\w+\s+)?(?:described|reported|told|said|say|says|commented|explained|felt|feel)|told\s+(?:us|me|(?:the\s+)?inspectors?|the\s+inspection\s+team))\b/i;

/** Compiles a list into one case-insensitive regular expression on word boundaries. */
export function lexiconPattern(entries: readonly string[], flags = "gi"): RegExp {
  return new RegExp(`\\b(?:${entries.join("|")})\\b`, flags);
}
