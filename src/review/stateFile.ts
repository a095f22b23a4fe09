import { existsSync, linkSync, readFileSync, renameSync, unlinkSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "../io/atomicWrite.js";
import type { Decisions } from "./decisions.js";

export const DecisionSchema = z.object({
  verdict: z.enum(["confirmed", "dismissed"]).optional(),
  note: z.string().optional(),
  updatedAt: z.string(),
});

/** One press document's review: decisions by finding key (see findingKey.ts). */
export const StateFileSchema = z.object({
  schemaVersion: z.literal(1),
  letterHash: z.string().min(1),
  press: z.string(),
  decisions: z.record(z.string(), DecisionSchema),
});

export type StateFile = z.infer<typeof StateFileSchema>;

export interface StateIdentity {
  letterHash: string;
  press: string;
}

export interface LoadedState {
  decisions: Decisions;
  /** Set when the file could not be used: says what happened and where the old file went. */
  message?: string;
  /** Where an unusable file was moved. */
  movedTo?: string;
}

/** Timestamps in file names avoid `:` so the names also work on Windows and in zip archives. */
function fileTimestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

/**
 * Moves `path` to `<path>.corrupt-<timestamp>` without ever replacing an existing file: a hard link fails
 * when the target exists (rename would silently overwrite it), so a clash just tries the next suffix.
 */
function moveAside(path: string, now: Date): string {
  const base = `${path}.corrupt-${fileTimestamp(now)}`;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const target = attempt === 0 ? base : `${base}-${attempt}`;
    try {
      linkSync(path, target);
      unlinkSync(path);
      return target;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      // File systems without hard links: check, then rename (a tiny race, but never a known overwrite).
      if (existsSync(target)) continue;
      renameSync(path, target);
      return target;
    }
  }
  throw new Error(`cannot move ${path} aside: too many earlier copies`);
}

function problemWith(raw: string, expected: StateIdentity): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return `is not valid JSON (${(err as Error).message})`;
  }
  const parsed = StateFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    return `does not match the state file schema${where}: ${issue?.message ?? "invalid"}`;
  }
  if (parsed.data.letterHash !== expected.letterHash) return "belongs to a different letter";
  // Compare base names: the same press file may be named by a relative path in one run, absolute in another.
  if (basename(parsed.data.press) !== basename(expected.press)) {
    return `belongs to another press document (${parsed.data.press})`;
  }
  return undefined;
}

export interface LoadOptions {
  /** Clock for the `.corrupt-<timestamp>` name (tests). */
  now?: () => Date;
  /** False for read-only uses (reports): an unusable file is ignored and left where it is. */
  moveAside?: boolean;
  /**
   * Where a one-document review with `--state FILE` kept its decisions before state files were named
   * per press document: FILE itself. Read when the document's own file is absent and FILE is this
   * document's (same letter, same press file); never moved or changed, so nothing saved there is lost.
   */
  legacyPath?: string;
}

/** The decisions in the old-named file when it is this document's; nothing (and no message) otherwise. */
function loadLegacy(path: string, legacyPath: string, expected: StateIdentity): LoadedState {
  let raw: string;
  try {
    raw = readFileSync(legacyPath, "utf8");
  } catch {
    return { decisions: {} };
  }
  // Another document's file (a review of several press files) is not this one's to read.
  if (problemWith(raw, expected) !== undefined) return { decisions: {} };
  return {
    decisions: StateFileSchema.parse(JSON.parse(raw)).decisions,
    message: `read the decisions on ${expected.press} from ${legacyPath} (its name before state files were kept per press document); they are saved to ${path} from now on, and ${legacyPath} is left as it is`,
  };
}

/**
 * Reads a review state file. A missing file is an empty review. A file that cannot be used (bad JSON,
 * wrong schema, another letter or press document) is moved aside — never overwritten, since it may hold
 * someone's work — and the review starts empty with a message saying so.
 */
export function loadStateFile(path: string, expected: StateIdentity, options: LoadOptions = {}): LoadedState {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT")
      return options.legacyPath !== undefined && options.legacyPath !== path
        ? loadLegacy(path, options.legacyPath, expected)
        : { decisions: {} };
    return {
      decisions: {},
      message: `cannot read state file ${path}: ${(err as Error).message}`,
    };
  }
  const problem = problemWith(raw, expected);
  if (problem === undefined) {
    const data = StateFileSchema.parse(JSON.parse(raw));
    return { decisions: data.decisions };
  }
  if (options.moveAside === false) {
    return { decisions: {}, message: `state file ${path} ${problem}; ignored it` };
  }
  const movedTo = moveAside(path, (options.now ?? (() => new Date()))());
  return {
    decisions: {},
    movedTo,
    message: `state file ${path} ${problem}; moved it to ${movedTo} and started an empty review`,
  };
}

/** Writes the whole state atomically: a crash leaves either the previous file or this one, never half. */
export function saveStateFile(path: string, identity: StateIdentity, decisions: Decisions): void {
  const state: StateFile = {
    schemaVersion: 1,
    letterHash: identity.letterHash,
    press: identity.press,
    decisions,
  };
  writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}
