// A satisfaction survey put to the buyer is a feedback request in every checker language
// (rules/compliance/detectors/survey-ask.ts); an investigation, Amazon's own survey or a refusal is not.
import { describe, expect, it } from 'vitest';
import { surveyAsks } from '../../../../rules/compliance/detectors/survey-ask';
import { normalize } from '../../../../rules/compliance/normalize';

const found = (text: string) => surveyAsks(normalize(text).text).length > 0;

describe('survey asks', () => {
  it.each([
    'Nehmen Sie an unserer kurzen Umfrage teil: https://forms.gle/x1',
    'Répondez à notre petit sondage : https://forms.gle/x1',
    'Cuéntanos qué tal te ha ido con la mochila en esta encuesta de 2 minutos: https://forms.gle/x1',
    'Compili il nostro breve sondaggio sulla sua esperienza, per favore.',
    'Responda à nossa pesquisa rápida: https://forms.gle/x1',
    '簡単なアンケートにご協力ください：https://forms.gle/x1',
    'Please take our 2-minute survey about the lamp.',
    // a negation about the time it takes is no refusal (reviewer, s11)
    'Bitte nehmen Sie an unserer kurzen Kundenumfrage teil, es dauert nicht lange.',
    'アンケートへのご回答をお願いできませんでしょうか。',
  ])('finds "%s"', (text) => {
    expect(found(text)).toBe(true);
  });

  it.each([
    ['a carrier investigation (French "enquête")', 'Le transporteur a ouvert une enquête, merci de patienter.'],
    ['a search (Portuguese "pesquisa")', 'Faça uma pesquisa pelo número do pedido em Seus pedidos.'],
    ["Amazon's own survey", 'Amazon may send you a survey about your delivery; please answer it if you like.'],
    ['a refusal', 'We do not send surveys, please just reply here.'],
    ['a survey with no ask', 'Our last survey showed that most buyers prefer the blue one.'],
  ])('quiet on %s', (_why, text) => {
    expect(found(text)).toBe(false);
  });
});
