// How many results to render: a library of up to RENDER_AT_ONCE cards at once (one render of a few
// dozen cards costs less than the frames batching would spread it over, and nothing can leave it
// half drawn), a bigger one from a first screenful, then a batch per frame, each batch sized to take
// about FRAME_BUDGET_MS to render, so the page stays live however heavy the cards are.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { nextBatchSize } from '../../rules/templates/shown';

const FIRST_BATCH = 10;
const RENDER_AT_ONCE = 40;
const FRAME_BUDGET_MS = 12;
const FRAME_FALLBACK_MS = 100;

/** `total`: results to show; `resetOn`: a change starts again from the first batch. */
export function useBatchedLimit(total: number, resetOn: readonly unknown[]): number {
  const [limit, setLimit] = useState(FIRST_BATCH);
  const batch = useRef({ size: FIRST_BATCH, startedAt: 0 });
  useEffect(() => setLimit(FIRST_BATCH), resetOn);
  useLayoutEffect(() => {
    // after the commit, before paint: how long did the last batch take to render?
    const b = batch.current;
    if (!b.startedAt) return;
    b.size = nextBatchSize(b.size, performance.now() - b.startedAt, FRAME_BUDGET_MS);
    b.startedAt = 0;
  }, [limit]);
  useEffect(() => {
    if (limit >= total || total <= RENDER_AT_ONCE) return;
    const grow = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      batch.current.startedAt = performance.now();
      setLimit((l) => l + batch.current.size);
    };
    const frame = requestAnimationFrame(grow);
    // a page in a background tab gets no frames (Chromium pauses them): the list still grows, a batch per timer tick
    const timer = setTimeout(grow, FRAME_FALLBACK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit, total]);
  // (s26, s33: CI twice showed 10 of 23 cards for 30 s after a filter change, the page visible and its
  // timers due - cause not found; a small list no longer depends on the frames coming)
  return total <= RENDER_AT_ONCE ? total : limit;
}
