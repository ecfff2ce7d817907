// The badges on the inbox rows: created filled in, placed without breaking the host's markup,
// re-created when the host re-renders a row, removed when their thread no longer waits, and
// repainted by one shared ticker.
import type { CountdownLanguage } from '../../rules/sla';
import type { ThreadRow } from './page';
import { createBadge, updateBadge, type BadgeModel } from './badges';
import type { Deadline } from './thread-book';

export interface KeyedRow {
  row: ThreadRow;
  key: string;
}

// Containers whose children must be cells or items (a badge there breaks the host's table or list)
const STRICT_PARENT = 'tr, thead, tbody, table, ul, ol, dl, select, [role="row"], [role="grid"], [role="list"], [role="table"]';
const CELL = 'td, th, li, [role="cell"], [role="gridcell"], [role="listitem"]';

/** Right after the row's time when that is allowed there; else inside the time's cell, or the row's last cell. */
function placeBadge(row: ThreadRow, badge: HTMLElement) {
  const time = row.timeElement;
  if (time && !time.matches(CELL) && !time.parentElement?.matches(STRICT_PARENT)) return time.after(badge);
  if (time) return (time.matches(CELL) ? time : (time.closest(CELL) ?? time)).append(badge);
  const cells = row.row.matches(STRICT_PARENT) ? [...row.row.children].filter((c) => c.matches(CELL)) : [];
  (cells.at(-1) ?? row.row).append(badge);
}

export class BadgeLayer {
  private readonly badges = new Map<string, { element: HTMLElement; model: BadgeModel }>();
  lang: CountdownLanguage = 'en';

  constructor(private readonly marketplaceTimeZone: string) {}

  /** Badges for the rows whose thread waits (`deadlineOf` gives none otherwise); others removed. */
  place(rows: readonly KeyedRow[], deadlineOf: (row: KeyedRow) => Deadline | null | undefined, at: number): void {
    const seen = new Set<string>();
    for (const keyed of rows) {
      const { row, key } = keyed;
      const deadline = deadlineOf(keyed);
      if (!deadline || seen.has(key)) continue;
      seen.add(key);
      const model: BadgeModel = { threadId: key, marketplaceTimeZone: this.marketplaceTimeZone, ...deadline };
      const badge = this.badges.get(key);
      // the host re-renders rows: a badge whose row vanished is re-created in the new row
      if (!badge || !badge.element.isConnected || !row.row.contains(badge.element)) {
        badge?.element.remove();
        // filled in before it joins the page: one insertion for the page's observers to see
        const element = createBadge(row.row.ownerDocument);
        updateBadge(element, model, at, this.lang);
        placeBadge(row, element);
        this.badges.set(key, { element, model });
        continue;
      }
      badge.model = model;
      updateBadge(badge.element, model, at, this.lang);
    }
    for (const [key, badge] of this.badges) {
      if (seen.has(key)) continue;
      badge.element.remove();
      this.badges.delete(key);
    }
  }

  tick(at: number): void {
    for (const badge of this.badges.values()) updateBadge(badge.element, badge.model, at, this.lang);
  }

  clear(): void {
    for (const badge of this.badges.values()) badge.element.remove();
    this.badges.clear();
  }
}
