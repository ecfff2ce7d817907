import { describe, expect, it } from 'vitest';
import { adoptCss, createShadowHost } from '../../../components/shadow-host';
import { RG_UI_ATTR } from '../../../lib/deep-dom';

describe('shadow host (one helper for every piece of our UI on a page)', () => {
  it('marks the host as ours, opens its shadow root and sets the attributes', () => {
    const { host, root } = createShadowHost(document, 'span', '.x { color: red; }', { 'data-rg': 'probe', role: 'status' });
    expect(host.hasAttribute(RG_UI_ATTR)).toBe(true);
    expect(host.shadowRoot).toBe(root);
    expect(host.getAttribute('data-rg')).toBe('probe');
    expect(host.getAttribute('role')).toBe('status');
  });

  it('shares one constructed sheet per CSS text, or gives each root a <style>', () => {
    const a = createShadowHost(document, 'span', '.y { color: blue; }').root;
    const b = createShadowHost(document, 'span', '.y { color: blue; }').root;
    if (a.adoptedStyleSheets.length) {
      expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    } else {
      expect(a.querySelector('style')?.textContent).toBe('.y { color: blue; }');
    }
  });

  it("a frame's root gets a <style> (a constructed sheet belongs to the document that made it)", () => {
    const other = document.implementation.createHTMLDocument('frame');
    const host = other.createElement('span');
    const root = host.attachShadow({ mode: 'open' });
    adoptCss(root, '.z { color: green; }');
    expect(root.adoptedStyleSheets.length).toBe(0);
    expect(root.querySelector('style')?.textContent).toBe('.z { color: green; }');
  });
});
