/**
 * The command line (started by ../cli.ts): argv → command; decides interactive (TTY) or not; exit
 * codes: 0 fine, 1 discrepancies found (`check`), 2 usage or input error.
 */
import { Command, CommanderError, Option } from "commander";
import { FLAGS, KINDS } from "../core/types.js";
import { DEFAULT_FAIL_ON } from "../report/failOn.js";
import { VERSION } from "../version.js";
import { closestCommand } from "./closestCommand.js";
import { REPORT_FORMATS } from "./reportFormats.js";
import { UsageError } from "./usageError.js";
import { warn } from "./warn.js";

// Building the command line loads only commander and the few constants --help lists: each command
// loads what it uses when it runs (zod's option schemas, the engine, the renderers, the UI), so that
// --version and --help start at once and `check` loads nothing of the other commands (docs/design.md).

const collect = (value: string, previous: string[] = []) => [...previous, value];
/** `--max-size MB` and `--time-limit S`: the limits a user meets, stated in --help (docs/limits.md). */
const maxSizeOption = () =>
  new Option(
    "--max-size <MB>",
    "largest input accepted, in MB, checked while reading (files, standard input, URLs); default 20",
  );
const timeLimitOption = () =>
  new Option(
    "--time-limit <seconds>",
    "stop a comparison that takes longer (exit 2, naming the document); default 120",
  );
/** `--regulator NAME`, repeatable: the same option on every command that compares. */
const regulatorOption = () =>
  new Option("--regulator <name>", "another name of the regulator (repeatable)").argParser(collect);

async function reviewCommand(letter: string, press: string[], raw: Record<string, unknown>): Promise<number> {
  const { ReviewOptionsSchema } = await import("./options.js");
  const { compareSettings } = await import("./compareHere.js");
  const { renderReport } = await import("./renderReport.js");
  const opts = ReviewOptionsSchema.parse(raw);
  if (process.stdin.isTTY !== true || process.stdout.isTTY !== true) {
    throw new UsageError(
      "review needs an interactive terminal; use `presscheck report` or `presscheck check` in scripts and pipes",
    );
  }
  // On a terminal: load the UI (and unset CI for Ink, see cli/review.ts) while the documents are compared.
  const { compareForReview, loadReviewUi, runInteractiveReview } = await import("./review.js");
  const ui = loadReviewUi();
  if (raw.corpus === true) {
    // --corpus: one review per matched letter, one after another.
    const { corpusReviewComparisons } = await import("./corpusCheck.js");
    const note = (l: string) => process.stderr.write(`${l}\n`);
    for (const c of await corpusReviewComparisons([letter, ...press], raw, note))
      await runInteractiveReview(c, opts.state, renderReport, ui);
    return 0;
  }
  const { options, read } = compareSettings(raw, opts.regulator);
  const c = await compareForReview(letter, press, options, warn, read);
  await runInteractiveReview(c, opts.state, renderReport, ui);
  return 0;
}

/** No arguments: the bundled seeds — the review on a terminal, the Markdown report otherwise. */
async function demo(): Promise<number> {
  const { letter, press } = (await import("./seeds.js")).bundledSeeds();
  if (process.stdin.isTTY === true && process.stdout.isTTY === true) return reviewCommand(letter, press, {});
  const { compareHere } = await import("./compareHere.js");
  const { renderReport } = await import("./renderReport.js");
  const c = await compareHere(letter, press, {}, warn);
  process.stdout.write(await renderReport("md", c, {}));
  return 0;
}

/** The exit codes, as `--help` lists them. */
const EXIT_CODES = `Exit codes:
  0  done (check: no document failed)
  1  check: a document failed --fail-on
  2  usage or input error (one line on stderr: "presscheck: ...")`;

/** What `--fail-on` takes, listed under `check --help`. */
const FAIL_ON_HELP = `--fail-on names (comma-separated; default: ${[...DEFAULT_FAIL_ON].join(",")}):
  kinds:     ${KINDS.join(", ")}
  flags:     ${FLAGS.join(", ")}
  documents: different-document (reports another regulator document), omission (leaves out a critical finding)
  none       never fail (alone)`;

/**
 * Commander's own error lines ("error: unknown option '--bogus'\n(Did you mean --corpus?)") in the one
 * style every error has: "presscheck: unknown option '--bogus' (did you mean --corpus?)".
 */
export function errorLine(message: string): string {
  const text = message
    .trim()
    .replace(/^error:\s*/i, "")
    .replace(/\s*\n\(Did you mean ([^)]*)\)/, " (did you mean $1)");
  return `presscheck: ${text.replace(/\s*\n\s*/g, " ")}\n`;
}

const INDEX_HELP =
  "corpus index: a directory, or a postgres://user@host/db URL (default: $PRESSCHECK_INDEX, else ~/.local/share/presscheck/index)";

/** Without --corpus, LETTER and PRESS are required: commander's own message, exit code 2. */
function requireLetter(
  command: Command,
  letter: string | undefined,
  press: string[],
  o: Record<string, unknown>,
) {
  if (o.corpus === true) return;
  const missing = letter === undefined ? "letter" : press.length === 0 ? "press" : undefined;
  if (missing)
    command.error(`error: missing required argument '${missing}'`, { code: "commander.missingArgument" });
}

/** `presscheck index add|list|remove`: the corpus of letters that `--corpus` searches. */
function addIndexCommands(cmd: Command, setExit: (p: Promise<number>) => void): void {
  const out = (l: string) => process.stdout.write(`${l}\n`);
  const corpus = () => import("./indexCommand.js");
  const indexOption = () => new Option("--index <dir|url>", INDEX_HELP);
  const index = cmd.command("index").description("the corpus of letters that check/review --corpus search");
  index
    .command("add")
    .description("add letters (files, folders of letters, URLs) to the index")
    .argument("<letters...>", "letter files, folders or http(s) URLs")
    .addOption(indexOption())
    .option("--offline", "refuse http(s) addresses: no network access")
    .option("--jobs <n>", "worker threads reading letters (default: one per core, at most 4; 0: none)")
    .option("--debug", "show stack traces on errors")
    .action((letters: string[], o: Record<string, unknown>) =>
      setExit(corpus().then((m) => m.indexAdd(letters, o, out, warn))),
    );
  index
    .command("list")
    .description("list the indexed letters")
    .addOption(indexOption())
    .option("--json", "print the list as JSON")
    .option("--debug", "show stack traces on errors")
    .action((o: Record<string, unknown>) => setExit(corpus().then((m) => m.indexList(o, out))));
  index
    .command("remove")
    .description("remove letters from the index, by id (or its first 4+ digits) or by source")
    .argument("<letters...>", "ids or sources as listed by `index list`")
    .addOption(indexOption())
    .option("--debug", "show stack traces on errors")
    .action((keys: string[], o: Record<string, unknown>) =>
      setExit(corpus().then((m) => m.indexRemove(keys, o, out, warn))),
    );
}

/** `presscheck report`: the discrepancy report (or one per matched letter with --corpus). */
function addReportCommand(cmd: Command, setExit: (p: Promise<number>) => void): void {
  cmd
    .command("report")
    .usage("[options] <letter> <press...>")
    .description("compare and print a discrepancy report (json, md, html or csv)")
    .argument(
      "[letter]",
      "required: the regulator's letter (file, URL or - for stdin; with --corpus: omitted)",
    )
    .argument("[press...]", "required: one or more press documents (files, URLs or -)")
    .option("--corpus", "find each press document's letter in the corpus index; one report per letter")
    .option("--index <dir|url>", INDEX_HELP)
    .addOption(
      new Option("-f, --format <format>", "output format (default: from -o's extension, else json)").choices(
        REPORT_FORMATS,
      ),
    )
    .option(
      "-o, --output <file>",
      "write to FILE (atomically) instead of stdout; its extension sets the format",
    )
    .option("--bom", "start CSV with a byte-order mark (for Excel)")
    .option("--state <file>", "review state file to take decisions and notes from")
    .addOption(regulatorOption())
    .option("--offline", "refuse http(s) addresses: no network access")
    .addOption(maxSizeOption())
    .addOption(timeLimitOption())
    .option("--debug", "show stack traces on errors")
    .action((letter: string, press: string[], o: Record<string, unknown>, command: Command) => {
      requireLetter(command, letter, press, o);
      setExit(import("./reportCommand.js").then((m) => m.reportCommand(letter, press, o)));
    });
}

/** `presscheck check`: one line per press document, for scripts; exit 1 on discrepancies. */
function addCheckCommand(cmd: Command, setExit: (p: Promise<number>) => void): void {
  cmd
    .command("check")
    .usage("[options] <letter> <press...>")
    .description("one line per press document: verdict, counts, worst finding; exit 1 on discrepancies")
    .addHelpText("after", `\n${FAIL_ON_HELP}\n\n${EXIT_CODES}`)
    .argument("[letter]", "required: the regulator's letter (with --corpus: omitted, found in the index)")
    .argument("[press...]", "required: one or more press documents")
    .option("--corpus", "find each press document's letter in the corpus index, then check against it")
    .option("--index <dir|url>", INDEX_HELP)
    .option("--list <file>", "with --corpus: also check the articles this file names, one path or URL a line")
    .option("--jobs <n>", "with --corpus: worker threads (default: one per core, at most 4; 0: none)")
    .option(
      "--fail-on <kinds>",
      "comma-separated kinds, flags and document tokens that fail the check, or none (names below)",
    )
    .option("--json", "print the result as JSON")
    .addOption(regulatorOption())
    .option("--offline", "refuse http(s) addresses: no network access")
    .addOption(maxSizeOption())
    .addOption(timeLimitOption())
    .option("--debug", "show stack traces on errors")
    .action((letter: string, press: string[], o: Record<string, unknown>, command: Command) => {
      requireLetter(command, letter, press, o);
      setExit(import("./checkCommand.js").then((m) => m.checkCommand(letter, press, o)));
    });
}

/** `presscheck review`: the interactive review in the terminal. */
function addReviewCommand(cmd: Command, setExit: (p: Promise<number>) => void): void {
  cmd
    .command("review")
    .usage("[options] <letter> <press...>")
    .description("interactive review in the terminal")
    .argument("[letter]", "required: the regulator's letter (with --corpus: omitted, found in the index)")
    .argument("[press...]", "required: one or more press documents")
    .option("--corpus", "find each press document's letter in the corpus index, then review against it")
    .option("--index <dir|url>", INDEX_HELP)
    .option("--state <file>", "where to keep review decisions (default: beside each press file)")
    .addOption(regulatorOption())
    .option("--offline", "refuse http(s) addresses: no network access")
    .addOption(maxSizeOption())
    .addOption(timeLimitOption())
    .option("--debug", "show stack traces on errors")
    .action((letter: string, press: string[], o: Record<string, unknown>, command: Command) => {
      requireLetter(command, letter, press, o);
      setExit(reviewCommand(letter, press, o));
    });
}

function program(setExit: (p: Promise<number>) => void): Command {
  const cmd = new Command("presscheck")
    .description(
      "Check what press coverage says a regulator said against the regulator's own letter.\nWith no command: the demo on the bundled seeds.",
    )
    .version(VERSION, "-V, --version")
    .option("--debug", "show stack traces on errors")
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(errorLine(s)),
    })
    .helpCommand("help [command]", "show help for a command")
    .allowExcessArguments(true)
    .addHelpText("after", `\n${EXIT_CODES}`)
    // Commands listed as their usage says ("check [options] <letter> <press...>": required arguments).
    .configureHelp({ subcommandTerm: (c) => `${c.name()} ${c.usage()}` })
    .action((_o: Record<string, unknown>, self: Command) => {
      const typed = self.args[0];
      if (typed === undefined) return setExit(demo());
      const names = self.commands.map((c) => c.name());
      const near = closestCommand(typed, [...names, "help"]);
      throw new UsageError(
        `unknown command '${typed}'${near ? ` (did you mean '${near}'?)` : ""}; see \`presscheck help\``,
      );
    });

  addReportCommand(cmd, setExit);
  addCheckCommand(cmd, setExit);
  addReviewCommand(cmd, setExit);
  addIndexCommands(cmd, setExit);
  return cmd;
}

/**
 * Errors that are the user's to fix, printed as their message alone. Told apart by name, not by class,
 * so that printing one does not load the engine or zod: InputError (core/ingest/decode.ts), TimeLimitError
 * (core/judge/judgeSentences.ts), UsageError (./usageError.ts) and zod's errors each set their `name` (ZodError
 * from zod's full build, $ZodError from zod/mini, which the options use).
 */
const ONE_LINE_ERRORS = new Set(["InputError", "TimeLimitError", "UsageError"]);

/** The one line an error gets on stderr (after "presscheck: "). */
async function errorMessage(err: unknown, debug: boolean): Promise<string> {
  const name = err instanceof Error ? err.name : "";
  if (ONE_LINE_ERRORS.has(name)) return (err as Error).message;
  if (name === "ZodError" || name === "$ZodError") {
    const { describeZodError } = await import("./options.js");
    return describeZodError(err as Parameters<typeof describeZodError>[0]);
  }
  return `${(err as Error).message ?? String(err)}${debug ? "" : " (run with --debug for details)"}`;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  let pending: Promise<number> = Promise.resolve(0);
  try {
    program((p) => {
      pending = p;
    }).parse(argv, { from: "user" });
    return await pending;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; commander has already printed its message
      return err.exitCode === 0 ? 0 : 2;
    }
    if (debug) process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.stderr.write(`presscheck: ${await errorMessage(err, debug)}\n`);
    return 2;
  }
}
