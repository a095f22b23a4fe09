import type { Judgement, Kind, Sentence } from "../types.js";

/**
 * A judgement a later rule overrides: its new kind, the letter sentences it now rests on and why, with
 * its flags and word diff dropped (they described the kind it had). The rest of it (similarity, and
 * whatever a caller's judgement type adds) is kept.
 */
export function rekind<J extends Judgement>(judgement: J, kind: Kind, letter: Sentence[], reason: string): J {
  return { ...judgement, kind, flags: [], letter, diff: undefined, reason };
}
