// "No response needed" guard: which buyer messages ask something, in six languages.
import { describe, expect, it } from 'vitest';
import { asksQuestion } from '../../../entrypoints/composer.content/asks-question';

describe('asksQuestion', () => {
  it.each([
    'Where is my order?',
    'Actually, the lamp flickers. What should I do?',
    'Could you send a replacement lid',
    'Please let me know when it ships.',
    'Hallo, wann kommt meine Kaffeemühle an',
    'Können Sie mir eine Rechnung schicken',
    'Pourriez-vous m\'envoyer la facture',
    '¿Cuándo llega mi pedido',
    'Quando arriva il mio ordine',
    '商品はいつ届きますか',
    '領収書を送っていただけますか',
    '注文はどうなっていますか？',
  ])('question: %s', (text) => expect(asksQuestion(text)).toBe(true));

  it.each(['Thanks!', 'Received it, all good. Thank you.', 'Vielen Dank, alles angekommen.', 'ありがとうございました。', 'Merci beaucoup.', ''])(
    'not a question: %s',
    (text) => expect(asksQuestion(text)).toBe(false),
  );
});
