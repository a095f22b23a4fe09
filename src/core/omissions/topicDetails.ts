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

interface TopicIndex {
  /** Each topic's content words and their IDF weights, in the topic's order. */
  weights: Map<number, Map<string, number>>;
  /** Stem → the topics among whose heaviest words it is. */
  byHeavyStem: Map<string, number[]>;
  /** Letter sentence → its word stems. */
  stems: Map<number, ReadonlySet<string>>;
  /** Per topic, the last question that weighed it (so that one question weighs a topic once). */
  weighed: Int32Array;
  question: number;
}

function topicWeights(ctx: LetterContext, index: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of ctx.index.sentenceTokens[index] ?? [])
    if (isContentToken(t)) weights.set(t.stem, ctx.index.idf(t.stem));
  return weights;
}

/** The heaviest words of a topic that outweigh the share of it a detail may miss. */
function mustShare(weights: ReadonlyMap<string, number>): string[] {
  let total = 0;
  for (const w of weights.values()) total += w;
  const heaviest = [...weights].sort((a, b) => b[1] - a[1]);
  const enough = total * (1 - TOPIC_SHARE + MARGIN);
  const out: string[] = [];
  let weight = 0;
  for (const [stem, w] of heaviest) {
    out.push(stem);
    weight += w;
    if (weight >= enough) break;
  }
  return out;
}

function carriesTopic(own: ReadonlySet<string>, topic: ReadonlyMap<string, number>): boolean {
  let total = 0;
  let shared = 0;
  let words = 0;
  for (const [stem, weight] of topic) {
    total += weight;
    if (own.has(stem)) {
      shared += weight;
      words++;
    }
  }
  return words >= 2 && total > 0 && shared / total >= TOPIC_SHARE;
}

const indexes = new WeakMap<LetterContext, TopicIndex>();
function topicIndex(ctx: LetterContext, groups: readonly (readonly LetterFinding[])[]): TopicIndex {
  return memo(indexes, ctx, () => {
    const weights = new Map<number, Map<string, number>>();
    const byHeavyStem = new Map<string, number[]>();
    for (const { index, section } of groups.flat()) {
      if (section.kind !== "improve" || weights.has(index)) continue;
      const own = topicWeights(ctx, index);
      weights.set(index, own);
      for (const stem of mustShare(own)) {
        const list = byHeavyStem.get(stem);
        if (list === undefined) byHeavyStem.set(stem, [index]);
        else list.push(index);
      }
    }
    const weighed = new Int32Array(ctx.sentences.length);
    return { weights, byHeavyStem, stems: new Map(), weighed, question: 0 };
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
  const topics = topicIndex(ctx, groups);
  const { weights, byHeavyStem, weighed } = topics;
  const own = memo(
    topics.stems,
    index,
    () => new Set((ctx.index.sentenceTokens[index] ?? []).map((t) => t.stem)),
  );
  const question = ++topics.question;
  for (const stem of own)
    for (const topic of byHeavyStem.get(stem) ?? []) {
      if (weighed[topic] === question || !reported.has(topic)) continue;
      weighed[topic] = question;
      if (carriesTopic(own, weights.get(topic) as Map<string, number>)) return true;
    }
  return false;
}
