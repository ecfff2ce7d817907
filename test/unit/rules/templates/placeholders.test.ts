// @vitest-environment node
// Invariant guarded: placeholders in templates are not findings, yet masking them never moves an
// offset (findings point into the template as written) and never hides a real finding written in
// brackets ("[Important]", "<www.shop.com>", "[shop.com]").
import { describe, expect, it } from 'vitest';
import { contactPlaceholder, findPlaceholders, maskPlaceholders, templateChecker } from '../../../../rules/templates';

describe('findPlaceholders', () => {
  it.each([
    ['{{name}}'],
    ['{{ buyer.first_name }}'],
    ['{% if gift %}'],
    ['${order_id}'],
    ['{name}'],
    ['[Buyer Name]'],
    ['[Order-ID]'],
    ['<name>'],
    ['<Buyer Name>'],
    ['%BUYER_NAME%'],
    ['##tracking##'],
    ['【購入者名】'],
    ['«Nom»'],
    ['[Käufername]'],
  ])('%s is a placeholder', (p) => {
    expect(findPlaceholders(`Hello ${p}, thanks.`).map((s) => s.text)).toEqual([p]);
  });

  it.each([
    ['20% off, and 30% more'],
    ['<https://shop.com>'],
    ['[shop.com]'],
    ['<a href="x">'],
    ['[name@example.com]'],
    ['{}'],
    ['[]'],
    ['plain text with no braces'],
  ])('%s is not a placeholder', (s) => {
    expect(findPlaceholders(s)).toEqual([]);
  });

  it('stays linear on a long hostile run of openers', () => {
    const hostile = '{{'.repeat(20_000) + '[a'.repeat(20_000) + '%a'.repeat(20_000);
    const t0 = performance.now();
    findPlaceholders(hostile);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('maskPlaceholders', () => {
  it('replaces each placeholder with spaces of the same length (UTF-16 offsets unchanged)', () => {
    const text = 'Hi 【購入者名】, order {{order_id}} 😀 for <name>.';
    const { masked, placeholders } = maskPlaceholders(text);
    expect(masked.length).toBe(text.length);
    expect(placeholders.map((p) => p.text)).toEqual(['【購入者名】', '{{order_id}}', '<name>']);
    for (const p of placeholders) expect(masked.slice(p.start, p.end).trim()).toBe('');
    expect(masked.replace(/ +/g, ' ')).toBe('Hi , order 😀 for .');
  });

  it('keeps a candidate the caller rejects', () => {
    const { masked } = maskPlaceholders('[Important] {{name}}', (p) => p.text !== '[Important]');
    expect(masked).toBe('[Important]         ');
  });
});

describe('templates checked with placeholders masked', () => {
  const check = templateChecker();

  it('a template made only of placeholders and polite text has no findings', () => {
    const r = check({ name: 'a', text: 'Dear [Buyer Name], your order {{order_id}} for ${product} has shipped with %CARRIER%. Kind regards, <seller name>' }, 0);
    expect(r.findings).toEqual([]);
    expect(r.placeholders).toHaveLength(5);
  });

  it('findings keep the offsets of the template as written, around and after placeholders', () => {
    const text = 'Hello {{buyer_name}} 【購入者名】, please visit www.shop-example.com for {{product}}.';
    const r = check({ name: 'b', text }, 0);
    const url = r.findings.find((f) => f.rule === 'url');
    expect(url && text.slice(url.start, url.end)).toBe('www.shop-example.com');
  });

  it('"[Important]" in brackets is still the important-tag rule, not a placeholder', () => {
    const text = '[Important] Hello {{name}}, your parcel is on its way.';
    const r = check({ name: 'c', text }, 0);
    expect(r.findings.map((f) => f.rule)).toContain('important_tag');
    expect(r.block).toBeGreaterThan(0);
  });
});

describe('placeholders named like contact details', () => {
  it.each([
    ['{{shop_url}}', 'url'],
    ['[Your website]', 'url'],
    ['<Webseite>', 'url'],
    ['[email address]', 'email'],
    ['{{support_email}}', 'email'],
    ['%PHONE%', 'phone'],
    ['[Telefonnummer]', 'phone'],
    ['{{whatsapp}}', 'phone'],
    ['【メールアドレス】', 'email'],
    ['{{instagram}}', 'offplatform'],
    ['[Buyer Name]', null],
    ['{{order_id}}', null],
    ['<tracking number>', null],
  ])('%s -> %s', (text, rule) => {
    expect(contactPlaceholder({ text })).toBe(rule);
  });

  it('are a warn finding of that rule over the placeholder, named by entry', () => {
    const text = 'Hi [Buyer Name], the manual is on {{shop_url}}.';
    const r = templateChecker()({ name: 'p', text }, 0);
    expect(r.findings.map((f) => [f.rule, f.severity, text.slice(f.start, f.end), f.entry])).toEqual([['url', 'warn', '{{shop_url}}', 'placeholder:url']]);
    expect(r.count).toBe(1);
    expect(r.block).toBe(0);
  });
});
