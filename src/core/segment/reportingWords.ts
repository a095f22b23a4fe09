import { reportingClauses } from "./reportingClauses.js";

/**
 * The words of a sentence that only say the regulator is speaking: the verb of each reporting clause
 * whose subject is the regulator or its document ("the report makes clear that…", "inspectors were
 * clear that…", "the watchdog demonstrates that…", "Ofsted has raised concerns that…"). Like the
 * regulator's name, they say who speaks, not what the letter says, so they are left out when
 * measuring how much of a press sentence the letter covers — whatever verb the press chose.
 * Verbs of anyone else ("the council made clear…") are the sentence's content and stay, and so do
 * the future forms ("Ofsted will return", "inspectors are due to revisit"): they are the claim itself,
 * about the regulator's own process.
 */
const FUTURE_PROCESS = /^(?:will\b|(?:is|are)\s+due\b)/i;

export function regulatorVerbSpans(
  text: string,
  extraRegulatorNames: readonly string[] = [],
): { start: number; end: number }[] {
  return reportingClauses(text, extraRegulatorNames)
    .filter((c) => c.kind === "regulator" && !c.passive && !FUTURE_PROCESS.test(c.verb))
    .map((c) => ({ start: c.verbStart, end: c.verbEnd }));
}
