import { Text } from "ink";
import type { DiffPart } from "../core/types.js";
import { diffSegments } from "./diffSegments.js";
import { sanitizeLine } from "./sanitize.js";

/** A word diff letter → press: deletions red and struck through, insertions green, markers always shown. */
export function DiffView({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <Text>
      {diffSegments(parts).map((segment, i) => {
        const text = sanitizeLine(segment.text);
        const key = `${i}-${segment.op}`;
        if (segment.op === "delete")
          return (
            <Text key={key} color="red" strikethrough>
              {text}
            </Text>
          );
        if (segment.op === "insert")
          return (
            <Text key={key} color="green" bold>
              {text}
            </Text>
          );
        return <Text key={key}>{text}</Text>;
      })}
    </Text>
  );
}
