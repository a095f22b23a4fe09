/**
 * Lines of a press text that frame it rather than say anything: the label of a release ("Statement
 * from the Riverside Trust", "Press release: school inspection", "Message to parents from the
 * head"), and a sign-off ("Mrs
 * J. Okoro, Principal", "Chief Executive"). They share names with the letter's header (the school,
 * the provider, the inspectorate, the month), so word overlap reads them as restatements; they are
 * no claims. A headline that states something ("School rated good", "Care home told to improve")
 * has a verb and is not one of these.
 */
import { spaced } from "./spaced.js";

/** Labels that open a release or a letter to readers, then a name or a topic. */
const RELEASE_LABEL =
  /^(?:(?:joint\s+|official\s+)?(?:statement|message|letter|update|note)\s+(?:from|by|to|for)\b|(?:press|news|media)\s+(?:release|statement)\s*(?::|$)|for\s+immediate\s+release\b|embargoed\b)/iu;

/** Roles that sign off a release or a letter ("Headteacher", "Chief Executive Officer", "Chair of Governors"). */
const ROLE =
  /^(?:(?:acting|interim|executive|deputy|assistant|chief)\s+){0,2}(?:head\s*teacher|headteacher|head|principal|director|manager|chair|chairman|chairwoman|chairperson|governor|executive|officer|leader|councillor|mayor|secretary|president|editor|clerk|trustee|spokesperson|registered\s+manager)(?:\s+(?:of|for)\s+[\p{L}' ’&-]{1,60})?$/iu;

/**
 * A title and a name ("Mrs Ann Lund", "Dr A. Patel"): one to four capitalised words after the title,
 * each after white space (a word's letters and the space between words never overlap, so the match
 * is linear; the line is trimmed before it is tested).
 */
const TITLED_NAME =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Revd)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Words that make a label line a claim after all: a grade or a judging verb. */
const CLAIM_WORD =
  /\b(?:outstanding|good|requires?|inadequate|rated|judged|graded|praised|criticised|found|says?|said|told|failed|failing|improves?|improved)\b/iu;

/** Whether `line` (one sentence of the press, trimmed) is a heading, label or sign-off that makes no claim. */
export function isPressHeading(line: string): boolean {
  const text = spaced(line);
  if (text.length === 0 || text.length > 120 || /[.!?]["'”’]?$/u.test(text) || CLAIM_WORD.test(text))
    return false;
  if (RELEASE_LABEL.test(text)) return text.split(" ").length <= 12;
  if (TITLED_NAME.test(text) || ROLE.test(text)) return true;
  // "Mrs Castellano, Headteacher": a name, then a role.
  const comma = text.indexOf(",");
  if (comma > 0 && /^\p{Lu}/u.test(text) && isRole(text.slice(comma + 1).trim())) return true;
  return false;
}

/** A role, or a role after up to two capitalised words that name its service. */
function isRole(text: string): boolean {
  if (ROLE.test(text)) return true;
  const words = text.split(" ");
  for (let k = 1; k <= 2 && k < words.length; k++)
    if (ROLE.test(words.slice(k).join(" "))) return /^\p{Lu}/u.test(text);
  return false;
}
