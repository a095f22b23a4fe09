import { Text } from "ink";
import { sanitizeLine } from "./sanitize.js";

export interface FieldTextProps {
  value: string;
  placeholder?: string;
  /** Where the cursor is (an index into `value`); at the end when not given. */
  cursor?: number;
}

/** A field's text with a block cursor on the character at `cursor` (a space past the end). */
export function FieldText({ value, placeholder, cursor = value.length }: FieldTextProps) {
  const at = Math.max(0, Math.min(value.length, cursor));
  const under = Array.from(value.slice(at))[0] ?? "";
  const rest = value.slice(at + under.length);
  return (
    <>
      {value === "" && placeholder ? <Text dimColor>{placeholder}</Text> : sanitizeLine(value.slice(0, at))}
      <Text inverse>{under === "" ? " " : sanitizeLine(under)}</Text>
      {sanitizeLine(rest)}
    </>
  );
}

export interface TextFieldProps extends FieldTextProps {
  label: string;
}

/**
 * A one-line input as drawn: label, value and a block cursor. Editing happens in the App's `useInput`
 * (see textEdit.ts) so that one handler owns the keyboard. Long values keep their end visible.
 */
export function TextField({ label, ...field }: TextFieldProps) {
  return (
    <Text wrap="truncate-start">
      <Text bold>{label}</Text>
      <FieldText {...field} />
    </Text>
  );
}
