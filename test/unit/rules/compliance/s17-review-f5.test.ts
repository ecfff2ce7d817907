// The s17 second reviewer's findings (items 1-6, 9, 10, 13-15) on the session's late guards, each written here in other
// words and other languages: what must be flagged again, what must stay clean again, and beside each the near-miss the
// guard was written for.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('review path: the buyer splits the review word and the how/where over two sentences (item 1)', () => {
  it.each([
    ["I'd like to review the kettle. How does that work?", 'Of course! Open Your Orders and click Write a product review next to the kettle.'],
    ['Ich will den Wasserkocher bewerten. Wie geht das?', 'Gern! Sie können unter Meine Bestellungen beim Wasserkocher eine Bewertung schreiben.'],
    ["J'aimerais donner mon avis sur la bouilloire. Où est-ce que ça se fait ?", 'Vous pouvez laisser un avis depuis Vos commandes, à côté de la bouilloire.'],
    ['Quiero valorar el hervidor. ¿Cómo lo hago?', 'En Mis pedidos, junto al hervidor, pulse el botón Escribir una opinión.'],
    ['Vorrei lasciare una recensione al bollitore. Come si fa?', 'Può lasciare una recensione da I miei ordini, accanto al bollitore.'],
  ])('%s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
  it('a how/where sentence on a topic of its own is no review question (the near-miss the guard was written for)', () => {
    expect(rules('You can update your review with the button under Your Orders.', { buyerMessage: 'I gave two stars because it came late. Where is my parcel now?' })).not.toEqual([]);
    expect(rules('Sie können Ihre Bewertung über die Schaltfläche unter Meine Bestellungen ändern.', { buyerMessage: 'Ich habe 2 Sterne gegeben. Wo bleibt meine Erstattung?' })).not.toEqual([]);
  });
  it('a bare question beside a review sentence asks nothing about reviews', () => {
    expect(rules('Yes, the blue one is on the product page. And you can leave a review under Your Orders.', { buyerMessage: 'Love it, I will leave a review! Do you sell the blue one?' })).toContain('review_request');
  });
});

describe('review path: a fix in the reply cancels only a path to change the review, after the seller did it (item 2)', () => {
  it.each([
    ['The new unit works well. Where do I post a review?', 'The replacement reached you on Monday, good. In Your Orders you can write a product review next to it.'],
    ['Ersatz ist da und funktioniert. Wo kann ich eine Rezension schreiben?', 'Der Ersatz ist also angekommen. Sie können unter Meine Bestellungen eine Bewertung schreiben.'],
    ['¿Dónde dejo una opinión? Ya está solucionado.', 'En Mis pedidos, pulse Escribir una opinión junto al artículo. Qué bien que esté solucionado.'],
  ])('%s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
  it("the seller's gladness is no deed: a path to change the review, asked for, stays clean", () => {
    expect(rules("We're glad the replacement works! You can update your review under Your Orders.", { buyerMessage: 'The replacement works. How do I update my review?' })).toEqual([]);
    expect(rules('Wir freuen uns, dass der Ersatz funktioniert. Unter Meine Bestellungen können Sie Ihre Bewertung ändern.', { buyerMessage: 'Der Ersatz geht. Wie kann ich meine Bewertung ändern?' })).toEqual([]);
  });
  it('the seller refunding or fixing, then the path to change the rating, stays a swap', () => {
    expect(rules('We replaced the unit last week. You can change your rating with the button in Your Orders.', { buyerMessage: 'How can I change my rating?' })).toContain('leading');
    expect(rules('Nous avons remboursé la commande. Vous pouvez modifier votre avis via le bouton dans Vos commandes.', { buyerMessage: 'Comment modifier mon avis ?' })).toContain('leading');
  });
});

describe('an attachment in this reply: a time word elsewhere sends nothing later (item 3)', () => {
  it.each([
    ['Sure, the guide is attached. Later you can also print it for the workshop.', 'Could you send the guide to my Gmail?'],
    ['Klar, die Rechnung finden Sie im Anhang. Sie werden merken, alles ist aufgeführt.', 'Können Sie mir die Rechnung an meine Gmail schicken?'],
    ['Certo, il manuale è in allegato. Dopo basta seguire le figure.', 'Può mandarmi il manuale sulla mia email?'],
    ['Claro, la guía va adjunta, luego me dice si le sirve.', '¿Me envía la guía a mi correo?'],
    ['Claro, o manual segue em anexo. Depois é só seguir as figuras.', 'Pode me mandar o manual no meu e-mail?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
  it('an attachment promised for later, with its send verb in the same clause, still leaves Amazon', () => {
    expect(rules("Sure, I'll send the guide as an attachment tonight.", { buyerMessage: 'Could you send the guide to my Gmail?' })).toContain('offplatform');
    expect(rules('Klar, ich werde Ihnen die Rechnung morgen als Anhang schicken.', { buyerMessage: 'Können Sie mir die Rechnung an meine Gmail schicken?' })).toContain('offplatform');
  });
});

describe("Amazon's page named beside a send accepted is no 'kept here' (item 4)", () => {
  it('a send promised, the page about something else', () => {
    expect(rules('Of course, I will send it over straight away. Delivery status is under Your Orders.', { buyerMessage: 'Can you send me the manual to my Gmail?' })).toContain('offplatform');
    expect(rules('Claro, se lo envío enseguida. El envío se puede seguir en Mis pedidos.', { buyerMessage: '¿Me puede enviar el manual a mi correo?' })).toContain('offplatform');
  });
  it('the page as where the thing is, nothing sent, stays clean', () => {
    expect(rules('Sure, you can download the bill any time under Your Orders.', { buyerMessage: 'Can you send me the bill by e-mail?' })).toEqual([]);
    expect(rules('Klar, die Rechnung steht unter Meine Bestellungen zum Download bereit.', { buyerMessage: 'Können Sie mir die Rechnung per Mail schicken?' })).toEqual([]);
  });
});

describe('a buyer asking to be told by a channel; a product feature is no ask (item 5)', () => {
  it.each([
    ['Sure, will do!', 'Can you let me know by e-mail once it is dispatched?'],
    ['Sure thing!', 'Could you tell me by SMS when it leaves the warehouse?'],
    ['Klar, machen wir!', 'Könnten Sie mir per E-Mail mitteilen, wann das Paket rausgeht?'],
    ['Bien sûr !', 'Vous pouvez me prévenir par mail dès que le colis part ?'],
    ['¡Claro!', '¿Puede avisarme por correo cuando salga el paquete?'],
    ['Certo!', 'Può avvisarmi per email quando parte il pacco?'],
  ])('%s <- %s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });
  it.each([
    ['Yes, the app can push alerts to your phone.', 'Can I get alerts by phone?'],
    ['Ja, die App schickt Benachrichtigungen aufs Handy.', 'Bekomme ich Benachrichtigungen per Handy?'],
    ['Oui, l’application envoie des alertes sur votre smartphone.', 'Est-ce que je peux recevoir des alertes par téléphone ?'],
    ['Yes, you can.', 'Please let me know whether I can control the heater by phone.'],
    ['Ja, das geht.', 'Können Sie mir Bescheid geben, ob man die Heizung per Handy steuern kann?'],
  ])('%s <- %s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
});

describe("the buyer's number as the account holds it, used by no one named: nothing asked (item 6)", () => {
  it.each([
    'Sofern in Ihrem Kundenkonto eine Handynummer hinterlegt ist, bekommen Sie am Zustelltag eine SMS mit dem Zeitfenster.',
    'Ist in Ihrem Amazon-Konto eine Mobilnummer gespeichert, erhalten Sie eine Nachricht zur Lieferung.',
    'If a mobile number is on file in your Amazon account, you get a text with the delivery window.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('a number asked to be confirmed on WhatsApp stays a channel (the near-miss)', () => {
    expect(rules('Please confirm the phone number on your order by WhatsApp.')).toContain('offplatform');
  });
});

describe('the seller asking to share or upload with a clitic "us" (item 9)', () => {
  it.each([
    'Traiga su DNI a la oficina de Correos para recoger el paquete y súbanos también una foto del DNI.',
    'Traiga el pasaporte a Correos para la recogida y envíennos además una copia del pasaporte.',
    'Traiga su DNI a la oficina de Correos y consúltenos antes con una foto del DNI.',
    "Porti con sé la carta d'identità all'ufficio postale per il ritiro e condivideteci anche una copia.",
    "Porti con sé il passaporto per il ritiro alle Poste e caricateci una foto del passaporto.",
  ])('%s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
  it('an ID brought to the post office alone stays clean', () => {
    expect(rules('Traiga su DNI a la oficina de Correos para la recogida.')).toEqual([]);
    expect(rules("Porti con sé la carta d'identità per il ritiro alle Poste.")).toEqual([]);
  });
});

describe("a confirmation asked after the technician's call is no number asked (item 10)", () => {
  it.each([
    'The technician will call you by phone to arrange the appointment, please confirm here once it is set.',
    'El técnico le llamará por teléfono para fijar la cita, luego confirme aquí, por favor.',
    'Le technicien vous appellera par téléphone pour le rendez-vous, merci de confirmer ici une fois fixé.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("a technician's call for help with an app or a date is phone support (item 13)", () => {
  it.each([
    'The technician will call you by phone to help you install the app and check the purchase date.',
    'El técnico le llamará por teléfono para ayudarle con la instalación de la app.',
    "Le technicien vous appellera par téléphone pour vous aider avec l'installation de l'application.",
    'Il tecnico la chiamerà per telefono per aiutarla con la data di acquisto.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('the call to book the visit stays clean (the case the guard was written for)', () => {
    expect(rules('El técnico le llamará por teléfono para concertar una cita.')).toEqual([]);
    expect(rules("Le technicien vous appellera par téléphone pour convenir de l'installation.")).toEqual([]);
    expect(rules('Le technicien vous appellera par téléphone pour convenir de la date de passage.')).toEqual([]);
  });
});

describe('a fix given as the reason after a leading "and"; an order issue is the item (item 14)', () => {
  it.each([
    'And as it all works now, could you leave a review?',
    'Et comme tout marche à nouveau, pourriez-vous laisser un avis ?',
    'Y como todo funciona de nuevo, ¿podría dejar una reseña?',
    'Since the problem with your order is solved, would you leave us a review?',
    'Ya que el problema con su pedido está resuelto, ¿podría dejarnos una reseña?',
  ])('%s', (text) => {
    expect(rules(text)).toContain('leading');
  });
  it('a refund settled is still no product working (the near-miss)', () => {
    expect(rules('Since your refund has been fully resolved, you are welcome to leave a review.')).not.toContain('leading');
  });
});

describe('"nichts" refused with a hyphenated word between (item 15)', () => {
  it.each(['Leider können wir per E-Mail nichts verschicken.', 'Wir dürfen über E-Mail-Adressen nichts versenden.'])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('an invitation after the refusal stays flagged', () => {
    expect(rules('Leider können wir nichts am Preis ändern, schreiben Sie uns per E-Mail.')).toContain('offplatform');
  });
});
