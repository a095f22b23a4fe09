/**
 * The adversarial section of the benchmark (issue 13): every hostile input of bench/adversarialCases.mjs
 * at its two sizes, each in its own process with a time limit, with the growth exponent between the
 * sizes (log(t₂/t₁) / log(n₂/n₁): 1 is linear, 2 quadratic). Run alone with
 * `node bench/adversarial.mjs [--limit SECONDS] [id…]`, or as part of `npm run bench`.
 *
 * Targets: every input up to 1 MB of press text within 2 s and growing linearly (exponent ≤ 1.3, which
 * allows for noise and for the sentence index's log factor), and the realistic 8 KB quotation within 50 ms of
 * CPU on the press side (compared a second time with the letter prepared; the letter's preparation is
 * shown beside it, as it is done once per letter).
 * A case whose larger size is over 1 MB (the 2 MB line) is reported but held to the time target only
 * at its 1 MB size. Each row shows the peak memory (RSS) of its worker; the memory case (a 50 MB
 * press text, minutes of work) runs only with `--memory` or when named, and is held to a bound on
 * its peak RSS (ADVERSARIAL_TARGETS). Arguments: `[--limit SECONDS] [--memory] [id…]`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CASES } from "./adversarialCases.mjs";
import { formatMs } from "./stats.mjs";

export const ADVERSARIAL_TARGETS = {
  maxMs: 2000,
  maxBytes: 1024 * 1024,
  maxExponent: 1.3,
  realisticMs: 50,
  // The memory case (a 50 MB press text): peak RSS within a fixed base (Node, the code, the letter)
  // plus this many bytes per byte of input.
  baseRSSBytes: 200 * 1024 * 1024,
  maxRSSPerByte: 20,
};

/**
 * A size is over the 1 MB target only when clearly over it: a 1,024 KB run with a sentence's worth of
 * words around it ("Inspectors said" + 1 MB of commas + " good.") is still held to the target. And only
 * a case that says so (`overTarget`, or the memory case) may be over it: any other case is held to the
 * 2 s target at every size, so a case whose text weighs more than it looks (curly quotes are 3 bytes of
 * UTF-8) cannot slip out of the target unnoticed.
 */
export const OVER_TARGET_SLACK = 1.05;

/** Whether `bytes` of press text of case `c` is exempt from the time target (see OVER_TARGET_SLACK). */
export function exemptFromTimeTarget(c, bytes) {
  return (
    (c.overTarget === true || c.memory === true) && bytes > ADVERSARIAL_TARGETS.maxBytes * OVER_TARGET_SLACK
  );
}

const worker = fileURLToPath(new URL("adversarialWorker.mjs", import.meta.url));
const root = fileURLToPath(new URL("../", import.meta.url));

/** One case at one size: { ms, bytes } or { timedOut: true } after `limitMs`. */
function measure(id, size, limitMs) {
  const r = spawnSync(process.execPath, [worker, JSON.stringify({ id, size })], {
    cwd: root,
    encoding: "utf8",
    timeout: limitMs,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 20,
  });
  if (r.error?.code === "ETIMEDOUT" || r.signal === "SIGKILL") return { timedOut: true, ms: limitMs };
  if (r.status !== 0) return { failed: (r.stderr || "").trim().split("\n").slice(-1)[0] };
  return JSON.parse(r.stdout);
}

/** Runs every case (or those named in `only`); returns the rows and the target verdicts. */
export function runAdversarial({ limitMs = 20_000, only = [], memory = false, log = () => {} } = {}) {
  const rows = [];
  for (const c of CASES) {
    if (only.length ? !only.includes(c.id) : c.memory && !memory) continue;
    const points = c.sizes.map((size) => {
      log(`  ${c.id} at ${size} ${c.unit}`);
      const bytes = Buffer.byteLength(c.make(size).press);
      return { size, bytes, ...measure(c.id, size, c.limitMs ?? limitMs) };
    });
    const [a, b] = points;
    const exponent =
      b && !a.timedOut && !b.timedOut && !a.failed && !b.failed
        ? Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes)
        : undefined;
    const T = ADVERSARIAL_TARGETS;
    // The realistic quotation is held to its target on the press side alone (the document compared
    // again with the letter prepared, in CPU time): preparing a letter is done once per letter.
    const timeOk = points.every(
      (p) =>
        !p.timedOut &&
        !p.failed &&
        (exemptFromTimeTarget(c, p.bytes) ||
          (c.realistic ? (p.againCpuMs ?? p.ms) <= T.realisticMs : p.ms <= T.maxMs)),
    );
    // Growth is judged only when the larger size takes long enough to measure (≥ 50 ms): below that,
    // start-up noise decides the ratio.
    const growthOk = exponent === undefined ? !b : exponent <= T.maxExponent || b.ms < 50;
    // Peak memory: held to a bound per byte of input only for the memory case (see maxRSSPerByte).
    const rssOk =
      !c.memory ||
      points.every(
        (p) => p.maxRSSBytes !== undefined && p.maxRSSBytes <= T.maxRSSPerByte * p.bytes + T.baseRSSBytes,
      );
    rows.push({
      id: c.id,
      table: c.table,
      label: c.label,
      unit: c.unit,
      points,
      exponent,
      timeOk: timeOk || (c.memory && points.every((p) => !p.timedOut && !p.failed)),
      growthOk,
      rssOk,
    });
  }
  return rows;
}

const fmtPoint = (p, unit) =>
  `${p.size.toLocaleString("en-GB")} ${unit} (${(p.bytes ?? 0) > 0 ? `${Math.round(p.bytes / 1024)} KB` : "?"}): ${
    p.failed
      ? `failed: ${p.failed}`
      : p.timedOut
        ? `> ${formatMs(p.ms)} (stopped)`
        : `${formatMs(p.ms)}${p.cpuMs === undefined ? "" : ` (CPU ${formatMs(p.cpuMs)})`}${
            p.againCpuMs === undefined
              ? ""
              : `; letter prepared in CPU ${formatMs(p.letterCpuMs)}, press side alone (compared again) CPU ${formatMs(p.againCpuMs)}`
          }`
  }`;

/** The rows as a Markdown table. */
export function adversarialTable(rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const out = [
    line(["issue row", "input", "times", "growth exponent", "peak RSS", "target"]),
    line(["---", "---", "---", "---", "---", "---"]),
  ];
  for (const r of rows) {
    out.push(
      line([
        r.table,
        r.label.replace(/\|/g, "\\|"),
        r.points.map((p) => fmtPoint(p, r.unit)).join("; "),
        r.exponent === undefined ? "—" : r.exponent.toFixed(2),
        r.points
          .map((p) => (p.maxRSSBytes ? `${Math.round(p.maxRSSBytes / 1024 / 1024)} MB` : "—"))
          .join("; "),
        r.timeOk && r.growthOk && r.rssOk ? "PASS" : "MISS",
      ]),
    );
  }
  return out.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const li = args.indexOf("--limit");
  const limitMs = li >= 0 ? Number(args[li + 1]) * 1000 : 20_000;
  const only = args.filter((a, i) => !a.startsWith("--") && (li < 0 || i !== li + 1));
  const memory = args.includes("--memory");
  const rows = runAdversarial({ limitMs, only, memory, log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(`${adversarialTable(rows)}\n`);
}
