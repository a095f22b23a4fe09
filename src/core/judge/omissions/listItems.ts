import { tokenize } from "../../text/tokens.js";
import type { Sentence } from "../../types.js";
import { isAttributionToken, type LetterContext } from "../context.js";
import type { PressEvidence } from "../omissions.js";
import { memo } from "../rules/rule.js";
import { type EvidenceIndex, evidenceIndexOf } from "./evidenceIndex.js";
import { isCoreToken, keysOf, letterSentenceKeys } from "./evidenceKeys.js";

/**
 * An item of an improvement list ("◼ Staffing levels and regular team meetings, so that…", "The
 * rigour of checks by senior leaders, including on…") names a topic, and the press reports
 * such lists compressed ("eleven areas for improvement, including staffing and meetings, and the
 * rigour of checks"; "the changes needed include steadier staffing and better record keeping"). Such an item counts as reported by press words of its own tone, or of no tone, that
 * carry LIST_ITEM_COVERED of the weight of its lead phrase — the words before its purpose or
 * qualification (", so that", " to ensure", ", including", ", which") — with at least two of them.
 */
const LIST_ITEM_COVERED = 0.5;
const LEAD_PHRASE_END =
  /,|\s(?:so that|so this|to ensure|to make sure|to minimise|to reduce|to stabilise|including|which|so)\s/i;

/**
 * Press words that introduce the report's improvement list ("eleven areas for improvement, including…",
 * "required improvements included…", "said the council needed to improve…") read as praise to the tone
 * markers ("improvement"), but what they list is the criticism.
 */
const NAMES_IMPROVEMENTS =
  /\b(?:areas?|points?|aspects?|things)\s+(?:for|of|to|needing|requiring|that need(?:ed)?)\s+(?:further\s+)?(?:improvement|development|attention|improve)|\bimprovements?\s+(?:included|include|were needed|are needed|needed|required)|\b(?:required|needed|further)\s+improvements?|\bneed(?:s|ed)?\s+to\s+improve/i;

/** An improvement-list item as the test reads it: its lead words with their keys and weights, and every key of its words. */
interface ListItem {
  words: { stem: string; keys: readonly string[]; weight: number }[];
  total: number;
  /** Too few distinct lead words to be named (fewer than two): never reported this way. */
  tooShort: boolean;
  itemKeys: Set<string>;
}

/** The item side depends on the letter alone: read once per letter sentence, whatever the press documents. */
const itemsMemo = new WeakMap<LetterContext, Map<Sentence, ListItem>>();
function listItemOf(ctx: LetterContext, item: Sentence): ListItem {
  const perLetter = memo(itemsMemo, ctx, () => new Map<Sentence, ListItem>());
  return memo(perLetter, item, () => readListItem(ctx, item));
}

function readListItem(ctx: LetterContext, item: Sentence): ListItem {
  const cut = LEAD_PHRASE_END.exec(item.text);
  const all = (ctx.index.sentenceTokens[item.index] ?? []).filter(isCoreToken);
  const lead = all.filter((t) => !cut || t.end <= item.start + cut.index);
  // A lead phrase of one topic word ("The timeliness of reviews, to ensure that…") is read with its qualification.
  const core = new Set(lead.map((t) => t.stem)).size >= 2 ? lead : all;
  let total = 0;
  const words = core.map((t) => {
    const weight = ctx.index.idf(t.stem);
    total += weight;
    return { stem: t.stem, keys: keysOf(t), weight };
  });
  // Every word of the item, as the omission list and the coverage read the same letter sentence.
  const itemKeys = letterSentenceKeys(ctx, item.index);
  return { words, total, tooShort: new Set(core.map((t) => t.stem)).size < 2, itemKeys };
}

/**
 * The press side, read once per press document (its list of evidence) rather than once per item, and
 * indexed by word key so that an item reads only the press words that share one of its keys:
 * - which evidence may name an item (`usable`, by its tone); which of it holds each key is the
 *   document's evidence index (evidenceIndex.ts), shared with findingCoverage;
 * - the clauses long enough to name an item (clausesOf), each distinct core stem of a clause a
 *   numbered slot (`clauseOf[slot]` its clause), and for each key the slots of the words holding it.
 * `found`, `mark`, `slotMark` and `named` are scratch space reused for every item of the document.
 */
interface PressSide {
  index: EvidenceIndex;
  usable: Uint8Array;
  clauseSizes: number[];
  clauseOf: number[];
  slotsOf: Map<string, number[]>;
  found: Float64Array;
  mark: Int32Array;
  slotMark: Int32Array;
  named: Int32Array;
  epoch: number;
}
const pressSides = new WeakMap<readonly PressEvidence[], PressSide>();
function pressSideOf(pressSentences: readonly PressEvidence[]): PressSide {
  let out = pressSides.get(pressSentences);
  if (!out) {
    const index = evidenceIndexOf(pressSentences);
    const usable = new Uint8Array(pressSentences.length);
    const clauseSizes: number[] = [];
    const clauseOf: number[] = [];
    const slotsOf = new Map<string, number[]>();
    pressSentences.forEach((press, i) => {
      if (press.restated) return;
      if (index.tones[i] === "positive" && !NAMES_IMPROVEMENTS.test(press.text)) return;
      usable[i] = 1;
      for (const words of clausesOf(press.text)) {
        const clause = clauseSizes.length;
        const slotOf = new Map<string, number>();
        for (const w of words)
          if (!slotOf.has(w.stem)) {
            slotOf.set(w.stem, clauseOf.length);
            clauseOf.push(clause);
          }
        clauseSizes.push(slotOf.size);
        for (const w of words) {
          const slot = slotOf.get(w.stem) as number;
          for (const k of w.keys) {
            const list = slotsOf.get(k);
            if (list) list.push(slot);
            else slotsOf.set(k, [slot]);
          }
        }
      }
    });
    out = {
      index,
      usable,
      clauseSizes,
      clauseOf,
      slotsOf,
      found: new Float64Array(pressSentences.length),
      mark: new Int32Array(pressSentences.length),
      slotMark: new Int32Array(clauseOf.length),
      named: new Int32Array(clauseSizes.length),
      epoch: 0,
    };
    pressSides.set(pressSentences, out);
  }
  return out;
}

/** Each item's answer against one press document's evidence (listOmissions asks about an item more than once). */
const answers = new WeakMap<readonly PressEvidence[], Map<Sentence, boolean>>();

export function listItemCovered(
  ctx: LetterContext,
  item: Sentence,
  pressSentences: readonly PressEvidence[],
): boolean {
  let memo = answers.get(pressSentences);
  if (!memo) {
    memo = new Map();
    answers.set(pressSentences, memo);
  }
  let answer = memo.get(item);
  if (answer === undefined) {
    const read = listItemOf(ctx, item);
    const press = pressSideOf(pressSentences);
    answer =
      !read.tooShort && (clauseNamesItem(press, read.itemKeys) || leadCarried(press, pressSentences, read));
    memo.set(item, answer);
  }
  return answer;
}

/**
 * Whether some evidence carries LIST_ITEM_COVERED of the weight of the item's lead words, with two of
 * them at least. Each word adds its weight to every evidence holding one of its keys (once per word,
 * in the item's order: the sum a word-by-word reading of each evidence makes).
 */
function leadCarried(press: PressSide, evidence: readonly PressEvidence[], item: ListItem): boolean {
  const { found, mark, usable } = press;
  const { holding } = press.index;
  const first = press.epoch + 1;
  const touched: number[] = [];
  for (const w of item.words) {
    const now = ++press.epoch;
    for (const k of w.keys)
      for (const i of holding(k) ?? []) {
        const last = mark[i] as number;
        if (last === now || usable[i] === 0) continue;
        if (last < first) touched.push(i);
        found[i] = (last < first ? 0 : (found[i] as number)) + w.weight;
        mark[i] = now;
      }
  }
  return touched.some((i) => {
    if ((found[i] as number) / item.total < LIST_ITEM_COVERED) return false;
    const stems = (evidence[i] as PressEvidence).stems;
    const shared = new Set<string>();
    for (const w of item.words) if (w.keys.some((k) => stems.has(k))) shared.add(w.stem);
    return shared.size >= 2;
  });
}

/**
 * The other way round: a press clause that names nothing but the item's words reports it ("…, and
 * said the trust had to cut nurses' rotas" reports "Reasonable rotas and rest breaks for
 * nurses"). A clause is a run between commas, semicolons and "and
 * said"-style joins; it needs CLAUSE_NAMES_MIN core words, ITEM_CLAUSE_SHARE of them in the item.
 */
const CLAUSE_NAMES_MIN = 3;
const ITEM_CLAUSE_SHARE = 0.75;
const PRESS_CLAUSE =
  /[,;:]\s*|\s+and\s+(?=(?:said|says|noted|found|added|warned|highlighted|concluded)\b)/giu;

/** A press text's clauses long enough to name an item (CLAUSE_NAMES_MIN core stems or more): their core words. */
function clausesOf(pressText: string): { stem: string; keys: readonly string[] }[][] {
  const out: { stem: string; keys: readonly string[] }[][] = [];
  for (const clause of pressText.split(PRESS_CLAUSE)) {
    const core = tokenize(clause).filter((t) => isCoreToken(t) && !isAttributionToken(t));
    if (new Set(core.map((t) => t.stem)).size < CLAUSE_NAMES_MIN) continue;
    out.push(core.map((t) => ({ stem: t.stem, keys: keysOf(t) })));
  }
  return out;
}

/** Does a clause's every core stem but a quarter have a word whose keys the item holds? Only shared keys are read. */
function clauseNamesItem(press: PressSide, itemKeys: ReadonlySet<string>): boolean {
  const { slotMark, named, clauseSizes, clauseOf } = press;
  const now = ++press.epoch;
  const touched: number[] = [];
  for (const k of itemKeys)
    for (const slot of press.slotsOf.get(k) ?? []) {
      if (slotMark[slot] === now) continue;
      slotMark[slot] = now;
      const clause = clauseOf[slot] as number;
      if (named[clause] === 0) touched.push(clause);
      named[clause] = (named[clause] as number) + 1;
    }
  const hit = touched.some((c) => (named[c] as number) >= ITEM_CLAUSE_SHARE * (clauseSizes[c] as number));
  for (const c of touched) named[c] = 0;
  return hit;
}
