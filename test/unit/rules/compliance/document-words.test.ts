// The shared words for what a buyer reads (detectors/document-words.ts): substrings, so compounds and inflections count;
// shops, stores and sales do not.
import { describe, expect, it } from 'vitest';
import { MANUAL_WORDS, READING_WORDS } from '../../../../rules/compliance/detectors/document-words';

const manual = new RegExp(MANUAL_WORDS, 'u');
const reading = new RegExp(READING_WORDS, 'u');

describe('document words', () => {
  it.each(['the manuals are here', 'die Bedienungsanleitung', 'la notice de montage', 'le manuel', 'las instrucciones', 'le istruzioni', 'as instruções', '取扱説明書'])(
    'a manual: %s',
    (text) => expect(manual.test(text)).toBe(true),
  );

  it.each(['a setup video', 'el vídeo', 'la vidéo', 'our quick guide', 'la guía', 'la guida', 'o guia', '動画', 'マニュアル', 'the manual'])('a manual, a video or a guide: %s', (text) =>
    expect(reading.test(text)).toBe(true),
  );

  it.each(['our online shop', 'the new collection', 'order it on our store', 'unser Onlineshop', '公式サイト'])('not a document: %s', (text) => {
    expect(manual.test(text)).toBe(false);
    expect(reading.test(text)).toBe(false);
  });
});
