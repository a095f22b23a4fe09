/**
 * One adversarial measurement in a fresh process: `node bench/adversarialWorker.mjs '{"id":…,"size":…}'`.
 * Builds the case's input (bench/adversarialCases.mjs), warms the code up on a small pair, then times
 * one comparison of the input (ingestion first for HTML, the check line after for `check` cases) and
 * prints one JSON line: { ms (letter prepared and press compared), pressMs (the press document alone),
 * cpuMs (the process's CPU time over ms: on a loaded machine, the work done rather than the wait),
 * letterCpuMs (preparing the letter, done once per letter), againCpuMs (the press document compared a
 * second time with the same prepared letter: the press side alone, the letter's memoised work done),
 * bytes, maxRSSBytes }. The parent kills it at its time limit.
 */
import { CASES } from "./adversarialCases.mjs";

const { id, size } = JSON.parse(process.argv[2] ?? "{}");
const c = CASES.find((x) => x.id === id);
if (!c) throw new Error(`no case ${id}`);
const root = new URL("../", import.meta.url);
const { prepareLetter, comparePressDocument } = await import(new URL("dist/core/compare.js", root).href);
const { ingestBytes } = await import(new URL("dist/core/ingest/ingest.js", root).href);
const check = await import(new URL("dist/report/check.js", root).href);

const { letter, press } = c.make(size);
const letterDoc = { source: "letter.txt", text: letter, format: "text" };
/** The letter prepared, then the press document compared (ingested first for HTML, its check line after). */
async function run(pressText) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const prepared = prepareLetter(letterDoc);
  const t1 = performance.now();
  const letterCpu = process.cpuUsage(c0);
  const doc = c.html
    ? (await ingestBytes("press.html", new TextEncoder().encode(pressText))).doc
    : { source: "press.txt", text: pressText, format: "text" };
  const comparison = { letter: prepared.view, documents: [comparePressDocument(prepared, doc)] };
  if (c.check) check.formatCheckReport(check.checkDocuments(comparison, check.DEFAULT_FAIL_ON));
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const result = {
    ms: t2 - t0,
    pressMs: t2 - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
    letterCpuMs: (letterCpu.user + letterCpu.system) / 1000,
  };
  if (!c.realistic) return result;
  // The press side alone: the same document again with the letter already prepared.
  const c1 = process.cpuUsage();
  comparePressDocument(prepared, doc);
  const again = process.cpuUsage(c1);
  return { ...result, againCpuMs: (again.user + again.system) / 1000 };
}
// Warm-up: the same kind of input at a tiny size, so JIT and lazy loading are not what is measured.
await run(c.html ? c.make(10).press : c.make(1).press.slice(0, 2000));
const measured = await run(press);
process.stdout.write(
  `${JSON.stringify({ ...measured, bytes: Buffer.byteLength(press), maxRSSBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
