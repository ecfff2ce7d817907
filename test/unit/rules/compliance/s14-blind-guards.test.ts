// False alarms of the s14 blind batch (compliant replies), each fixed by its cause and written here in
// other words - and the asks the same guards must still let through.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();

describe('a Spanish refusal in the first person plural', () => {
  it.each([
    ['Lo sentimos, no gestionamos consultas por Telegram; sube aquí las fotos y las vemos.', '¿Te escribo por Telegram?'],
    ['No respondemos por WhatsApp, pero puedes adjuntar el vídeo a este mensaje.', '¿Os mando el vídeo por WhatsApp?'],
  ])('%s', (text, buyer) => {
    expect(rules(text, buyer)).toEqual([]);
  });

  it('still flags an invitation, and Portuguese "no" before a noun is no negation', () => {
    expect(rules('Escríbenos por WhatsApp al +34 600 000 111 y lo vemos.')).toContain('offplatform');
    expect(rules('Chama a gente no WhatsApp, é mais rápido!')).toContain('offplatform');
  });
});

describe('a German channel put first, refused with any verb in second place', () => {
  it.each([
    ['Per Telegram beantworten wir leider keine Anfragen, aber Sie können das Foto hier anhängen.', 'Darf ich das Foto per Telegram schicken?'],
    ['Über Signal führen wir grundsätzlich keinen Kundenservice durch. Hängen Sie das Video einfach an diese Nachricht.', undefined],
  ])('%s', (text, buyer) => {
    expect(rules(text, buyer)).toEqual([]);
  });

  it('still flags the channel offered in the same word order', () => {
    expect(rules('Über WhatsApp erreichen Sie uns schneller: 0151 23456789')).toContain('offplatform');
  });
});

describe('Japanese "we never ask for ..." (…することはございません)', () => {
  it('clears a personal-data word the seller says it never asks for', () => {
    expect(rules('当店から運転免許証やマイナンバーをお伺いすることは一切ございません。')).toEqual([]);
  });
  it('still flags an ask for an identity document', () => {
    expect(rules('ご本人確認のため、身分証明書の画像をお送りください。')).toContain('personal_data');
  });
});

describe('a Japanese review word inside a quoted name', () => {
  it('is a product or series name, not the object of an ask', () => {
    expect(rules('「星のかけら」ランプは単三電池でもご使用いただけます。', 'このランプは電池でも使えますか?')).toEqual([]);
  });
  it('still flags stars asked for outside the quotes', () => {
    expect(rules('「月あかり」ランプを気に入っていただけましたら、星の評価をいただけますと幸いです。')).toContain('review_request');
  });
});

describe('thanks for a rating already given (a perfect: d\'avoir, por haber, por ter, per aver, for having)', () => {
  it.each([
    ["Merci d'avoir pris le temps de noter notre théière, ça nous fait plaisir."],
    ['Obrigado por ter avaliado o nosso pedido com tanto carinho.'],
    ['Grazie per averci valutato così bene!'],
    ['Thanks for having rated us, it made our week.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a thanks that is an ask: in advance, or followed by the ask', () => {
    expect(rules('Thank you for taking a moment to rate us once the item arrives.')).toContain('review_request');
    expect(rules("Merci d'avoir commandé ! Pourriez-vous nous noter ?")).toContain('review_request');
  });
});
