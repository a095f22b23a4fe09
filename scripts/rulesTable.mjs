/**
 * The judge's precedence tables as Markdown, from the build (dist/core/judge/decide.js and the rule
 * registry): the docs sample `rules-precedence` in docs/rules.md (scripts/docs-samples.mjs).
 */
export async function precedenceMarkdown() {
  const decide = await import("../dist/core/judge/decide.js");
  const { CLAIM_RULES, QUOTE_RULES } = await import("../dist/core/judge/rules/index.js");
  const about = new Map(
    [
      ...CLAIM_RULES,
      ...QUOTE_RULES,
      ...decide.CLAIM_REVISIONS,
      ...decide.QUOTE_REVISIONS,
      ...decide.DOCUMENT_REVISIONS,
    ].map((r) => [r.id, r.describe]),
  );
  const table = (title, rows) => [
    `**${title}**`,
    "",
    "| # | rule | takes the flags | what it detects |",
    "|---:|---|---|---|",
    ...rows.map(
      (r, i) => `| ${i + 1} | \`${r.rule}\` | ${r.takesFlags ? "yes" : "no"} | ${about.get(r.rule) ?? ""} |`,
    ),
    "",
  ];
  const list = (title, rules) => [
    `**${title}**`,
    "",
    ...rules.map((r, i) => `${i + 1}. \`${r.id ?? r.rule}\` — ${about.get(r.id ?? r.rule) ?? r.flag}`),
    "",
  ];
  return [
    ...table(
      "Claims (the press's own sentences): the first rule that proposes a kind decides",
      decide.CLAIM_PRECEDENCE,
    ),
    ...table("Quotations: the first rule that proposes a kind decides", decide.QUOTE_PRECEDENCE),
    ...list(
      "Flag rules (their flags join a verdict that takes flags)",
      decide.FLAG_RULES.map((f) => ({ ...f, id: f.rule })),
    ),
    ...list("Revisions of a claim's verdict, in order", decide.CLAIM_REVISIONS),
    ...list("Revisions of a quotation's verdict, in order", decide.QUOTE_REVISIONS),
    ...list("Revisions once the whole document is judged, in order", decide.DOCUMENT_REVISIONS),
  ]
    .join("\n")
    .trimEnd();
}
