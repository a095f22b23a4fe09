import { MIN_TOPIC_WEIGHT, topicWeigher } from "../../align/matchQuote.js";
import { speakerLabel } from "./quoteOtherSpeaker.js";
import type { QuoteRule } from "./rule.js";

/** Topic weight from which a letter sentence is shown as the context of a quotation not found. */
const ON_TOPIC_CONTEXT = 2 * MIN_TOPIC_WEIGHT;

/**
 * Quoted words no letter passage is close to. The letter sentence the press sentence is clearly about
 * (sharing at least two topic words' worth of weight) is shown beside it: the reader sees what the
 * letter says there instead ("significant progress" said of a repair programme → the letter's sentence
 * on it).
 */
export const quoteNotFound: QuoteRule = {
  id: "quote-not-found",
  describe: "quoted words no letter passage is close to",
  applies(a, ctx) {
    const m = a.match;
    if (m?.grade !== "none") return [];
    const weigher = topicWeigher(ctx.index, a.topic);
    const onTopic =
      weigher && weigher.max >= ON_TOPIC_CONTEXT ? ctx.sentences.slice(weigher.best, weigher.best + 1) : [];
    return [
      {
        rule: this.id,
        verdict: {
          kind: "quote-not-found",
          flags: [],
          letter: onTopic,
          similarity: m.score,
          reason:
            `quoted${a.q.speaker === "regulator" ? ` as the regulator's words${speakerLabel(a.q)}` : ""}, but no letter passage is close` +
            (m.score > 0 ? ` (best match ${Math.round(m.score * 100)}% of words)` : "") +
            (m.approximate
              ? " (by an in-order word match: the quotation is too long for the full word diff)"
              : "") +
            (onTopic.length ? "; the letter sentence on this topic is shown" : ""),
        },
      },
    ];
  },
};
