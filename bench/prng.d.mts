/** Types for bench/prng.mjs, so TypeScript tests can share its seeded PRNG. */
export function mulberry32(seed: number): () => number;
export function randomTools(rnd: () => number): {
  pick: <T>(list: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  chance: (p: number) => boolean;
};
