// s34 fix D (fd34): off-Amazon moves and marketing the rule layer missed on dev rows - each reading with sentences of its own and
// the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const flags = (rule: string, cases: [string, string?][]) =>
  it.each(cases)(`flags ${rule}: %s`, (text, buyer) => expect(ruleLayer(text, buyer)).toContain(rule));
const clean = (rule: string, cases: [string, string?][]) =>
  it.each(cases)(`no ${rule}: %s`, (text, buyer) => expect(ruleLayer(text, buyer)).not.toContain(rule));

describe('payment-channel: the Italian article elision and "no need to <other act>:" are no refusal', () => {
  flags('offplatform', [
    ["Per il modello grande serve un'aggiunta di 9 €: ci faccia un bonifico e lo spediamo domani."],
    ["Manca un'integrazione di 6 euro, la può saldare con Satispay."],
    ['Pas besoin de renvoyer la lampe : payez-nous simplement la différence par Lydia et on expédie.'],
    ['No need to send the kettle back - just pay the difference by PayPal and we ship the bigger one.'],
    ['Non serve rimandare nulla: basta un bonifico di 7 € e partiamo.'],
  ]);
  clean('offplatform', [
    ["Non accettiamo un'integrazione via PayPal: paghi tutto su Amazon."],
    ['Nous ne pouvons pas accepter de paiement par Lydia, tout passe par la commande.'],
    ['No need to pay the difference by PayPal, we will cover it ourselves.'],
  ]);
});

describe('Japanese: a polite negative question asks for the call (check.ts NEGATION_AFTER)', () => {
  flags('offplatform', [['設置状況を拝見したいので、Zoomでご説明させていただけませんでしょうか。'], ['Zoomで操作方法をご案内できませんか。']]);
  clean('offplatform', [['Zoomでのご案内はできません。'], ['ビデオ通話でのサポートはお受けできません。']]);
});

describe('en slack-channel', () => {
  flags('offplatform', [['Drop a note to our makers on Slack and they will sort it out.'], ['Your Slack invite is in the welcome leaflet.']]);
  clean('offplatform', [['Leave a little slack in the hose so it can move.'], ['Pull the cord until there is no slack on it.'], ['We do not run any support on Slack, please write here.']]);
});

describe('pt tip-pitch', () => {
  flags('marketing', [['Dica: compre também a tampa de silicone, encaixa perfeitamente.'], ['Fica a dica: a nossa escova macia deixa a grelha impecável.']]);
  clean('marketing', [['Dica: seque bem a frigideira antes de guardar.'], ['Fica a dica: o nosso vídeo mostra a instalação.'], ['Dica: use água morna na primeira lavagem.']]);
});

describe("fr/it: the buyer's own mailbox proposed, the seller accepting", () => {
  flags('offplatform', [
    ["D'accord, je vous la transmets ce soir.", 'Vous pouvez mettre le bon de garantie sur mon mail pro ?'],
    ['Certo, gliela invio oggi stesso.', 'Può girarmi la ricevuta sulla mia PEC aziendale?'],
  ]);
  clean('offplatform', [
    ['Nous restons sur la messagerie Amazon, la facture est jointe.', 'Envoyez la facture sur mon mail svp'],
    ['Certo, la fattura è allegata qui.', 'La mia pecora di peluche è arrivata rotta, può mandarne una nuova?'],
  ]);
});

describe("bypass-amazon: the seller's mail told from the buyer's side, 'not here over Amazon'", () => {
  flags('offplatform', [
    ['Sie haben gestern eine Mail zu Ihrem Umtausch von uns erhalten. Bitte antworten Sie direkt darauf, nicht hier über Amazon.'],
    ['You got an email from us about the repair this morning. Please reply to it directly.'],
    ['Vous avez reçu un e-mail de notre part ce matin. Répondez-y directement, pas ici.'],
  ]);
  clean('offplatform', [
    ['Sie haben eine E-Mail von Amazon bekommen. Bitte antworten Sie direkt darauf.'],
    ['You got an email from us this morning. Please reply here on Amazon instead.'],
  ]);
});

describe("seller-channel: the app's chat 'better than here'", () => {
  flags('offplatform', [['Installi la nostra app: in chat le rispondiamo molto meglio che qui.'], ['Get our app - the chat there is way faster than here.']]);
  clean('offplatform', [['Download our app to set the timer; our team answers here.'], ['Scarichi la app per le impostazioni del Wi-Fi, è più comodo che qui.']]);
});

describe('promotion: the acclaimed forms with the seller\'s own item', () => {
  flags('marketing', [['Petite info : notre baume au karité est le soin le plus apprécié par nos clientes.'], ['Nuestra crema de manos es lo más valorado de la tienda.']]);
  clean('marketing', [['Cette taille est la plus appréciée en hiver, d\'où la rupture.']]);
});

describe('price-step: a model named as the better buy', () => {
  flags('marketing', [['If you cook for six, the XL model is honestly the better buy.', 'Is the pan big enough for a family?'], ['Für lange Touren ist das Pro-Modell der bessere Kauf.']]);
  clean('marketing', [['Your Pro model was the better buy for long hikes.'], ['Returning it through Amazon is the better option.']]);
});

describe("offsite-invite: the seller's own community or forum at an address", () => {
  flags('offplatform', [['Other owners answer fast in our user forum at talk.kettlecraft.com.'], ['Fragen beantwortet unser Forum unter hilfe-kessel.de schneller.']]);
  clean('offplatform', [['The setup guide in our community at ask.brindle.com explains each step.']]);
});
