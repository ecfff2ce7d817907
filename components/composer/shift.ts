// Keeps highlights glued to the text between two checks: after an edit, findings before the edit stay,
// findings after it move by the length change, findings the edit touched are dropped until the next
// check. This is what makes a keystroke repaint in the same frame while the real check waits for idle.
import type { Finding } from '../../rules/compliance/types';

export interface Edit {
  /** first changed UTF-16 offset */
  start: number;
  /** end of the changed region in the OLD text */
  oldEnd: number;
  /** end of the changed region in the NEW text */
  newEnd: number;
}

/** The smallest single region that turns `before` into `after` (common prefix and suffix). */
export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

export function shiftFindings(findings: readonly Finding[], edit: Edit): Finding[] {
  const delta = edit.newEnd - edit.oldEnd;
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.end <= edit.start) kept.push(f);
    else if (f.start >= edit.oldEnd) kept.push({ ...f, start: f.start + delta, end: f.end + delta });
    // else: the edit touched this finding; the next check decides
  }
  return kept;
}
