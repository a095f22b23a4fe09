/** Types for the parts of bench/adversarial.mjs a TypeScript test reads. */
export const ADVERSARIAL_TARGETS: { maxBytes: number; maxMs: number; realisticMs: number };
export const OVER_TARGET_SLACK: number;
export function exemptFromTimeTarget(c: { overTarget?: boolean; memory?: boolean }, bytes: number): boolean;
