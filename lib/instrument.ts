// Timing marks for `npm run bench`, compiled in only for development and bench builds
// (RG_INSTRUMENT=1): a production build leaves nothing of ours in Seller Central's performance
// timeline (a mark a second is ~86,000 entries a day that the page never clears) or its DOM.
declare const __RG_INSTRUMENT__: boolean | undefined;

export const INSTRUMENTED: boolean = typeof __RG_INSTRUMENT__ === 'boolean' && __RG_INSTRUMENT__;

/** `performance.measure(name)` from `start` to now, in instrumented builds only. */
export function measure(name: string, start: number): void {
  if (INSTRUMENTED) performance.measure(name, { start, end: performance.now() });
}
