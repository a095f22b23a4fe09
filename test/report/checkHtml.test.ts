import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import { renderHtml } from "../../src/report/html.js";
import type { Decisions } from "../../src/review/decisions.js";
import { careHomeComparison, careHomeDecisions, hostileComparison } from "../fixtures/comparisonFixture.js";

/**
 * Runs scripts/check-html.mjs on rendered reports in real headless Chromium (skipped where Chromium is
 * not installed; CI installs it and also runs `npm run check:html` on the seeds): the page must build
 * the promised elements, log no console error, and no document text may become markup. The failing
 * pages prove each check can fail.
 */
const CHROMIUM = "/usr/bin/chromium";
const dir = mkdtempSync(join(tmpdir(), "presscheck-html-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkHtml(html: string, name: string, env: NodeJS.ProcessEnv = process.env) {
  const file = join(dir, `${name}.html`);
  const png = join(dir, `${name}.png`);
  writeFileSync(file, html);
  const run = spawnSync(process.execPath, ["scripts/check-html.mjs", file, png], { encoding: "utf8", env });
  return { ...run, png };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe.skipIf(!existsSync(CHROMIUM))("check-html in headless Chromium", () => {
  it("passes the care-home and hostile report, with no console errors, and writes a PNG", {
    timeout: 120_000,
  }, () => {
    const c = careHomeComparison();
    const hostile = hostileComparison();
    const both = { letter: c.letter, documents: [...c.documents, ...hostile.documents] };
    const run = checkHtml(renderHtml(both, careHomeDecisions), "report");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "check-html: ok: 20 findings, 3 documents, legend present, no console errors",
    );
    expect(run.stdout).toContain("popups open on focus");
    expect(readFileSync(run.png).subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });

  it("keeps every word of the Review column whole, beside long press and letter text (issue 14, item 6)", {
    timeout: 120_000,
  }, () => {
    const seed = (n: string) => ({
      source: `seeds/${n}.txt`,
      text: readFileSync(`seeds/${n}.txt`, "utf8"),
      format: "text" as const,
    });
    const c = compare(seed("001_3ecc2d4aaa3c5f93"), [seed("000_48be5846dd2c0fe9")]);
    const decisions: Decisions = {};
    c.documents[0]?.findings.forEach((f, i) => {
      decisions[f.id] = {
        verdict: i % 2 ? "confirmed" : "dismissed",
        note: "checked with the council press office",
        updatedAt: "2026-01-01T00:00:00.000Z",
      };
    });
    const html = renderHtml(c, decisions);
    const run = checkHtml(html, "review-column");
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/\d+ review cells with no word broken/);
    // Without the Review column's width rule the same page breaks "confirmed" and "Reviewer:" mid-word.
    const squeezed = checkHtml(html.replace(/td\.review \{[^}]*\}/, ""), "review-column-squeezed");
    expect(squeezed.status).toBe(1);
    expect(squeezed.stderr).toMatch(/the Review column breaks \d+ word\(s\) mid-word/);
  });

  it("fails a page where text became a script element: the element and the CSP violation", {
    timeout: 120_000,
  }, () => {
    const broken = renderHtml(careHomeComparison()).replace("</body>", "<script>alert(1)</script></body>");
    const run = checkHtml(broken, "broken");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("found 1 <script> element(s): document text became markup");
    expect(run.stderr).toMatch(/browser reported security error: .*Content Security Policy/);
  });

  it("fails a page that logs a console error or throws, and one whose popups always show", {
    timeout: 120_000,
  }, () => {
    const noisy = renderHtml(careHomeComparison())
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
      .replace("</style>", ".finding-popup { display: block !important; }</style>")
      .replace("</body>", '<script>console.error("render failed"); null.x;</script></body>');
    const run = checkHtml(noisy, "noisy");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("browser reported console.error: render failed");
    expect(run.stderr).toMatch(/browser reported uncaught exception: TypeError/);
    expect(run.stderr).toContain('expected at least 1 <meta http-equiv="Content-Security-Policy">, found 0');
    expect(run.stderr).toContain("a finding's popup shows before hover or focus (display: block)");
  });
});

describe("check-html without Chromium", () => {
  it("exits 2 with a clear message", () => {
    const run = checkHtml("<!doctype html>", "none", { ...process.env, CHROMIUM: join(dir, "no-chromium") });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^check-html: chromium not found at .*no-chromium \(install it with: apt-get install -y chromium/,
    );
  });
});
