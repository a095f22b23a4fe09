import { compareWithOptions, warn } from "./compareHere.js";
import { CheckOptionsSchema } from "./options.js";
import { UsageError } from "./usageError.js";

/** `presscheck check`: one line per press document, exit 1 when one fails --fail-on. */
export async function checkCommand(
  letter: string,
  press: string[],
  raw: Record<string, unknown>,
): Promise<number> {
  if (raw.corpus === true) {
    // --corpus: every argument is a press document; each one's letter is found in the index.
    const { corpusCheckCommand } = await import("./corpusCheck.js");
    return corpusCheckCommand([letter, ...press], raw, (l) => process.stdout.write(`${l}\n`), warn);
  }
  const opts = CheckOptionsSchema.parse(raw);
  const check = await import("../report/check.js");
  let failOn = check.DEFAULT_FAIL_ON;
  if (opts.failOn !== undefined) {
    try {
      failOn = check.parseFailOn(opts.failOn);
    } catch (err) {
      // parseFailOn's message already starts with "--fail-on:"
      throw new UsageError((err as Error).message);
    }
  }
  const c = await compareWithOptions(letter, press, raw, opts.regulator);
  const result = check.checkDocuments(c, failOn);
  if (opts.json) {
    const { jsonWithoutBidi } = await import("../report/sanitize.js");
    process.stdout.write(`${jsonWithoutBidi(JSON.stringify(check.toCheckJson(result), null, 2))}\n`);
  } else {
    const text = check.formatCheckReport(result);
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  }
  return result.failed ? 1 : 0;
}
