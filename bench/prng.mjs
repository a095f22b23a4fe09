/**
 * mulberry32: a tiny seeded PRNG (32-bit state), so every generated letter and article is the same
 * on every machine and every run — timings from different runs then measure the same work.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one PRNG: `pick` an element, `int` in [lo, hi], `chance` with probability p. */
export function randomTools(rnd) {
  return {
    pick: (list) => list[Math.floor(rnd() * list.length)],
    int: (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)),
    chance: (p) => rnd() < p,
  };
}
