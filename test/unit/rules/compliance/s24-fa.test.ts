// False alarms of the s24 blind batches e and f (and b) on compliant replies, each fixed by its cause and written here in
// other words - with near-misses that are real violations and must still flag after each guard.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' own findings (not the learned layer's), so a case cannot pass on the model alone. */
const ruled = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer !== 'model');
const rules = (text: string, options?: CheckOptions) => [...new Set(ruled(text, options).map((f) => f.rule))].sort();

describe('an ID brought to a pickup counter in German verb-final order is the counter\'s, not the seller\'s ask', () => {
  it.each([
    'Ihre Sendung liegt in der DHL-Filiale am Markt. Bitte den Personalausweis und die Karte mitbringen.',
    'Die Post hält das Päckchen sieben Tage bereit; am Schalter einfach den Ausweis vorzeigen.',
    'GLS hat das Paket im Paketshop an der Ecke hinterlegt. Zum Abholen den Ausweis und die Karte bereithalten.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
  it.each([
    'Bitte den Ausweis mitbringen, wir brauchen eine Kopie für die Garantie.',
    'Das Paket liegt im Paketshop. Den Ausweis bitte fotografieren und hier hochladen.',
    'Zur Garantieverlängerung bitte den Personalausweis vorlegen und uns das Foto schicken.',
    'Für die Rücksendung den Ausweis mitnehmen und an unserem Lager abgeben.',
  ])('still flags the seller asking for it: %s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
});

describe('a fronted channel refused with an impersonal "it does not work / is not possible"', () => {
  it.each([
    'Über WhatsApp klappt das bei uns leider nicht, bitte hängen Sie die Bilder hier an.',
    'Per Telegram funktioniert das bei uns nicht, wir antworten nur hier.',
    'Por WhatsApp no se puede, lo sentimos; envíe las fotos por este chat.',
    'Su WhatsApp non si può, ci scusi: alleghi pure le foto qui.',
    'Pelo zap não dá, só respondemos aqui pela Amazon.',
    "Over WhatsApp that's not possible, please attach the photos here.",
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage: 'Kann ich Ihnen die Bilder per WhatsApp schicken?' })).not.toContain('offplatform');
  });
  it.each([
    'Per WhatsApp geht es viel schneller, schreiben Sie uns.',
    'Per WhatsApp geht es nicht nur schneller, sondern auch einfacher: 0151 2345678.',
    'Hier geht es leider nicht, per WhatsApp schon.',
    'Pelo zap não dá problema nenhum, me chama lá.',
  ])('still flags the channel offered: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('"pode ser" before a participle is a passive modal, not "sure" to the buyer\'s proposal', () => {
  const buyerMessage = 'Dá pra pagar no Pix direto com vocês?';
  it.each([
    'Agradecemos a pergunta; a compra só é possível via Amazon e o valor é o do anúncio.',
    'Obrigada pelo contato! O pagamento pode ser feito somente no checkout, o preço continua o mesmo.',
    'Entendo, mas a cobrança só pode ser paga pela própria Amazon.',
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage })).not.toContain('offplatform');
  });
  it.each([
    'Pode ser! Me passa a chave que eu te mando o link.',
    'Pode ser, te chamo no zap às 14h.',
    'Pode ser sim, fechamos por fora.',
  ])('still flags the acceptance: %s', (text) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });
});

describe('messengers listed as the notifications a watch shows', () => {
  it.each([
    'Yes, it shows the messages from WhatsApp, Signal and Telegram once you allow them in the companion app of the watch.',
    'Ja, sie zeigt Benachrichtigungen von WhatsApp, Telegram und Signal, sobald Sie in der App der Uhr die Rechte freigeben.',
    'Sim, exibe as notificações do WhatsApp e do Telegram depois de liberar as permissões no app do relógio.',
    'Sì, l\'orologio visualizza le notifiche di WhatsApp, Telegram e SMS dopo aver dato i permessi nell\'app.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it.each([
    'El reloj muestra las notificaciones de WhatsApp; para soporte, escríbanos por WhatsApp al 600 123 456.',
    'Para dudas del reloj le mostramos todo por WhatsApp, Telegram o llamada.',
    'The watch shows our updates as messages from WhatsApp, Telegram or Signal - join our channel to get them.',
  ])('still flags the seller\'s channel: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('a channel or data declined as not needed or not used', () => {
  it.each([
    'Le remboursement arrive sur votre carte Amazon, inutile de nous transmettre votre RIB ou vos coordonnées bancaires.',
    'Merci, mais nous préférons ne rien recevoir ; inutile de nous envoyer vos coordonnées bancaires.',
    'Gracias, pero preferimos no usar Telegram; te escribimos por este mismo hilo.',
    'Le recomendamos no compartir su WhatsApp con nadie; seguimos por aquí.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
    expect(rules(text)).not.toContain('offplatform');
  });
  it.each([
    'Inutile de passer par Amazon pour ça, envoyez-nous vos coordonnées bancaires et on vous rembourse.',
    "Inutile d'attendre la réponse d'Amazon : envoyez-nous vos coordonnées bancaires.",
    'Preferimos no usar el chat de Amazon; escríbenos por WhatsApp al 699 555 432.',
    'Mejor no usar Amazon para esto, pásame tu WhatsApp.',
  ])('still flags the ask or the channel offered: %s', (text) => {
    expect(rules(text).some((r) => r === 'personal_data' || r === 'offplatform')).toBe(true);
  });
});
