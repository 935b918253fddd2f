/**
 * How long map work may run in one animation frame, counted from the frame's start: a frame lasts
 * 16.7 ms at 60 Hz, and the browser still needs its share for style, layout and paint.
 */
export const FRAME_BUDGET_MS = 8;

export interface RunInFramesOptions {
  budgetMs?: number;
  /** Called once every item is done (not when cancelled); at once when there are no items. */
  onDone?: () => void;
}

/**
 * Does `work` for each item over the coming animation frames, in each frame until the budget since
 * the frame's start is spent (at least one item per frame). Drawing hundreds of map layers in one
 * go blocks the page for a tenth of a second or more; spread like this (as Leaflet.markercluster's
 * chunkedLoading does) the map stays responsive and fills within a few frames.
 *
 * The budget counts from the frame's start (the timestamp every callback of one frame gets), not
 * from when a batch begins: the runners of one frame (objects leaving, clusters coming) share it,
 * and a frame that React's render of the new view has already made long does one item per runner.
 * The first batch waits for the next frame too, which is still before that frame's paint: work
 * done at once would land in the task of the React commit that asked for it.
 *
 * Returns a function that cancels what is not done yet.
 */
export function runInFrames<T>(
  items: readonly T[],
  work: (item: T) => void,
  { budgetMs = FRAME_BUDGET_MS, onDone }: RunInFramesOptions = {},
): () => void {
  let next = 0;
  let frame: number | undefined;
  let cancelled = false;
  const batch = (frameStart: number) => {
    frame = undefined;
    // A frame already queued when cancelled may still run (cancelAnimationFrame is not enough
    // everywhere): it must not do one more item.
    if (cancelled) return;
    const until = frameStart + budgetMs;
    do work(items[next++]);
    while (next < items.length && performance.now() < until && !cancelled);
    if (cancelled) return;
    if (next < items.length) frame = requestAnimationFrame(batch);
    else onDone?.();
  };
  if (items.length === 0) onDone?.();
  else frame = requestAnimationFrame(batch);
  return () => {
    cancelled = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
