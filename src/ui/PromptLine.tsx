import { Text } from "ink";
import { EXPORT_FORMATS } from "../review/exportFormat.js";
import type { ReviewState } from "../review/reviewState.js";
import { sanitizeLine } from "./sanitize.js";
import { FieldText, TextField } from "./TextField.js";

/**
 * The line above the key hints: the open prompt (note editor, filter, export, quit question) or the
 * latest message.
 */
export function PromptLine({ state }: { state: ReviewState }) {
  switch (state.overlay) {
    case "note":
      return (
        <TextField
          label="Note: "
          value={state.noteDraft}
          cursor={state.noteCursor}
          placeholder="(empty removes the note)"
        />
      );
    case "filter":
      return <TextField label="Filter: /" value={state.textFilter} cursor={state.filterCursor} />;
    case "export":
      return (
        <Text wrap="truncate-start">
          <Text bold>Export </Text>
          {EXPORT_FORMATS.map((format) => (
            <Text key={format} inverse={format === state.exportFormat}>
              {format === state.exportFormat ? `[${format}]` : ` ${format} `}
            </Text>
          ))}
          <Text bold>{"  to: "}</Text>
          <FieldText value={state.exportPath} cursor={state.exportCursor} />
        </Text>
      );
    case "quit":
      return (
        <Text color="yellow" wrap="truncate-end">
          Some decisions could not be saved. Quit anyway? (y/n)
        </Text>
      );
    default:
      return (
        <Text color="yellow" wrap="truncate-end">
          {state.message ? sanitizeLine(state.message) : " "}
        </Text>
      );
  }
}
