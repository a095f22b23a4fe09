import { tokenize } from "../../text/tokens.js";
import type { Sentence } from "../../types.js";
import { isAttributionToken, type LetterContext } from "../context.js";
import type { PressEvidence } from "../omissions.js";
import { toneOf } from "../polarity.js";
import { isCoreToken, keysOf } from "./evidenceKeys.js";

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
  words: { stem: string; keys: string[]; weight: number }[];
  total: number;
  /** Too few distinct lead words to be named (fewer than two): never reported this way. */
  tooShort: boolean;
  itemKeys: Set<string>;
}

/** The item side depends on the letter alone: read once per letter sentence, whatever the press documents. */
const itemsMemo = new WeakMap<LetterContext, Map<Sentence, ListItem>>();
function listItemOf(ctx: LetterContext, item: Sentence): ListItem {
  let memo = itemsMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    itemsMemo.set(ctx, memo);
  }
  let out = memo.get(item);
  if (!out) {
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
    const itemKeys = new Set<string>();
    for (const t of ctx.index.sentenceTokens[item.index] ?? []) for (const k of keysOf(t)) itemKeys.add(k);
    out = { words, total, tooShort: new Set(core.map((t) => t.stem)).size < 2, itemKeys };
    memo.set(item, out);
  }
  return out;
}

/**
 * The press side, read once per press document (its list of evidence) rather than once per item: the
 * evidence that may name an item (by its tone), and each of its clauses' core words with their keys.
 */
interface PressClause {
  /** How many distinct core stems the clause has. */
  size: number;
  words: { stem: string; keys: string[] }[];
}
interface PressSide {
  press: PressEvidence;
  clauses: PressClause[];
}
const pressSides = new WeakMap<readonly PressEvidence[], PressSide[]>();
function pressSideOf(pressSentences: readonly PressEvidence[]): PressSide[] {
  let out = pressSides.get(pressSentences);
  if (!out) {
    out = [];
    for (const press of pressSentences) {
      if (press.restated) continue;
      const tone = press.tone ?? toneOf(press.text);
      if (tone === "positive" && !NAMES_IMPROVEMENTS.test(press.text)) continue;
      out.push({ press, clauses: clausesOf(press.text) });
    }
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
    answer = itemNamed(listItemOf(ctx, item), pressSideOf(pressSentences));
    memo.set(item, answer);
  }
  return answer;
}

function itemNamed(item: ListItem, sides: readonly PressSide[]): boolean {
  if (item.tooShort) return false;
  for (const { press, clauses } of sides) {
    if (clauseNamesItem(clauses, item.itemKeys)) return true;
    let found = 0;
    const shared = new Set<string>();
    for (const w of item.words) {
      if (w.keys.some((k) => press.stems.has(k))) {
        found += w.weight;
        shared.add(w.stem);
      }
    }
    if (found / item.total >= LIST_ITEM_COVERED && shared.size >= 2) return true;
  }
  return false;
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

/** A press text's clauses that are long enough to name an item (CLAUSE_NAMES_MIN core words or more). */
function clausesOf(pressText: string): PressClause[] {
  const out: PressClause[] = [];
  for (const clause of pressText.split(PRESS_CLAUSE)) {
    const core = tokenize(clause).filter((t) => isCoreToken(t) && !isAttributionToken(t));
    const size = new Set(core.map((t) => t.stem)).size;
    if (size < CLAUSE_NAMES_MIN) continue;
    out.push({ size, words: core.map((t) => ({ stem: t.stem, keys: keysOf(t) })) });
  }
  return out;
}

function clauseNamesItem(clauses: readonly PressClause[], itemKeys: ReadonlySet<string>): boolean {
  for (const clause of clauses) {
    const named = new Set<string>();
    for (const w of clause.words) if (w.keys.some((k) => itemKeys.has(k))) named.add(w.stem);
    if (named.size >= ITEM_CLAUSE_SHARE * clause.size) return true;
  }
  return false;
}
