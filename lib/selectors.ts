// Host knowledge as selector lists with alternatives (Refined GitHub's lesson): newest markup first,
// legacy after, each named after the variant it serves. test/e2e/selector-table.test.ts asserts what
// each alternative finds on each committed fixture, so a markup change shows up in one place.
import { querySelectorAllDeep } from './deep-dom';

export interface SelectorAlternative {
  variant: string;
  selector: string;
  /** also search inside open shadow roots */
  deep?: boolean;
}

export type SelectorList = readonly SelectorAlternative[];

export interface Found<E extends Element> {
  element: E;
  variant: string;
}

/** First alternative that matches wins; elements are returned in document order for that variant. */
export function findAll<E extends Element = HTMLElement>(root: ParentNode, list: SelectorList): Found<E>[] {
  for (const alt of list) {
    const elements = alt.deep ? querySelectorAllDeep<E>(root, alt.selector) : [...root.querySelectorAll<E>(alt.selector)];
    if (elements.length) return elements.map((element) => ({ element, variant: alt.variant }));
  }
  return [];
}

export function findFirst<E extends Element = HTMLElement>(root: ParentNode, list: SelectorList): Found<E> | null {
  return findAll<E>(root, list)[0] ?? null;
}
