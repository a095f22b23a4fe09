import { Box, type DOMElement, measureElement, Text } from "ink";
import { Children, type ReactNode, useEffect, useRef, useState } from "react";
import { KEYMAP } from "./keymap.js";

/** The scroll keys as the footer names them, from the keymap. */
const SCROLL_KEYS = KEYMAP.find((b) => b.command === "scrollDetailDown")?.footer?.keys ?? "";

export interface PaneProps {
  title: string;
  width: number;
  height: number;
  focused?: boolean;
  /** Lines of content scrolled out of view at the top. */
  scroll?: number;
  /** Told how far the content can scroll (0 when it fits) whenever that changes. */
  onScrollMax?: (max: number) => void;
  children?: ReactNode;
}

/**
 * A bordered box of fixed size whose content is clipped, never grown: the frame must fit the terminal.
 * The content keeps its natural height (shrinking would squash lines together) and may be scrolled.
 */
export function Pane({
  title,
  width,
  height,
  focused = false,
  scroll = 0,
  onScrollMax,
  children,
}: PaneProps) {
  const content = useRef<DOMElement>(null);
  const [scrollMax, setScrollMax] = useState(0);
  const viewport = Math.max(0, height - 3); // border (2) and title (1)
  useEffect(() => {
    if (!content.current) return;
    const max = Math.max(0, measureElement(content.current).height - viewport);
    if (max !== scrollMax) setScrollMax(max);
    onScrollMax?.(max);
  });
  const offset = Math.min(scroll, scrollMax);
  const hint = scrollMax > 0 ? (offset < scrollMax ? `  ↓ more (${SCROLL_KEYS})` : `  (${SCROLL_KEYS})`) : "";
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="round"
      borderColor={focused ? "cyan" : "gray"}
      overflow="hidden"
      flexShrink={0}
    >
      <Text bold wrap="truncate-end">
        {title}
        <Text dimColor>{hint}</Text>
      </Text>
      <Box flexDirection="column" height={viewport} overflow="hidden" flexShrink={0}>
        <Box ref={content} flexDirection="column" flexShrink={0} marginTop={-offset}>
          {Children.toArray(children).map((child, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the children are fixed in number and order.
            <Box key={i} flexDirection="column" flexShrink={0}>
              {child}
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
