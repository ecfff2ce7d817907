// The open thread's "No response needed" controls, found once per read of the page: the row reader
// fences them off (a row never reaches into the open thread) and the open-thread reader reports them.
import { isNoResponseNeededLabel } from '../../rules/inbox-labels';
import { labelText, queryAllDeep, walkElements } from './walk';

/** A control, or the <label> of a checkbox (a click on it toggles the box). */
export const CLICKABLE = 'a, button, label, kat-button, kat-link, kat-checkbox, [role="button"], [role="link"], [role="checkbox"]';

// keyed by the pass's walk of the root: a new read of the page walks anew and finds them anew
const found = new WeakMap<readonly Element[], Element[]>();

export function noResponseNeededControls(root: ParentNode): Element[] {
  const walk = walkElements(root);
  let controls = found.get(walk);
  if (!controls) {
    controls = queryAllDeep(root, CLICKABLE).filter((el) => isNoResponseNeededLabel(labelText(el) || el.textContent || ''));
    found.set(walk, controls);
  }
  return controls;
}
