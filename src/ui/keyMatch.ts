import type { Key } from "ink";
import type { Mode } from "../review/selectors.js";
import { bindingsFor, KEYMAP, type KeyBinding, type KeySpec } from "./keymap.js";

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ("input" in spec) return input === spec.input && !key.ctrl && !key.meta;
  if (!key[spec.special]) return false;
  return spec.shift === undefined || spec.shift === key.shift;
}

/** The binding a key press triggers in `mode`, if any. */
export function bindingForKey(
  mode: Mode,
  input: string,
  key: Key,
  keymap: readonly KeyBinding[] = KEYMAP,
): KeyBinding | undefined {
  return bindingsFor(mode, keymap).find((binding) => binding.keys.some((spec) => matches(spec, input, key)));
}
