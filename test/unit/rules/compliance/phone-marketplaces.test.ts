// Phone numbers of the marketplaces we serve, generated at test time: random national numbers that
// libphonenumber-js's full metadata calls valid (fixed line, mobile, toll free), written the ways
// people write them (as formatted, without the brackets, with dots, dashes, en dashes, Japanese ー or
// no separators), after the context words of every checker language. The false-alarm side puts the
// same words next to order ids, tracking numbers, quantities and postcodes. Nothing here is a
// committed list of numbers.
import { describe, expect, it } from 'vitest';
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { checkMessage } from '../../../../rules/compliance';
import { detectPhones } from '../../../../rules/compliance/detectors/phone';
import { normalize } from '../../../../rules/compliance/normalize';

const has = (text: string) => checkMessage(text).some((f) => f.rule === 'phone' && f.severity !== 'info');

const MARKETPLACES: CountryCode[] = ['US', 'CA', 'MX', 'BR', 'GB', 'IE', 'DE', 'AT', 'FR', 'BE', 'ES', 'IT', 'NL', 'SE', 'PL', 'TR', 'JP', 'AU', 'IN', 'SG', 'AE', 'SA'];
const TYPES = ['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE'];

function marketplaceNumbers(): { country: CountryCode; national: string }[] {
  let seed = 17;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const out: { country: CountryCode; national: string }[] = [];
  for (const country of MARKETPLACES) {
    const perType = new Map<string, number>();
    for (let tries = 0; tries < 4000 && out.filter((o) => o.country === country).length < 8; tries++) {
      const digits = Array.from({ length: 7 + Math.floor(rnd() * 6) }, () => Math.floor(rnd() * 10)).join('');
      const p = parsePhoneNumberFromString(`+${getCountryCallingCode(country)}${digits}`);
      const type = p?.getType();
      // numbers shorter than 8 digits are short codes and local numbers: the context suite covers them
      if (!p || !type || !TYPES.includes(type) || p.country !== country || !p.isValid() || p.nationalNumber.length < 8) continue;
      if ((perType.get(type) ?? 0) >= 3) continue;
      perType.set(type, (perType.get(type) ?? 0) + 1);
      out.push({ country, national: p.formatNational() });
    }
  }
  return out;
}

/** The ways people write a national number. */
const WRITTEN = [
  (n: string) => n,
  (n: string) => n.replace(/[()]/g, ''),
  (n: string) => n.replace(/[()]/g, '').trim().replace(/[ -]+/g, '.'),
  (n: string) => n.replace(/(?<=\d)[ -]+(?=\d)/g, '\u2013'),
  (n: string) => n.replace(/\D/g, ''),
  (n: string) => n.replace(/(?<=\d)[ -]+(?=\d)/g, '\u30fc'),
  (n: string) => n.replace(/-/g, ' '),
  (n: string) => n.replace(/\D/g, '').split('').join(' '),
  (n: string) => n.replace(/(?<=\d)[ -]+(?=\d)/g, ' \u2013 '),
  (n: string) => n.replace(/(?<=\d)[ -]+(?=\d)/g, '\u2014'),
  (n: string) => n.replace(/[()]/g, '').trim().replace(/[ -]+/g, '/'),
  (n: string) => n.replace(/\D/g, '').replace(/(\d\d)(?=\d)/g, '$1 '),
];

/** Context words of every checker language: verbs (call, ring, text ...), nouns (number, mobile ...),
 *  messengers. */
const CONTEXT: ((n: string) => string)[] = [
  (n) => `Call me on ${n} if the parcel is late.`,
  (n) => `Ring us on ${n}.`,
  (n) => `Text me at ${n} and I will sort it out.`,
  (n) => `My number is ${n}.`,
  (n) => `Our number: ${n}`,
  (n) => `You can reach me on WhatsApp ${n}.`,
  (n) => `Rufen Sie mich an unter ${n}.`,
  (n) => `Meine Nummer ist ${n}.`,
  (n) => `Mein Handy: ${n}`,
  (n) => `Appelez-moi au ${n}.`,
  (n) => `Mon numéro : ${n}`,
  (n) => `Llámame al ${n}.`,
  (n) => `Márcame al ${n} cuando puedas.`,
  (n) => `Mi número es ${n}.`,
  (n) => `Chiamami al ${n}.`,
  (n) => `Il mio numero è ${n}.`,
  (n) => `Me liga no ${n}.`,
  (n) => `Pelo número ${n} resolvemos rápido.`,
  (n) => `Meu número é ${n}.`,
  (n) => `お電話は${n}までお願いします。`,
  (n) => `携帯：${n}`,
  (n) => `番号は${n}です。`,
  (n) => `If anything goes wrong, just give me a ring on ${n}.`,
  (n) => `Sie erreichen mich jederzeit unter ${n}.`,
  (n) => `N'hésitez pas à m'appeler au ${n}.`,
  (n) => `Puedes escribirme por WhatsApp al ${n}.`,
  (n) => `Pode me ligar no ${n} a qualquer hora.`,
  (n) => `Per qualsiasi cosa chiamami al ${n}.`,
  (n) => `何かあればこちらにお電話ください：${n}`,
  (n) => `Handynummer ${n}`,
  (n) => `Mi celular es el ${n}.`,
  (n) => `SMS au ${n}`,
];

describe('marketplace phone numbers after context words', () => {
  const numbers = marketplaceNumbers();
  it('covers every marketplace', () => {
    expect(new Set(numbers.map((n) => n.country)).size).toBe(MARKETPLACES.length);
  });

  it('finds national numbers, however written, after the context words of every language (>= 0.98)', () => {
    const texts = numbers.flatMap((n, i) => CONTEXT.map((c, j) => c(WRITTEN[(i + j) % WRITTEN.length]!(n.national))));
    const missed = texts.filter((t) => !has(t));
    console.info(`marketplace numbers: ${numbers.length}, texts ${texts.length}, found ${(1 - missed.length / texts.length).toFixed(4)}`, missed.slice(0, 15));
    expect(1 - missed.length / texts.length).toBeGreaterThanOrEqual(0.98);
  });
});

describe('context words, each with a number that only the word makes a phone number', () => {
  it.each([
    'Dial 612 34 56 78 for the installer.',
    'Our landline is 612 34 56 78.',
    'Ruf mich an: 612 34 56 78',
    'Festnetz: 612 34 56 78',
    'Composez le 612 34 56 78.',
    'Márcame al 33 1234 5678.',
    'Márcanos al 33 1234 5678.',
    'O meu telemóvel: 912 345 678',
    'Me chama no whats 21 98765 4321',
    'Manda no wpp 21 98765 4321',
    'Fammi uno squillo al 347 1234567',
    'ケータイ：ゼロキュウゼロ、いちにさんよん、ごろくななはち',
    'Mi número es 33 1234 5678.',
    'Pelo número 21 95555-0198.',
    'Il mio numero è 347 1234567.',
    'Meine Nummer: 612 34 56 78',
    'Mon numéro : 612 34 56 78',
    'My number is 612 34 56 78.',
    '番号：090ー1234ー5678',
    'お電話は0125-62-2123まで',
    'Sie erreichen mich unter 612 34 56 78.',
    'Erreichst du mich unter 612 34 56 78?',
    'Manda um oi no 11 95555-0177 que te explico a instalação.',
    'Qualquer coisa: (21) 98765-4321',
    'Sie erreichen mich jederzeit unter 612 34 56 78.',
    'Text me on 612 34 56 78.',
    'Send a text to 612 34 56 78.',
    'Message me on 612 34 56 78 if you like.',
    'Escríbeme al 33 1234 5678.',
    'Mándame un mensaje al 33 1234 5678.',
    'Écrivez-moi au 612 34 56 78.',
    'Scrivimi al 347 1234567.',
    'Manda um oi no 912 345 678.',
    'Appelez le 0 1 2 3 4 5 6 7 8 9',
    'Tel. 22-12-34',
  ])('%s', (text) => expect(has(text)).toBe(true));

  it.each([
    ['Call me: (866) 464 – 8625', '(866) 464 – 8625'],
    ['Ring me on 0151 – 2345 – 6789.', '0151 – 2345 – 6789'],
    ['My number is 612 — 34 — 56 — 78.', '612 — 34 — 56 — 78'],
    ['Call 555 - 123 - 4567 today', '555 - 123 - 4567'],
    ['Call (760)–715–5117', '(760)–715–5117'],
    ['Ligue (11)-98765-4321', '(11)-98765-4321'],
  ])('a spaced dash joins the groups: %s', (text, number) => {
    expect(checkMessage(text).filter((f) => f.rule === 'phone').map((f) => text.slice(f.start, f.end))).toEqual([number]);
  });

  it.each([
    'The number of units is 612 34 56 78.',
    'Número de unidades: 33 1234 5678',
    'Mi número de pedido es 402-1234567-1234567.',
    'Il numero di serie è 347 1234567.',
    'Meine Bestellnummer ist 612 34 56 78.',
    'The brand (marca) is 33 1234 5678 on the label.',
    'Whatsoever, 612 34 56 78 units shipped.',
    '製造番号 4471-2290-118 の保証期間は2027年12月31日までです。',
    '送り状番号 3456-7890-1234 で配達状況をご確認いただけます。',
    'Delivered 19/07/2024, 18:06, the return window is 19/07/2024, 18:06 – 09/08/2024, 18:06.',
    'Call us between 9 – 17 h, pages 10 – 20 of the manual, 2020 – 2024.',
    'ZIP 94105-1234, CEP 01310-100.',
    'We called the carrier and parcel 1234 5678 9012 is on its way.',
    'Call the numbers 1 2 3 4 5 6 7 8 9 10 in the list in order.',
    'Text HELP to 55512 for the status.',
  ])('not: %s', (text) => expect(has(text)).toBe(false));
});

// ---------------------------------------------------------------- the same words, no phone number
function idsNextToNumberWords(): string[] {
  let seed = 23;
  const digits = (n: number) => Array.from({ length: n }, () => (seed = (seed * 48271) % 2147483647) % 10).join('');
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const order = `${digits(3)}-${digits(7)}-${digits(7)}`;
    const grouped = `${digits(4)} ${digits(4)} ${digits(4)}`;
    out.push(
      `Your order number is ${order}.`,
      `The tracking number is ${grouped}.`,
      `Mi número de pedido es ${order}.`,
      `El número de seguimiento es ${grouped}.`,
      `Votre numéro de commande : ${order}`,
      `Il numero d'ordine è ${order}.`,
      `O número do pedido é ${order}.`,
      `Meine Bestellnummer ist ${order}, die Sendungsnummer ${grouped}.`,
      `注文番号は${order}です。`,
      `The number of units shipped was ${digits(1)} ${digits(3)} ${digits(3)}.`,
      `Número de unidades: ${digits(2)}.${digits(3)}.${digits(3)}`,
      `Il numero di pezzi è ${digits(1)}.${digits(3)}.${digits(3)}.`,
      `Number ${1 + (i % 9)} of ${10 + (i % 9)}: size ${36 + (i % 10)}, ${digits(2)} x ${digits(2)} cm.`,
      `Mi número de cliente es ${digits(8)}.`,
      `Numéro de suivi ${grouped}, livré le ${1 + (i % 28)}/0${1 + (i % 9)}/2025.`,
      `Die Nummer auf dem Etikett: ${digits(3)}-${digits(7)}-${digits(7)}.`,
      `Number ${1 + (i % 9)}: sizes ${30 + (i % 9)} – ${40 + (i % 9)} – ${50 + (i % 9)}, ${2000 + i} – ${2010 + i}, ${1 + (i % 12)}:${10 + i} – ${2 + (i % 12)}:${10 + i}.`,
      `Mi número de pedido: ${digits(3)} – ${digits(7)} – ${digits(7)}; envío ${digits(2)} ${digits(5)}-${digits(4)}.`,
    );
  }
  return out;
}

/** Dates, times, prices and quantities right after a phone word: "call me on 12/05/2025 after 14:30". */
function datesAfterPhoneWords(): string[] {
  const out: string[] = [];
  const d0 = Date.UTC(2025, 0, 1);
  const WORDS = [
    (d: string, t: string, p: string) => `Call me on ${d} after ${t} about the refund of ${p}.`,
    (d: string, t: string, p: string) => `I rang the carrier on ${d} at ${t}; the refund is ${p}.`,
    (d: string, t: string, p: string) => `Ruf mich am ${d} zwischen ${t} an, es geht um ${p}.`,
    (d: string, t: string, p: string) => `Je vous appelle le ${d} à ${t} pour le remboursement de ${p}.`,
    (d: string, t: string, p: string) => `Llámame el ${d} a las ${t}, el reembolso es de ${p}.`,
    (d: string, t: string, p: string) => `Ti chiamo il ${d} alle ${t} per il rimborso di ${p}.`,
    (d: string, t: string, p: string) => `Te ligo no dia ${d} às ${t} sobre o reembolso de ${p}.`,
    (d: string, t: string, p: string) => `${d} ${t}にお電話します。返金額は${p}です。`,
    (d: string, t: string, p: string) => `My number of units on ${d} ${t}: ${p}.`,
  ];
  let i = 0;
  for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'nl-NL', 'sv-SE', 'pl-PL']) {
    const dates = [{ dateStyle: 'short' }, { dateStyle: 'medium' }, { year: 'numeric', month: '2-digit', day: '2-digit' }] as const;
    const times = [{ timeStyle: 'short' }, { hour: '2-digit', minute: '2-digit', second: '2-digit' }] as const;
    const money = ['EUR', 'USD', 'JPY', 'BRL', 'SEK', 'PLN'].map((c) => new Intl.NumberFormat(locale, { style: 'currency', currency: c }));
    for (let k = 0; k < 30; k++, i++) {
      const when = new Date(d0 + k * 9_876_543_210 / 30);
      const d = new Intl.DateTimeFormat(locale, dates[k % dates.length]).format(when);
      const t = new Intl.DateTimeFormat(locale, times[k % times.length]).format(when);
      const range = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).formatRange(when, new Date(when.getTime() + 7_200_000));
      const p = money[k % money.length]!.format((k * 7919) % 100000 + (k % 100) / 100);
      out.push(WORDS[i % WORDS.length]!(d, k % 3 ? t : range, p));
    }
  }
  return out;
}

describe('numbers read out after a number word', () => {
  it.each([
    'Mi número es treinta y tres, doce, treinta y cuatro, cincuenta y seis, setenta y ocho.',
    'Mon numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
    '番号はゼロキュウゼロ、いちにさんよん、ごろくななはち',
  ])('%s', (text) => expect(has(text)).toBe(true));

  it.each([
    'The number of guests was twenty, thirty, forty and fifty over the days.',
    'Please check items number 5, 6, 7, 8 and 9 in the box.',
    '注文番号はいちにさんよんごろくななです。',
    'Su número de pedido: veinte, treinta, cuarenta y cincuenta unidades.',
  ])('not: %s', (text) => expect(has(text)).toBe(false));
});

describe('dates, times and prices after phone words', () => {
  it('flags <= 0.5 % of 11-locale dates, times, time ranges and prices after a phone word', () => {
    const texts = datesAfterPhoneWords();
    const bad = texts.filter(has);
    console.info(`dates after phone words: ${texts.length}, flagged ${bad.length}`, bad.slice(0, 10));
    expect(bad.length / texts.length).toBeLessThanOrEqual(0.005);
  });
});

describe('number words next to ids and quantities', () => {
  it('flags <= 0.5 % of order ids, tracking numbers, customer numbers and counts after a number word', () => {
    const texts = idsNextToNumberWords();
    const bad = texts.filter(has);
    console.info(`number-word id texts: ${texts.length}, flagged ${bad.length}`, bad.slice(0, 10));
    expect(bad.length / texts.length).toBeLessThanOrEqual(0.005);
  });
});

// ---------------------------------------------------------------- cost
/** This process's CPU time (other processes on the busy machine do not inflate it), best of five. */
function bestCpuMs(text: string): number {
  detectPhones(text);
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = process.cpuUsage();
    detectPhones(text);
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe('the phone detector stays linear on what its new parts read [timing]', () => {
  it.each(['número ', 'número uno dos tres ', '1 – ', '(1)–', 'call 1 ', '18:06 – ', '1 2 3 4 5 6 7 8 9 10 '])('%j x 100,000 characters', (unit) => {
    const text = (n: number) => normalize(unit.repeat(Math.ceil(n / unit.length)).slice(0, n)).text;
    const small = Math.max(5, bestCpuMs(text(20_000)));
    const large = bestCpuMs(text(100_000));
    // linear is 5x; quadratic would be 25x
    expect(large / small).toBeLessThan(12);
    expect(large).toBeLessThan(500);
  });
});
