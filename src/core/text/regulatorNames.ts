/**
 * Names of the UK's inspectorates and regulators as the press writes them (lower-case; a space stands
 * for any white space): one list, for the words a claim's coverage leaves out (judge/context.ts) and
 * the names segment/attribution.ts reads as the regulator speaking (its REGULATOR_WORDS hold these
 * names too; taking them from here changes the order of its alternation, which the ReDoS test then
 * finds polynomial — left to that module's owner). Generic words that also name a regulator ("the
 * regulator", "inspectors", "the commission") are each module's own business.
 */
export const REGULATOR_NAMES: readonly string[] = [
  "ofsted",
  "cqc",
  "care quality commission",
  "hmicfrs",
  "hmi",
  "hmip",
  "estyn",
  "care inspectorate",
  "education scotland",
  "ombudsman",
];
