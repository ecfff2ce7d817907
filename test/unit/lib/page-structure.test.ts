// "Copy page structure" keeps the page's shape and nothing a buyer wrote: no text, name, id, address
// or number survives, in the light DOM, shadow roots or attributes; long alike lists are folded.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pageStructure, textKinds, tokenKind } from '../../../lib/page-structure';

afterEach(() => {
  document.body.innerHTML = '';
});

const SECRETS = ['Carla', 'Mendoza', 'strainer', '111-0000003-0000003', 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2', 'carla.m@example.com', '0151', '23456789', 'Nov 28, 2026', 'onerror', 'alert', 'secretshop'];

function inbox() {
  document.body.innerHTML = `
    <div id="app" class="inbox-root" data-owner="Carla Mendoza">
      <ul role="list" class="rows">
        <li role="listitem" class="row" data-conv-key="b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2" title="Nov 28, 2026 9:15 AM PST">
          <a href="/messaging/inbox?fi=responseNeeded&cc=b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2">Carla Mendoza</a>
          <span class="when">Nov 28, 2026</span><span>Missing strainer (Order: 111-0000003-0000003)</span>
        </li>
        ${'<li role="listitem" class="row"><span>Alike row</span></li>'.repeat(20)}
      </ul>
      <section id="pane"></section>
      <img src="https://secretshop.example/logo.png" alt="<img src=x onerror=alert(1)>">
      <script type="application/json">{"buyer":"Carla Mendoza"}</script>
    </div>`;
  const shadow = document.getElementById('pane')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<div class="bubble in"><b>Carla</b><p>Call me at 0151 23456789 or carla.m@example.com about the strainer</p></div>';
}

describe('pageStructure', () => {
  it('keeps tags, ids, classes, roles, attribute names and shadow roots', () => {
    inbox();
    const out = pageStructure(document);
    expect(out).toMatch(/div#app\.inbox-root \[data-owner=\{word×2\}\]/);
    expect(out).toContain("li.row [role=listitem data-conv-key={case-id} title={word number , number date word×2}]");
    expect(out).toMatch(/a \[href=\{url \/messaging\/inbox \?fi cc\}\]/);
    expect(out).toContain('#shadow-root');
    expect(out).toContain('div.bubble.in');
    expect(out).toMatch(/"word×2 \( word : order-id \)"/);
    expect(out).toMatch(/… ×17 more alike/);
  });

  it('lets no buyer text, name, id, address or number through', () => {
    inbox();
    const out = pageStructure(document);
    for (const secret of SECRETS) expect(out).not.toContain(secret);
  });

  it('no word of any text or attribute value survives (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{6,12}$/), { minLength: 1, maxLength: 6 }), (words) => {
        document.body.innerHTML = '';
        const div = document.createElement('div');
        div.setAttribute('data-x', words.join(' '));
        div.setAttribute('title', words.join('-'));
        div.textContent = words.join(' ');
        document.body.append(div);
        const out = pageStructure(document);
        return words.every((w) => !out.includes(w));
      }),
      { numRuns: 200 },
    );
  });

  it('says what each token is', () => {
    expect(['111-0000003-0000003', 'D01-1234567-1234567', 'b7e41d02-98c3-4f6a-8d25-7a3e90c1f4b2', '28.11.2026', '9:15', '42', 'a@b.c', 'www.x.com', 'AB12', 'Hello'].map(tokenKind)).toEqual([
      'order-id', 'order-id', 'case-id', 'date', 'date', 'number', 'email', 'url', 'code', 'word',
    ]);
    expect(textKinds('  Where is my order?  ')).toBe('word×4 ?');
    expect(textKinds('')).toBe('');
  });

  it('is cut at a bound and never throws', () => {
    document.body.innerHTML = '<div></div>'.repeat(50);
    expect(pageStructure(document, { maxElements: 10 })).toMatch(/cut at 10 elements/);
  });
});
