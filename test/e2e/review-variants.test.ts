// Review guard across marketplaces and UI languages (the selector expectations of every surface are
// in selector-table.test.ts).
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { openGuarded, withOrderJsonFailing } from './review-helpers';
import { ORDER_IDS } from '../fixtures/seller-central/scenarios';

const ext = useExtension();
const page = useSharedPage(ext);

const guarded = (url: string) => openGuarded(page, url);

describe('marketplaces and UI languages', () => {
  it('DE marketplace in the German UI: sweet spot, dates on the Berlin calendar', async () => {
    const guard = await guarded(`https://sellercentral.amazon.de/orders-v3/order/${ORDER_IDS.de}`);
    expect(guard).toMatchObject({ reason: 'eligible', ariaDisabled: null });
    expect(guard.text).toMatch(/sweet spot/i);
  });

  it('JP marketplace in the Japanese UI: too early', async () => {
    const guard = await guarded(`https://sellercentral.amazon.co.jp/orders-v3/order/${ORDER_IDS.jp}`);
    expect(guard).toMatchObject({ reason: 'too-early', ariaDisabled: 'true' });
  });

  it.each([
    ['DE, German page text', `https://sellercentral.amazon.de/orders-v3/order/${ORDER_IDS.de}`, 'eligible'],
    ['JP, Japanese page text', `https://sellercentral.amazon.co.jp/orders-v3/order/${ORDER_IDS.jp}`, 'too-early'],
    ['UK, en-GB page text', `https://sellercentral.amazon.co.uk/orders-v3/order/${ORDER_IDS.uk}`, 'eligible'],
  ])('%s: read when the order JSON fails', async (_name, url, reason) => {
    await withOrderJsonFailing(ext, async () => {
      const guard = await guarded(url);
      expect(guard.reason).toBe(reason);
      expect(guard.text).toMatch(/read from the page text/);
    });
  });
});
