import * as z from "zod/mini";
import {
  type Comparison,
  type DocumentComparison,
  type Finding,
  FLAGS,
  type Flag,
  KINDS,
  type Kind,
} from "../core/types.js";
import { DEFAULT_FAIL_ON, FAIL_ON_TOKENS, type FailOnToken } from "./failOn.js";
import { cleanLine, displayWidth, plural, truncate } from "./format.js";
import { FLAG_SEVERITY, KIND_SEVERITY, worstFinding } from "./severity.js";

export { DEFAULT_FAIL_ON, FAIL_ON_TOKENS, type FailOnToken };

export type CheckVerdict = "faithful" | "discrepancies" | "different document" | "no claims about the letter";

export interface DocumentCheck {
  source: string;
  /**
   * `different document` when the press reports on another regulator document (its findings are then
   * not judged against this letter); `discrepancies` when any finding has a discrepancy kind or a flag;
   * `no claims about the letter` when no sentence is a claim about the letter; `faithful` otherwise. Omissions do not change the verdict (see `omission` in `--fail-on`).
   */
  verdict: CheckVerdict;
  differentDocumentReason?: string;
  /** Findings per kind and per flag (the document summary's). */
  counts: Record<Kind, number>;
  flags: Record<Flag, number>;
  discrepancies: number;
  omissions: number;
  /** The most severe discrepancy (see `severity.ts`); absent when none or for a different document. */
  worst?: Finding;
  failed: boolean;
  /** The `--fail-on` tokens this document matched, in `FAIL_ON_TOKENS` order. */
  failedOn: FailOnToken[];
}

/** Sums over the documents; counts leave out different documents (their findings are not about this letter). */
export interface CheckTotal {
  documents: number;
  verdicts: Record<CheckVerdict, number>;
  counts: Record<Kind, number>;
  flags: Record<Flag, number>;
  discrepancies: number;
  omissions: number;
  /** Number of documents that failed. */
  failed: number;
}

export interface CheckResult {
  documents: DocumentCheck[];
  total: CheckTotal;
  /** True when any document failed: the CLI exits non-zero. */
  failed: boolean;
}

const zeroKinds = (): Record<Kind, number> =>
  Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
const zeroFlags = (): Record<Flag, number> =>
  Object.fromEntries(FLAGS.map((f) => [f, 0])) as Record<Flag, number>;

function checkDocument(doc: DocumentComparison, failOn: ReadonlySet<FailOnToken>): DocumentCheck {
  // Every figure comes from the document's summary (core/summary.ts): the check line, the reports and
  // the review all show the same numbers.
  const { counts, flags } = doc.summary;
  const base = {
    source: doc.source,
    counts: { ...counts },
    flags: { ...flags },
    discrepancies: doc.summary.discrepancies,
    omissions: doc.summary.omissions,
  };
  if (doc.differentDocument) {
    // Its quotes cannot be verified against this letter, so only the document-level token can fail it.
    const failedOn: FailOnToken[] = failOn.has("different-document") ? ["different-document"] : [];
    return {
      ...base,
      verdict: "different document",
      differentDocumentReason: doc.differentDocumentReason,
      failed: failedOn.length > 0,
      failedOn,
    };
  }
  const present = (token: FailOnToken): boolean => {
    if (token === "omission") return base.omissions > 0;
    if (token === "different-document") return false;
    if (token === "no-claims") return doc.noClaims === true;
    return (KINDS as readonly string[]).includes(token)
      ? counts[token as Kind] > 0
      : flags[token as Flag] > 0;
  };
  const failedOn = FAIL_ON_TOKENS.filter((token) => failOn.has(token) && present(token));
  const worst = worstFinding(doc.findings);
  return {
    ...base,
    verdict:
      base.discrepancies > 0 ? "discrepancies" : doc.noClaims ? "no claims about the letter" : "faithful",
    ...(worst ? { worst } : {}),
    failed: failedOn.length > 0,
    failedOn,
  };
}

/** Judges every press document of a comparison against `failOn` (see `DEFAULT_FAIL_ON`). */
export function checkDocuments(c: Comparison, failOn: ReadonlySet<FailOnToken>): CheckResult {
  const documents = c.documents.map((doc) => checkDocument(doc, failOn));
  const total: CheckTotal = {
    documents: documents.length,
    verdicts: { faithful: 0, discrepancies: 0, "different document": 0, "no claims about the letter": 0 },
    counts: zeroKinds(),
    flags: zeroFlags(),
    discrepancies: 0,
    omissions: 0,
    failed: 0,
  };
  for (const doc of documents) {
    total.verdicts[doc.verdict] += 1;
    if (doc.failed) total.failed += 1;
    // A different document's findings are not findings about this letter: they stay out of the totals.
    if (doc.verdict === "different document") continue;
    for (const kind of KINDS) total.counts[kind] += doc.counts[kind];
    for (const flag of FLAGS) total.flags[flag] += doc.flags[flag];
    total.discrepancies += doc.discrepancies;
    total.omissions += doc.omissions;
  }
  return { documents, total, failed: total.failed > 0 };
}

// zod/mini (the functional form of zod 4), as the command line's options (cli/options.ts, which says why).
const count = () => z.int().check(z.nonnegative());
const SpanJsonSchema = z.object({ text: z.string(), start: z.int(), end: z.int() });
const countsOf = <T extends readonly string[]>(names: T) =>
  z.object(
    Object.fromEntries(names.map((n) => [n, count()])) as {
      [K in T[number]]: ReturnType<typeof count>;
    },
  );

/**
 * What `check --json` prints: per document the verdict, counts, failure and the worst finding (kind,
 * flags, press span, reason), then the total. Scripts read it, so it is validated like the report.
 */
export const CheckJsonSchema = z.object({
  documents: z.array(
    z.object({
      source: z.string(),
      verdict: z.enum(["faithful", "discrepancies", "different document", "no claims about the letter"]),
      differentDocumentReason: z.optional(z.string()),
      counts: countsOf(KINDS),
      flags: countsOf(FLAGS),
      discrepancies: count(),
      omissions: count(),
      worst: z.optional(
        z.object({
          kind: z.enum(KINDS),
          flags: z.array(z.enum(FLAGS)),
          press: SpanJsonSchema,
          reason: z.string(),
        }),
      ),
      failed: z.boolean(),
      failedOn: z.array(z.enum(FAIL_ON_TOKENS)),
    }),
  ),
  total: z.object({
    documents: count(),
    verdicts: z.object({
      faithful: count(),
      discrepancies: count(),
      "different document": count(),
      "no claims about the letter": count(),
    }),
    counts: countsOf(KINDS),
    flags: countsOf(FLAGS),
    discrepancies: count(),
    omissions: count(),
    failed: count(),
  }),
  failed: z.boolean(),
});
export type CheckJson = z.infer<typeof CheckJsonSchema>;

/** The result as `check --json` prints it: the worst finding cut down to what a script needs. */
export function toCheckJson(result: CheckResult): CheckJson {
  return CheckJsonSchema.parse({
    documents: result.documents.map(({ worst, ...doc }) => ({
      ...doc,
      ...(worst
        ? {
            worst: {
              kind: worst.kind,
              flags: worst.flags,
              press: { text: worst.press.text, start: worst.press.start, end: worst.press.end },
              reason: worst.reason,
            },
          }
        : {}),
    })),
    total: result.total,
    failed: result.failed,
  });
}

const FailOnListSchema = z.array(z.enum(FAIL_ON_TOKENS));

/**
 * Parses a `--fail-on` value: kinds, flags, `different-document` or `omission` separated by commas
 * (spaces around them ignored), or `none` for a check that never fails. Throws an Error naming the
 * first unknown token and listing the valid ones.
 */
export function parseFailOn(value: string): Set<FailOnToken> {
  const tokens = value
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token !== "");
  if (tokens.length === 1 && tokens[0] === "none") return new Set();
  if (tokens.includes("none")) {
    throw new Error('--fail-on: "none" (never fail) cannot be combined with other names; give it alone');
  }
  if (tokens.length === 0) {
    throw new Error('--fail-on: empty list; give kinds or flags separated by commas, or "none"');
  }
  const parsed = FailOnListSchema.safeParse(tokens);
  if (!parsed.success) {
    const badIndex = parsed.error.issues[0]?.path[0];
    const bad = typeof badIndex === "number" ? tokens[badIndex] : tokens.join(",");
    throw new Error(
      `--fail-on: unknown kind or flag "${cleanLine(bad ?? "")}"; expected one of: ${FAIL_ON_TOKENS.join(", ")} (or none alone)`,
    );
  }
  return new Set(parsed.data);
}

/** Discrepancy kinds then flags, most severe first: the order counts are listed in. */
const KINDS_BY_SEVERITY = KINDS.filter((k) => KIND_SEVERITY[k] > 0).sort(
  (a, b) => KIND_SEVERITY[b] - KIND_SEVERITY[a],
);
const FLAGS_BY_SEVERITY = [...FLAGS].sort((a, b) => FLAG_SEVERITY[b] - FLAG_SEVERITY[a]);

/** "3 quote-altered, 1 selective, 5 omissions", or "no discrepancies". */
function countsText(counts: Record<Kind, number>, flags: Record<Flag, number>, omissions: number): string {
  const parts = [
    ...KINDS_BY_SEVERITY.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`),
    ...FLAGS_BY_SEVERITY.filter((f) => flags[f] > 0).map((f) => `${flags[f]} ${f}`),
  ];
  if (parts.length === 0) parts.push("no discrepancies");
  if (omissions > 0) parts.push(plural(omissions, "omission"));
  return parts.join(", ");
}

/** The worst finding as `quote-altered "Better quality…"` (flags in brackets: `paraphrase (selective) "…"`). */
function worstText(finding: Finding): string {
  const label = finding.flags.length > 0 ? `${finding.kind} (${finding.flags.join(", ")})` : finding.kind;
  const words = cleanLine(finding.quote?.inner.text ?? finding.press.text);
  return `${label} "${truncate(words, 40)}"`;
}

/**
 * One line for one document, e.g.
 * `seeds/000.txt  discrepancies  3 quote-altered, 1 overstated, 5 omissions  worst: quote-altered "Better quality…"  FAIL`.
 * `sourceWidth` pads the source column so lines of several documents align. Text is sanitised: the
 * line is safe to print on a terminal.
 */
export function formatCheckLine(doc: DocumentCheck, sourceWidth = 0): string {
  const source = cleanLine(doc.source);
  const columns = [source + " ".repeat(Math.max(0, sourceWidth - displayWidth(source))), doc.verdict];
  if (doc.verdict === "different document") {
    columns.push(doc.differentDocumentReason ? cleanLine(doc.differentDocumentReason) : "not checked");
  } else {
    columns.push(countsText(doc.counts, doc.flags, doc.omissions));
    if (doc.worst) columns.push(`worst: ${worstText(doc.worst)}`);
  }
  if (doc.failed) columns.push(`FAIL (${doc.failedOn.join(", ")})`);
  return columns.join("  ");
}

/** `total  3 documents: 1 faithful, 1 with discrepancies, 1 different document; 4 quote-altered, …; 2 failed`. */
export function formatCheckTotal(result: CheckResult): string {
  const { total } = result;
  const verdicts = [
    total.verdicts.faithful > 0 ? `${total.verdicts.faithful} faithful` : "",
    total.verdicts.discrepancies > 0 ? `${total.verdicts.discrepancies} with discrepancies` : "",
    total.verdicts["different document"] > 0
      ? plural(total.verdicts["different document"], "different document")
      : "",
  ]
    .filter((part) => part !== "")
    .join(", ");
  return `total  ${plural(total.documents, "document")}${verdicts ? `: ${verdicts}` : ""}; ${countsText(
    total.counts,
    total.flags,
    total.omissions,
  )}; ${total.failed} failed`;
}

/** Every document line (sources aligned) followed by the total line, joined with "\n". */
export function formatCheckReport(result: CheckResult): string {
  const width = Math.max(0, ...result.documents.map((doc) => displayWidth(cleanLine(doc.source))));
  return [...result.documents.map((doc) => formatCheckLine(doc, width)), formatCheckTotal(result)].join("\n");
}
