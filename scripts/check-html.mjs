#!/usr/bin/env node
/**
 * Opens a presscheck HTML report in real headless Chromium, checks the page it builds, and saves a
 * screenshot:
 *   node scripts/check-html.mjs FILE.html OUT.png
 *
 * Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no
 * extra package), which lets the script see what a person's browser would: console messages,
 * uncaught exceptions and browser log entries (a Content-Security-Policy violation, a blocked load).
 *
 * Checks:
 * - no console error, uncaught exception or browser error log entry while loading;
 * - the elements the renderer promises (src/report/html.ts): the CSP meta tag, .legend, .document,
 *   .press-text, .side-by-side, .finding with .finding-popup, .omissions;
 * - no <script>, <img>, <iframe>, <object>, <embed>, <link> or <base> element and no on…= attribute
 *   (the report has none, so any would be document text that escaped escaping), and no resource
 *   loaded from anywhere (the page is self-contained and works offline);
 * - no word in the Review column (td.review: "confirmed", "dismissed", notes) is broken mid-word;
 * - a finding's popup is hidden until the finding is hovered or focused, and shown when it is focused
 *   (click/Tab), and hidden again in print;
 * - the screenshot (1280 px wide, a discrepancy's popup open) is a PNG.
 * Exits 0 when every check passes, 1 when one fails (each problem on its own line), 2 when Chromium
 * is missing or fails.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 2000 };
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

/**
 * Flags for a quiet, sandbox-free, single-use headless browser: no sandbox (CI runs as root), no GPU,
 * no background requests, updates, sync or first-run UI, and a fresh profile deleted afterwards.
 */
function chromiumArgs(profile) {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--mute-audio",
    `--user-data-dir=${profile}`,
    "--remote-debugging-pipe",
    "about:blank",
  ];
}

/**
 * A DevTools protocol client over Chromium's pipe: requests go to fd 3, replies and events come
 * back on fd 4, each message JSON ended by a NUL byte.
 */
function devtools(child) {
  const input = child.stdio[3];
  const output = child.stdio[4];
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  let buffered = "";
  // A browser that dies closes the pipe: the exit handler reports that, so write errors are not fatal here.
  input.on("error", () => {});
  output.on("error", () => {});
  output.setEncoding("utf8");
  output.on("data", (chunk) => {
    buffered += chunk;
    let end = buffered.indexOf("\0");
    while (end >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf("\0");
      if (message.id !== undefined && pending.has(message.id)) {
        const { resolve: done, reject, method } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else done(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });
  return {
    send(method, params = {}, sessionId = undefined) {
      const id = nextId++;
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise((done, reject) => pending.set(id, { resolve: done, reject, method }));
    },
    on(listener) {
      listeners.push(listener);
    },
  };
}

/** Runs in the page: everything the checks need, as plain data. */
function inspectPage() {
  const count = (selector) => document.querySelectorAll(selector).length;
  const withHandlers = [...document.querySelectorAll("*")].filter((el) =>
    [...el.attributes].some((attr) => /^on/i.test(attr.name)),
  ).length;
  return {
    csp: count('meta[http-equiv="Content-Security-Policy"]'),
    legend: count(".legend"),
    documents: count("section.document"),
    pressText: count(".press-text"),
    sideBySide: count("table.side-by-side"),
    sideBySideRows: count("table.side-by-side tbody tr"),
    findings: count(".press-text .finding"),
    popups: count(".press-text .finding > .finding-popup"),
    omissions: count("section.omissions"),
    forbidden: Object.fromEntries(
      ["script", "img", "iframe", "object", "embed", "link", "base"].map((tag) => [tag, count(tag)]),
    ),
    withHandlers,
    resources: performance.getEntriesByType("resource").map((entry) => entry.name),
    reviewCells: count("td.review"),
    reviewWordBreaks: wordsBrokenIn("td.review"),
  };

  /**
   * Words of the cells matching `selector` that the layout breaks across lines ("confir|med"): a word
   * whose range has client rectangles on more than one line.
   */
  function wordsBrokenIn(selector) {
    const broken = [];
    for (const cell of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  }
}

/** Focuses the first discrepancy (else any finding) without scrolling; reports its popup's display. */
function focusFinding() {
  const discrepancy = [
    ".kind-quote-altered",
    ".kind-quote-not-found",
    ".kind-overstated",
    ".kind-unsupported",
  ]
    .map((kind) => document.querySelector(`.press-text .finding${kind}`))
    .find((el) => el !== null);
  const finding = discrepancy ?? document.querySelector(".press-text .finding");
  if (!finding) return { found: false };
  const popup = finding.querySelector(".finding-popup");
  const before = getComputedStyle(popup).display;
  finding.focus({ preventScroll: true });
  return {
    found: true,
    before,
    after: getComputedStyle(popup).display,
    focused: document.activeElement === finding,
  };
}

const popupDisplay = () => {
  const popup = document.querySelector(".press-text .finding:focus > .finding-popup");
  return popup ? getComputedStyle(popup).display : "no focused finding";
};

/** ": the last line of the browser's stderr", or nothing when it printed nothing. */
const lastLine = (text) => {
  const line = text.trim().split("\n").pop();
  return line ? `: ${line}` : "";
};

async function check() {
  const profile = mkdtempSync(join(tmpdir(), "presscheck-chromium-"));
  const child = spawn(CHROMIUM, chromiumArgs(profile), {
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((done) => child.on("exit", (code, signal) => done({ code, signal })));
  const started = new Promise((_, reject) => {
    child.on("error", (err) => reject(new Error(`cannot run ${CHROMIUM}: ${err.message}`)));
    exited.then(({ code, signal }) =>
      reject(new Error(`${CHROMIUM} exited early (${signal ?? code})${lastLine(stderr)}`)),
    );
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
  const cdp = devtools(child);
  const errors = [];
  cdp.on((message) => {
    const p = message.params ?? {};
    if (message.method === "Runtime.consoleAPICalled" && (p.type === "error" || p.type === "assert")) {
      errors.push(
        `console.${p.type}: ${(p.args ?? []).map((a) => a.value ?? a.description ?? "").join(" ")}`,
      );
    } else if (message.method === "Runtime.exceptionThrown") {
      errors.push(
        `uncaught exception: ${p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text}`,
      );
    } else if (message.method === "Log.entryAdded" && p.entry?.level === "error") {
      errors.push(`${p.entry.source} error: ${p.entry.text}`);
    }
  });

  const run = async () => {
    const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: true });
    const page = (method, params) => cdp.send(method, params, sessionId);
    const evaluate = async (fn) => {
      const { result, exceptionDetails } = await page("Runtime.evaluate", {
        expression: `(${fn.toString()})()`,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    };
    await Promise.all(["Page.enable", "Runtime.enable", "Log.enable"].map((m) => page(m)));
    await page("Emulation.setDeviceMetricsOverride", { ...VIEWPORT, deviceScaleFactor: 1, mobile: false });
    const loaded = new Promise((done) =>
      cdp.on((m) => m.method === "Page.loadEventFired" && m.sessionId === sessionId && done()),
    );
    const navigation = await page("Page.navigate", { url: pathToFileURL(resolve(file)).href });
    if (navigation.errorText) throw new Error(`cannot open ${file}: ${navigation.errorText}`);
    await loaded;
    const dom = await evaluate(inspectPage);
    const focus = await evaluate(focusFinding);
    const { data } = await page("Page.captureScreenshot", { format: "png" });
    await page("Emulation.setEmulatedMedia", { media: "print" });
    const printDisplay = await evaluate(popupDisplay);
    await cdp.send("Browser.close").catch(() => {});
    return { dom, focus, printDisplay, png: Buffer.from(data, "base64") };
  };

  try {
    return { ...(await Promise.race([run(), started])), errors };
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

let result;
try {
  result = await check();
} catch (err) {
  fail(err.message, 2);
}
const { dom, focus, printDisplay, png, errors } = result;
writeFileSync(screenshot, png);

const problems = errors.map((e) => `browser reported ${e.replace(/\s+/g, " ").slice(0, 300)}`);
const expectAtLeast = (what, n, min = 1) => {
  if (n < min) problems.push(`expected at least ${min} ${what}, found ${n}`);
};
expectAtLeast('<meta http-equiv="Content-Security-Policy">', dom.csp);
expectAtLeast(".legend", dom.legend);
expectAtLeast("section.document", dom.documents);
expectAtLeast(".press-text", dom.pressText, dom.documents);
expectAtLeast("section.omissions", dom.omissions, dom.documents);
expectAtLeast(".finding", dom.findings);
if (dom.popups !== dom.findings) problems.push(`${dom.findings} findings but ${dom.popups} popups`);
if (dom.sideBySideRows !== dom.findings)
  problems.push(`${dom.findings} highlighted findings but ${dom.sideBySideRows} side-by-side rows`);
for (const [tag, n] of Object.entries(dom.forbidden)) {
  if (n > 0) problems.push(`found ${n} <${tag}> element(s): document text became markup`);
}
if (dom.reviewWordBreaks.length > 0)
  problems.push(
    `the Review column breaks ${dom.reviewWordBreaks.length} word(s) mid-word, e.g. "${dom.reviewWordBreaks[0]}"`,
  );
if (dom.withHandlers > 0)
  problems.push(`found ${dom.withHandlers} element(s) with an on…= event-handler attribute`);
if (dom.resources.length > 0)
  problems.push(`the page loaded ${dom.resources.length} resource(s): ${dom.resources[0]}`);
if (focus.found) {
  if (focus.before !== "none")
    problems.push(`a finding's popup shows before hover or focus (display: ${focus.before})`);
  if (!focus.focused) problems.push("a finding cannot take focus (click or Tab)");
  if (focus.after === "none") problems.push("a focused finding's popup stays hidden");
  if (printDisplay !== "none") problems.push(`popups show in print (display: ${printDisplay})`);
}
const PNG_SIGNATURE = "89504e470d0a1a0a";
if (readFileSync(screenshot).subarray(0, 8).toString("hex") !== PNG_SIGNATURE)
  problems.push(`${screenshot} is not a PNG`);

if (problems.length > 0) fail(problems.join("\n"));
console.log(
  `check-html: ok: ${dom.findings} findings, ${dom.documents} documents, legend present, no console errors, ` +
    `no script/img elements, no loads, popups open on focus, ${dom.reviewCells} review cells with no word broken; screenshot ${screenshot}`,
);
