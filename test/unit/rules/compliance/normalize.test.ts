// Evasions the detection copy must see through (issue #13): invisible characters, combining marks on
// ASCII, dot, dash and digit look-alikes, small capitals, capitalised TLDs, spaced dots and line
// breaks. Each is caught by the existing detectors, and the finding's offsets cover the whole
// evasive span as typed (never inside a surrogate pair). Look-alikes in ordinary text stay quiet.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { normalize } from '../../../../rules/compliance/normalize';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The finding of `rule` that covers all of `evasive` inside `text` (undefined when none does). */
function covering(text: string, rule: string, evasive: string) {
  const at = text.indexOf(evasive);
  expect(at, `${JSON.stringify(evasive)} is in the text`).toBeGreaterThanOrEqual(0);
  const findings = checkMessage(text);
  for (const f of findings) {
    for (const edge of [f.start, f.end]) {
      if (edge > 0 && edge < text.length) expect(isLow(text.charCodeAt(edge)) && isHigh(text.charCodeAt(edge - 1)), 'inside a surrogate pair').toBe(false);
    }
  }
  return findings.find((f) => f.rule === rule && f.start <= at && f.end >= at + evasive.length);
}

function expectCaught(text: string, rule: string, evasive = text.trim()) {
  const found = covering(text, rule, evasive);
  expect(found, `${rule} over ${JSON.stringify(evasive)} in ${JSON.stringify(text)}: ${JSON.stringify(checkMessage(text).map((f) => [f.rule, text.slice(f.start, f.end)]))}`).toBeDefined();
}

const rulesOf = (text: string) => [...new Set(checkMessage(text).filter((f) => f.severity !== 'info').map((f) => f.rule))];
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('invisible characters', () => {
  /** a sample of each kind: soft hyphen, CGJ, ALM, Hangul fillers, Khmer, Mongolian, zero-width, bidi,
   *  word joiner and invisible operators, variation selectors (both blocks), BOM, U+FFF0-FFF8, tags,
   *  shorthand format controls, musical format controls; plus the non-DI Braille blank and annotation marks */
  const SAMPLE = [
    0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x180b, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064,
    0x2066, 0x206f, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0xfff0, 0xfff8, 0xe0001, 0xe0041, 0xe007f, 0xe0100, 0xe01ef, 0x1bca0, 0x1d173,
    0x2800, 0xfff9, 0xfffa, 0xfffb,
  ];

  it('every Default_Ignorable_Code_Point is dropped from the detection copy', () => {
    const kept: string[] = [];
    const di = /\p{Default_Ignorable_Code_Point}/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (di.test(ch) && normalize(`a${ch}b`).text !== 'ab') kept.push(hex(cp));
    }
    expect(kept).toEqual([]);
  });

  it.each(SAMPLE.map((cp) => [hex(cp), String.fromCodePoint(cp)]))('%s inside a domain, "whatsapp" and a phone number', (_name, ch) => {
    expectCaught(`visit sh${ch}op.c${ch}om today`, 'url', `sh${ch}op.c${ch}om`);
    expectCaught(`add us on whats${ch}app`, 'offplatform', `whats${ch}app`);
    expectCaught(`call +49 30${ch} 123${ch}4567 now`, 'phone', `+49 30${ch} 123${ch}4567`);
    expectCaught(`mail in${ch}fo@sh${ch}op.com`, 'email', `in${ch}fo@sh${ch}op.com`);
  });

  it('a row of invisible characters between the labels', () => {
    expectCaught('shop\u200b\u2060\ufeff\u{e0020}\u2800.com', 'url');
  });
});

describe('combining marks', () => {
  it.each([
    ['strikethrough letters', 's\u0336h\u0336o\u0336p\u0336.c\u0336o\u0336m\u0336', 'url'],
    ['marks on the dot and digits', 'shop.\u0307com', 'url'],
    ['a pile of marks on one letter', `s${'\u0301\u0316\u0353'.repeat(20)}hop.com`, 'url'],
    ['a keycap mark on digits', '+4\u20e39 30 1\u20dd234567', 'phone'],
    ['marks in whatsapp', 'wh\u0324a\u0324tsapp', 'offplatform'],
    ['dotted capital I (lowercases to i + U+0307)', 'İnfo@shop.com', 'email'],
  ])('%s', (_name, text, rule) => expectCaught(text, rule));

  it('keeps the accents of real words: decomposed letters are composed, not stripped', () => {
    expect(normalize('cafe\u0301 Gru\u0308\u00dfe man\u0303ana citta\u0300 ac\u0327a\u0303o').text).toBe('café grüße mañana città ação');
    expect(normalize('か\u3099き\u3099').text).toBe('がぎ');
    expect(normalize('café grüße mañana città ação ガギ').text).toBe('café grüße mañana città ação ガギ');
    // Hindi and Thai keep their vowel signs
    expect(normalize('हिन्दी ภาษาไทย').text).toBe('हिन्दी ภาษาไทย');
  });

  it('half-width katakana voicing marks compose with their kana, offsets kept', () => {
    const n = normalize('ﾚﾋﾞｭｰを書いて、ｸｰﾎﾟﾝ');
    expect(n.text).toBe('レビューを書いて、クーポン');
    expect(rulesOf('ｸｰﾎﾟﾝｺｰﾄﾞをお送りします。')).toContain('marketing');
    const text = 'ぜひﾚﾋﾞｭｰをお願いします。';
    const found = checkMessage(text).find((f) => f.rule === 'review_request');
    expect(found && text.slice(found.start, found.end)).toContain('ﾚﾋﾞｭｰ');
  });

  it('a decomposed accent no longer hides a phrase', () => {
    expect(rulesOf('Wenn Sie zufrieden sind, freuen wir uns u\u0308ber eine Bewertung.')).toContain('leading');
  });
});

describe('dot look-alikes', () => {
  it.each(['。', '｡', '･', '・', '·', '•', '∙', '․', '‧', '⋅', '⸱', '︒', '﹒', '．'])('shop%scom', (dot) => {
    expectCaught(`see shop${dot}com`, 'url', `shop${dot}com`);
    expectCaught(`mail info@shop${dot}de`, 'email', `info@shop${dot}de`);
  });

  it.each([
    'ご注文ありがとうございます。お届けは明日です。',
    '対応言語：EN・DE・FR・IT',
    'ニンテンドー・スイッチ用ケース',
    'La col·lecció i la cel·la',
    'list • item • more',
    'Farbe: Rot · Größe: M · Material: Baumwolle',
    'Sent via Amazon。Thanks',
  ])('stays quiet on %s', (text) => expect(rulesOf(text)).toEqual([]));
});

describe('dash look-alikes', () => {
  it.each(['–', '—', '−', '‒', '―', '‐', '‑', 'ー', 'ｰ', '﹣', '－'])('030%s1234%s5678', (dash) => {
    expectCaught(`Ruf an: 030${dash}1234${dash}5678`, 'phone', `030${dash}1234${dash}5678`);
  });

  it('US grouping with minus signs and em dashes', () => {
    expectCaught('call 555\u2212123\u22124567', 'phone', '555\u2212123\u22124567');
    expectCaught('call (555) 123\u20144567', 'phone', '(555) 123\u20144567');
  });

  it.each(['Lieferung 2019–2021 geprüft', 'コーヒーとティー', 'Seiten 10–12', 'shop hours 9–17'])('stays quiet on %s', (text) => expect(rulesOf(text)).toEqual([]));

  it('an em dash after a domain does not lengthen it', () => {
    const text = 'Visit shop.com—it is easy';
    const url = checkMessage(text).find((f) => f.rule === 'url');
    expect(url && text.slice(url.start, url.end)).toBe('shop.com');
  });
});

describe('digits of other scripts', () => {
  const scripts: [string, number][] = [
    ['Arabic-Indic', 0x0660], ['Extended Arabic-Indic', 0x06f0], ['Devanagari', 0x0966], ['Bengali', 0x09e6], ['Thai', 0x0e50],
    ['Full-width', 0xff10], ['Mathematical bold', 0x1d7ce], ['Mathematical double-struck', 0x1d7d8], ['Adlam', 0x1e950],
  ];
  const spell = (zero: number, digits: string) => [...digits].map((d) => (d === ' ' || d === '+' ? d : String.fromCodePoint(zero + Number(d)))).join('');

  it.each(scripts)('%s', (_name, zero) => {
    const phone = spell(zero, '+49 30 1234567');
    expectCaught(`Tel. ${phone}`, 'phone', phone);
    const us = spell(zero, '555 123 4567').replace(/ /g, '-');
    expectCaught(`call ${us}`, 'phone', us);
  });

  it('every decimal digit maps to its ASCII value', () => {
    const wrong: string[] = [];
    const nd = /\p{Nd}/u;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!nd.test(ch)) continue;
      const folded = normalize(ch).text;
      if (!/^[0-9]$/.test(folded)) wrong.push(`${hex(cp)} -> ${folded}`);
    }
    expect(wrong).toEqual([]);
    expect(normalize('٠١٢٣٤٥٦٧٨٩ ०१२३४५६७८९ 𝟎𝟗').text).toBe('0123456789 0123456789 09');
  });
});

describe('letter look-alikes', () => {
  it.each([
    ['small capitals', 'ꜱʜᴏᴘ.ᴄᴏᴍ', 'url'],
    ['negative circled letters', '🅢🅗🅞🅟.com', 'url'],
    ['negative squared letters', '🆂🅷🅾🅿.com', 'url'],
    ['Lisu capitals', 'ꓢꓧꓳꓑ.com', 'url'],
    ['dotless i', 'ınfo@shop.com', 'email'],
    ['small capitals in whatsapp', 'ᴡʜᴀᴛꜱᴀᴘᴘ', 'offplatform'],
  ])('%s', (_name, text, rule) => expectCaught(`see ${text} now`, rule, text));
});

describe('capitalised TLDs, spaced dots, line breaks', () => {
  it.each([
    ['MyShop.Com', 'url'],
    ['Shop.Net', 'url'],
    ['info@Shop.De', 'email'],
    ['Info@MyShop.Com', 'email'],
    ['meinshop . de', 'url'],
    ['boutique . fr', 'url'],
    ['tienda . es', 'url'],
    ['myshop.\ncom', 'url'],
    ['myshop\n.com', 'url'],
    ['myshop .\n com', 'url'],
    ['info@myshop.\ncom', 'email'],
    ['www.\nmyshop.com', 'url'],
  ])('%s', (evasive, rule) => expectCaught(`Visit ${evasive} for more`, rule, evasive));

  it.each([
    'We shipped it today.It should arrive soon.',
    'Muchas gracias.De nada, estamos para ayudar.',
    'Das Paket ist unterwegs . Es kommt morgen an.',
    'Thanks for the order.\nIt ships today.',
    'Please check the label.\nDe rien !',
  ])('stays quiet on %s', (text) => expect(rulesOf(text)).toEqual([]));

  it('a line break does not join the sentence before an address to it', () => {
    const text = 'Keep your receipt for two years.\nwww.myshop.com';
    const url = checkMessage(text).find((f) => f.rule === 'url');
    expect(url && text.slice(url.start, url.end)).toBe('www.myshop.com');
  });
});
