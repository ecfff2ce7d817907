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
