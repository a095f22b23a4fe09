import type { Judgement, Sentence } from "../../types.js";
import type { LetterContext } from "../context.js";
import { gradesGiven } from "../gradesGiven.js";
import { memo } from "../rules/rule.js";
import { ALL_AREAS, areaMatch, canonicalArea, OVERALL, PREVIOUS } from "./areas.js";
import { type GradeClaim, pressGradeClaims } from "./claims.js";
import { TIMING } from "./cues.js";
import type { Grade } from "./scale.js";
import { type GradeStatement, letterGrades } from "./statements.js";

export interface GradeJudgement extends Judgement {
  kind: "paraphrase" | "unsupported" | "not-checked";
  /** The grades the press sentence claims (offsets into the sentence's text). */
  claims: GradeClaim[];
}

const statementsCache = new WeakMap<LetterContext, GradeStatement[]>();

/** The letter's grade statements, once per letter: the grade rules and the grade summary both read them. */
export function statementsOf(ctx: LetterContext): GradeStatement[] {
  const s = statementsCache.get(ctx) ?? letterGrades(ctx.text, ctx.sentences);
  statementsCache.set(ctx, s);
  return s;
}

/** The letter statements about the area a claim names; none when the letter does not grade it. */
function statementsFor(claim: GradeClaim, all: GradeStatement[]): GradeStatement[] {
  // A year the claim gives picks the letter's grades of that year where the letter dates them ("up
  // from poor in 2021" against the 2021 column); otherwise earlier grades answer only earlier claims.
  const dated = claim.year !== undefined && all.some((s) => s.year === claim.year);
  const earlier = (x: { area: string; previous?: boolean }) => x.previous === true || x.area === PREVIOUS;
  const statements = dated
    ? all.filter((s) => s.year === claim.year)
    : all.filter((s) => earlier(s) === earlier(claim));
  const whole = (area: string) => area === OVERALL || area === PREVIOUS;
  if (whole(claim.area)) return statements.filter((s) => whole(s.area));
  if (claim.area === ALL_AREAS) {
    return statements.filter((s) => s.area !== OVERALL && s.area !== PREVIOUS && s.area !== ALL_AREAS);
  }
  const scored = statements
    .map((s) => ({ s, score: areaMatch(claim.area, s.area) }))
    .filter((x) => x.score > 0);
  const best = Math.max(0, ...scored.map((x) => x.score));
  if (best > 0) return scored.filter((x) => x.score === best).map((x) => x.s);
  return claim.orOverall ? statements.filter((s) => whole(s.area)) : [];
}

/** The grades the letter gives anything (gradesGiven.ts; cached per letter). */
const wordsCache = new WeakMap<LetterContext, Set<Grade>>();
function gradeWordsOf(ctx: LetterContext): Set<Grade> {
  let w = wordsCache.get(ctx);
  if (!w) {
    w = gradesGiven(ctx.text);
    wordsCache.set(ctx, w);
  }
  return w;
}

function describe(area: string): string {
  return area === OVERALL ? "overall" : area;
}

/**
 * A claimed area cut short ("provision for learners" before "with high needs", where a list of areas
 * usually ends) is extended over the rest of the letter's name for it when the sentence goes on with
 * exactly those words, and then over a following "following a full inspection in May": the grade rule
 * accounts for them. Mutates the claim's end.
 */
function extendToArea(text: string, claim: GradeClaim, found: GradeStatement[]): void {
  const words = claim.area.split(/\s+/);
  const lastWord = words[words.length - 1] ?? "";
  for (const s of found) {
    const at = s.area.lastIndexOf(lastWord);
    if (!lastWord || at < 0) continue;
    const rest = s.area.slice(at + lastWord.length);
    if (!rest.trim()) continue;
    const next = text.slice(claim.end, claim.end + rest.length);
    if (next.toLowerCase().replace(/\s+/g, " ") !== rest.replace(/\s+/g, " ")) continue;
    claim.end += rest.length;
    const timing = text.slice(claim.end).match(TIMING);
    if (timing) claim.end += timing[0].length;
    return;
  }
}

const isEarlier = (c: GradeClaim) => c.previous === true || c.area === PREVIOUS;

/** Only earlier inspections' grades, which the letter does not give: not a claim about this letter. */
function earlierOnly(claims: GradeClaim[]): GradeJudgement {
  const years = [...new Set(claims.flatMap((c) => (c.year !== undefined ? [c.year] : [])))];
  return {
    kind: "not-checked",
    flags: [],
    letter: [],
    similarity: 0,
    claims,
    reason: `reports an earlier inspection's grade${years.length ? ` (${years.join(", ")})` : ""}, which this letter does not give`,
  };
}

/**
 * When a press sentence claims grades: "paraphrase" when the letter gives every claimed area that
 * grade; "unsupported" when the letter grades a claimed area (or the overall grade) otherwise — a false
 * grade is the worse error, so one contradiction decides; also "unsupported" when the press grades
 * named areas ("strong in two of the three areas inspected") and the letter grades nothing and never
 * uses that grade word (a framework without grades). "not-checked" when every grade claimed is an
 * earlier inspection's and the letter does not state it (an earlier grade is checked only against the
 * letter's earlier grades, never its current ones). Undefined when the sentence claims no grade or names
 * an area the letter does not grade (the other rules decide).
 */
/**
 * The inspected body under its own name: "Brackwell Infants has been rated good", "Tollmere was judged
 * outstanding" grade the whole body, though no body word ("school", "practice") says so. A subject
 * names the body when the letter writes the same words as a capitalised name inside a sentence
 * ("Inspection of Brackwell Infants School", "children like coming to Tollmere"), after a lower-case
 * word on the same line — not at a sentence's or a line's start, where an area word is capitalised too
 * ("Reading is a priority", under a "Good" heading). Such a claim is
 * still matched to a graded area of the same name first (statementsFor), and to the overall grade
 * only when none matches.
 */
function namesInspectedBody(ctx: LetterContext, area: string): boolean {
  const words = area.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || words.some((w) => !/^[\p{L}'’.-]+$/u.test(w))) return false;
  const name = words
    .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1).replace(/\./g, "\\.")}`)
    .join("\\s+");
  // Each name is looked for in the letter once: a press text repeats its areas claim after claim.
  const asked = memo(bodyNamesAsked, ctx, () => new Map<string, boolean>());
  return memo(asked, name, () => new RegExp(`(?<=[\\p{Ll},][ \\t]+)${name}(?![\\p{L}])`, "u").test(ctx.text));
}
const bodyNamesAsked = new WeakMap<LetterContext, Map<string, boolean>>();

/**
 * An area led by the inspected body's name, "Fernley care leavers service" or "Fernley's fostering
 * service": the name only says whose area it is, so the area is the rest ("care leavers service"),
 * matched to the letter's graded areas like any other. Undefined when no leading name is found.
 */
function withoutBodyName(ctx: LetterContext, area: string): string | undefined {
  const words = area.split(/\s+/).filter(Boolean);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const name = words
      .slice(0, n)
      .join(" ")
      .replace(/['’]s$/u, "");
    if (name && namesInspectedBody(ctx, name)) return canonicalArea(words.slice(n).join(" "));
  }
  return undefined;
}

export function judgeGrades(ctx: LetterContext, sentence: Sentence): GradeJudgement | undefined {
  const claims = gradeClaimsOf(ctx, sentence.text);
  if (claims.length === 0) return undefined;
  const statements = statementsOf(ctx);
  if (statements.length === 0) return againstUngradedLetter(ctx, claims);
  const matched: { claim: GradeClaim; found: GradeStatement[] }[] = [];
  let unknown = false;
  for (const claim of claims) {
    const about = statementsFor(claim, statements);
    if (about.length === 0) {
      // An earlier grade the letter does not state is set aside, never checked against current grades.
      if (!isEarlier(claim)) unknown = true;
      continue;
    }
    const same = about.filter((s) => s.grade === claim.grade);
    // An "all areas" claim needs every area to have the grade; any other claim, one statement of it.
    const contradicted = claim.area === ALL_AREAS ? same.length < about.length : same.length === 0;
    if (contradicted) return contradiction(ctx, claims, claim, about);
    // The letter often states a grade twice (summary table, then the section): one of each form is enough.
    const shown = ["table", "prose"].flatMap((form) => same.find((s) => s.form === form) ?? []);
    matched.push({ claim, found: shown });
  }
  if (unknown) return undefined;
  if (matched.length === 0) return earlierOnly(claims);
  return reportedGrades(ctx, sentence, claims, matched);
}

/**
 * The grade claims of a press sentence, with an area led by the inspected body's name read as the
 * rest of it, and an area that is only the body's name read as the body's overall grade.
 */
function gradeClaimsOf(ctx: LetterContext, text: string): GradeClaim[] {
  return pressGradeClaims(text)
    .map((c) => {
      const rest =
        c.area !== OVERALL && c.area !== PREVIOUS && c.area !== ALL_AREAS
          ? withoutBodyName(ctx, c.area)
          : undefined;
      return rest ? { ...c, area: rest } : c;
    })
    .map((c) =>
      !c.orOverall &&
      c.area !== OVERALL &&
      c.area !== PREVIOUS &&
      c.area !== ALL_AREAS &&
      namesInspectedBody(ctx, c.area)
        ? { ...c, orOverall: true }
        : c,
    );
}

/** Grade claims against a letter that states no grades: unsupported when it never uses the grade's words. */
function againstUngradedLetter(ctx: LetterContext, claims: GradeClaim[]): GradeJudgement | undefined {
  const words = gradeWordsOf(ctx);
  const named = claims.find(
    (c) => !isEarlier(c) && c.year === undefined && !c.orOverall && c.area !== OVERALL && !words.has(c.grade),
  );
  if (named) {
    return {
      kind: "unsupported",
      flags: [],
      letter: [],
      similarity: 0,
      claims,
      reason: `the letter grades nothing (it never gives the grade "${named.grade}"), yet the press grades ${describe(named.area)}`,
    };
  }
  return claims.every(isEarlier) ? earlierOnly(claims) : undefined;
}

/** A claim the letter's statements about its area contradict: unsupported, with the letter's grade as source. */
function contradiction(
  ctx: LetterContext,
  claims: GradeClaim[],
  claim: GradeClaim,
  about: GradeStatement[],
): GradeJudgement {
  const other = about.find((s) => s.grade !== claim.grade) as GradeStatement;
  const letter = other.sentences.map((i) => ctx.sentences[i]).filter((s): s is Sentence => !!s);
  const area = describe(other.area);
  return {
    kind: "unsupported",
    flags: [],
    letter,
    similarity: 0,
    claims,
    reason:
      other.area === OVERALL
        ? `the letter's overall grade is ${other.grade}, not ${claim.grade}`
        : `the letter grades ${area} as ${other.grade}, not ${claim.grade}`,
  };
}

/** Every claim's grade found in the letter: a paraphrase of the statements that give them. */
function reportedGrades(
  ctx: LetterContext,
  sentence: Sentence,
  claims: GradeClaim[],
  matched: { claim: GradeClaim; found: GradeStatement[] }[],
): GradeJudgement {
  for (const m of matched) extendToArea(sentence.text, m.claim, m.found);
  const indexes = [...new Set(matched.flatMap((m) => m.found.flatMap((s) => s.sentences)))].sort(
    (a, b) => a - b,
  );
  const letter = indexes.map((i) => ctx.sentences[i]).filter((s): s is Sentence => !!s);
  const named = [...new Set(matched.flatMap((m) => m.found.map((s) => `${describe(s.area)} – ${s.grade}`)))];
  return {
    kind: "paraphrase",
    flags: [],
    letter,
    similarity: 1,
    claims,
    reason: `reports the letter's grades: ${named.join(", ")}`,
  };
}

/**
 * A press sentence whose grades the letter gives is about this letter: the rest of it ("…, with
 * inspectors praising the cook's menus") counts as the letter's at a lower share of its
 * distinctive words than a sentence without that anchor needs (still with three shared words).
 */
export const GRADED_REST_SOURCED = 0.35;

/**
 * The words a claim's coverage leaves out (`isAttribution`), plus the words of the grade statements a
 * judgement checked ("Dunmoor Fire Service has been rated good at keeping people safe"): the grade rule has
 * accounted for them, so the other rules weigh only the rest of the sentence ("after inspectors found
 * …"). Token offsets are into the sentence text, like the claims'.
 */
export function gradeWordsAside<T extends { start: number; end: number }>(
  isAttribution: (t: T) => boolean,
  graded: GradeJudgement | undefined,
): (t: T) => boolean {
  const spans = graded?.claims ?? [];
  if (spans.length === 0) return isAttribution;
  return (t) => isAttribution(t) || spans.some((c) => t.start >= c.start && t.end <= c.end);
}
