// The templates page without workers (a browser or policy that refuses them): the same checks run
// on the page in short slices, results keep the input order, progress is reported, and a newer run
// stops an older one (progress returning false).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function poolWithoutWorkers() {
  vi.stubGlobal('Worker', undefined);
  return import('../../../entrypoints/templates/check-pool');
}

const templates = Array.from({ length: 60 }, (_, i) => ({ name: `T${i}`, text: i % 3 ? `Thank you for order {{order_id}} number ${i}.` : `Visit www.shop-example.com ${i}`, file: 'x.csv' }));

describe('checkTemplates on the page (no workers)', () => {
  it('checks every template in input order and reports progress up to the total', async () => {
    const { checkTemplates } = await poolWithoutWorkers();
    const seen: number[] = [];
    const results = await checkTemplates(templates, { uiLanguage: 'en' }, {}, (done) => (seen.push(done), true));
    expect(results!.map((r) => r.index)).toEqual(templates.map((_, i) => i));
    expect(results!.filter((r) => r.block > 0).map((r) => r.index)).toEqual(templates.map((_, i) => i).filter((i) => i % 3 === 0));
    expect(seen.at(-1)).toBe(60);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('a contact placeholder gets the message the page translated, the placeholder put in', async () => {
    const { checkTemplates } = await poolWithoutWorkers();
    const { PLACEHOLDER } = await import('../../../entrypoints/templates/check-worker-texts');
    const [r] = (await checkTemplates([{ name: 'a', text: 'See {{shop_url}} for the manual.' }], {}, { contactPlaceholder: `Hier kommt ${PLACEHOLDER} hin.` }, () => true))!;
    expect(r!.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([['url', 'warn', 'Hier kommt {{shop_url}} hin.']]);
  });

  it('stops when progress says a newer run started', async () => {
    const { checkTemplates } = await poolWithoutWorkers();
    expect(await checkTemplates(templates, {}, {}, () => false)).toBeNull();
  });
});
