import type { Section, SectionKind, Sentence } from "../types.js";
import type { Block } from "./blocks.js";

/**
 * Sections of a report (see `Section` in types.ts). The omission list ranks a finding by where the
 * report puts it: a reader meets the judgements, the summary and the improvement list first.
 */

/** Grades inspectorates print in judgement tables ("Requires improvement to be good", "Inadequate"). */
const GRADE =
  /\b(?:outstanding|good|requires? improvement(?: to be good)?|inadequate|adequate|satisfactory|insufficient|effective|ineffective|not effective|met|not met)\s*$/i;
/** The table's own title row ("Judgement Grade", "Judgements", "Overall effectiveness"). */
const TABLE_TITLE = /^(?:judge?ments?(?:\s+grade)?|overall effectiveness\b.*)$/i;

/**
 * A heading that opens a list of what must change (the same family of titles the polarity rules read
 * as critical: "What needs to improve?", "Areas for improvement", "Recommendations", "What does the
 * school need to do to improve?", "Priorities for improvement", "Next steps").
 */
const IMPROVE_HEADING =
  /^(?:(?:key |main )?areas? for (?:improvement|development)|recommendations?|priorities for (?:further )?improvement|next steps|what (?:does|do|should|must) (?:the |this |our |its )?[\w' -]+ (?:need to|needs to|do to|still need to)\b[^?]*\?|what (?:needs|need) to (?:improve|be improved)\b[^?]*\??)\s*$/i;

/** The longest heading read as a section title (a title of the improvement list is a few words). */
const MAX_HEADING_CHARS = 200;

/** A block of running text long enough to start the report's text (not a title, date or name line). */
const RUNNING_TEXT_WORDS = 12;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The section of every sentence, in sentence order. `blocks` are the blocks the sentences were cut
 * from (`Sentence.block` indexes them). A document without this plan (a short letter, a press text)
 * gets `summary` for its first running text and `body` after its first heading.
 */
export function sectionsOf(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
): Section[] {
  const ofBlock: Section[] = [];
  let kind: SectionKind = "front";
  let paragraph: number | undefined;
  let heading: string | undefined;
  for (const block of blocks) {
    // A footnote mark after a title ("What needs to improve?1") is not part of it.
    const body = text
      .slice(block.start, block.end)
      .replace(/\s+/g, " ")
      .trim()
      .replace(/(?<=[?.:])\d{1,2}$/, "");
    if (block.role === "heading") {
      if (body.length <= MAX_HEADING_CHARS && IMPROVE_HEADING.test(body)) kind = "improve";
      else if (kind === "front" && (GRADE.test(body) || TABLE_TITLE.test(body))) kind = "judgements";
      else if (kind !== "front" && kind !== "judgements") kind = "body";
      if (kind !== "judgements") {
        heading = body;
        paragraph = undefined;
      }
      ofBlock.push({ kind, heading: body });
      continue;
    }
    if (block.number !== undefined && block.role === "list-item" && kind !== "front") {
      // A numbered paragraph starts the body (a numbered item of an improvement list stays in it).
      if (kind !== "improve" || words(body) > 3 * RUNNING_TEXT_WORDS) kind = "body";
      if (kind === "body") paragraph = block.number;
    } else if ((kind === "front" || kind === "judgements") && words(body) >= RUNNING_TEXT_WORDS) {
      kind = "summary";
    } else if (kind === "front" && GRADE.test(body)) {
      kind = "judgements";
    }
    ofBlock.push({
      kind,
      ...(paragraph !== undefined && kind === "body" ? { paragraph } : {}),
      ...(heading !== undefined && kind !== "front" && kind !== "judgements" ? { heading } : {}),
    });
  }
  return sentences.map((s) => ofBlock[s.block] ?? { kind: "body" });
}
