import { type Key, useInput } from "ink";
import { useCallback } from "react";
import type { ReviewAction } from "../review/reviewActions.js";
import type { ReviewState } from "../review/reviewState.js";
import { currentMode } from "../review/selectors.js";
import { commandAction } from "./commandAction.js";
import { bindingForKey } from "./keyMatch.js";
import { keyOfChar, promptPresses } from "./keyOfChar.js";
import { promptField, setPromptField, TEXT_PROMPTS, type TextPrompt } from "./promptField.js";
import { editField } from "./textEdit.js";

export interface ReviewKeysOptions {
  latest: () => ReviewState;
  dispatch: (action: ReviewAction) => void;
  runExport: () => Promise<void>;
  clock: () => Date;
  /** How far the detail pane can scroll now (measured by the pane). */
  detailScrollMax: () => number;
  /** Whether keys are read at all: a real boolean (Ink's stdin.isTTY may be undefined). */
  isActive: boolean;
}

/** The review's keyboard: key bindings (keymap.ts) in the main modes, the line editor in the prompts. */
export function useReviewKeys({
  latest,
  dispatch,
  runExport,
  clock,
  detailScrollMax,
  isActive,
}: ReviewKeysOptions) {
  /** One key press, interpreted in the mode the previous key left (see useReviewStore). */
  const handlePress = useCallback(
    (input: string, key: Key): void => {
      const current = latest();
      const mode = currentMode(current);
      const binding = bindingForKey(mode, input, key);
      if (binding) {
        if (binding.command === "runExport") {
          void runExport();
          return;
        }
        const action = commandAction(binding.command, current, {
          at: clock().toISOString(),
          detailScrollMax: detailScrollMax(),
        });
        if (action) dispatch(action);
        return;
      }
      if (TEXT_PROMPTS.has(mode)) {
        const prompt = mode as TextPrompt;
        const edited = editField(promptField(current, prompt), input, key);
        if (edited) dispatch(setPromptField(prompt, edited));
      }
    },
    [latest, dispatch, runExport, clock, detailScrollMax],
  );

  /**
   * Ink delivers characters that arrive together (pasted, typed faster than it reads, sent by a script)
   * as one string. Each character is a key of its own ("nn" moves twice, "\t\t" is two Tabs); once a
   * prompt is open, line breaks in the rest of the run are pasted text, not Enter (see promptPresses).
   */
  const handleKey = useCallback(
    (input: string, key: Key): void => {
      if (input.length <= 1 || key.ctrl || key.meta) {
        handlePress(input, key);
        return;
      }
      const chars = Array.from(input);
      for (let i = 0; i < chars.length; i++) {
        if (TEXT_PROMPTS.has(currentMode(latest()))) {
          for (const press of promptPresses(chars.slice(i).join(""))) handlePress(press.input, press.key);
          return;
        }
        const press = keyOfChar(chars[i] ?? "");
        handlePress(press.input, press.key);
      }
    },
    [handlePress, latest],
  );

  useInput(handleKey, { isActive });
}
