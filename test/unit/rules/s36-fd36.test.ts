// Session 36, helper fd36: delivery and logistics - the seller's own tracking page, the buyer's number asked "for the courier",
// and their near-misses (a carrier's page, a pick-up point's ID check, the seller refusing its own number or the phone), in our
// own words (not the corpus sentences).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe("s36 fd36: the seller's own tracking page as where to follow the parcel (offsite-invite.ts ownStatusPage)", () => {
  it.each([
    'Our tracking is more accurate than the courier app - you can follow your parcel at status.pinewoodgoods.com.',
    'Den Lieferstatus können Sie jederzeit unter paket.lampenhaus-berger.de verfolgen.',
    "Vous pouvez voir l'avancement de votre colis sur www.atelier-rosier.fr/suivi avec votre numéro de commande.",
    'Amazon tarda en actualizar, así que consulta el estado del envío en envios.velasmarina.es',
    'Lo stato del pacco lo vede in tempo reale su ordini.sartoriabellini.it/stato',
    'Acompanhe a entrega pelo link pedidos.casaipe.com.br/rastreio, atualiza mais rápido que a transportadora.',
    'お荷物の配送状況は tsubaki-kobo.jp/status からもご確認いただけます。',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'You can track the parcel on the DHL page: nolp.dhl.de',
    'Check the status at www.royalmail.com with the tracking number RM123456789GB.',
    "The carrier's tracking page shows it in the depot: track.parcelhub-logistics.com",
    'Il pacco è stato affidato al corriere. Per seguirlo: https://tracking.spedirapido.it/?id=42',
    'O pacote está com a transportadora. Para acompanhar: rastreio.levaja.log.br',
    'The status page www.lumenhaus.com/track is not available yet, we will send you the tracking number here.',
    'Das Handbuch zum Aufbau finden Sie unter www.regalwerk.de/anleitung.',
  ])('%s stays clear of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s36 fd36: the buyer\'s number or e-mail asked of the buyer "for the courier" (contact-ask.ts)', () => {
  it.each([
    'Could you reply with a phone number the courier can call you on?',
    'Para que el repartidor pueda llamarte necesitamos tu móvil y un email personal (no el de Amazon). Envíanoslos cuando puedas.',
    'Pra entregadora achar seu endereço, manda aqui seu celular com DDD, por favor.',
    '配達員にお伝えするため、お客様のお電話番号をご返信いただけますか。',
  ])('%s is offplatform and personal_data', (text) => {
    const found = rules(text);
    expect(found).toContain('offplatform');
    expect(found).toContain('personal_data');
  });
  it.each([
    'The courier will call you on the number in your Amazon account, so there is nothing to send us.',
    'No nos envíe su móvil, el repartidor ya tiene el número de Amazon.',
    '配送業者よりご注文時のお電話番号へご連絡が入ります。',
  ])('%s stays clear of personal_data', (text) => expect(rules(text)).not.toContain('personal_data'));
});

describe('s36 fd36: a third party\'s requirement or the seller\'s own number refused is no ask (context-guards.ts, ja lexicon)', () => {
  it.each([
    'El paquete está en el punto de recogida de Correos. Tienes 7 días para recogerlo con tu DNI.',
    'The parcel is waiting at the pick-up point; you can collect it with your photo ID.',
    '申し訳ございませんが、スタッフ個人の携帯番号はお伝えいたしかねます。',
  ])('%s stays clear of personal_data', (text) => expect(rules(text)).not.toContain('personal_data'));
  it.each([
    'Para recogerlo con tu DNI, envíanos antes una foto del DNI por aquí.',
    '個人の携帯番号を教えていただけますか。',
  ])('%s is personal_data', (text) => expect(rules(text)).toContain('personal_data'));
});

describe('s36 fd36: the phone conceded, then kept on Amazon (check.ts CONCEDED_CHANNEL)', () => {
  it.each([
    'Ich verstehe, telefonisch wäre es einfacher, aber wir beantworten alle Anfragen über das Amazon-Postfach.',
    'Entiendo que sería más cómodo por WhatsApp, pero tramitamos todas las consultas por los mensajes de Amazon.',
    'I know it would be quicker by phone, but we keep every request in Amazon messages for your protection.',
  ])('%s stays clear of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
  it.each([
    'Ce serait plus simple par WhatsApp, mais écrivez-nous quand même.',
    'Contactez-nous par téléphone au besoin.',
    // (after the merge: a bare conditional concedes nothing, and a "but" that keeps only the money on Amazon keeps no talking there)
    'I would suggest WhatsApp on +44 7700 900123, but Amazon messages work too.',
    'Ich würde Ihnen WhatsApp empfehlen, aber hier geht es auch.',
    'Capisco che preferisce WhatsApp: ci scriva pure lì, ma il rimborso passa solo da Amazon.',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
});

describe("s36 fd36: the seller's shop named with \"bei uns\" (offsite-invite.ts ADDRESS_TRADE)", () => {
  it.each([
    'Beim nächsten Mal direkt bei uns im Shop (kraeuterhof-lind.de) bestellen, da ist der Versand gratis.',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
});
