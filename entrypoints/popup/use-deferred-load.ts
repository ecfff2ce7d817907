// The first frame shows what fits the popup; the rest of each list follows in the next one. The
// background is asked only once the remembered dashboard is on screen: over a large history its
// answer may mean a rebuild, which would compete with this first paint for a 2-core machine's CPU.
// Then again every 30 s while the popup is open.
import { useEffect, useState } from 'react';
import { LIST_LIMIT } from './store';
import { FIRST_FRAME_ROWS } from './snapshot';

const RELOAD_MS = 30_000;

/** Returns how many rows each list shows now. */
export function useDeferredLoad(load: () => Promise<void>): number {
  const [listLimit, setListLimit] = useState(FIRST_FRAME_ROWS);
  useEffect(() => {
    let first: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      first = setTimeout(() => {
        setListLimit(LIST_LIMIT);
        void load();
      }, 0);
    });
    const timer = setInterval(() => void load(), RELOAD_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [load]);
  return listLimit;
}
