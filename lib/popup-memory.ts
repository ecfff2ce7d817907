// What the popup remembers of its last paint, in the extension's own localStorage (never synced, never
// sent): the last dashboard (for React's first render) and the markup React painted from it (for the
// frame before React has even loaded). Wiping the data forgets both.
export const LAST_DASHBOARD_KEY = 'rg-popup-last-dashboard';
const SNAPSHOT_KEY = 'rg-popup-snapshot';

interface Snapshot {
  /** the build that painted it: markup from another build is never shown */
  build: string;
  html: string;
}

/**
 * The popup entry chunk's URL carries a content hash that changes whenever any chunk it loads changes
 * (Rollup hashes import paths into the importer), so it names the build's markup; in dev it is stable.
 */
export function buildFingerprint(entryUrl: string): string {
  return new URL(entryUrl).pathname;
}

export function readSnapshot(build: string): string | null {
  try {
    const raw = localStorage.getItem(SNAPSHOT_KEY);
    if (!raw) return null;
    const snapshot = JSON.parse(raw) as Partial<Snapshot> | null;
    return snapshot?.build === build && typeof snapshot.html === 'string' ? snapshot.html : null;
  } catch {
    return null;
  }
}

export function writeSnapshot(build: string, html: string): void {
  try {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ build, html } satisfies Snapshot));
  } catch {
    // storage full or unavailable: the next popup paints when React has loaded
  }
}

export function forgetPopupMemory(): void {
  try {
    localStorage.removeItem(LAST_DASHBOARD_KEY);
    localStorage.removeItem(SNAPSHOT_KEY);
  } catch {
    // nothing stored, or no storage: nothing to forget
  }
}
