// The popup's frame before React: the real App paints a fresh dashboard, its markup is kept (first rows
// only, no tab health), and the next popup paints it as text, marked as updating, from this build only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import type { Dashboard, ThreadSummary } from '../../../storage/protocol';
import { testDashboard } from './dashboard-fixture';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);
const HOSTILE = '<img src=x onerror="alert(1)">\u202Eevil';

const summary = (i: number, state: 'overdue' | 'at-risk'): ThreadSummary => ({
  host: 'sellercentral.amazon.com',
  caseId: `C${state}${i}`,
  buyerAlias: i === 0 ? HOSTILE : `Buyer ${i}`,
  orderId: `111-0000000-${String(i).padStart(7, '0')}`,
  state,
  dueAt: NOW + (state === 'overdue' ? -HOUR : HOUR),
  msLeft: state === 'overdue' ? -HOUR : HOUR,
  estimated: false,
});

const dashboard: Dashboard = testDashboard({
  now: NOW,
  overdue: Array.from({ length: 30 }, (_, i) => summary(i, 'overdue')),
  atRisk: Array.from({ length: 3 }, (_, i) => summary(i, 'at-risk')),
});

let backgroundAnswers = true;
const send = vi.fn(async (type: string): Promise<unknown> => {
  if (type === 'dashboard/get') return backgroundAnswers ? dashboard : new Promise(() => undefined);
  if (type === 'health/get') return { entries: [{ surface: 'inbox', status: 'ok', updatedAt: NOW }] };
  throw new Error(`unexpected ${type}`);
});
vi.mock('../../../storage/client', () => ({ send: (type: string) => send(type) }));

beforeEach(() => {
  backgroundAnswers = true;
  localStorage.clear();
  vi.resetModules();
  document.body.innerHTML = '';
});
afterEach(cleanup);

/** The real popup App over the mocked background: resolves once it has committed a fresh dashboard. */
async function paintFresh(): Promise<HTMLElement> {
  const { App } = await import('../../../entrypoints/popup/App');
  const { snapshotHtml } = await import('../../../entrypoints/popup/snapshot');
  const { writeSnapshot } = await import('../../../lib/popup-memory');
  const onFreshPaint = vi.fn();
  const { container } = render(<App onFreshPaint={() => { onFreshPaint(); writeSnapshot('build-a', snapshotHtml(container)); }} />);
  await waitFor(() => expect(onFreshPaint).toHaveBeenCalled(), { timeout: 3000 });
  await act(async () => undefined);
  return container;
}

function emptyRoot() {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

describe('popup snapshot', () => {
  it('is written once a fresh dashboard is painted in full, with its first rows and no tab health', async () => {
    const live = await paintFresh();
    expect(live.querySelectorAll('[data-rg="overdue-list"] [data-rg-thread]')).toHaveLength(30);
    expect(live.querySelectorAll('[data-rg="health"] [data-rg-surface]')).toHaveLength(1);

    const { paintSnapshot, FIRST_FRAME_ROWS } = await import('../../../entrypoints/popup/snapshot');
    const root = emptyRoot();
    expect(paintSnapshot(root, 'build-a')).toBe(true);
    const rows = [...root.querySelectorAll('[data-rg="overdue-list"] [data-rg-thread]')].map((row) => row.getAttribute('data-thread-id'));
    expect(rows).toEqual(dashboard.overdue.slice(0, FIRST_FRAME_ROWS).map((t) => t.caseId));
    expect(root.querySelectorAll('[data-rg="at-risk-list"] [data-rg-thread]')).toHaveLength(3);
    expect(root.querySelector('[data-rg="more"]')).toBeNull();
    expect(root.querySelector('.rg-count')?.textContent).toBe('30');
    expect(root.querySelector('[data-rg="health"]')?.children).toHaveLength(0);
    // marked as not current, right under the header
    const banner = root.querySelector('[data-rg="popup-stale"]');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.previousElementSibling?.className).toBe('rg-header');
  });

  it('keeps a buyer name with markup and bidi controls as text', async () => {
    await paintFresh();
    const { paintSnapshot } = await import('../../../entrypoints/popup/snapshot');
    const root = emptyRoot();
    paintSnapshot(root, 'build-a');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-thread-id="Coverdue0"] .rg-buyer')?.textContent).toBe(HOSTILE);
  });

  it('is not written while the remembered (stale) dashboard is on screen', async () => {
    localStorage.setItem('rg-popup-last-dashboard', JSON.stringify({ dashboard, counts: { overdue: 30, atRisk: 3 } }));
    backgroundAnswers = false;
    const { App } = await import('../../../entrypoints/popup/App');
    const onFreshPaint = vi.fn();
    const { container } = render(<App onFreshPaint={onFreshPaint} />);
    await waitFor(() => expect(container.querySelector('[data-rg="popup-stale"]')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onFreshPaint).not.toHaveBeenCalled();
  });

  it('is painted only for the build that wrote it, only into an empty root', async () => {
    const { paintSnapshot } = await import('../../../entrypoints/popup/snapshot');
    const { writeSnapshot } = await import('../../../lib/popup-memory');
    writeSnapshot('build-a', '<header class="rg-header"><h1>old</h1></header>');
    expect(paintSnapshot(emptyRoot(), 'build-b')).toBe(false);
    const busy = emptyRoot();
    busy.textContent = 'React got here first';
    expect(paintSnapshot(busy, 'build-a')).toBe(false);
    expect(busy.textContent).toBe('React got here first');
    expect(paintSnapshot(emptyRoot(), 'build-a')).toBe(true);
  });
});

describe('popup memory', () => {
  it('ignores a damaged copy and forgets everything on wipe', async () => {
    const memory = await import('../../../lib/popup-memory');
    localStorage.setItem('rg-popup-snapshot', '{not json');
    expect(memory.readSnapshot('build-a')).toBeNull();
    localStorage.setItem('rg-popup-snapshot', JSON.stringify({ build: 'build-a', html: 42 }));
    expect(memory.readSnapshot('build-a')).toBeNull();
    memory.writeSnapshot('build-a', '<p>x</p>');
    localStorage.setItem(memory.LAST_DASHBOARD_KEY, '{}');
    memory.forgetPopupMemory();
    expect(memory.readSnapshot('build-a')).toBeNull();
    expect(localStorage.getItem(memory.LAST_DASHBOARD_KEY)).toBeNull();
  });

  it('a full or missing storage costs the snapshot, never the popup', async () => {
    const memory = await import('../../../lib/popup-memory');
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => memory.writeSnapshot('build-a', '<p>x</p>')).not.toThrow();
    setItem.mockRestore();
    expect(memory.readSnapshot('build-a')).toBeNull();
  });

  it('names the build by the entry chunk path (its hash changes with any chunk it loads)', async () => {
    const { buildFingerprint } = await import('../../../lib/popup-memory');
    expect(buildFingerprint('chrome-extension://abc/chunks/popup-BsbaDAHH.js')).toBe('/chunks/popup-BsbaDAHH.js');
    expect(buildFingerprint('chrome-extension://abc/chunks/popup-BsbaDAHH.js')).not.toBe(buildFingerprint('chrome-extension://abc/chunks/popup-Zx81kk2a.js'));
  });
});
