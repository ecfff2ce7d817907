// s25 blind f (long templates: one line among many violates). Paraphrased examples, not the batch's sentences.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const ruleLayer = (text: string) => [...new Set(checkMessage(text).filter((f) => f.layer === 'rule').map((f) => f.rule))].sort();
const modelRules = (text: string) => [...new Set(checkMessage(text).filter((f) => f.layer === 'model').map((f) => f.rule))].sort();

/** A long template around one line: greeting, order line, care tips, sign-off. */
const template = (greeting: string, body: string[], signOff: string[]) => [greeting, '', ...body, '', ...signOff].join('\n');

describe('"find us on <network>" under a sign-off is a social follow (direct-sale.ts FIND_US)', () => {
  it.each([
    template('Bonjour Monsieur Lenoir,', ['Votre théière en fonte (commande 402-5518830-1129904) est partie hier avec Chronopost.', 'Rincez-la à l\'eau chaude avant la première infusion.'], ['Belle journée,', 'Maison Théodore', 'Vous nous retrouverez aussi sur Instagram et Pinterest !']),
    template('Hola, Sra. Ibáñez:', ['Su lámpara de sobremesa (pedido 404-2210937-8812204) sale hoy con Correos Express.', 'La bombilla es E27, de 8 W como máximo.'], ['Un saludo,', 'Luz de Olivo', 'Encuéntrenos en Facebook y Pinterest.']),
    template('Buongiorno signora Ferri,', ['La moka da 6 tazze (ordine 405-7719230-4418821) è stata affidata a BRT stamattina.', 'Per il primo caffè, buttate via le prime due preparazioni.'], ['Cordialmente,', 'Caffè Borghi', 'Ci trovate su Instagram e TikTok!']),
    template('Olá, Dona Célia,', ['Sua panela de barro (pedido 701-6628145-2093310) saiu hoje pelos Correios.', 'Antes do primeiro uso, cure a panela com óleo e fogo baixo.'], ['Abraços,', 'Barro & Brasa', 'Encontre-nos no Instagram e no Pinterest!']),
  ])('flags the follow line by rule, not only by the learned layer: %#', (text) => {
    expect(ruleLayer(text)).toContain('marketing');
    // (no account named: the learned layer's offplatform on the follow line is cleared - README conventions)
    expect(modelRules(text)).not.toContain('offplatform');
  });

  it.each([
    // a contact channel, not a follow: the message asked there is offplatform, not marketing
    'Retrouvez-nous sur Instagram (@atelier_sorbier) et envoyez-nous la photo en message privé.',
    'Ci trovi su Facebook: scrivici lì in privato con il numero d\'ordine.',
    // no "us": an item or a video found on a network
    'Retrouvez la vidéo de détartrage sur YouTube, chaîne du fabricant.',
    'Trova il video di montaggio su YouTube cercando il codice del modello.',
    // refused, or Amazon
    'Vous ne nous trouverez pas sur Instagram : tout passe par la messagerie Amazon.',
    'No nos encontrará en Facebook; escríbanos solo por la mensajería de Amazon.',
  ])('no social follow in %s', (text) => {
    expect(checkMessage(text).map((f) => f.entry)).not.toContain('marketing:social-follow-structure');
  });

  it('keeps real follows with an account or a sale on the line', () => {
    // the account named: marketing and an address outside Amazon
    expect(rules('Retrouvez-nous aussi sur Instagram : @maison_theodore.')).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
    // a follow with a sale there still is one (the direct-sale branch or a lexicon reads the price)
    expect(rules('Encuéntranos en Instagram, allí vendemos las bombillas más baratas.')).toContain('marketing');
    // a Portuguese sentence with no other mark: its "no" is "in the", no negation
    expect(ruleLayer('Nos encontre no TikTok!')).toContain('marketing');
  });
});

describe('"find us on" a network with a review asked there is no follow', () => {
  it.each([
    'Vous nous retrouvez sur Facebook : un avis sur notre page nous aiderait beaucoup.',
    'Nos encontre no Facebook: uma avaliação na nossa página ajuda muito.',
  ])('%s', (text) => {
    const found = checkMessage(text);
    expect(found.map((f) => f.entry)).not.toContain('marketing:social-follow-structure');
    expect(found.map((f) => f.rule)).toContain('review_request');
  });
});

describe('a pack named in the bracket that references the order is the item bought (check.ts packInOrderReference)', () => {
  it.each([
    template('Bonjour Madame Girard,', ['Voici où en est votre envoi (commande 407-1182940-3365518, lot de 6 bols Provence 50 cl).', 'Transporteur : DPD, numéro de suivi 0956 2231 8876.', 'Les bols passent au micro-ondes.'], ['Cordialement,', 'Faïencerie Aubin']),
    template('Hola, Sr. Pastor:', ['Le escribimos sobre su envío (pedido 406-7731902-2284410, pack de 3 sartenes Hierro).', 'Sale hoy con SEUR.'], ['Saludos,', 'Forja Pastor']),
    template('Gentile signor Riva,', ['Aggiornamento sulla spedizione (ordine 405-3390218-7741106, confezione da 6 calici Murano).', 'Il corriere GLS consegna entro giovedì.'], ['Cordiali saluti,', 'Vetreria Riva']),
  ])('stays clean: %#', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    // a price, an offer or availability inside the bracket is a pitch
    'Voici votre envoi (commande 407-1182940-3365518, lot de 6 bols à 19 € chez nous).',
    'Aggiornamento (ordine 405-3390218-7741106, confezione da 6 calici disponibile in offerta).',
    // the pack pitched after the bracket closed
    'Voici votre envoi (commande 407-1182940-3365518). Le lot de 6 bols est aussi disponible à petit prix.',
    // no order id in the bracket
    'Voici votre envoi (lot de 6 bols à petit prix dans notre boutique).',
  ])('still flags %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});
