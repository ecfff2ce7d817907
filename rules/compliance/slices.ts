// A long paste checked in slices, so the page is never frozen: the checker costs about a second per
// megabyte of varied text, and a content script runs on the page's main thread. The caller yields
// between slices (`between`); the findings are those of checkMessage on each slice, shifted to the
// whole text. Slices end at a paragraph break, else a line break, else a sentence end, so no phrase
// and no clause guard is cut; only the reply-to-the-buyer context (accepting an off-Amazon proposal)
// is read in the first slice alone, where a reply answers it.
import { checkMessage } from './check';
import type { CheckOptions, Finding } from './types';

/** Texts up to this length are checked in one go (a few ms); longer ones in slices of about this size. */
export const SLICE_CHARS = 20_000;

const BREAKS = [/\n[ \t]*\n/g, /\n/g, /[.!?。！？](?=\s)/g] as const;

/** Where each slice ends: the last paragraph, line or sentence break before `max` characters (a hard cut if none). */
export function sliceEnds(text: string, max = SLICE_CHARS): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from + (max >> 1), from + max);
    let cut = -1;
    for (const re of BREAKS) {
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
      if (cut >= 0) break;
    }
    // never inside a surrogate pair
    let end = from + (max >> 1) + (cut >= 0 ? cut : window.length);
    if (cut < 0 && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end -= 1;
    ends.push(end);
    from = end;
  }
  ends.push(text.length);
  return ends;
}

export async function checkInSlices(text: string, options: CheckOptions = {}, between: () => Promise<void> = () => Promise.resolve()): Promise<Finding[]> {
  if (text.length <= SLICE_CHARS) return checkMessage(text, options);
  const out: Finding[] = [];
  let from = 0;
  for (const [i, end] of sliceEnds(text).entries()) {
    if (i > 0) await between();
    const sliceOptions = i === 0 ? options : { ...options, buyerMessage: undefined };
    for (const f of checkMessage(text.slice(from, end), sliceOptions)) out.push({ ...f, start: f.start + from, end: f.end + from });
    from = end;
  }
  return out;
}
