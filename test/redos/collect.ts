/**
 * Every regular expression in src/, found by parsing the sources (TypeScript's own parser), so that a
 * new one cannot be left out of the ReDoS check: the literals with their pattern and flags, and the
 * places that build one at run time (`new RegExp(…)` / `RegExp(…)`), whose patterns
 * captureRegExps.mjs records while the built code runs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface RegExpSite {
  file: string;
  line: number;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** The literals and construction sites of every source file under `root` (paths relative to `base`). */
export function collectRegexes(
  root: string,
  base: string,
): { literals: RegexLiteral[]; sites: RegExpSite[] } {
  const literals: RegexLiteral[] = [];
  const sites: RegExpSite[] = [];
  for (const path of sourceFiles(root)) {
    const file = relative(base, path);
    const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf("/");
        literals.push({ file, line: lineOf(node), source: text.slice(1, cut), flags: text.slice(cut + 1) });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        sites.push({ file, line: lineOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, sites };
}
