/**
 * What the document stage needs of each judged press sentence, gathered as soon as the sentence is
 * judged rather than from the whole list of drafts afterwards: the sentence's words as evidence for
 * the omission rules (their keys stored compactly, text/keyPool.ts), the letter sentences it reports,
 * and the sourcing figures of the different-document test and the summary. A press document of 50 MB
 * then keeps, besides its findings, a few dozen bytes per sentence (docs/limits.md, "Memory").
 *
 * The drafts are read before the document's rules revise them (decide.ts DOCUMENT_REVISIONS). That
 * gives what reading them afterwards gave: of the kinds read here (not-checked, unsupported,
 * quote-not-found, copied, quote-exact) those revisions change one only in a document about another
 * document, whose coverage nothing reads (no omissions, no reported shares: core/summary.ts).
 */
import type { Draft } from "./judge/judgeSentences.js";
import { keysOf } from "./judge/omissions/evidenceKeys.js";
import { contradicts, contrastParts, type PressEvidence } from "./judge/omissions.js";
import type { AnalysedQuote } from "./segment/analyse.js";
import { KeyPool, type KeyVocabulary } from "./text/keyPool.js";
import { tokenize } from "./text/tokens.js";
import type { LetterFinding, Sentence } from "./types.js";

export interface DocumentEvidence {
  /** Each press sentence's words, then the words after each contrast in it (contrastParts), in order. */
  pressEvidence: PressEvidence[];
  /** The letter sentences the press reports as a source, or in other words, in the order first met. */
  reported: Set<number>;
  /** The figures of the different-document test and the summary (regulator quotations, claims). */
  sourcing(): { regulatorQuotes: number; quotesFound: number; claims: number; claimsSourced: number };
  /** Takes one sentence's drafts as soon as they are made. */
  add(s: Sentence, drafts: readonly Draft[]): void;
  /**
   * Further keys stored as the press evidence's are (one pool): evidence made of them is indexed with
   * the press evidence by key number (judge/omissions/evidenceIndex.ts).
   */
  pooled(keys: Iterable<string>): ReadonlySet<string>;
}

/**
 * With the letter's `vocabulary` (judge/omissions/evidenceKeys.ts letterVocabulary), the words' keys are
 * stored by the letter's numbers and a key no letter word has is dropped: every reader asks the evidence
 * about letter words only, so it answers them as before, without numbering the press text's words anew.
 */
export function gatherEvidence(
  text: string,
  letterFindings: readonly LetterFinding[],
  vocabulary?: KeyVocabulary,
): DocumentEvidence {
  const pool = new KeyPool(vocabulary);
  const pressEvidence: PressEvidence[] = [];
  const reported = new Set<number>();
  const quotesSeen = new Map<AnalysedQuote, boolean>();
  let claims = 0;
  let claimsSourced = 0;
  return {
    pressEvidence,
    reported,
    sourcing: () => ({
      regulatorQuotes: quotesSeen.size,
      quotesFound: [...quotesSeen.values()].filter(Boolean).length,
      claims,
      claimsSourced,
    }),
    pooled: (keys) => pool.add(keys),
    add(s, drafts) {
      for (const d of drafts) {
        const kind = d.judgement.kind;
        if (d.quote && d.quote.speaker !== "other") {
          const found = kind === "quote-exact" || kind === "quote-altered";
          quotesSeen.set(d.quote, (quotesSeen.get(d.quote) ?? false) || found);
        }
        if (!d.quote && (kind !== "not-checked" || d.judgement.similarity > 0.25)) {
          claims++;
          if (d.judgement.letter.length > 0) claimsSourced++;
        }
        addReported(reported, text, d, letterFindings);
      }
      // A sentence whose every claim is unsupported or a quotation the letter lacks reports nothing of
      // the letter; a sentence that turns on a contrast is also read from the turn on (contrastParts).
      const own = drafts.filter((d) => d.press.start < s.end && s.start < d.press.end);
      const unsourced =
        own.length > 0 &&
        own.every((d) => d.judgement.kind === "unsupported" || d.judgement.kind === "quote-not-found");
      for (const part of contrastParts(s.text))
        pressEvidence.push({
          stems: pool.addKeysOf(tokenize(part.text), keysOf),
          text: part.text,
          tone: part.tone,
          unsourced,
        });
    },
  };
}

/**
 * The letter sentences one draft reports. Press words that say the opposite of a critical source (its
 * quoted words, or the whole sentence) do not report it; the letter's own words (copied, or quoted
 * exactly) report it whatever their tone read alone.
 */
function addReported(
  reported: Set<number>,
  text: string,
  d: Draft,
  letterFindings: readonly LetterFinding[],
): void {
  if (d.judgement.kind === "not-checked") return;
  const said = d.quote
    ? text.slice(d.quote.inner.start, d.quote.inner.end)
    : text.slice(d.press.start, d.press.end);
  const ownWords = d.judgement.kind === "copied" || d.judgement.kind === "quote-exact";
  for (const l of d.judgement.letter)
    if (ownWords || !contradicts(said, letterFindings[l.index]?.polarity)) reported.add(l.index);
}
