// The session-14 reviewer's cases: what the new guards and kinds must not do, and what they still find.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();

describe('refusals are read narrowly: an invitation in the same words is still one', () => {
  it.each([
    ['¿Por qué no hablamos por WhatsApp? Es más rápido.'],
    ['No olvidemos que por WhatsApp respondemos en minutos: escríbenos.'],
    ['No tardamos nada en contestar por WhatsApp, escríbenos.'],
    ['Per WhatsApp lassen wir Sie nicht lange warten – einfach kurz eine Nachricht senden.'],
    ['Über WhatsApp antworten wir Ihnen nicht erst nach Tagen, sondern sofort.'],
    ['Per WhatsApp vergessen wir keine Anfrage, melden Sie sich dort gern.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('no false alarm from the new structures', () => {
  it.each([
    // a refund per item, with the buyer's review named: no reward for a review
    ['Wie in Ihrer Bewertung beschrieben, erstatten wir Ihnen für jede beschädigte Tasse 5 €.'],
    ['Comme indiqué dans votre avis, nous vous remboursons 5 € pour chaque tasse cassée.'],
    ['Como indica en su reseña, le reembolsamos 5 € por cada taza rota.'],
    // "entre" is "between", "entre em contato" is "get in touch"
    ['Entre em contato pelo canal de atendimento se tiver qualquer dúvida.'],
    ['Si nota diferencia de volumen entre el canal izquierdo y el derecho, revise el soporte del altavoz.'],
    // a condition, not an ask for the buyer's address
    ['Si tiene su correo electrónico a mano, puede revisar la carpeta de spam.'],
    ['Se você tem o e-mail à mão, confira a caixa de spam.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it("a carrier's or manufacturer's number listed below is no invitation (the number alone still blocks)", () => {
    expect(rules("The manufacturer's helpline is listed below:\nAcme support 0800 123 4567")).toEqual(['phone']);
    expect(rules('お問い合わせは以下の配送業者へお問い合わせください：\nヤマト運輸 0120-01-9625')).toEqual(['phone']);
    expect(rules("I've put my direct line below.\nMark - 020 7946 0123")).toContain('offplatform');
  });

  it('a reward per review is still one', () => {
    expect(rules('Pour chaque avis laissé, nous offrons un bon de 5 €.')).toContain('leading');
    expect(rules('Für jede Bewertung erhalten Sie einen Gutschein über 5 €.')).toContain('leading');
  });

  it('a group of ours to join is still off Amazon', () => {
    expect(rules('Entre no nosso grupo do WhatsApp para tirar dúvidas sobre a garantia.')).toContain('offplatform');
  });
});

describe('an ask to change a review is leading only, in the rules and in the model', () => {
  it.each([
    ["If you're happy now, could you please adjust your review to reflect it?"],
    ['ご満足いただけましたら、レビューを書き直していただけますと幸いです。'],
    ['Si ahora está satisfecho, ¿podría modificar su reseña a cinco estrellas?'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading']);
  });

  it('a conditioned ask for a new review is both', () => {
    expect(rules("If you're happy with the kettle, would you leave us a review?")).toEqual(['leading', 'review_request']);
  });
});
