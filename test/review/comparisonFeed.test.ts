import { describe, expect, it, vi } from "vitest";
import type { Comparison } from "../../src/core/types.js";
import { completeFeed, growingFeed } from "../../src/review/comparisonFeed.js";
import { uiComparison } from "../fixtures/uiComparison.js";

const [gazette, echo] = uiComparison.documents;
if (!gazette || !echo) throw new Error("the fixture has two press documents");
const sources = [gazette.source, echo.source];
const sourcesOf = (c: Comparison) => c.documents.map((d) => d.source);

describe("growingFeed", () => {
  it("is ready with the first document, then hands each later one to subscribers, then completes", async () => {
    const cancel = vi.fn();
    const g = growingFeed(uiComparison.letter, sources, cancel);
    let ready = false;
    void g.ready.then(() => {
      ready = true;
    });
    await Promise.resolve();
    expect(ready).toBe(false); // nothing to show before the first document

    g.add(gazette);
    const feed = await g.ready;
    expect(sourcesOf(feed.initial)).toEqual([gazette.source]);
    expect(feed.sources).toEqual(sources);
    expect(feed.initial.letter).toBe(uiComparison.letter);

    const updates: string[][] = [];
    const unsubscribe = feed.subscribe((c) => updates.push(sourcesOf(c)), vi.fn());
    expect(updates).toEqual([]); // nothing new since `initial`
    g.add(echo);
    expect(updates).toEqual([sources]);
    g.finish();
    expect(sourcesOf(await feed.complete)).toEqual(sources);

    unsubscribe();
    feed.cancel();
    expect(cancel).toHaveBeenCalledOnce();
  });

  it("gives a late subscriber the documents that arrived before it subscribed", async () => {
    const g = growingFeed(uiComparison.letter, sources, () => {});
    g.add(gazette);
    g.add(echo); // before anyone listens: the app subscribes only after its first render
    const feed = await g.ready;
    expect(sourcesOf(feed.initial)).toEqual([gazette.source]);
    const onUpdate = vi.fn();
    feed.subscribe(onUpdate, vi.fn());
    expect(onUpdate).toHaveBeenCalledOnce();
    expect(sourcesOf(onUpdate.mock.calls[0]?.[0] as Comparison)).toEqual(sources);
  });

  it("tells subscribers, early or late, when the rest cannot be compared, and rejects `complete`", async () => {
    const g = growingFeed(uiComparison.letter, sources, () => {});
    g.add(gazette);
    const feed = await g.ready;
    const early = vi.fn();
    feed.subscribe(vi.fn(), early);
    g.fail("out of memory");
    expect(early).toHaveBeenCalledWith("out of memory");
    const late = vi.fn();
    feed.subscribe(vi.fn(), late);
    expect(late).toHaveBeenCalledWith("out of memory");
    await expect(feed.complete).rejects.toThrow("out of memory");
  });

  it("stops telling a subscriber once it unsubscribes", async () => {
    const g = growingFeed(uiComparison.letter, sources, () => {});
    g.add(gazette);
    const feed = await g.ready;
    const onUpdate = vi.fn();
    feed.subscribe(onUpdate, vi.fn())();
    g.add(echo);
    expect(onUpdate).not.toHaveBeenCalled();
  });
});

describe("completeFeed", () => {
  it("has every document from the start and nothing to wait for", async () => {
    const feed = completeFeed(uiComparison);
    expect(feed.initial).toBe(uiComparison);
    expect(feed.sources).toEqual(sources);
    expect(await feed.complete).toBe(uiComparison);
    const onUpdate = vi.fn();
    feed.subscribe(onUpdate, vi.fn())();
    expect(onUpdate).not.toHaveBeenCalled();
    expect(() => feed.cancel()).not.toThrow();
  });
});
