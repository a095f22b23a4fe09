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

export function listItemCovered(
  ctx: LetterContext,
  item: Sentence,
  pressSentences: readonly PressEvidence[],
): boolean {
  const cut = LEAD_PHRASE_END.exec(item.text);
  const all = (ctx.index.sentenceTokens[item.index] ?? []).filter(isCoreToken);
  const lead = all.filter((t) => !cut || t.end <= item.start + cut.index);
  // A lead phrase of one topic word ("The timeliness of reviews, to ensure that…") is read with its qualification.
  const core = new Set(lead.map((t) => t.stem)).size >= 2 ? lead : all;
  const stems = new Set(core.map((t) => t.stem));
  if (stems.size < 2) return false;
  let total = 0;
  const words = core.map((t) => {
    const weight = ctx.index.idf(t.stem);
    total += weight;
    return { stem: t.stem, keys: keysOf(t), weight };
  });
  const itemKeys = new Set<string>();
  for (const t of ctx.index.sentenceTokens[item.index] ?? []) for (const k of keysOf(t)) itemKeys.add(k);
  for (const press of pressSentences) {
    if (press.restated) continue;
    const tone = press.tone ?? toneOf(press.text);
    if (tone === "positive" && !NAMES_IMPROVEMENTS.test(press.text)) continue;
    if (clauseNamesItem(press.text, itemKeys)) return true;
    let found = 0;
    const shared = new Set<string>();
    for (const w of words) {
      if (w.keys.some((k) => press.stems.has(k))) {
        found += w.weight;
        shared.add(w.stem);
      }
    }
    if (found / total >= LIST_ITEM_COVERED && shared.size >= 2) return true;
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

function clauseNamesItem(pressText: string, itemKeys: ReadonlySet<string>): boolean {
  for (const clause of pressText.split(PRESS_CLAUSE)) {
    const core = tokenize(clause).filter((t) => isCoreToken(t) && !isAttributionToken(t));
    const stems = new Set(core.map((t) => t.stem));
    if (stems.size < CLAUSE_NAMES_MIN) continue;
    const named = core.filter((t) => keysOf(t).some((k) => itemKeys.has(k)));
    if (new Set(named.map((t) => t.stem)).size >= ITEM_CLAUSE_SHARE * stems.size) return true;
  }
  return false;
}
