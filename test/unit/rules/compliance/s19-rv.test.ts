// s19 review 2 (/work/s19-review2.md): the false alarms and lost findings of the s19 rule changes, fixed by cause. Each
// block holds the reviewer's inputs plus own paraphrases in other words and languages, on both sides of the guard.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();
const all = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).map((f) => f.rule))].sort();

describe('#1: an ID the seller wants sent is not cleared by a present-tense "they ask"', () => {
  it.each([
    'Para retirar o reembolso, eles pedem uma foto do seu RG; pode nos mandar por aqui?',
    'Para recoger el reembolso piden una copia de su DNI, así que necesitamos que nos la adjunte aquí.',
    "Per ritirare il rimborso chiedono un documento d'identità: ce lo alleghi pure qui.",
    'For pickup they want to see your ID, so email a copy of your passport to us first.',
    // own paraphrases: the refund "withdrawn", the seller's "we" in the sentence
    'Para retirar o reembolso eles pedem o RG.',
    'Na retirada nos Correios eles pedem o RG, e nós também precisamos de uma cópia.',
    "Pour le remboursement ils demandent une pièce d'identité, envoyez-nous une copie.",
  ])('%s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
  it.each([
    'Na retirada nos Correios eles pedem documento com foto, então leve a CNH.',
    'Para recoger el paquete en Correos piden el DNI.',
    "Per ritirare il pacco all'ufficio postale chiedono un documento d'identità.",
    'At the post office they want to see your ID when you collect it.',
    "Au bureau de poste ils demandent une pièce d'identité.",
  ])('still clean at the counter: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

const entries = (text: string, buyerMessage?: string) =>
  checkMessage(text, buyerMessage ? { buyerMessage } : {}).map((f) => f.entry ?? f.rule);

describe('#2: a team or a tent of two is no small-team plea unless it is the seller', () => {
  it.each([
    "Assembly takes a two-person team about 30 minutes. Once it's up, we'd appreciate an honest review.",
    'Su tienda de dos personas ya va en camino. ¿Nos dejaría una reseña cuando la pruebe?',
    'Il montaggio richiede una squadra di due persone. Se può, ci lasci una recensione.',
    'Le montage demande une équipe de deux personnes. Pourriez-vous nous laisser un avis ?',
    'Das Gerät sollte von einem 2-Personen-Team getragen werden. Über eine Bewertung freuen wir uns.',
    'Para montarlo hace falta un equipo de dos personas. Si tiene un momento, ¿nos dejaría una reseña?',
    // own paraphrases
    'Moving the sofa is a job for a two-person team. If you have a minute, please leave us a review.',
    'A montagem pede uma equipe de duas pessoas. Pode nos deixar uma avaliação?',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['review_request']);
  });
  it.each([
    "We're a two-person team, so every review means a lot. Would you leave a review?",
    'Als Zwei-Personen-Team freuen wir uns sehr über jede Bewertung.',
    'Somos un equipo de dos personas; una reseña nos ayudaría muchísimo.',
    'Siamo una piccola squadra di due persone: una recensione ci aiuterebbe tanto.',
    'Somos una tienda de dos personas: ¿nos dejaría una reseña?',
  ])('the seller\'s own team keeps the plea: %s', (text) => {
    expect(rules(text)).toContain('leading');
  });
});
