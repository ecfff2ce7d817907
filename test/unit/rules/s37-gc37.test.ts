// Session 37, helper gc37: replies whose meaning depends on the buyer's message (fitted batches s37-h2/h4/h6), in our own words
// (not the batches' sentences) - a short "done/OK" or "sent/written/called" reply to a buyer who offered or asked for an outside
// channel takes that channel up; the same reply to a harmless question, or one that keeps things on Amazon, stays clear.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage: string) => [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s37 gc37: the buyer\'s channel taken up by a done/sent reply is offplatform', () => {
  it.each([
    ['Fatto, ti ho mandato tutto adesso.', 'Mandatemi le foto a paolo.r@libero.it per favore'],
    ['Ricevuto, gliel\'ho già inoltrata.', 'Potete girare la fattura al mio commercialista, studio.bassi@pec.it?'],
    ['Benissimo! A dopo.', 'Se vi è più comodo chiamatemi al 347 118 2290'],
    ['Fechou! Te mandei agora.', 'Pode me mandar as fotos no WhatsApp 11 98812-4410?'],
    ['Pronto, acabamos de escrever pra você.', 'Me escreve no e-mail rafa.lima@uol.com.br'],
    ['Parfait, on le rappelle vers 14 h.', 'Vous pouvez joindre mon mari au 06 12 88 41 07 pour la livraison.'],
    ['Entendu, je lui téléphone dès lundi.', 'Appelez plutôt ma collègue, Mme Roux, au 04 78 22 19 60.'],
    // the seller's own number as the answer to a buyer who asked for it
    ['Chama a gente no (21) 99876-5432, de segunda a sexta.', 'Vocês têm WhatsApp?'],
  ])('%s (after: %s)', (text, buyer) => {
    expect(rules(text, buyer)).toContain('offplatform');
  });
});

describe('s37 gc37: near-misses stay clear of offplatform', () => {
  it.each([
    // a done/OK opener with no outside channel proposed
    ['Fatto, la sostituzione parte domani.', 'Quando arriva il pezzo di ricambio?'],
    ['Pronto, o reembolso já foi processado.', 'Vocês já estornaram o valor?'],
    // the reply keeps to Amazon's messages
    ['Certo, è in lino lavato. Le scriviamo solo dalla messaggistica Amazon, riceverà comunque una notifica.', 'Le tende sono di lino? Altrimenti scrivetemi su WhatsApp.'],
    ['Gerne, ich hänge Ihnen das Datenblatt gleich hier an, so bleibt alles beim Auftrag.', 'Schicken Sie mir das Datenblatt an meine private Mail? m.berg@gmx.de'],
    // a reminder, not a call
    ['Je le rappelle : le retour se fait depuis votre compte Amazon.', 'Vous pouvez m\'appeler au 06 55 12 90 33 ?'],
  ])('%s (after: %s)', (text, buyer) => {
    expect(rules(text, buyer)).not.toContain('offplatform');
  });
});

describe('a short "done" opener with the answer kept here (full unit run after the merges: s24-off near-miss)', () => {
  const mail = { buyerMessage: 'Ecco la mia mail: anna.r@libero.it / my e-mail is anna.r@libero.it' };
  it.each([
    'Perfetto, le rispondo qui entro stasera.',
    'Listo, te escribo aquí mañana con el presupuesto.',
    "Sure, I'll reply here once the quote is ready.",
    'Prontinho, te escrevo aqui amanhã.',
  ])('%s', (text) => {
    expect(checkMessage(text, mail).filter((f) => f.rule === 'offplatform')).toEqual([]);
  });
  it('a done opener with the buyer\'s mailbox used still accepts', () => {
    expect(checkMessage('Perfetto, le ho appena scritto.', mail).map((f) => f.rule)).toContain('offplatform');
  });
});
