import type { DiffPart } from "../core/types.js";

export interface DiffSegment {
  op: DiffPart["op"];
  text: string;
}

/**
 * The diff as text that reads without colour: deletions as `[-words-]`, insertions as `{+words+}`
 * (the notation of `git diff --word-diff`). White space around a part stays outside its markers, and a
 * space is added between parts that have none between them (engines may give bare word tokens).
 */
export function diffSegments(parts: readonly DiffPart[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  let previous = "";
  for (const part of parts) {
    if (part.text === "") continue;
    const needsSpace =
      previous !== "" && !/\s$/.test(previous) && !/^\s/.test(part.text) && !/^[,.;:!?)]/.test(part.text);
    if (needsSpace) segments.push({ op: "equal", text: " " });
    if (part.op === "equal") {
      segments.push({ op: "equal", text: part.text });
    } else {
      const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
      const [open, close] = part.op === "delete" ? ["[-", "-]"] : ["{+", "+}"];
      if (lead) segments.push({ op: "equal", text: lead });
      if (core) segments.push({ op: part.op, text: `${open}${core}${close}` });
      if (trail) segments.push({ op: "equal", text: trail });
    }
    previous = part.text;
  }
  return segments;
}
