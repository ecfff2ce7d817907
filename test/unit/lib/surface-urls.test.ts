// Seller Central URLs in one place: which surface a URL is, and the deep links we open - each one
// read back by the same case-id reader the inbox uses.
import { describe, expect, it } from 'vitest';
import { isContactBuyerPage, isInboxPage, isOrderDetailsPage, isOrdersListPage, isReviewPage, orderDetailsLink, threadLink } from '../../../lib/surface-urls';
import { caseIdFromUrl } from '../../../lib/inbox-page/context';

const u = (path: string) => new URL(`https://sellercentral.amazon.de${path}`);

describe('surface URLs', () => {
  it('tells the surfaces apart', () => {
    expect(isInboxPage(u('/messaging/inbox?fi=all'))).toBe(true);
    expect(isInboxPage(u('/messaging/inbox-v3'))).toBe(true);
    expect(isContactBuyerPage(u('/messaging/contact/returns'))).toBe(true);
    expect(isReviewPage(u('/messaging/reviews'))).toBe(true);
    expect(isOrderDetailsPage(u('/orders-v3/order/302-0000008-0000008'))).toBe(true);
    expect(isOrdersListPage(u('/orders-v3/mfn/unshipped'))).toBe(true);
    expect(isOrdersListPage(u('/orders-v3/order/302-0000008-0000008'))).toBe(false);
  });

  it('builds thread links the inbox reads back, and order-search links for threads known by order id', () => {
    const caseId = 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2';
    const link = threadLink('sellercentral.amazon.de', caseId);
    expect(link).toBe(`https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=${caseId}&cc=${caseId}`);
    expect(caseIdFromUrl(link)).toBe(caseId);
    expect(isInboxPage(new URL(link))).toBe(true);
    expect(threadLink('sellercentral.amazon.com', 'order:111-0000002-0000002')).toBe('https://sellercentral.amazon.com/messaging/inbox?fi=search&ss=111-0000002-0000002');
    expect(caseIdFromUrl(threadLink('x', 'a&b'))).toBe('a&b');
    expect(orderDetailsLink('sellercentral.amazon.co.jp', '503-0000009-0000009')).toBe('https://sellercentral.amazon.co.jp/orders-v3/order/503-0000009-0000009');
  });
});
