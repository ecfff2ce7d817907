// Checking many templates without holding the page: a small pool of workers (check-worker.ts) takes
// chunks from a queue, so the main thread only paints the progress bar, and a second core, where
// there is one, checks in parallel. Where workers cannot start, the same checks run on the page in
// short time slices that yield between them.
import type { CheckOptions } from '../../rules/compliance/types';
import type { TemplateResult } from '../../rules/templates/check';
import type { Template } from '../../rules/templates/sources';
import type { WorkerRequest } from './check-worker';
import type { WorkerTexts } from './check-worker-texts';

const CHUNK = 25;
/** a slice of checking on the page between two yields (fallback path) */
const SLICE_MS = 24;

let pool: Worker[] | null | undefined;
/** set when a worker fails to load (a run would otherwise wait for it forever) */
let broken = false;

function startPool(): Worker[] | null {
  if (pool !== undefined) return pool;
  try {
    const size = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));
    pool = Array.from({ length: size }, () => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }));
    for (const w of pool) {
      w.addEventListener('error', () => (broken = true));
      w.postMessage({ type: 'warm' } satisfies WorkerRequest);
    }
  } catch {
    pool = null;
  }
  return pool;
}

/** Starts the workers and compiles their lexicons ahead of the first check (call when the page opens). */
export function warmUp(): void {
  startPool();
}

/** Yields to the page: input and rendering run before the next slice (no 4 ms timer clamping). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function onPage(todo: readonly Template[], options: CheckOptions, texts: WorkerTexts, progress: (done: number) => boolean): Promise<TemplateResult[] | null> {
  // the checker loads into the page only on this fallback path
  const [{ templateChecker }, { templateTexts }] = await Promise.all([import('../../rules/templates/check'), import('./check-worker-texts')]);
  const check = templateChecker(options, templateTexts(texts));
  const results: TemplateResult[] = [];
  while (results.length < todo.length) {
    const slice = performance.now();
    do results.push(check(todo[results.length]!, results.length));
    while (results.length < todo.length && performance.now() - slice < SLICE_MS);
    if (!progress(results.length)) return null;
    await yieldToPage();
  }
  return results;
}

let jobs = 0;

function inWorkers(workers: Worker[], todo: readonly Template[], options: CheckOptions, texts: WorkerTexts, progress: (done: number) => boolean): Promise<TemplateResult[] | null> {
  return new Promise((resolve, reject) => {
    const results: TemplateResult[] = new Array(todo.length);
    let next = 0;
    let done = 0;
    let finished = false;
    const listeners: [Worker, (e: MessageEvent) => void, (e: ErrorEvent) => void][] = [];
    const finish = (value: TemplateResult[] | null, error?: Error) => {
      if (finished) return;
      finished = true;
      for (const [w, onMessage, onError] of listeners) {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
      }
      if (error) reject(error);
      else resolve(value);
    };
    const feed = (w: Worker) => {
      if (next >= todo.length) return;
      const offset = next;
      next = Math.min(todo.length, next + CHUNK);
      const job = ++jobs;
      pending.set(w, job);
      w.postMessage({ type: 'check', job, options, texts, offset, templates: todo.slice(offset, next) } satisfies WorkerRequest);
    };
    const pending = new Map<Worker, number>();
    for (const w of workers) {
      const onMessage = (e: MessageEvent<{ job: number; results?: TemplateResult[]; error?: string }>) => {
        if (finished || pending.get(w) !== e.data.job) return; // an earlier run's chunk
        pending.delete(w);
        if (e.data.error || !e.data.results) return finish(null, new Error(e.data.error ?? 'no results'));
        for (const r of e.data.results) results[r.index] = r;
        done += e.data.results.length;
        if (!progress(done)) return finish(null);
        if (done >= todo.length) return finish(results);
        feed(w);
      };
      const onError = (e: ErrorEvent) => finish(null, new Error(e.message || 'worker failed'));
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      listeners.push([w, onMessage, onError]);
    }
    if (!todo.length) return finish(results);
    for (const w of workers) feed(w);
  });
}

/**
 * Every template checked, in input order (result.index = position), or null once `progress`
 * returns false (a newer run started). `progress(done)` is called after each chunk.
 */
export async function checkTemplates(todo: readonly Template[], options: CheckOptions, texts: WorkerTexts, progress: (done: number) => boolean): Promise<TemplateResult[] | null> {
  const workers = startPool();
  if (workers && !broken) {
    try {
      return await inWorkers(workers, todo, options, texts, progress);
    } catch {
      // a worker that cannot load (or fails) must not leave the seller without an answer
      broken = true;
    }
  }
  if (workers && broken) {
    for (const w of workers) w.terminate();
    pool = null;
  }
  return onPage(todo, options, texts, progress);
}
