/**
 * The stems of the words the engine's own modules stem as they load (the synonym groups, the omission
 * senses: ≈ 300 words), as natural's stemmer gives them. Empty here, so that stemWord works them out at
 * load as it works out any word; the build (scripts/build.mjs) loads the compiled engine once, reads
 * what it stemmed (stemsSoFar) and writes them into this module's place in the bundle, so a `check`
 * does not run the stemmer over its own vocabulary at every start (≈ 5 ms of a cold run, and natural's
 * patterns compiled for the width of the code's literals as well as for the texts'). Flat: word, stem,
 * word, stem…
 */
export const STEMS_AT_LOAD: readonly string[] = [];
