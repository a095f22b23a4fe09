import type { Judgement, Kind, Sentence } from "../types.js";

/**
 * A judgement a later rule overrides: its new kind, the letter sentences it now rests on and why, with
 * its flags and word diff dropped (they described the kind it had). The rest of it (similarity, and
 * whatever a caller's judgement type adds) is kept.
 */
export function rekind<J extends Judgement>(judgement: J, kind: Kind, letter: Sentence[], reason: string): J {
  // Object.assign, not a spread that adds keys: see withFields.ts (the same object, one hidden class).
  return Object.assign({}, judgement, { kind, flags: [], letter, diff: undefined, reason });
}
