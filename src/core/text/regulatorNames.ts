/**
 * Names of the UK's inspectorates and regulators as the press writes them (lower-case; a space stands
 * for any white space): one list, for the attribution of quotations and claims (segment/attribution.ts)
 * and for the words a claim's coverage leaves out (context.ts). Generic words that also name a
 * regulator ("the regulator", "inspectors", "the commission") are each module's own business.
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
