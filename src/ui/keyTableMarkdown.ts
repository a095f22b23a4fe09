import { KEYMAP, type KeyBinding, MODE_NAMES } from "./keymap.js";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The key table for the README, generated from the same keymap the footer and help use. */
export function keyTableMarkdown(keymap: readonly KeyBinding[] = KEYMAP): string {
  const rows = keymap.map((b) => {
    const keys = b.label
      .split(" ")
      .map((k) => `\`${k}\``)
      .join(" ");
    return `| ${keys} | ${cell(b.description)} | ${b.modes.map((m) => MODE_NAMES[m]).join(", ")} |`;
  });
  return ["| Key | Action | Works in |", "|---|---|---|", ...rows].join("\n");
}
