import { render } from "ink-testing-library";
import type { ReactElement } from "react";

export const tick = (ms = 20) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Renders with ink-testing-library, then gives its fake stdout a fixed size and announces it with a
 * `resize` event (its `columns` is a getter fixed at 100, and it has no `rows`), as a terminal would.
 */
export async function renderAt(tree: ReactElement, columns: number, rows = 30) {
  const instance = render(tree);
  Object.defineProperty(instance.stdout, "columns", { value: columns, configurable: true });
  Object.defineProperty(instance.stdout, "rows", { value: rows, configurable: true });
  instance.stdout.emit("resize");
  await tick();
  // Keys written before the app reads stdin would be lost: on a loaded machine mounting can take a while.
  const deadline = Date.now() + 10_000;
  while (instance.stdin.listenerCount("readable") === 0 && Date.now() < deadline) await tick(5);
  const frame = (): string => instance.lastFrame() ?? "";
  /**
   * Writes keys one at a time and lets the app settle after each: waits until no new frame has been
   * drawn for 30 ms (a lone ESC is held back by Ink for a moment, renders are scheduled), at most 1 s.
   */
  const settle = async () => {
    const deadline = Date.now() + 1000;
    let seen = instance.frames.length;
    let quietSince = Date.now();
    while (Date.now() < deadline && Date.now() - quietSince < 30) {
      await tick(5);
      if (instance.frames.length !== seen) {
        seen = instance.frames.length;
        quietSince = Date.now();
      }
    }
  };
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      instance.stdin.write(key);
      await settle();
    }
  };
  return { ...instance, frame, press, settle };
}

export const KEYS = {
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  down: "\u001b[B",
  up: "\u001b[A",
  backspace: "\u007f",
};

/** Visible width of a line (the frame has no colour codes without a TTY, but strip any to be sure). */
export function lineWidths(frame: string): number[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping SGR codes.
  return frame.split("\n").map((line) => Array.from(line.replace(/\u001b\[[0-9;]*m/g, "")).length);
}
