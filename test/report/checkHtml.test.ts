import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { careHomeComparison, careHomeDecisions, hostileComparison } from "../fixtures/comparisonFixture.js";

/**
 * Runs scripts/check-html.mjs on rendered reports in real headless Chromium (skipped where Chromium is
 * not installed): the page must build the promised elements and no document text may become markup.
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
  it("passes the care-home report and writes a PNG screenshot", { timeout: 120_000 }, () => {
    const c = careHomeComparison();
    const hostile = hostileComparison();
    const both = { letter: c.letter, documents: [...c.documents, ...hostile.documents] };
    const run = checkHtml(renderHtml(both, careHomeDecisions), "report");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("check-html: ok: 20 findings, 3 documents");
    expect(readFileSync(run.png).subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });

  it("fails a page where text became a script element", { timeout: 120_000 }, () => {
    const broken = renderHtml(careHomeComparison()).replace("</body>", "<script>alert(1)</script></body>");
    const run = checkHtml(broken, "broken");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("found 1 <script> element(s): document text became markup");
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
