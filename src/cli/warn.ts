/** A warning line on stderr, in the one style every message has. */
export const warn = (line: string) => process.stderr.write(`presscheck: warning: ${line}\n`);
