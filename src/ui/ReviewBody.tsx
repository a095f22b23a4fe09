import { Box } from "ink";
import type { ReactElement } from "react";
import type { Comparison } from "../core/types.js";
import type { ReviewState } from "../review/reviewState.js";
import {
  decisionAt,
  omissionDecisionAt,
  selectedFindingIndex,
  visibleFindingIndices,
} from "../review/selectors.js";
import { FindingDetail } from "./FindingDetail.js";
import { FindingList } from "./FindingList.js";
import { HelpOverlay } from "./HelpOverlay.js";
import type { Layout } from "./layout.js";
import { OmissionDetail } from "./OmissionDetail.js";
import { OmissionList } from "./OmissionList.js";

export interface ReviewBodyProps {
  state: ReviewState;
  /** The sanitised comparison: same shape and offsets as `state.model.comparison`. */
  shown: Comparison;
  layout: Layout;
  /** Told how far the detail pane can scroll. */
  onDetailScrollMax?: (max: number) => void;
}

/** The list and the detail side by side (or stacked when narrow), or the help in their place. */
export function ReviewBody({ state, shown, layout, onDetailScrollMax }: ReviewBodyProps) {
  const { stacked, listWidth, listHeight, detailWidth, detailHeight, bodyHeight, columns } = layout;
  if (state.overlay === "help")
    return <HelpOverlay width={columns} height={bodyHeight} scroll={state.helpScroll} />;
  const doc = shown.documents[state.documentIndex];
  if (!doc) return <Box height={bodyHeight} />;
  const sentences = shown.letter.sentences;
  let list: ReactElement;
  let detail: ReactElement;
  if (state.view === "omissions") {
    list = (
      <OmissionList
        omissions={doc.omissions}
        summary={doc.summary}
        decisionOf={(i) => omissionDecisionAt(state, state.documentIndex, i)}
        more={doc.moreOmissions?.length ?? 0}
        cursor={state.omissionCursor}
        width={listWidth}
        height={listHeight}
      />
    );
    detail = (
      <OmissionDetail
        omission={doc.omissions[state.omissionCursor]}
        decision={omissionDecisionAt(state, state.documentIndex, state.omissionCursor)}
        letterSentences={sentences}
        expanded={state.expanded}
        width={detailWidth}
        height={detailHeight}
        scroll={state.detailScroll}
        onScrollMax={onDetailScrollMax}
      />
    );
  } else {
    const selected = selectedFindingIndex(state);
    list = (
      <FindingList
        document={doc}
        visible={visibleFindingIndices(state)}
        cursor={state.cursor}
        decisionOf={(i) => decisionAt(state, state.documentIndex, i)}
        width={listWidth}
        height={listHeight}
      />
    );
    detail = (
      <FindingDetail
        finding={selected === undefined ? undefined : doc.findings[selected]}
        decision={selected === undefined ? undefined : decisionAt(state, state.documentIndex, selected)}
        letterSentences={sentences}
        expanded={state.expanded}
        width={detailWidth}
        height={detailHeight}
        scroll={state.detailScroll}
        onScrollMax={onDetailScrollMax}
      />
    );
  }
  return (
    <Box flexDirection={stacked ? "column" : "row"} height={bodyHeight} overflow="hidden">
      {list}
      {detail}
    </Box>
  );
}
