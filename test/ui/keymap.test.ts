import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import type { Mode } from "../../src/review/selectors.js";
import { footerLines } from "../../src/ui/footerLines.js";
import { bindingForKey } from "../../src/ui/keyMatch.js";
import { bindingsFor, KEYMAP, MODE_NAMES } from "../../src/ui/keymap.js";
import { keyWith } from "../../src/ui/keyOfChar.js";
import { keyTableMarkdown } from "../../src/ui/keyTableMarkdown.js";

const key = keyWith;
const MODES = Object.keys(MODE_NAMES) as Mode[];

describe("keymap", () => {
  it("has the keys the review promises", () => {
    const list = (input: string, k: Partial<Key> = {}) => bindingForKey("findings", input, key(k))?.command;
    expect(list("j")).toBe("moveDown");
    expect(list("", { downArrow: true })).toBe("moveDown");
    expect(list("k")).toBe("moveUp");
    expect(list("", { upArrow: true })).toBe("moveUp");
    expect(list("g")).toBe("moveFirst");
    expect(list("G", { shift: true })).toBe("moveLast");
    expect(list("n")).toBe("nextDiscrepancy");
    expect(list("N", { shift: true })).toBe("previousDiscrepancy");
    expect(list("", { return: true })).toBe("toggleContext");
    expect(list(" ")).toBe("toggleContext");
    expect(list("/")).toBe("openFilter");
    expect(list("f")).toBe("cycleKindFilter");
    expect(list("c")).toBe("confirm");
    expect(list("d")).toBe("dismiss");
    expect(list("e")).toBe("editNote");
    expect(list("u")).toBe("undo");
    expect(list("o")).toBe("toggleOmissions");
    expect(list("x")).toBe("openExport");
    expect(list("", { tab: true })).toBe("nextDocument");
    expect(list("", { tab: true, shift: true })).toBe("previousDocument");
    expect(list("]")).toBe("nextDocument");
    expect(list("[")).toBe("previousDocument");
    expect(list("?")).toBe("toggleHelp");
    expect(list("q")).toBe("quit");
    expect(list("c", { ctrl: true })).toBeUndefined();
  });

  it("scopes keys to modes: letters type into prompts, n means 'stay' in the quit question", () => {
    expect(bindingForKey("note", "q", key({}))).toBeUndefined();
    expect(bindingForKey("note", "", key({ return: true }))?.command).toBe("saveNote");
    expect(bindingForKey("filter", "", key({ escape: true }))?.command).toBe("clearFilter");
    expect(bindingForKey("export", "", key({ tab: true }))?.command).toBe("cycleExportFormat");
    expect(bindingForKey("quit", "n", key({}))?.command).toBe("cancelQuit");
    expect(bindingForKey("help", "q", key({}))?.command).toBe("closeHelp");
    // c confirms an omission too (issue 14, item 5).
    expect(bindingForKey("omissions", "c", key({}))?.command).toBe("confirm");
  });

  it("never binds one key to two commands in the same mode", () => {
    for (const mode of MODES) {
      const seen = new Map<string, string>();
      for (const binding of bindingsFor(mode)) {
        for (const spec of binding.keys) {
          const id = JSON.stringify(spec);
          expect(seen.get(id), `${mode}: ${id}`).toBeUndefined();
          seen.set(id, binding.command);
        }
      }
    }
  });

  it("gives every mode a way out and every binding a description", () => {
    for (const mode of MODES) expect(bindingsFor(mode).length, mode).toBeGreaterThan(0);
    for (const binding of KEYMAP) expect(binding.description.length).toBeGreaterThan(3);
  });

  it("generates the README's Markdown table from the same data", () => {
    const table = keyTableMarkdown();
    const lines = table.split("\n");
    expect(lines[0]).toBe("| Key | Action | Works in |");
    expect(lines[1]).toBe("|---|---|---|");
    expect(lines).toHaveLength(KEYMAP.length + 2);
    expect(table).toContain("| `j` `↓` | Move down (scroll in help) | list, omissions, help |");
    expect(table).toContain("| `/` | Filter findings by text | list |");
    expect(table).toContain("| `Shift-Tab` `[` | Previous press document | list, omissions |");
  });
});

describe("footerLines", () => {
  it("lists the keys of the mode within the width and line budget", () => {
    for (const width of [60, 80, 140]) {
      const lines = footerLines("findings", width, 2);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      expect(lines.join(" ")).toContain("? help");
    }
    expect(footerLines("note", 80)).toEqual(["Enter save  Esc cancel"]);
    expect(footerLines("quit", 80)).toEqual(["y quit  n stay"]);
  });

  it("always ends with the essential hints (help, quit), dropping others for lack of room", () => {
    expect(footerLines("findings", 80, 2).at(-1)).toMatch(/Tab document {2}\? help {2}q quit$/);
    const lines = footerLines("findings", 40, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^j\/k move .*\? help {2}q quit$/);
    expect(lines[0]?.length).toBeLessThanOrEqual(40);
  });
});
