// Entity suites generated at test time from public data (issue #13 item 3): every IANA TLD from the
// `tlds` package, every country's example phone number from libphonenumber-js (a dev dependency only:
// the checker ships its own length table), and CLDR-formatted prices, dates and times from Intl in
// twelve locales, plus order ids and tracking numbers. Nothing here is a committed list of cases.
import { describe, expect, it } from 'vitest';
import ALL_TLDS from 'tlds/index.json';
import { checkMessage } from '../../../../rules/compliance';
import { detectLinks } from '../../../../rules/compliance/detectors/links';
import { CORE_WORD_TLDS, FILE_LIKE_TLDS, WORD_TLDS } from '../../../../rules/compliance/entities/tld-data';
import { normalize, originalStart } from '../../../../rules/compliance/normalize';

const has = (text: string, rule: string) => checkMessage(text).some((f) => f.rule === rule && f.severity !== 'info');
const rate = (texts: string[], rule: string) => texts.filter((t) => has(t, rule)).length / texts.length;
const misses = (texts: string[], rule: string, want = true) => texts.filter((t) => has(t, rule) !== want).slice(0, 12);

const tlds = ALL_TLDS as string[];
const ambiguous = (tld: string) => FILE_LIKE_TLDS.has(tld) || WORD_TLDS.has(tld) || CORE_WORD_TLDS.has(tld);
// neutral sentences: no invitation word before the host, more words after it
const bare = (tld: string, i: number) =>
  [`Thanks for waiting, myshop.${tld} has the manual.`, `The new manual is ready. Our shop myshop.${tld}`, `Photos of the part: myshop.${tld}`][i % 3]!;

describe('every IANA TLD', () => {
  it('is found bare (unambiguous TLDs), with www. and with https:// (>= 0.99)', () => {
    const plain = tlds.filter((t) => !ambiguous(t));
    const bareTexts = plain.map(bare);
    const wwwTexts = tlds.map((t) => `Please see www.myshop.${t} for the manual.`);
    const schemeTexts = tlds.map((t) => `The manual: https://myshop.${t}/manual`);
    const result = { bare: rate(bareTexts, 'url'), www: rate(wwwTexts, 'url'), scheme: rate(schemeTexts, 'url') };
    console.info(`TLDs: ${tlds.length} (${plain.length} unambiguous), detection`, result, misses(bareTexts, 'url'));
    expect(result.bare).toBeGreaterThanOrEqual(0.99);
    expect(result.www).toBeGreaterThanOrEqual(0.99);
    expect(result.scheme).toBeGreaterThanOrEqual(0.99);
  });

  it('ambiguous TLDs (file extensions, everyday words) need www., a scheme, a path or an invitation', () => {
    const amb = tlds.filter(ambiguous);
    const bareRate = rate(amb.map((t) => `Thanks for waiting, myshop.${t} has the manual.`), 'url');
    const evidence = amb.flatMap((t) => [`Visit myshop.${t} for the manual.`, `Manual: myshop.${t}/setup`, `www.myshop.${t}`, `http://myshop.${t}`]);
    const evidenceRate = rate(evidence, 'url');
    console.info(`ambiguous TLDs: ${amb.length} (${[...FILE_LIKE_TLDS].length} file-like, ${[...WORD_TLDS].length + [...CORE_WORD_TLDS].length} word), bare in a join: ${bareRate.toFixed(3)}, with evidence: ${evidenceRate.toFixed(3)}`);
    expect(evidenceRate).toBeGreaterThanOrEqual(0.99);
    const files = [...FILE_LIKE_TLDS].map((t) => `I attached setup.${t} to this message.`);
    expect(misses(files, 'url', false)).toEqual([]);
  });

  it('every finding names its entry and the rule layer', () => {
    const text = 'Go to https://a.shop/x or www.b.shop or c.tools, d dot tools, e@f.vip';
    const norm = normalize(text);
    const spans = detectLinks({ normalized: norm.text, original: text, toOrigStart: (i) => originalStart(norm, i) });
    expect(spans.map((s) => [s.rule, (s as { entry?: string }).entry, (s as { layer?: string }).layer])).toEqual([
      ['email', 'email:address', 'rule'],
      ['url', 'url:scheme', 'rule'],
      ['url', 'url:www', 'rule'],
      ['url', 'url:bare-domain', 'rule'],
      ['url', 'url:obfuscated', 'rule'],
    ]);
  });
});

describe('URL false alarms', () => {
  it.each([
    'Please find manual.pdf, photo.jpg and setup.exe attached.',
    'The firmware file is update.zip, the notes are in readme.md and the script in install.sh or run.py.',
    'Here is the clip.mov of the test and the drawing logo.ai.',
    'Update to v2.1.4 or firmware E.2, version 10.0.19045.',
    'z.B. ein Kabel, e.g. a cable, i.e. the same, made in the u.s. and Art.Nr. 12345, Co.Ltd.',
    'Thank you.it will arrive on Thursday.',
    'Merci.de rien, bonne journée.',
    'Gracias.Es un placer.',
    'Vielen Dank.es kommt morgen.',
    'Obrigado.com certeza vamos resolver.',
    'It costs 19.99 or 1.299,00 € and weighs 2.5 kg.',
    '商品名：USB-C.ケーブル 2.0m、ver.3.1対応。',
    'Größe: M・L、Farbe: Rot. Lieferung vom 01.03.-15.03.2025.',
    'La col·lecció i la cel·la.',
  ])('stays quiet on %s', (text) => {
    expect(checkMessage(text).filter((f) => f.rule === 'url')).toEqual([]);
  });

  it.each([
    'Visit shop dot tools',
    'shop[.]vip',
    'shop . solutions',
    'ｓｈｏｐ．ｔｏｏｌｓ',
    'Mail us: info (at) camp (dot) solutions',
    'deskworks.tools/claim のフォームにご記入ください。',
  ])('keeps obfuscations working: %s', (text) => {
    expect(checkMessage(text).some((f) => f.rule === 'url' || f.rule === 'email')).toBe(true);
  });
});
