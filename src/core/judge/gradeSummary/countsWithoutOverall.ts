import type { Sentence } from "../../types.js";
import type { LetterContext } from "../context.js";
import type { Grade, GradeStatement } from "../grades.js";
import { countHolds, countNear } from "./areaCounts.js";
import { countingSentences } from "./letterCounts.js";
import { sentencesOf } from "./letterEvidence.js";
import type { Mention } from "./mentions.js";

/** A count claim's verdict against a table with no overall line. */
export interface CountVerdict {
  kind: "paraphrase" | "unsupported";
  letter: Sentence[];
  reason: string;
  grades: Grade[];
}

/**
 * Counts of grades against a judgement table that has no overall line. HMICFRS grades each area of a
 * police force or a fire and rescue service and gives no overall grade, so the summary reading, which
 * starts from the overall line, never ran: "rated adequate or better in five of its nine graded areas"
 * and "good in two of the ten areas" went unchecked. Only counts are read here ("N of M areas",
 * "all N areas", "all but one area"), grades joined by "or" counted together; a sentence whose current
 * grades carry no count is left to the area rules. Undefined when nothing was counted.
 */
export function judgeCounts(
  ctx: LetterContext,
  sentence: string,
  mentions: Mention[],
  areas: GradeStatement[],
): CountVerdict | undefined {
  const sources: Sentence[] = [];
  const grades: Grade[] = [];
  let wrong: string | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.earlier || m.aside || m.negated) continue;
    const next = mentions[i + 1];
    if (next && orJoined(sentence, m, next)) continue; // the count after the last grade of "good or adequate"
    const before = mentions[i - 1];
    const joined = before && orJoined(sentence, before, m) ? [m.grade, before.grade] : [m.grade];
    const local = sentence.slice(before?.end ?? 0, next?.start ?? sentence.length);
    const count = countNear(local);
    if (!count) continue;
    grades.push(...joined);
    if (countHolds(count, joined, areas, undefined)) {
      const rows = sentencesOf(
        ctx,
        areas.filter((a) => joined.includes(a.grade)),
      );
      for (const s of [...rows, ...countingSentences(ctx, joined)]) if (!sources.includes(s)) sources.push(s);
    } else {
      const k = areas.filter((a) => joined.includes(a.grade)).length;
      wrong = `the judgement table grades ${k} of its ${areas.length} areas ${joined.join(" or ")}, not as the count says`;
    }
  }
  if (grades.length === 0) return undefined;
  if (wrong) return { kind: "unsupported", letter: sources, reason: wrong, grades };
  return {
    kind: "paraphrase",
    letter: sources,
    reason: "reports how many of the judgement table's areas carry the grades",
    grades,
  };
}

/** Whether two mentions have only "or" between them ("good or adequate"). */
function orJoined(sentence: string, a: Mention, b: Mention): boolean {
  return /^\s*or\s*$/iu.test(sentence.slice(a.end, b.start));
}
