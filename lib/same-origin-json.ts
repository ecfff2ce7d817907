// Read-only look-ups of Seller Central's own JSON from the page ReplyGuard runs on (architecture
// principle 8): same-origin, GET only, rate-limited, answers cached, failures not cached. Nothing is
// ever written or sent on the seller's behalf; no other origin is ever asked.

export interface JsonReader {
  /** GET `path` (same-origin) as JSON; rejects on a non-2xx answer, a non-JSON body or abort */
  get(path: string, signal: AbortSignal, options?: { maxAgeMs?: number }): Promise<unknown>;
  /** forget one cached answer (the next get asks again) */
  forget(path: string): void;
  /** test hook: forget every answer and the rate-limit slot */
  reset(): void;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    path: string,
  ) {
    super(`${status} from ${path.split('?')[0]}`);
  }
}

export function createJsonReader({ minGapMs, cacheMs }: { minGapMs: number; cacheMs: number }): JsonReader {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  let nextSlot = 0;

  /** Waits for the next free slot (global across every look-up of this reader in this tab). */
  async function rateLimit(): Promise<void> {
    const t = performance.now();
    const slot = Math.max(t, nextSlot);
    nextSlot = slot + minGapMs;
    if (slot > t) await new Promise((resolve) => setTimeout(resolve, slot - t));
  }

  return {
    get(path, signal, { maxAgeMs = cacheMs } = {}) {
      if (!path.startsWith('/')) return Promise.reject(new Error('same-origin paths only'));
      const hit = cache.get(path);
      if (hit && performance.now() - hit.at < maxAgeMs) return abortable(hit.value, signal);
      const value = (async () => {
        await rateLimit();
        const response = await fetch(path, { method: 'GET', credentials: 'include', headers: { accept: 'application/json' } });
        if (!response.ok) throw new HttpError(response.status, path);
        return (await response.json()) as unknown;
      })();
      cache.set(path, { at: performance.now(), value });
      value.catch(() => {
        if (cache.get(path)?.value === value) cache.delete(path); // failures are not cached
      });
      return abortable(value, signal);
    },
    forget(path) {
      cache.delete(path);
    },
    reset() {
      cache.clear();
      nextSlot = 0;
    },
  };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
