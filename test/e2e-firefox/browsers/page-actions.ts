// In-page helpers shared by both adapters. Functions passed to evaluate are serialised: they must not
// close over anything.
import type { RgPage } from './types';

/**
 * Finds the first element for `selector` through open shadow roots. `a >>> b` means: b inside the
 * shadow root of (or below) the element a (Playwright's CSS pierces shadow roots by itself; this
 * spells it out so both browsers find the same element).
 */
export const centerOf = (selector: string): { x: number; y: number } | null => {
  const deep = (root: Document | ShadowRoot | Element, sel: string): Element | null => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(el.shadowRoot, sel);
        if (inner) return inner;
      }
    }
    return null;
  };
  let found: Element | null = null;
  for (const part of selector.split('>>>').map((s) => s.trim())) {
    found = found ? (found.shadowRoot && deep(found.shadowRoot, part)) || deep(found, part) : deep(document, part);
    if (!found) return null;
  }
  if (!found) return null;
  found.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = found.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

/** Polls `fn(arg)` in the page until it returns a truthy value (returned), or throws after `timeout`. */
export async function until<R, A = undefined>(page: RgPage, fn: (arg: A) => R, arg?: A, { timeout = 10_000, interval = 100, what = 'condition' } = {}): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg as A);
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      // a navigation in progress destroys the context: try again
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
