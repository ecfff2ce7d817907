// Popup components with React Testing Library: each overdue / at-risk thread is a link with the buyer,
// the order and the time left or over; the CRT zone is said in words; the 14-day chart has a table
// twin for screen readers; health entries show their status. (No browser i18n here: t() gives keys.)
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ThreadList } from '../../../components/ThreadList';
import { CrtCard } from '../../../components/CrtCard';
import { HealthList } from '../../../components/HealthList';
import type { ThreadSummary } from '../../../storage/protocol';

afterEach(cleanup);
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);

const thread = (caseId: string, msLeft: number, extra: Partial<ThreadSummary> = {}): ThreadSummary => ({
  host: 'sellercentral.amazon.com',
  caseId,
  state: msLeft < 0 ? 'overdue' : 'at-risk',
  dueAt: NOW + msLeft,
  msLeft,
  estimated: false,
  url: `https://sellercentral.amazon.com/messaging/inbox-v3?cc=${caseId}`,
  ...extra,
});

describe('ThreadList', () => {
  it('lists each thread as a link with buyer, order and time over or left', () => {
    render(
      <ThreadList
        kind="overdue-list"
        now={NOW}
        empty="none"
        threads={[thread('C1', -2 * HOUR, { buyerAlias: 'Dan', orderId: '111-0000004-0000004' }), thread('C2', 3 * HOUR - 12 * 60_000, { estimated: true })]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-thread-id'))).toEqual(['C1', 'C2']);
    const first = within(items[0]!).getByRole('link');
    expect(first.getAttribute('href')).toContain('cc=C1');
    expect(first.textContent).toContain('Dan');
    expect(first.textContent).toContain('popupOrder(111-0000004-0000004)');
    expect(first.textContent).toContain('popupOverdueBy(2 h)');
    // no alias: the case id stands in; an estimate is marked
    const second = within(items[1]!).getByRole('link');
    expect(second.textContent).toContain('C2');
    expect(second.textContent).toContain('popupLeft(2 h 48 min)');
    expect(within(items[1]!).getByTitle('popupEstimated')).toBeTruthy();
  });

  it('names each thread\'s marketplace: one order number on two marketplaces is two threads', () => {
    render(
      <ThreadList
        kind="overdue-list"
        now={NOW}
        empty="none"
        threads={[thread('C1', -HOUR, { orderId: '111-0000004-0000004', marketplace: 'US' }), thread('C2', -HOUR, { orderId: '111-0000004-0000004', marketplace: 'CA' })]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-marketplace'))).toEqual(['US', 'CA']);
    expect(within(items[1]!).getByTitle('popupMarketplace(CA)').textContent).toBe('CA');
  });

  it('says so when the list is empty', () => {
    render(<ThreadList kind="at-risk-list" now={NOW} empty="Nothing at risk" threads={[]} />);
    expect(screen.getByRole('listitem').textContent).toBe('Nothing at risk');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('CrtCard', () => {
  const daily = Array.from({ length: 14 }, (_, i) => ({ day: `2026-11-${String(15 + i).padStart(2, '0')}`, counted: i % 3, onTime: i % 3 === 2 ? 1 : i % 3 }));
  const crt = [
    { window: 7 as const, value: 85.5, zone: 'yellow' as const, counted: 20, late: 3 },
    { window: 30 as const, value: 95, zone: 'safe' as const, counted: 60, late: 3 },
    { window: 90 as const, value: null, zone: null, counted: 0, late: 0 },
  ];

  it('shows each window with its zone in words, the 7-day zone on the card', () => {
    const { container } = render(<CrtCard crt={crt} daily={daily} />);
    const card = container.querySelector('[data-rg="crt"]')!;
    expect(card.getAttribute('data-zone')).toBe('yellow');
    expect(card.getAttribute('data-value')).toBe('85.5');
    expect(card.querySelector('[data-window="7"]')!.textContent).toContain('popupZoneYellow');
    expect(card.querySelector('[data-window="30"]')!.textContent).toContain('popupZoneSafe');
    expect(card.querySelector('[data-window="90"]')!.textContent).toContain('–');
    expect(screen.getByText('popupCrtNote')).toBeTruthy();
  });

  it('says "not enough data" while the 7-day window has too few answered messages (no 0.0 % red)', () => {
    const { container } = render(<CrtCard crt={[{ window: 7, value: null, zone: null, counted: 2, late: 2 }, ...crt.slice(1)]} daily={daily} />);
    const card = container.querySelector('[data-rg="crt"]')!;
    expect(card.getAttribute('data-zone')).toBe('no-data');
    expect(card.hasAttribute('data-value')).toBe(false);
    expect(screen.getByText('popupCrtNoData')).toBeTruthy();
  });

  it('draws 14 days and gives screen readers the same numbers as a table', () => {
    const { container } = render(<CrtCard crt={crt} daily={daily} />);
    expect(container.querySelectorAll('[data-rg="crt-chart"] svg g[data-day]')).toHaveLength(14);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(14);
    expect(rows[0]!.textContent).toContain('popupChartEmpty(2026-11-15)');
    expect(rows[2]!.textContent).toContain('popupChartDay(2026-11-17, 1, 2)');
    // bars are proportional: a day with 2 counted is twice as tall as a day with 1
    const height = (day: string) =>
      [...container.querySelectorAll(`g[data-day="${day}"] rect`)].reduce((sum, r) => sum + Number(r.getAttribute('height')), 0);
    expect(height('2026-11-17')).toBeCloseTo(2 * height('2026-11-16'));
  });
});

describe('HealthList', () => {
  it('shows each surface with its status and detail', () => {
    render(
      <HealthList
        entries={[
          { surface: 'inbox', status: 'ok', at: NOW },
          { surface: 'composer', status: 'not-found', detail: 'no reply box', at: NOW },
          { surface: 'review-guard', status: 'partial', detail: "Amazon's data did not answer", at: NOW },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['ok', 'not-found', 'partial']);
    expect(items[2]!.textContent).toContain('status_partial');
    expect(items[1]!.textContent).toContain('no reply box');
  });
});
