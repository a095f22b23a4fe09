import { MIN_TOPIC_WEIGHT, matchQuote, topicWeigher } from "../align/matchQuote.js";
import { wordDiff } from "../align/wordDiff.js";
import type { AnalysedQuote } from "../segment/analyse.js";
import { isContentToken, tokenize } from "../text/tokens.js";
import type { Flag, Judgement } from "../types.js";
import type { LetterContext } from "./context.js";
import { findHedges } from "./hedges.js";
import { findMisattribution } from "./misattribution.js";
import { hasNegation } from "./negation.js";

export interface QuoteJudgement extends Judgement {
  /** Letter offsets of the matched words. */
  matched?: { start: number; end: number };
}

/**
 * Quantifiers and frequency adverbs that, dropped just before a quotation (up to three words before
 * it: "Most people enjoyed the meals" quoted as "enjoyed the meals"), make it say more than the
 * letter does. After a quantifier of a noun phrase ("a small number of referrals from GPs were
 * not screened" quoted as referrals from GPs were "not screened") up to four words, none of them a
 * conjunction: "Most staff feel supported and leaders are ambitious" does not limit "leaders".
 */
const QUANTIFIER_BEFORE =
  /\b(?:(?:many|most|some|several|a few|a minority|a (?:small |large |limited |significant |growing )?number|a handful|in some cases|in many cases|the majority)(?: of(?: these| the| them)?)?(?:\s+(?!(?:and|but|or|while|whilst|although|though|which|who|so|yet)\b)[\p{L}'’-]+){0,4}?|(?:typically|usually|generally|mostly|largely|mainly|often|sometimes)(?:\s+[\p{L}'’-]+){0,3}?)\s*$/iu;

/** Adverbs of degree and frequency whose removal changes a finding ("not consistently well managed"). */
const DEGREE_WORDS =
  /\b(?:consistently|always|routinely|fully|sufficiently|yet|all|every|often|sometimes|rarely|mostly|partly|largely|generally|entirely|completely)\b/i;

/** …or just after it: "pupils behave well in most lessons" quoted as "pupils behave well". */
const QUANTIFIER_AFTER =
  /^[\s,]*(?:in (?:most|some|many|a few|several|the majority of) (?:[\p{L}-]+ ){0,2}?(?:areas|cases|subjects|classes|lessons|wards|services|teams|instances|places|schools|homes)|at times|sometimes|in places|on occasion)\b/iu;

/**
 * Words that frame a quotation rather than say what it is about: the regulator and its documents, and
 * reporting verbs ("Inspectors described … as", "the report said"). They are left out of the topic.
 */
const FRAME_WORDS =
  /^(?:inspector|inspectors|inspection|inspected|regulator|report|reports|reported|letter|said|says|saying|described|describes|describing|found|finds|noted|notes|praised|praises|highlighted|highlights|recognised|recognized|criticised|criticized|added|stated|states|concluded|judged|rated|called|labelled|branded|told|according|also|own|words)$/;

/** Quoted passages inside a press sentence: straight or curly double quotes, curly single quotes. */
const QUOTED_PASSAGE = /"[^"]*"?|“[^”]*”?|‘[^’]*’?/g;

/**
 * The press sentence's topic: stems of its content words outside every quotation and outside the
 * frame — what the quoted words are said about ("support for learners with high needs" in
 * 'Inspectors described support for learners with high needs as "highly effective"').
 */
export function topicStems(pressSentence: string): string[] {
  // Every quotation of a sentence asks for the same stems: they are worked out once per sentence.
  if (lastTopic?.sentence === pressSentence) return lastTopic.stems;
  const stems = readTopicStems(pressSentence);
  lastTopic = { sentence: pressSentence, stems };
  return stems;
}

let lastTopic: { sentence: string; stems: string[] } | undefined;

function readTopicStems(pressSentence: string): string[] {
  const unquoted = pressSentence.replace(QUOTED_PASSAGE, (m) => " ".repeat(m.length));
  return tokenize(unquoted)
    .filter((t) => isContentToken(t) && !FRAME_WORDS.test(t.norm) && !/^\d/.test(t.norm))
    .map((t) => t.stem);
}

/** Topic weight from which a letter sentence is shown as the context of a quotation not found. */
const ON_TOPIC_CONTEXT = 2 * MIN_TOPIC_WEIGHT;

function speakerLabel(q: AnalysedQuote): string {
  return q.attributionCue ? ` (attributed to "${q.attributionCue.replace(/\s+/g, " ")}")` : "";
}

/**
 * Judges the quoted words `press[start, end)` — the part of quotation `q` inside one press sentence —
 * against the letter: quote-exact, quote-altered (with the word diff) or quote-not-found; the words of
 * someone other than the regulator (a council leader) are not quotes of the letter: not-checked.
 */
export function judgeQuotePiece(
  ctx: LetterContext,
  pressText: string,
  pressSentence: string,
  q: AnalysedQuote,
  start: number,
  end: number,
): QuoteJudgement {
  const quoted = pressText.slice(start, end);
  if (q.speaker === "other") {
    return {
      kind: "not-checked",
      flags: [],
      letter: [],
      similarity: 0,
      reason: `the quoted words are someone else's${speakerLabel(q)}, not the letter's`,
    };
  }
  const topic = topicStems(pressSentence);
  const m = matchQuote(ctx.index, pressText, start, end, topic);
  if (m.grade === "none") {
    // The letter sentence the press sentence is clearly about (sharing at least two topic words' worth
    // of weight) is shown beside a quotation not found in it: the reader sees what the letter says
    // there instead ("significant progress" said of a repair programme → the letter's sentence on it).
    const weigher = topicWeigher(ctx.index, topic);
    const onTopic =
      weigher && weigher.max >= ON_TOPIC_CONTEXT ? ctx.sentences.slice(weigher.best, weigher.best + 1) : [];
    return {
      kind: "quote-not-found",
      flags: [],
      letter: onTopic,
      similarity: m.score,
      reason:
        `quoted${q.speaker === "regulator" ? ` as the regulator's words${speakerLabel(q)}` : ""}, but no letter passage is close` +
        (m.score > 0 ? ` (best match ${Math.round(m.score * 100)}% of words)` : "") +
        (m.approximate
          ? " (by an in-order word match: the quotation is too long for the full word diff)"
          : "") +
        (onTopic.length ? "; the letter sentence on this topic is shown" : ""),
    };
  }
  const letter = ctx.sentences.filter((s) => s.start < m.end && m.start < s.end);
  const letterWords = ctx.text.slice(m.start, m.end);
  const flags: Flag[] = [];
  // Misattributed: the letter gives these words to someone it reports (staff, families) — in a
  // reporting clause or inside its own quotation marks — while the press gives them to the regulator.
  const first = letter[0];
  let misattribution = "";
  if (q.speaker === "regulator" && first) {
    const others = findMisattribution(ctx, letter, m.start, m.end);
    if (others) {
      flags.push("misattributed");
      misattribution = `; ${others}`;
    }
  }
  if (m.grade === "exact") {
    // Overgeneralised: the letter limits the quoted words with a quantifier just before them
    // ("Many children are repeatedly referred") which the press sentence leaves out.
    // Each fragment (between ellipses) is checked: "… [and] pupils at risk receive help" may cut the
    // "Most" before its second fragment.
    let q8: RegExpExecArray | null = null;
    for (const at of m.fragmentStarts ?? [m.start]) {
      const own = letter.find((s) => s.start <= at && at < s.end) ?? first;
      const before = ctx.text.slice(Math.max(own?.start ?? 0, at - 70), at);
      const found = QUANTIFIER_BEFORE.exec(before);
      // The quantifier's own word, not its article: "a" of "a few" is in every press sentence.
      const words = found?.[0].trim().split(/\s+/) ?? [];
      const key = words[0]?.toLowerCase() === "a" ? words[1] : words[0];
      if (found && key && !new RegExp(`\\b${key}\\b`, "i").test(pressSentence)) {
        q8 = found;
        break;
      }
    }
    if (!q8) {
      const own = letter.find((s) => s.start < m.end && m.end <= s.end);
      const after = QUANTIFIER_AFTER.exec(ctx.text.slice(m.end, own?.end ?? m.end));
      const afterWords = after?.[0].replace(/^[\s,]+/, "");
      if (after && afterWords && !pressSentence.toLowerCase().includes(afterWords.toLowerCase())) q8 = after;
    }
    if (q8) flags.push("overgeneralised");
    // An ellipsis that leaves out the letter's negation or hedge ("is not … well managed" for "is not
    // consistently well managed") changes what the letter says: the quotation is altered.
    const cut = (m.gaps ?? [])
      .map((g) => ctx.text.slice(g.start, g.end).replace(/\s+/g, " ").trim())
      .find((t) => hasNegation(t) || findHedges(t).length > 0 || DEGREE_WORDS.test(t));
    if (cut) {
      return {
        kind: "quote-altered",
        flags,
        letter,
        similarity: 1,
        matched: { start: m.start, end: m.end },
        diff: wordDiff(letterWords, quoted),
        reason: `the ellipsis leaves out the letter's "${cut}", which changes what it says${misattribution}`,
      };
    }
    return {
      kind: m.bracketed ? "quote-altered" : "quote-exact",
      flags,
      letter,
      similarity: 1,
      matched: { start: m.start, end: m.end },
      diff: m.bracketed ? wordDiff(letterWords, quoted) : undefined,
      reason:
        (m.bracketed
          ? "the quoted words are in the letter, with an insertion in square brackets"
          : "the quoted words are in the letter") +
        (q8 ? `, but the letter limits them ("${q8[0].trim()}") and the press drops that` : "") +
        misattribution,
    };
  }
  const diff = wordDiff(letterWords, quoted);
  // Only changes of words count: a full stop inside the press's quotation marks is house style.
  const wordy = (d: { text: string }) => /[\p{L}\p{N}]/u.test(d.text);
  const bare = (t: string) => t.trim().replace(/^[.,;:!?]+|[.,;:!?]+$/g, "");
  const changed = diff.filter((d) => d.op !== "equal" && wordy(d)).length;
  const added = diff.filter((d) => d.op === "insert" && wordy(d)).map((d) => bare(d.text));
  // The letter's negations and hedges first: "not always" dropped matters more than "of controlled".
  const qualifying = (t: string) => hasNegation(t) || findHedges(t).length > 0;
  const dropped = diff
    .filter((d) => d.op === "delete" && wordy(d))
    .map((d) => bare(d.text))
    .sort((a, b) => Number(qualifying(b)) - Number(qualifying(a)));
  const reversed = dropped.find((t) => hasNegation(t) && !hasNegation(quoted));
  const words = tokenize(quoted).length;
  return {
    kind: "quote-altered",
    flags,
    letter,
    similarity: m.score,
    matched: { start: m.start, end: m.end },
    diff,
    reason: m.reordered
      ? `the letter's words in another order: the letter has "${letterWords.replace(/\s+/g, " ")}"${misattribution}`
      : (reversed ? `the quotation drops the letter's "${reversed}", reversing it; ` : "") +
        `the quotation differs from the letter in ${changed} place${changed === 1 ? "" : "s"} (${words} words)` +
        (dropped.length ? `; letter has "${dropped.slice(0, 2).join('", "')}"` : "") +
        (added.length ? `; press has "${added.slice(0, 2).join('", "')}"` : "") +
        misattribution +
        (m.approximate
          ? "; placed by an in-order word match (the quotation is too long for the full word diff)"
          : ""),
  };
}
