import { createRoot } from 'react-dom/client';
import { App } from './App';
import { snapshotHtml } from './snapshot';
import { writeSnapshot } from '../../lib/popup-memory';

/** React takes over the popup (replacing any snapshot in one commit) and keeps the next snapshot fresh. */
export function mount(root: HTMLElement, build: string) {
  createRoot(root).render(<App onFreshPaint={() => writeSnapshot(build, snapshotHtml(root))} />);
}
