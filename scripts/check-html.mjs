#!/usr/bin/env node
/**
 * Renders a presscheck HTML report in headless Chromium, saves a screenshot, and checks the DOM that
 * Chromium built from it:
 *   node scripts/check-html.mjs FILE.html OUT.png
 * Checks: the Content-Security-Policy meta tag; the legend, document, press-text, side-by-side and
 * finding elements the renderer promises (src/report/html.ts); that no <script>, <img>, <iframe>,
 * <object> or <embed> element and no on…= event-handler attribute exists (the report has none, so
 * any would be document text that escaped escaping). Exits 1 on a failed check, 2 when Chromium is
 * missing or fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const [file, screenshot] = process.argv.slice(2);

function fail(message, code = 1) {
  console.error(`check-html: ${message}`);
  process.exit(code);
}

if (!file || !screenshot) fail("usage: node scripts/check-html.mjs FILE.html OUT.png", 2);
if (!existsSync(file)) fail(`cannot read ${file}: no such file`, 2);
if (!existsSync(CHROMIUM)) {
  fail(
    `chromium not found at ${CHROMIUM} (install it with: apt-get install -y chromium, or set CHROMIUM=path)`,
    2,
  );
}

/** Runs Chromium once with a fresh profile (deleted afterwards); returns its stdout. */
function chromium(extraArgs) {
  const profile = mkdtempSync(join(tmpdir(), "presscheck-chromium-"));
  try {
    const args = [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--hide-scrollbars",
      `--user-data-dir=${profile}`,
      ...extraArgs,
      pathToFileURL(resolve(file)).href,
    ];
    const run = spawnSync(CHROMIUM, args, { encoding: "utf8", timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
    if (run.error) fail(`cannot run ${CHROMIUM}: ${run.error.message}`, 2);
    if (run.status !== 0)
      fail(`${CHROMIUM} exited with ${run.status}: ${run.stderr.trim().split("\n").pop()}`, 2);
    return run.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const dom = chromium(["--dump-dom"]);
chromium([`--screenshot=${resolve(screenshot)}`, "--window-size=1280,2000"]);

const count = (pattern) => (dom.match(pattern) ?? []).length;
/** Elements by class name, matching the class attribute as Chromium serialises it. */
const withClass = (name) =>
  count(new RegExp(`<[a-z]+[^>]*\\sclass="(?:[^"]*\\s)?${name}(?:\\s[^"]*)?"`, "g"));

const problems = [];
const expectAtLeast = (what, n, min = 1) => {
  if (n < min) problems.push(`expected at least ${min} ${what}, found ${n}`);
};
expectAtLeast(
  '<meta http-equiv="Content-Security-Policy">',
  count(/<meta http-equiv="Content-Security-Policy"/g),
);
expectAtLeast(".legend", withClass("legend"));
expectAtLeast(".document", withClass("document"));
expectAtLeast(".press-text", withClass("press-text"));
expectAtLeast(".side-by-side", withClass("side-by-side"));
expectAtLeast(".finding", withClass("finding"));
expectAtLeast(".finding-popup", withClass("finding-popup"));
for (const tag of ["script", "img", "iframe", "object", "embed"]) {
  const n = count(new RegExp(`<${tag}[\\s>/]`, "gi"));
  if (n > 0) problems.push(`found ${n} <${tag}> element(s): document text became markup`);
}
const handlers = count(/<[a-z][^>]*\son[a-z]+\s*=/gi);
if (handlers > 0) problems.push(`found ${handlers} element(s) with an on…= event-handler attribute`);
if (!existsSync(screenshot) || statSync(screenshot).size === 0)
  problems.push(`no screenshot written to ${screenshot}`);

if (problems.length > 0) fail(problems.join("\n"));
console.log(
  `check-html: ok: ${withClass("finding")} findings, ${withClass("document")} documents, legend present, ` +
    `no script/img elements; screenshot ${screenshot}`,
);
