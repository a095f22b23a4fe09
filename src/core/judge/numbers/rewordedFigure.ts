import { extractQuantities, fits } from "../numbers.js";

/**
 * A sentence that takes the letter's words but gives its figure in the writer's own words ("roughly
 * four in five drivers rated the depot highly" for "79 percent of drivers rated the depot highly",
 * "just over half of tenants …" for 52%) restates the finding; it does not copy it. The survey
 * results and shares that coverage rounds into fractions are the commonest case: the rest of the
 * sentence is the letter's, word for word, so the word share alone calls it copied. True when a share
 * of the press sentence is a verbal or hedged figure (not stated outright) that fits a share stated
 * outright in the letter sentences it restates, and the press never writes that letter figure itself.
 */
export function rewordsFigure(press: string, letter: readonly string[]): boolean {
  const pressShares = extractQuantities(press).filter((q) => q.dimension === "share" && !q.exact);
  if (pressShares.length === 0) return false;
  const letterShares = letter.flatMap((t) =>
    extractQuantities(t).filter((q) => q.dimension === "share" && q.exact && q.numeric),
  );
  const pressExact = extractQuantities(press).filter((q) => q.exact);
  return pressShares.some((p) =>
    letterShares.some((l) => fits(p, l) && !pressExact.some((e) => Math.abs(e.value - l.value) < 1e-9)),
  );
}
