/**
 * How long one animation frame may spend on map work before it lets the browser render: a frame
 * lasts 16.7 ms at 60 Hz, and the browser still needs its share for style, layout and paint.
 */
export const FRAME_BUDGET_MS = 8;

export interface RunInFramesOptions {
  budgetMs?: number;
  /** Called once every item is done (not when cancelled); at once when there are no items. */
  onDone?: () => void;
}

/**
 * Does `work` for each item, as many as fit in the budget per animation frame (at least one), the
 * first batch at once. Drawing hundreds of map layers in one go blocks the page for a tenth of a
 * second or more; spread like this (as Leaflet.markercluster's chunkedLoading does) the map stays
 * responsive and fills within a few frames. Returns a function that cancels what is not done yet.
 */
export function runInFrames<T>(items: readonly T[], work: (item: T) => void, { budgetMs = FRAME_BUDGET_MS, onDone }: RunInFramesOptions = {}): () => void {
  let next = 0;
  let frame: number | undefined;
  let cancelled = false;
  const batch = () => {
    frame = undefined;
    // A frame already queued when cancelled may still run (cancelAnimationFrame is not enough
    // everywhere): it must not do one more item.
    if (cancelled) return;
    const until = performance.now() + budgetMs;
    do work(items[next++]);
    while (next < items.length && performance.now() < until && !cancelled);
    if (cancelled) return;
    if (next < items.length) frame = requestAnimationFrame(batch);
    else onDone?.();
  };
  if (items.length === 0) onDone?.();
  else batch();
  return () => {
    cancelled = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
