// How many results to render: the first screenful at once, then a batch per frame, each batch sized
// to take about FRAME_BUDGET_MS to render, so the page stays live however heavy the cards are.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { nextBatchSize } from '../../rules/templates/shown';

const FIRST_BATCH = 10;
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
    if (limit >= total) return;
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
  return limit;
}
