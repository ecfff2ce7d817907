// observeDeep wakes for the page's changes (also inside open shadow roots), not for our own UI being
// added (1,000 badges would cost a second full scan) - but it does when our UI is taken away.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeDeep } from '../../../lib/observe';
import { openShadowRoots, RG_UI_ATTR, withShadowRootsCached } from '../../../lib/deep-dom';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
afterEach(() => {
  document.body.innerHTML = '';
});

async function watched() {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<div role="listitem" class="row"></div>';
  document.body.append(host);
  const controller = new AbortController();
  const callback = vi.fn();
  observeDeep(document, callback, { signal: controller.signal, pollMs: 0 });
  await frame();
  callback.mockClear();
  return { row: host.shadowRoot!.querySelector('.row')!, callback, stop: () => controller.abort() };
}

/** a piece of our UI, as the badges mark themselves */
function ownUi() {
  const badge = Object.assign(document.createElement('span'), { textContent: 'badge' });
  badge.setAttribute(RG_UI_ATTR, '');
  return badge;
}

describe('observeDeep', () => {
  it('wakes for the page changing a row inside a shadow root', async () => {
    const { row, callback, stop } = await watched();
    row.append('new text');
    await frame();
    expect(callback).toHaveBeenCalledTimes(1);
    stop();
  });

  it('sleeps through our own UI being added or changed', async () => {
    const { row, callback, stop } = await watched();
    const badge = ownUi();
    row.append(badge);
    badge.setAttribute('data-state', 'overdue');
    await frame();
    expect(callback).not.toHaveBeenCalled();
    stop();
  });

  it('wakes when our UI is removed (the page may have re-rendered the row without it)', async () => {
    const { row, callback, stop } = await watched();
    const badge = ownUi();
    row.append(badge);
    await frame();
    badge.remove();
    await frame();
    expect(callback).toHaveBeenCalledTimes(1);
    stop();
  });

  it('wakes when a page node comes with ours in one insertion', async () => {
    const { row, callback, stop } = await watched();
    const badge = ownUi();
    row.append(badge, document.createElement('b'));
    await frame();
    expect(callback).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('withShadowRootsCached', () => {
  it('walks once per root inside a pass, afresh outside it', () => {
    const first = document.createElement('div');
    first.attachShadow({ mode: 'open' });
    document.body.append(first);
    withShadowRootsCached(() => {
      expect(openShadowRoots(document)).toHaveLength(1);
      const late = document.createElement('div');
      late.attachShadow({ mode: 'open' });
      document.body.append(late);
      // same pass: the remembered answer (a pass reads the page, it does not add shadow roots)
      expect(openShadowRoots(document)).toHaveLength(1);
    });
    expect(openShadowRoots(document)).toHaveLength(2);
  });

  it('forgets after a pass that threw', () => {
    expect(() => withShadowRootsCached(() => {
      openShadowRoots(document);
      throw new Error('boom');
    })).toThrow('boom');
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    expect(openShadowRoots(document)).toHaveLength(1);
  });
});
