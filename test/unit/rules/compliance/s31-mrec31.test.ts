// s31 mrec31: marketing and off-Amazon misses of the development rows, fixed by structure and written here in other words (none of
// the rows' sentences): the buyer's own e-mail or mobile number asked by the seller (buyer-contact-ask.ts) - offplatform and
// personal_data both - and the replies beside it that must keep their findings or stay clean.
import { describe, expect, it } from 'vitest';
import { buyerContactAsks } from '../../../../rules/compliance/detectors/buyer-contact-ask';
import { normalize } from '../../../../rules/compliance/normalize';

import { hasRule, lacks } from './helpers/cases';

const offplatform = hasRule('offplatform');
const personal = hasRule('personal_data');
const noOff = lacks('offplatform');
const noPersonal = lacks('personal_data');
/** Near-misses other rules may read: this detector alone must stay quiet on them. */
const quiet = (cases: string[]) =>
  it.each(cases)('buyer-contact-ask.ts stays quiet: %s', (text) => {
    expect(buyerContactAsks(normalize(text).text)).toEqual([]);
  });

const ASKED = [
  'Could you send me your personal email address? The spare-parts list is easier to share that way.',
  'Please share your mobile number and our technician will arrange the visit.',
  'Which e-mail address do you use outside this platform? The certificate goes out from our own system.',
  'Geben Sie uns bitte Ihre private E-Mail-Adresse, dann schicken wir das Handbuch direkt.',
  'Für die Registrierung brauchen wir noch Ihre Handynummer.',
  'Envoyez-moi votre adresse mail personnelle, je vous fais suivre le bon de garantie.',
  'Pouvez-vous nous indiquer votre numéro de portable pour la prise de rendez-vous ?',
  'Pásanos tu correo electrónico y te mandamos el catálogo de recambios.',
  'Para activar la garantía, necesitamos tu número de móvil y tu ciudad.',
  'Mi lasci il suo indirizzo email, così le giro subito la scheda tecnica.',
  'Per la pratica ci serve il suo numero di cellulare, grazie.',
  'Me passa o seu e-mail que eu envio o certificado por lá.',
  'Para concluir o cadastro, informe o número do seu celular.',
  'お手数ですが、お客様のメールアドレスを教えていただけますか。',
  'お客様の携帯番号をお知らせください。担当者よりご連絡いたします。',
];

describe("the buyer's own e-mail or mobile number asked (buyer-contact-ask.ts)", () => {
  offplatform(ASKED);
  personal(ASKED);
});

describe('near-misses: Amazon, a carrier, a refusal, the phone model, the seller\'s own address', () => {
  const clean = [
    'Please keep your e-mail address up to date in your Amazon account settings.',
    'We have sent the invoice to your email address registered with Amazon.',
    'We never need your e-mail address: Amazon forwards all our messages.',
    'Ihre E-Mail-Adresse brauchen wir nicht, wir antworten hier.',
    'Le transporteur pourra vous appeler sur votre numéro de portable avant la livraison.',
    '¿Cuál es el modelo de tu móvil? Así comprobamos si la funda es compatible.',
    'Qual é o modelo do seu celular? Assim confirmo se a película serve.',
    'Il corriere la contatterà al suo numero di cellulare indicato nell\'ordine.',
    'メールアドレスなどの個人情報はご記入いただかなくて大丈夫です。',
  ];
  noOff(clean);
  noPersonal(clean);
  quiet([
    ...clean,
    // (a social handle asked is personal_data alone, as the team's rows have it; the lexicons read it)
    'Please tell us your Instagram handle so we can feature your photo.',
    // (the seller's own channel offered: offplatform from the channel lists, no buyer data asked)
    'Ci scriva su WhatsApp, le rispondiamo subito.',
  ]);
  personal(['Please tell us your Instagram handle so we can feature your photo.']);
});
