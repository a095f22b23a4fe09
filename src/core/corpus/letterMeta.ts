import { z } from "zod";
import { datesIn } from "../judge/documentDates.js";
import { gradeOf } from "../judge/grades.js";

/** Kinds of regulator document that press coverage tells apart ("a monitoring visit found…"). */
export const DOCUMENT_KINDS = [
  "full inspection",
  "monitoring visit",
  "focused visit",
  "joint targeted area inspection",
  "area SEND inspection",
  "review",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * What a letter says about itself, found in its own first lines: who wrote it, about whom, what kind
 * of document it is, when the visit was and when it was published, and the overall judgement. Every
 * field is optional: a letter that does not say is not guessed about. Dates are ISO (yyyy-mm-dd).
 */
export const LetterMetaSchema = z.object({
  regulator: z.string().min(1).optional(),
  body: z.string().min(1).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  visitStart: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  visitEnd: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  judgement: z.string().min(1).optional(),
});
export type LetterMeta = z.infer<typeof LetterMetaSchema>;

/** An inspected body's name as compared across letters: lower case, single spaces. */
export function normaliseBody(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The inspectorates a letter names in its opening, by how they write their own name. A letter that
 * names several is credited to the one it names first.
 */
const REGULATORS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bOfsted\b|Office for Standards in Education|(?:His|Her) Majesty[’']s Inspector\b(?! of Constabulary)|\bHMI\b/,
    "Ofsted",
  ],
  [/\bCare Quality Commission\b|\bCQC\b/, "Care Quality Commission"],
  [/\bHM Inspectorate of Prisons\b|\bHMIP\b/, "HM Inspectorate of Prisons"],
  [/\bHM Inspectorate of Probation\b/, "HM Inspectorate of Probation"],
  [/\bHMICFRS\b|Inspector(?:ate)? of Constabulary/, "HMICFRS"],
  [/\bEstyn\b/, "Estyn"],
  [/\bCare Inspectorate\b/, "Care Inspectorate"],
  [/\bEducation Scotland\b/, "Education Scotland"],
  [/\bRegulator of Social Housing\b/, "Regulator of Social Housing"],
];

/**
 * How inspectorates title their documents, in the opening lines, most specific first: the kind, and
 * where the inspected body's name stands (after "visit to", "inspection of", "review of").
 */
const KINDS: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/\bjoint targeted area inspection\b/i, "joint targeted area inspection"],
  [/\barea SEND inspection\b|\bspecial educational needs and\/or disabilities\b/i, "area SEND inspection"],
  [/\bmonitoring visit\b/i, "monitoring visit"],
  [/\bfocused visit\b/i, "focused visit"],
  [/\b(?:re-?)?inspection\b/i, "full inspection"],
  [/\breview of\b/i, "review"],
];

/** A title line that describes the document rather than naming the body ("Inspection of services for …"). */
const DESCRIPTION =
  /^(?:(?:re-?)?inspection|review|monitoring visit|focused visit|joint targeted|and\b|report\b|inspection dates?\b|lead inspector|published|date\b)/i;

/** How much of a title line the name patterns read (real titles are under 120 characters). */
const TITLE_LINE_CHARS = 300;

/**
 * What the title says the inspection is of, cut before the service words that follow a local
 * authority's name ("Inspection of Westbury local authority children's services", "Inspection of
 * Westbury Borough Council children's services", "Monitoring visit to Westbury children's services").
 */
const TITLE_BODY_ANYWHERE =
  /\b(?:inspection of|visit (?:to|of)|review of)\s+(?:the\s+)?(\S.{1,79}?)\s+(?:local authority\b|local area\b|children[’']s\b|services\b|for children\b|partnership\b)/i;

/**
 * Words of a body's name that are its kind of body, not its name: "Westbury Borough Council" and
 * "Westbury" are one body to a reader, and a press piece writes either.
 */
const BODY_SUFFIX =
  /\s+(?:(?:metropolitan\s+)?(?:borough|city|county|district)\s+)?council$|\s+(?:local|unitary) authority$|\s+city$/i;
/** A London borough's or a city's formal prefix: "London Borough of Westbury" is written "Westbury". */
const BODY_PREFIX = /^(?:the\s+)?(?:(?:london|royal)\s+borough|city|county)\s+of\s+/i;

/** The opening of a letter that holds its title block: up to its dates line, at most this much. */
const TITLE_CHARS = 1500;

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The visit's dates from an "Inspection date(s): …" or "Visit date(s): …" line: "13 to 24 March
 * 2023", "14 March to 25 March 2022", "29 April – 21 May 2014", "12 October 2015 – 5 November 2015".
 * The start borrows the month and year the end gives when it leaves them out.
 */
function visitDates(text: string): { start?: string; end?: string } {
  const line = /\b(?:inspection|visit|fieldwork) dates?:?\s*([^\n]{4,80})/i.exec(text)?.[1];
  if (!line) return {};
  const days = datesIn(line);
  const end = days.at(-1);
  if (end === undefined) return {};
  if (days.length > 1) return { start: isoDay(days[0] as number), end: isoDay(end) };
  const endDate = new Date(end * 86_400_000);
  const lead = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+([a-z]+))?\s*(?:to|-|–|—|and)\s/i.exec(line.trim());
  if (!lead) return { end: isoDay(end) };
  const monthText = lead[2];
  let month = endDate.getUTCMonth();
  if (monthText) {
    const m = datesIn(`1 ${monthText} 2000`)[0];
    if (m !== undefined) month = new Date(m * 86_400_000).getUTCMonth();
  }
  const year = endDate.getUTCFullYear() - (month > endDate.getUTCMonth() ? 1 : 0);
  return { start: isoDay(Date.UTC(year, month, Number(lead[1])) / 86_400_000), end: isoDay(end) };
}

/**
 * The overall judgement, as inspectorates state it: "Overall effectiveness Good", "The overall
 * judgement is good", "Children's services in Westbury are inadequate", "… require improvement to be
 * good". The grade's canonical name ("requires improvement", "good").
 */
function overallJudgement(text: string): string | undefined {
  const stated =
    /\boverall (?:effectiveness|judgement is|judgement|effectiveness is|rating)[:\s]+([a-z ]{4,40})/i.exec(
      text,
    )?.[1] ??
    /\bservices in [^\n.]{2,60}? (?:are|is|remain|require|requires)\s+([a-z ]{4,40})/i.exec(text)?.[1];
  if (!stated) return undefined;
  const words = stated.toLowerCase().replace(/\s+/g, " ").trim().split(" ");
  // The longest run of the stated words that names a grade ("requires improvement to be good" is one).
  if (/^requires? improvement/.test(words.join(" "))) return "requires improvement";
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const grade = gradeOf(words.slice(0, n).join(" "));
    if (grade) return grade;
  }
  return undefined;
}

/** The inspected body's name from the title block, without the words that say what kind of body it is. */
/** The opening's lines, trimmed, with a name wrapped after "and", "of" or "upon" joined to its next line. */
function openingLines(head: string): string[] {
  const out: string[] = [];
  for (const line of head
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && /\s(?:and|of|upon)$/i.test(last)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * The title line: how inspectorates head a report or letter ("Inspection of …", "Re-inspection of …",
 * "Monitoring visit to …", "Area SEND inspection of …", "An inspection of …"), after any address block.
 */
const TITLE_LINE =
  /^(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:re-?)?inspection\s+of|(?:monitoring|focused)\s+visit\s+(?:to|of)|review\s+of)\s/iu;

/** A line that could be a body's name on its own: short, capitalised, no figures or sentence punctuation. */
const NAME_LINE = (l: string) =>
  !DESCRIPTION.test(l) && l.length <= 60 && /^\p{Lu}/u.test(l) && !/[\d.,;:]/.test(l);

/**
 * The inspected body's name: from the title ("Inspection of Westbury local authority children's
 * services", "Inspection of Brackenfield Primary School"), else from the name line that stands
 * directly above or below a title naming none ("Westbury Council" / "Inspection of services for
 * children in need…"). Without the words saying what kind of body it is.
 */
function bodyName(lines: readonly string[], titleAt: number): string | undefined {
  if (titleAt < 0) return undefined;
  // A title is a line or two of a letter's header: its patterns read at most TITLE_LINE_CHARS of it.
  const title = `${lines[titleAt]} ${lines[titleAt + 1] ?? ""}`.slice(0, TITLE_LINE_CHARS);
  let named = TITLE_BODY_ANYWHERE.exec(title)?.[1];
  if (named === undefined) {
    // No service words after the name: the title's own line after "of"/"to" is the name, when it is one.
    const rest = /\b(?:of|to)\s+(.+)$/i.exec((lines[titleAt] as string).slice(0, TITLE_LINE_CHARS))?.[1];
    if (rest && NAME_LINE(rest)) named = rest;
  }
  // A name starts with a capital ("Inspection of looked after children services" names no body).
  if (named !== undefined && !/^\p{Lu}/u.test(named)) named = undefined;
  named ??= [lines[titleAt - 1], lines[titleAt + 1], lines[titleAt + 2]].find(
    (l, i) => l !== undefined && NAME_LINE(l) && (i > 0 || titleAt === 1),
  );
  if (!named) return undefined;
  const name = stripBodyKind(named.replace(/\s+/g, " ").trim());
  return name.length >= 2 && !/^(?:the|services|children)\b/i.test(name) ? name : undefined;
}

/** A standalone date line in a letter's heading (a letter's date), when the letter states no publication date. */
function letterDateLine(lines: readonly string[], before: number): number | undefined {
  for (const l of lines.slice(0, Math.max(0, before))) {
    const days = datesIn(l);
    if (days.length === 1 && l.split(/\s+/).length <= 5) return days[0];
  }
  return undefined;
}

/** What a letter says about itself (see LetterMetaSchema); fields it does not state are left out. */
export function letterMeta(text: string): LetterMeta {
  const head = text.slice(0, TITLE_CHARS);
  const lines = openingLines(head);
  const titleAt = lines.findIndex((l) => TITLE_LINE.test(l));
  const title = titleAt >= 0 ? `${lines[titleAt]} ${lines[titleAt + 1] ?? ""}` : "";
  const opening = text.slice(0, 6000);
  // The regulator named first: a letter may mention another one further on.
  const regulator = REGULATORS.map(([re, name]) => ({ at: opening.search(re), name }))
    .filter((r) => r.at >= 0)
    .sort((a, b) => a.at - b.at)[0]?.name;
  const kind = titleAt >= 0 ? KINDS.find(([re]) => re.test(title))?.[1] : undefined;
  const body = bodyName(lines, titleAt);
  const { start, end } = visitDates(head);
  const publishedLine = /\b(?:report )?published:?\s*([^\n]{6,40})/i.exec(head)?.[1];
  const published = (publishedLine ? datesIn(publishedLine)[0] : undefined) ?? letterDateLine(lines, titleAt);
  const judgement = overallJudgement(opening);
  const meta: LetterMeta = {};
  if (regulator) meta.regulator = regulator;
  if (body) meta.body = body;
  if (kind) meta.kind = kind;
  if (start) meta.visitStart = start;
  if (end) meta.visitEnd = end;
  if (published !== undefined) meta.published = isoDay(published);
  if (judgement) meta.judgement = judgement;
  return meta;
}

/** A body's name without the words saying what kind of body it is ("London Borough of X", "X City Council" → "X"). */
export function stripBodyKind(name: string): string {
  // A body's name is a few words: the end-anchored suffix pattern reads no more than TITLE_LINE_CHARS.
  return name.slice(0, TITLE_LINE_CHARS).replace(BODY_SUFFIX, "").replace(BODY_PREFIX, "");
}
