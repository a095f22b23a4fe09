/**
 * Lines of a press text that frame it rather than say anything: the label of a release ("Statement
 * from the Riverside Trust", "Press release: school inspection", "Message to parents from the
 * head"), a title that only names a document ("Inspection report, June 2026"), and a sign-off ("Mrs
 * J. Okoro, Principal", "Chief Executive"). They share names with the letter's header (the school,
 * the provider, the inspectorate, the month), so word overlap reads them as restatements; they are
 * no claims. A headline that states something ("School rated good", "Care home told to improve")
 * has a verb and is not one of these.
 */

/** Words of a title line that name a document and nothing else (with names, numbers and dates). */
const DOCUMENT_TITLE_WORD =
  /^(?:inspection|inspections|report|reports|visit|visits|review|letter|monitoring|focused|full|short|interim|joint|targeted|area|progress|update|outcome|outcomes|findings|results|summary|of|and|the|for|on|at|in|our|your|a|an|\d[\d/.-]*)$/iu;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** Labels that open a release or a letter to readers, then a name or a topic. */
const RELEASE_LABEL =
  /^(?:(?:joint\s+|official\s+)?(?:statement|message|letter|update|note)\s+(?:from|by|to|for)\b|(?:press|news|media)\s+(?:release|statement)\b|for\s+immediate\s+release\b|embargoed\b)/iu;

/** Roles that sign off a release or a letter ("Headteacher", "Chief Executive Officer", "Chair of Governors"). */
const ROLE =
  /^(?:(?:acting|interim|executive|deputy|assistant|chief)\s+){0,2}(?:head\s*teacher|headteacher|head|principal|director|manager|chair|chairman|chairwoman|chairperson|governor|executive|officer|leader|councillor|mayor|secretary|president|editor|clerk|trustee|spokesperson|registered\s+manager)(?:\s+(?:of|for)\s+[\p{L}' ’&-]{1,60})?$/iu;

/** A title and a name ("Mrs Eleri Vaughan", "Dr A. Patel"): two to four words after the title. */
const TITLED_NAME =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Revd)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u;

/** Words that make a label line a claim after all: a grade or a judging verb. */
const CLAIM_WORD =
  /\b(?:outstanding|good|requires?|inadequate|rated|judged|graded|praised|criticised|found|says?|said|told|failed|failing|improves?|improved)\b/iu;

/** Whether `line` (one sentence of the press, trimmed) is a heading, label or sign-off that makes no claim. */
export function isPressHeading(line: string): boolean {
  const text = line.replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > 120 || /[.!?]["'”’]?$/u.test(text) || CLAIM_WORD.test(text))
    return false;
  if (RELEASE_LABEL.test(text)) return text.split(" ").length <= 12;
  if (TITLED_NAME.test(text) || ROLE.test(text)) return true;
  // "Mrs Castellano, Headteacher": a name, then a role.
  const comma = text.indexOf(",");
  if (comma > 0 && /^\p{Lu}/u.test(text) && isRole(text.slice(comma + 1).trim())) return true;
  return isDocumentTitle(text);
}

/** A role, or a role after up to two capitalised words that name its service. */
function isRole(text: string): boolean {
  if (ROLE.test(text)) return true;
  const words = text.split(" ");
  for (let k = 1; k <= 2 && k < words.length; k++)
    if (ROLE.test(words.slice(k).join(" "))) return /^\p{Lu}/u.test(text);
  return false;
}

/**
 * A short line whose every word names the document, the body or the date: "Inspection report,
 * March 2026", "HMP Northgate review of progress". Capitalised words are names; at least one word
 * must say it is a document.
 */
function isDocumentTitle(text: string): boolean {
  const words = text.split(/[\s,:–—-]+/u).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 8) return false;
  let saysDocument = false;
  for (const word of words) {
    const w = word.replace(/^[("'‘“]+|[)"'’”]+$/gu, "");
    if (/^(?:inspection|report|visit|review|letter)s?$/iu.test(w)) saysDocument = true;
    if (!(DOCUMENT_TITLE_WORD.test(w) || MONTH.test(w) || /^\p{Lu}/u.test(w))) return false;
  }
  return saysDocument;
}
