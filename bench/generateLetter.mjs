/**
 * Deterministic synthetic inputs for the scaling benchmark: an inspection letter of any number of
 * sentences and a 60-sentence press article about it.
 *
 * The letter is built from ~30 sentence templates in the register of Ofsted monitoring letters
 * (subjects, verbs, objects, hedges and quantifiers drawn from word pools), with a fixed set of the
 * seed letter's own sentences placed verbatim through it. Letters of every size share that set, and
 * the article is built only from it (plus the publisher's own words), so the article is identical
 * for every letter size: what grows is the letter alone, which is what the scaling numbers are about.
 * Templates reuse a small vocabulary on purpose — real letters do, and it makes the inverted index's
 * posting lists long ("children" is in thousands of sentences), the case that stresses retrieval.
 */
import { mulberry32, randomTools } from "./prng.mjs";

/** How many of the seed letter's sentences every generated letter carries verbatim. */
export const SEED_SENTENCES = 30;

// ── word pools ────────────────────────────────────────────────────────────────────────────────────

const SUBJECTS = [
  "Social workers",
  "Managers",
  "Senior leaders",
  "Independent reviewing officers",
  "Personal advisers",
  "Team managers",
  "Practitioners",
  "Early help workers",
  "Child protection chairs",
  "Partner agencies",
  "Health visitors",
  "Service managers",
  "Frontline staff",
  "Leaders",
];
const SINGULAR_SUBJECTS = [
  "The principal social worker",
  "The local authority",
  "The multi-agency safeguarding hub",
  "The director of children's services",
  "The virtual school",
  "The quality assurance team",
  "The corporate parenting board",
];
const OBJECTS = [
  "the quality of assessments",
  "care planning for children in care",
  "the timeliness of strategy meetings",
  "return home interviews",
  "pathway planning for care leavers",
  "management oversight of casework",
  "the recording of supervision",
  "child protection enquiries",
  "the recording of direct work",
  "permanence planning",
  "the timeliness of initial health assessments",
  "the response to domestic abuse referrals",
  "placement stability",
  "the use of performance information",
  "contingency planning",
  "the voice of the child in plans",
  "transition planning for disabled children",
  "work with families on the edge of care",
  "the allocation of new referrals",
  "sufficiency of local placements",
];
const PLURAL_NOUNS = [
  "assessments",
  "plans",
  "visits",
  "referrals",
  "strategy discussions",
  "pathway plans",
  "supervision sessions",
  "audits",
  "case records",
  "child protection plans",
  "core group meetings",
  "chronologies",
];
const QUANTIFIERS = ["Most", "Some", "Many", "A minority of", "The majority of", "Not all", "Few", "All"];
const HEDGES = [
  "in most cases",
  "in the majority of cases seen",
  "in some cases",
  "for many children",
  "for a minority of children",
  "in the cases sampled",
  "in almost all cases",
];
const POSITIVE = [
  "thorough",
  "timely",
  "purposeful",
  "well written",
  "child-centred",
  "up to date",
  "comprehensive",
  "effective",
  "clear",
  "detailed",
];
const CRITICAL = [
  "too variable",
  "not yet consistent",
  "insufficiently detailed",
  "delayed",
  "not always timely",
  "weak",
  "poorly recorded",
  "too slow",
];
const STAGES = [
  "are beginning to",
  "are starting to",
  "are in the process of beginning to",
  "have begun to",
  "continue to",
  "are now able to",
];
const PLACES = [
  "in the assessment teams",
  "in the children in care service",
  "in the leaving care service",
  "across the disabled children's team",
  "in the front door service",
  "in the family support teams",
  "in the court team",
  "across the safeguarding service",
];
const TIMES = [
  "since the last monitoring visit",
  "since the inspection in 2018",
  "over the past six months",
  "in recent months",
  "since the previous visit",
  "in the last quarter",
];
const VERBS = [
  "review",
  "monitor",
  "track",
  "challenge",
  "oversee",
  "strengthen",
  "prioritise",
  "scrutinise",
];
const PAST = ["improved", "strengthened", "developed", "accelerated", "stabilised", "declined", "slowed"];
const CONCERNS = [
  "the risks to children",
  "the impact of neglect",
  "the needs of brothers and sisters",
  "the views of parents",
  "the child's cultural identity",
  "the history of previous referrals",
  "the effect of domestic abuse",
];
const EVIDENCE = [
  "case records",
  "performance data",
  "audit findings",
  "discussions with social workers",
  "feedback from young people",
  "minutes of the improvement board",
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const low = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * ~30 sentence templates: positive findings, critical findings, hedged and staged progress,
 * caveats ("However, …"), actions needed, and the neutral sentences of method. Each takes the
 * PRNG tools and returns one sentence ending in a full stop (no abbreviations, so that any sentence
 * splitter counts them the same).
 */
const TEMPLATES = [
  ({ pick }) => `${pick(QUANTIFIERS)} ${pick(PLURAL_NOUNS)} ${pick(PLACES)} are ${pick(POSITIVE)}.`,
  ({ pick }) => `${pick(SUBJECTS)} ${pick(STAGES)} improve ${pick(OBJECTS)}.`,
  ({ pick }) => `However, ${pick(OBJECTS)} is ${pick(CRITICAL)} ${pick(PLACES)}.`,
  ({ pick }) => `${pick(SUBJECTS)} need to ensure that ${pick(OBJECTS)} improves ${pick(TIMES)}.`,
  ({ pick }) => `${cap(pick(OBJECTS))} has ${pick(PAST)} ${pick(TIMES)}, although it is ${pick(CRITICAL)}.`,
  ({ pick }) => `Inspectors found that, ${pick(HEDGES)}, ${pick(PLURAL_NOUNS)} were ${pick(POSITIVE)}.`,
  ({ pick }) =>
    `In ${low(pick(QUANTIFIERS))} of the cases seen, ${pick(PLURAL_NOUNS)} did not consider ${pick(CONCERNS)}.`,
  ({ pick }) => `${pick(SINGULAR_SUBJECTS)} has a clear understanding of ${pick(OBJECTS)}.`,
  ({ pick }) => `${pick(SINGULAR_SUBJECTS)} is aware that ${pick(OBJECTS)} is ${pick(CRITICAL)}.`,
  ({ pick }) =>
    `${pick(SUBJECTS)} ${low(pick(VERBS))} ${pick(OBJECTS)} regularly, and this is making a difference.`,
  ({ pick }) =>
    `${pick(SUBJECTS)} do not always ${pick(VERBS)} ${pick(OBJECTS)}, and as a result some children wait too long.`,
  ({ pick }) => `The pace of improvement in ${pick(OBJECTS)} needs to accelerate.`,
  ({ pick }) =>
    `Further work is needed to ensure that ${pick(PLURAL_NOUNS)} ${pick(PLACES)} are ${pick(POSITIVE)}.`,
  ({ pick }) => `Inspectors looked at ${pick(EVIDENCE)} and spoke to ${low(pick(SUBJECTS))}.`,
  ({ pick }) => `This visit focused on ${pick(OBJECTS)} and ${pick(OBJECTS)}.`,
  ({ pick }) => `${pick(SUBJECTS)} report that caseloads ${pick(PLACES)} are manageable.`,
  ({ pick }) => `Caseloads ${pick(PLACES)} remain too high, and this limits ${pick(OBJECTS)}.`,
  ({ pick }) => `${cap(pick(HEDGES))}, ${pick(PLURAL_NOUNS)} are ${pick(CRITICAL)}.`,
  ({ pick }) => `${pick(SUBJECTS)} have welcomed the new arrangements for ${pick(OBJECTS)}.`,
  ({ pick }) => `The introduction of a new panel to oversee ${pick(OBJECTS)} is a positive development.`,
  ({ pick, int }) =>
    `Since the last visit, ${int(12, 240)} children have had their ${pick(PLURAL_NOUNS)} reviewed by managers.`,
  ({ pick }) =>
    `${pick(SUBJECTS)} know the children they work with well, and ${pick(PLURAL_NOUNS)} reflect this.`,
  ({ pick }) => `Not all ${pick(PLURAL_NOUNS)} are ${pick(POSITIVE)}, and some are ${pick(CRITICAL)}.`,
  ({ pick }) => `${cap(pick(OBJECTS))} is improving from a low base.`,
  ({ pick }) => `${pick(SUBJECTS)} are in the process of implementing a new approach to ${pick(OBJECTS)}.`,
  ({ pick }) => `Leaders accept that ${pick(OBJECTS)} is ${pick(CRITICAL)} and have plans to address this.`,
  ({ pick }) => `Management oversight of ${pick(OBJECTS)} is regular but is not yet consistent.`,
  ({ pick }) => `Children's ${pick(PLURAL_NOUNS)} are ${pick(POSITIVE)} ${pick(HEDGES)}.`,
  ({ pick }) => `${pick(SINGULAR_SUBJECTS)} has invested in training to strengthen ${pick(OBJECTS)}.`,
  ({ pick }) =>
    `Young people told inspectors that ${low(pick(SUBJECTS))} listen to them and help them with ${pick(OBJECTS)}.`,
  ({ pick }) => `${cap(pick(OBJECTS))} ${pick(PLACES)} has ${pick(PAST)} ${pick(TIMES)}.`,
];

export const TEMPLATE_COUNT = TEMPLATES.length;

/**
 * The seed letter's body sentences (between the greeting and the sign-off), split with a simple
 * regex: only whole sentences that start with a capital and end with a full stop, so a sentence
 * broken by the letter's page break is left out.
 */
export function seedLetterSentences(seedLetterText) {
  const paragraphs = seedLetterText.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim());
  return paragraphs
    .flatMap((para, i) => {
      const sentences = para.split(/(?<=\.)\s+(?=[A-Z])/);
      // A long paragraph without closing punctuation was cut by a page break: the next one's first
      // "sentence" is the rest of it, not a sentence.
      const previous = paragraphs[i - 1] ?? "";
      return previous.length > 60 && !/[.!?:]$/.test(previous) ? sentences.slice(1) : sentences;
    })
    .filter((s) => /^[A-Z]/.test(s) && /\.$/.test(s) && s.split(" ").length >= 8)
    .filter((s) => !/copying this letter|will be published|This letter summarises/.test(s));
}

/** The fixed subset every letter and the article share: the same PRNG seed, the same choice. */
export function chooseSeedSentences(seedLetterText, count = SEED_SENTENCES) {
  const all = seedLetterSentences(seedLetterText);
  const rnd = mulberry32(0x5eed);
  const chosen = new Set();
  while (chosen.size < Math.min(count, all.length)) chosen.add(Math.floor(rnd() * all.length));
  return [...chosen].sort((a, b) => a - b).map((i) => all[i]);
}

const HEADINGS = [
  "Overview",
  "Findings",
  "Areas for improvement",
  "Care leavers",
  "Permanence",
  "Leadership",
];

/**
 * A letter of exactly `sentences` body sentences (the address block, headings and sign-off come on
 * top, as in a real letter), in paragraphs of 3 to 7 sentences. The shared seed sentences are spread
 * evenly through it, so retrieval has to find them anywhere in a long letter.
 */
export function generateLetter({ sentences, seedSentences, seed = 1, place = "Example Borough" }) {
  const tools = randomTools(mulberry32(seed));
  const every = Math.max(1, Math.floor(sentences / Math.max(1, seedSentences.length)));
  const body = [];
  let nextSeed = 0;
  for (let i = 0; i < sentences; i++) {
    const isSeedSlot =
      nextSeed < seedSentences.length &&
      (i % every === every - 1 || sentences - i <= seedSentences.length - nextSeed);
    body.push(isSeedSlot ? seedSentences[nextSeed++] : tools.pick(TEMPLATES)(tools));
  }
  const blocks = [
    "Ofsted Piccadilly Gate Store Street Manchester M1 2WD",
    "17 January 2019",
    `Jo Example\nDirector of Children's Services\n${place} Council\nTown Hall`,
    "Dear Jo",
    `Monitoring visit to ${place} children's services`,
  ];
  let sinceHeading = 0;
  for (let i = 0; i < body.length; ) {
    if (sinceHeading >= 4 || i === 0) {
      blocks.push(tools.pick(HEADINGS));
      sinceHeading = 0;
    }
    const n = tools.int(3, 7);
    blocks.push(body.slice(i, i + n).join(" "));
    i += n;
    sinceHeading++;
  }
  blocks.push("I am copying this letter to the Department for Education.", "Yours sincerely", "Jo Inspector");
  return `${blocks.join("\n\n")}\n`;
}

// ── the article ──────────────────────────────────────────────────────────────────────────────────

/** One-word changes a journalist makes inside quotation marks (hedges dropped, words swapped). */
const ALTERATIONS = [
  [/\bsome\b/, "all"],
  [/\bMost\b/, "All"],
  [/\bmost\b/, "all"],
  [/\bare beginning to be\b/, "are"],
  [/\bis improving\b/, "has improved"],
  [/\bnot yet\b/, "now"],
  [/\bconsiderable\b/, "significant"],
  [/\bsubstantially\b/, "dramatically"],
  [/\bregular\b/, "rigorous"],
  [/\bhelping\b/, "working"],
  [/\bgood\b/, "excellent"],
  [/\bquickly\b/, "rapidly"],
];

/** Rewordings for paraphrases: the same finding in the press's words. */
const SYNONYMS = [
  [/\bchildren in care\b/g, "looked-after children"],
  [/\bhave improved\b/g, "have got better"],
  [/\bhas improved\b/g, "has got better"],
  [/\bquickly\b/g, "faster"],
  [/\bsenior managers\b/gi, "bosses"],
  [/\bsocial workers\b/gi, "social work staff"],
  [/\btimely\b/g, "on time"],
  [/\binspectors\b/gi, "Ofsted's team"],
  [/\bconsiderable\b/g, "big"],
  [/\byoung people\b/gi, "teenagers"],
  [/\bregularly\b/g, "often"],
  [/\bensure\b/g, "make sure"],
  [/\bis a positive development\b/g, "has been welcomed"],
  [/\bneeds to accelerate\b/g, "must speed up"],
  [/\bimprovement\b/g, "progress"],
  [/\bwell\b/g, "closely"],
];

const COMMENTS = [
  "Councillor Sam Example, lead member for children's services, said the council was proud of its staff.",
  "The council will publish an updated improvement plan in the spring.",
  "For more information, contact the press office on 020 7946 0000.",
  "The mayor said the borough had come a long way since 2017.",
  "Read more stories about children's services on our website.",
  "The authority was rated inadequate after a full inspection two years ago.",
];

/** Quoted words run from a sentence's start, 8 to 16 words long (or the whole sentence). */
function quotedPart(sentence, tools) {
  const words = sentence.replace(/\.$/, "").split(" ");
  return words
    .slice(0, Math.min(words.length, tools.int(8, 16)))
    .join(" ")
    .replace(/[,;:]$/, "");
}

function alter(text, tools) {
  const applicable = ALTERATIONS.filter(([re]) => re.test(text));
  if (applicable.length > 0) {
    const [re, to] = tools.pick(applicable);
    return text.replace(re, to);
  }
  // No hedge to drop: remove one word from the middle, as a careless quotation does.
  const words = text.split(" ");
  words.splice(Math.floor(words.length / 2), 1);
  return words.join(" ");
}

function paraphrase(sentence, tools) {
  let text = sentence;
  for (const [re, to] of SYNONYMS) text = text.replace(re, to);
  const lead = tools.pick(["According to inspectors, ", "The report says ", "Ofsted noted that ", ""]);
  return lead ? `${lead}${low(text)}` : text;
}

/**
 * A 60-sentence article: copied sentences (letter wording without quotation marks), altered
 * quotations attributed to Ofsted, paraphrases, and a few of the publisher's own sentences —
 * in a deterministic shuffled order, in short paragraphs under a headline.
 */
export function generateArticle({ seedSentences, sentences = 60, seed = 7, place }) {
  const tools = randomTools(mulberry32(seed));
  const out = [];
  for (let i = 0; i < sentences; i++) {
    const source = seedSentences[i % seedSentences.length];
    const mode = i % 10;
    if (mode === 9) out.push(COMMENTS[((i / 10) % COMMENTS.length) | 0]);
    else if (mode % 3 === 0) out.push(tools.chance(0.5) ? source : `Inspectors found that ${low(source)}`);
    else if (mode % 3 === 1) {
      const [open, close] = tools.pick([
        ["\u201c", "\u201d"],
        ['"', '"'],
      ]);
      out.push(`Ofsted said: ${open}${alter(quotedPart(source, tools), tools)}${close}.`);
    } else out.push(paraphrase(source, tools));
  }
  // Deterministic Fisher–Yates shuffle, so copied, quoted and paraphrased sentences are mixed.
  for (let i = out.length - 1; i > 0; i--) {
    const j = tools.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  const paragraphs = [`Ofsted praises progress in ${place ? `${place} ` : ""}children's services`];
  for (let i = 0; i < out.length; ) {
    const n = tools.int(1, 3);
    paragraphs.push(out.slice(i, i + n).join(" "));
    i += n;
  }
  return `${paragraphs.join("\n\n")}\n`;
}

const PLACE_STARTS = [
  "North",
  "South",
  "East",
  "West",
  "Upper",
  "Lower",
  "Great",
  "Little",
  "New",
  "Old",
  "",
];
const PLACE_ROOTS = [
  "ash",
  "brook",
  "cal",
  "dun",
  "elm",
  "fern",
  "glen",
  "hart",
  "ink",
  "kel",
  "lang",
  "mar",
  "nor",
  "oak",
  "pen",
  "quen",
  "ros",
  "sel",
  "thorn",
  "wick",
  "yar",
  "bran",
  "cor",
  "hol",
];
const PLACE_ENDS = [
  "ford",
  "ton",
  "shire",
  "borough",
  "field",
  "ham",
  "bury",
  "wick",
  "mouth",
  "ley",
  "by",
  "stead",
];

/**
 * A deterministic, made-up council name for corpus letter `i` ("North Ashford", "Kelbury"): corpus
 * letters differ in their place, as real letters do, and share the templates' house style.
 */
export function placeName(i) {
  const tools = randomTools(mulberry32(0x91ace + i));
  const root = `${tools.pick(PLACE_ROOTS)}${tools.pick(PLACE_ROOTS)}${tools.pick(PLACE_ENDS)}`;
  const name = cap(root);
  const start = tools.pick(PLACE_STARTS);
  return start ? `${start} ${name}` : name;
}
