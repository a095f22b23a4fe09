import type { LetterContext } from "../judge/context.js";
import { memo } from "../judge/rules/rule.js";
import { isContentToken } from "../text/tokens.js";
import type { LetterFinding } from "../types.js";

/**
 * A body sentence that carries most of an improvement-list topic ("Managers could not be sure that
 * every young carer who asked for help…" under "The support for young carers who ask for help") is a
 * detail of that topic: it holds at least two of the topic's content words, weighing TOPIC_SHARE of
 * the topic's weight. The omission list ranks the details of a topic the press reports after the
 * findings it never touches.
 *
 * A long letter has thousands of sentences and topics, so not every topic is weighed against every
 * sentence: a sentence reaches TOPIC_SHARE of a topic only if it holds one of the topic's heaviest
 * words (see mustShare), so only the topics an index of those words names are weighed (the index is
 * the letter's, made once), and the weighing stops at the first reported topic the sentence details.
 */
const TOPIC_SHARE = 0.5;
/** Far above rounding: the heaviest words weigh more than the share a detail may miss, by this much of the whole. */
const MARGIN = 1e-9;

/** A topic's distinct content stems in the order it first uses them, their IDF weights, and their sum. */
interface Topic {
  stems: string[];
  weights: number[];
  total: number;
}

interface TopicIndex {
  topics: Map<number, Topic>;
  /** Stem → the topics among whose heaviest words it is. */
  byHeavyStem: Map<string, number[]>;
  /** Letter sentence → its word stems. */
  stems: Map<number, ReadonlySet<string>>;
  /** Per topic, the last question that weighed it (so that one question weighs a topic once). */
  weighed: Int32Array;
  question: number;
}

function topicOf(ctx: LetterContext, index: number): Topic {
  const stems: string[] = [];
  const weights: number[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const t of ctx.index.sentenceTokens[index] ?? [])
    if (isContentToken(t) && !seen.has(t.stem)) {
      seen.add(t.stem);
      const weight = ctx.index.idf(t.stem);
      stems.push(t.stem);
      weights.push(weight);
      total += weight;
    }
  return { stems, weights, total };
}

/** The heaviest words of a topic that outweigh the share of it a detail may miss. */
function mustShare({ stems, weights, total }: Topic): string[] {
  const heaviest = stems.map((_, i) => i).sort((a, b) => (weights[b] as number) - (weights[a] as number));
  const enough = total * (1 - TOPIC_SHARE + MARGIN);
  const out: string[] = [];
  let weight = 0;
  for (const i of heaviest) {
    out.push(stems[i] as string);
    weight += weights[i] as number;
    if (weight >= enough) break;
  }
  return out;
}

function carriesTopic(own: ReadonlySet<string>, { stems, weights, total }: Topic): boolean {
  let shared = 0;
  let words = 0;
  for (let i = 0; i < stems.length; i++)
    if (own.has(stems[i] as string)) {
      shared += weights[i] as number;
      words++;
    }
  return words >= 2 && total > 0 && shared / total >= TOPIC_SHARE;
}

const indexes = new WeakMap<LetterContext, TopicIndex>();
function topicIndex(ctx: LetterContext, groups: readonly (readonly LetterFinding[])[]): TopicIndex {
  return memo(indexes, ctx, () => {
    const topics = new Map<number, Topic>();
    const byHeavyStem = new Map<string, number[]>();
    for (const { index, section } of groups.flat()) {
      if (section.kind !== "improve" || topics.has(index)) continue;
      const topic = topicOf(ctx, index);
      topics.set(index, topic);
      for (const stem of mustShare(topic)) {
        const list = byHeavyStem.get(stem);
        if (list === undefined) byHeavyStem.set(stem, [index]);
        else list.push(index);
      }
    }
    const weighed = new Int32Array(ctx.sentences.length);
    return { topics, byHeavyStem, stems: new Map(), weighed, question: 0 };
  });
}

/**
 * Is letter sentence `index` a detail of one of the topics `reported`? The topics are the
 * improvement-list findings among the letter's critical findings `groups` (groupsOf: the same for
 * every call with one letter), by letter sentence.
 */
export function detailsReportedTopic(
  ctx: LetterContext,
  groups: readonly (readonly LetterFinding[])[],
  index: number,
  reported: ReadonlySet<number>,
): boolean {
  if (reported.size === 0) return false;
  const letter = topicIndex(ctx, groups);
  const { topics, byHeavyStem, weighed } = letter;
  const own = memo(letter.stems, index, () => {
    const stems = new Set<string>();
    for (const t of ctx.index.sentenceTokens[index] ?? []) stems.add(t.stem);
    return stems;
  });
  const question = ++letter.question;
  for (const stem of own)
    for (const topic of byHeavyStem.get(stem) ?? []) {
      if (weighed[topic] === question || !reported.has(topic)) continue;
      weighed[topic] = question;
      if (carriesTopic(own, topics.get(topic) as Topic)) return true;
    }
  return false;
}
