// Off-Amazon contact and personal-data errors of the s26 blind batches b-f, each fixed by its cause and written here in other
// words (no batch sentence copied), with near-misses that must stay clean and, after every guard, real violations that must
// still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead; its warns are not what these causes change). */
const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
/** Every finding's rule, the learned layer's too. */
const all = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a channel ruled out as the subject of its own clause ("WhatsApp isn\'t an option for us") is a refusal', () => {
  it.each([
    ['Sorry, we only use the Amazon inbox here, so WhatsApp isn\'t possible for us. Please attach the photos to this thread.'],
    ['The camera sends its alerts through its own app only; Telegram is not supported, sorry.'],
    ['We keep everything in Amazon messages, so WhatsApp is off the table, but the clip can go right here.'],
    ['WhatsApp ist für uns leider keine Option, die Fotos können Sie hier anhängen.'],
    ['WhatsApp n\'est pas une option pour nous, désolé ; vous pouvez joindre la vidéo ici.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags: an invitation after the ruling out, another channel offered, a condition', () => {
    expect(rules('WhatsApp isn\'t just quicker, message us there on +44 7700 900456.')).toContain('offplatform');
    expect(rules('WhatsApp isn\'t an option on Amazon, so write to us at help@birchhome.com.')).toContain('offplatform');
    expect(rules('If WhatsApp isn\'t an option for you, contact us on Telegram.')).toContain('offplatform');
    expect(rules('WhatsApp is out for us, but Telegram works fine: message us there.')).toContain('offplatform');
  });
});

describe('the buyer\'s contact detail a carrier "needs", asked to be handed to the seller, is asked for all the same', () => {
  it.each([
    // the need in one sentence, the hand-over of "it" in the next
    ['Der Paketdienst braucht für den Termin Ihre Mobilnummer. Würden Sie sie mir bitte hier schicken?'],
    ['La agencia de transporte necesita un móvil de contacto para la entrega. ¿Nos lo envía por aquí?'],
    ['O entregador precisa do seu telefone para combinar o horário. Consegue me passar?'],
    ['The freight company needs your mobile number to book the slot. Could you type it here for me?'],
    ['Le transporteur a besoin de votre numéro de portable. Pouvez-vous me l\'écrire ici ?'],
    // in one sentence: the carrier's need is no exemption when the seller collects it
    ['The courier needs your phone number, so please send it to us in this thread.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-misses: Amazon passes it on, the carrier receives it, another object, the order number', () => {
    expect(rules('Der Paketdienst braucht Ihre Mobilnummer. Die gibt Amazon automatisch weiter, Sie müssen nichts tun.')).toEqual([]);
    expect(rules('The courier needs your phone number. Could you give it to the driver when he rings?')).toEqual([]);
    expect(rules('The courier needs your mobile number for the slot. Could you send us a photo of the parcel label too?')).toEqual([]);
    expect(rules('The warehouse needs the order number. Could you send it to me?')).toEqual([]);
    expect(rules('Die Spedition meldet sich telefonisch. Die Telefonnummer bekommt sie aus Ihrer Bestellung bei Amazon.')).toEqual([]);
  });
});

describe('the Brazilian bank fields "banco, agência e conta" asked for a transfer', () => {
  it.each([
    ['Vamos devolver o frete por transferência. Me passa banco, agência e conta, por favor.'],
    ['Pelo atraso mandamos R$ 15,00 por TED: me envie banco, agência e número da conta.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it('near-misses: not needed, no hand-over (the pt lexicon\'s own personal_data on a bare "agência e conta" is not this cause)', () => {
    expect(rules('O reembolso cai na forma de pagamento da Amazon, não precisa informar agência e conta.')).toEqual([]);
    expect(rules('Os dados de banco, agência e conta ficam só com a Amazon; o estorno é automático.')).not.toContain('offplatform');
    expect(rules('Conferimos banco, agência e conta do nosso cadastro antes de emitir a nota.')).not.toContain('offplatform');
  });
});

describe('a domain spelled with "punto" whose host joins words by hyphens', () => {
  it.each([
    ['Nuestra tienda es muebles-sauce punto es, ahí están todos los tiradores.'],
    ['Los repuestos están en casa-lumbre punto es.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('url');
  });

  it('near-misses: "punto es" in a sentence', () => {
    expect(rules('En este punto es necesario apretar el tornillo.')).toEqual([]);
    expect(rules('La junta anti-goteo punto es clave para el sellado.')).toEqual([]);
    expect(rules('El punto es que la pieza llega mañana.')).toEqual([]);
  });
});

describe('the Spanish sign-up "darse de alta" and the Portuguese "inscreva-se" at an address', () => {
  it.each([
    ['Para sumar puntos, date de alta en nuestro club: club.tallerbrisa.com'],
    ['Si lo desea, dese de alta en la comunidad de clientes en socios.relojesnube.es'],
    ['Inscreva-se no nosso clube de vantagens: clube.lojabrisa.com.br'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'url']));
  });

  it('near-misses: "de alta" as a quality, a manual link', () => {
    expect(rules('Es un reloj de alta calidad; el manual está en relojesnube.es/manual')).toEqual(['url']);
    expect(rules('Le damos de alta la garantía automáticamente con su pedido de Amazon.')).toEqual([]);
  });
});

describe('a policy page to read at an address is a url only', () => {
  it.each([
    ['Puede leer nuestra política de devoluciones en www.mueblesbrisa.shop/devoluciones'],
    ['You can read our return policy at oakandreed.store/returns'],
    ['Unsere Rückgabebedingungen finden Sie unter www.holzbrise.de/rueckgabe.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['url']);
  });

  it('still flags: buying, writing or visiting there beside the policy', () => {
    expect(rules('Consulte nuestra política de devoluciones y compre los recambios en www.mueblesbrisa.shop')).toContain('offplatform');
    expect(rules('Lea nuestra política de devoluciones y escríbanos a soporte@mueblesbrisa.es')).toContain('offplatform');
    expect(rules('Visite nuestra web www.mueblesbrisa.shop para ver la política de devoluciones.')).toContain('offplatform');
  });
});

describe('the learned layer\'s sentence that goes on about the carrier named the sentence before', () => {
  it('a carrier\'s voicemail, told with "they", is no invitation', () => {
    const text = 'The delivery partner will call you at the number on your Amazon order to agree a slot. If you miss their call they leave a voicemail with a booking reference.';
    expect(all(text)).toEqual([]);
  });

  it('still flags: the seller as the one reached, a channel named', () => {
    expect(rules('The courier will call you before delivery. If you miss them, just WhatsApp us at +44 7700 900123.')).toContain('offplatform');
    expect(rules('The driver will phone you first. If he can\'t reach you, call us on 020 7946 0321.')).toContain('offplatform');
  });
});

describe('s26 review #10: the channel lists derived from SOCIAL_NETWORKS / MESSENGER_APPS', () => {
  it('a refused list whose first item is any network reaches its last channel', () => {
    expect(rules('We never sell through TikTok, e-mail or WhatsApp.')).toEqual([]);
    expect(rules('Não enviamos cobranças por YouTube, SMS ou WhatsApp.')).toEqual([]);
  });

  it('the German social DM names every network and messenger', () => {
    expect(rules('Schreiben Sie uns gern auf Pinterest, dort antworten wir schneller.')).toContain('offplatform');
    expect(rules('Melden Sie sich einfach über Viber, das geht schneller.')).toContain('offplatform');
  });

  it('near-misses: a refusal, a network as a product feature', () => {
    expect(rules('Über Pinterest schreiben können wir Ihnen leider nicht, bitte bleiben Sie hier.')).not.toContain('marketing');
    expect(rules('Die Kamera teilt Clips direkt auf YouTube, die Anleitung liegt bei.')).toEqual([]);
  });
});
