// The popup paints the last dashboard it showed before the background answers (a large history may
// take a while), marked stale; a damaged copy is ignored rather than shown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../../../storage/protocol';
import { testDashboard } from './dashboard-fixture';

const dashboard: Dashboard = testDashboard({
  now: Date.UTC(2026, 10, 28, 12),
  overdue: [{ host: 'sellercentral.amazon.com', caseId: 'C1', state: 'overdue', dueAt: Date.UTC(2026, 10, 28, 10), msLeft: -7_200_000, estimated: false }],
});

async function freshStore() {
  vi.resetModules();
  return (await import('../../../entrypoints/popup/store')).usePopupStore;
}

beforeEach(() => localStorage.clear());

describe('popup store', () => {
  it('starts from the remembered dashboard, marked stale, with the full counts', async () => {
    localStorage.setItem('rg-popup-last-dashboard', JSON.stringify({ dashboard, counts: { overdue: 120, atRisk: 3 } }));
    const state = (await freshStore()).getState();
    expect(state.stale).toBe(true);
    expect(state.dashboard?.overdue.map((t) => t.caseId)).toEqual(['C1']);
    expect(state.counts).toEqual({ overdue: 120, atRisk: 3 });
  });

  it('ignores a damaged or foreign copy', async () => {
    localStorage.setItem('rg-popup-last-dashboard', JSON.stringify({ dashboard: { ...dashboard, overdue: 'x' }, counts: { overdue: 1, atRisk: 0 } }));
    expect((await freshStore()).getState()).toMatchObject({ dashboard: null, stale: false, counts: null });
    localStorage.setItem('rg-popup-last-dashboard', '{not json');
    expect((await freshStore()).getState().dashboard).toBeNull();
  });

  it('starts empty when nothing was remembered', async () => {
    expect((await freshStore()).getState()).toMatchObject({ dashboard: null, stale: false });
  });
});
