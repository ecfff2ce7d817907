// @vitest-environment node
// The build trims what a Seller Central page loads: lexicon entries lose their documentation (why,
// examples, near-misses) but keep every pattern; content scripts get only the texts rules/ reads.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_TEXT_KEY, ruleTextsOnly, withoutEntryDocs } from '../../../scripts/build/bundle-data';

const LEXICON_DIR = join(process.cwd(), 'rules/compliance/lexicon');

describe('lexicon entries in the bundle', () => {
  it('keep id and re, lose why, match and not - in every lexicon file', () => {
    const source = `export const x = { a: [{ id: 'e', re: "(?:x)", why: 'because', match: ['x [y]'], not: ['z'] }, "bare"], other: { why: 'kept: no id/re' } };`;
    const out = withoutEntryDocs(source);
    expect(out).toContain(`id: 'e'`);
    expect(out).toContain('re: "(?:x)"');
    expect(out).not.toMatch(/match:|not:|because/);
    expect(out).toContain("why: 'kept: no id/re'");
    for (const file of readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(LEXICON_DIR, file), 'utf8');
      const stripped = withoutEntryDocs(text, file);
      expect((stripped.match(/\bre:/g) ?? []).length, file).toBe((text.match(/\bre:/g) ?? []).length);
      expect(stripped, file).not.toMatch(/\b(?:match|not): \[/);
    }
  });
});

describe('texts in content scripts', () => {
  it('keep exactly the keys rules/ reads', () => {
    const json = readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8');
    const all = Object.keys(JSON.parse(json) as object);
    const kept = Object.keys(JSON.parse(ruleTextsOnly(json)) as object);
    expect(kept).toEqual(all.filter((k) => RULE_TEXT_KEY.test(k)));
    expect(kept).toContain('checkUrl');
    expect(kept).toContain('countdownLeft');
    expect(kept).toContain('pillSweetSpot');
    expect(kept).not.toContain('popupTitle');
  });
});
