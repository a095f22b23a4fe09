/**
 * A sentence that says only that the report agrees with someone, without saying what it found: "the
 * review backs up what tenants had been saying all along", "it says what staff have long
 * known". Campaigners, unions and councils write these; they carry no finding to check against the
 * letter, so they are the writer's own framing, not a claim the letter lacks.
 *
 * A verb of saying or showing, "what", a subject of up to four words, then a perfect of saying or
 * knowing. Bounded repeats of single words separated by spaces: linear.
 */
const AGREEMENT =
  /\b(?:confirms?|confirmed|says?|said|shows?|showed|shown|echoe?s|echoed|reflects?|reflected|backs? up|backed up|vindicates?|vindicated) what (?:[\p{L}'’-]+ ){1,4}(?:have|has|had) (?:long |always |all )?(?:been )?(?:saying|telling|told|said|known|argued|warning|warned|calling for|asking for)\b/iu;

/** Whether `text` says only that the report agrees with what others have said or known. */
export function agreesWithOthers(text: string): boolean {
  return AGREEMENT.test(text);
}
