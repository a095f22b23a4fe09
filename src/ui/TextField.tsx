import { Text } from "ink";
import { sanitizeLine } from "./sanitize.js";

export interface TextFieldProps {
  label: string;
  value: string;
  placeholder?: string;
}

/**
 * A one-line input as drawn: label, value and a block cursor. Editing happens in the App's `useInput`
 * (see textEdit.ts) so that one handler owns the keyboard. Long values keep their end visible.
 */
export function TextField({ label, value, placeholder }: TextFieldProps) {
  return (
    <Text wrap="truncate-start">
      <Text bold>{label}</Text>
      {value === "" && placeholder ? <Text dimColor>{placeholder}</Text> : sanitizeLine(value)}
      <Text inverse> </Text>
    </Text>
  );
}
