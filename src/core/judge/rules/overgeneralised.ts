import type { LetterContext } from "../context.js";
import type { QuoteAnalysis } from "../quoteAnalysis.js";
import { memo, type QuoteRule } from "./rule.js";

/**
 * Quantifiers and frequency adverbs that, dropped just before a quotation (up to three words before
 * it: "Most people enjoyed the meals" quoted as "enjoyed the meals"), make it say more than the
 * letter does. After a quantifier of a noun phrase ("a small number of referrals from GPs were
 * not screened" quoted as referrals from GPs were "not screened") up to four words, none of them a
 * conjunction: "Most staff feel supported and leaders are ambitious" does not limit "leaders".
 */
const QUANTIFIER_BEFORE =
  /\b(?:(?:many|most|some|several|a few|a minority|a (?:small |large |limited |significant |growing )?number|a handful|in some cases|in many cases|the majority)(?: of(?: these| the| them)?)?(?:\s+(?!(?:and|but|or|while|whilst|although|though|which|who|so|yet)\b)[\p{L}'’-]+){0,4}?|(?:typically|usually|generally|mostly|largely|mainly|often|sometimes)(?:\s+[\p{L}'’-]+){0,3}?)\s*$/iu;

/** …or just after it: "pupils behave well in most lessons" quoted as "pupils behave well". */
const QUANTIFIER_AFTER =
  /^[\s,]*(?:in (?:most|some|many|a few|several|the majority of) (?:[\p{L}-]+ ){0,2}?(?:areas|cases|subjects|classes|lessons|wards|services|teams|instances|places|schools|homes)|at times|sometimes|in places|on occasion)\b/iu;

const cache = new WeakMap<QuoteAnalysis, RegExpExecArray | undefined>();

function findDropped(a: QuoteAnalysis, ctx: LetterContext): RegExpExecArray | undefined {
  const m = a.match;
  if (m?.grade !== "exact") return undefined;
  const first = a.letter[0];
  // Each fragment (between ellipses) is checked: "… [and] pupils at risk receive help" may cut the
  // "Most" before its second fragment.
  for (const at of m.fragmentStarts ?? [m.start]) {
    const own = a.letter.find((s) => s.start <= at && at < s.end) ?? first;
    const before = ctx.text.slice(Math.max(own?.start ?? 0, at - 70), at);
    const found = QUANTIFIER_BEFORE.exec(before);
    // The quantifier's own word, not its article: "a" of "a few" is in every press sentence.
    const words = found?.[0].trim().split(/\s+/) ?? [];
    const key = words[0]?.toLowerCase() === "a" ? words[1] : words[0];
    if (found && key && !new RegExp(`\\b${key}\\b`, "i").test(a.pressSentence)) return found;
  }
  const own = a.letter.find((s) => s.start < m.end && m.end <= s.end);
  const after = QUANTIFIER_AFTER.exec(ctx.text.slice(m.end, own?.end ?? m.end));
  const afterWords = after?.[0].replace(/^[\s,]+/, "");
  if (after && afterWords && !a.pressSentence.toLowerCase().includes(afterWords.toLowerCase())) return after;
  return undefined;
}

/** The letter's quantifier the press drops around an exact quotation, worked out once per quotation. */
export function droppedQuantifier(a: QuoteAnalysis, ctx: LetterContext): RegExpExecArray | undefined {
  return memo(cache, a, () => findDropped(a, ctx));
}

/**
 * Overgeneralised: the letter limits the quoted words with a quantifier just before or after them
 * ("Many children are repeatedly referred") which the press sentence leaves out.
 */
export const overgeneralised: QuoteRule = {
  id: "overgeneralised",
  describe: "an exact quotation whose limiting quantifier in the letter the press drops",
  applies: (a, ctx) =>
    droppedQuantifier(a, ctx) ? [{ rule: "overgeneralised", flag: "overgeneralised" }] : [],
};
