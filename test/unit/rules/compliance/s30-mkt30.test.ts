// Marketing misses of the s30 real-material batch (wm1), each fixed by its structure (after-order-offer.ts) and written here in
// our own words (none of the batch's sentences): the offers that must be found and the service replies next to them that must
// stay clean (replacements, refunds, restocks of the same item, a choice asked before cancelling, an answer about models).
import { describe } from 'vitest';

import { cleanOfMarketing as clean, flagsMarketing as flags } from './helpers/cases';

describe('another item put forward after the order was cancelled (after-order-offer.ts, alternative)', () => {
  flags([
    'Hello Ann,\nthe walnut tray has sold out and your order is cancelled with a full refund.\nAs an alternative we suggest our oak tray, which ships today.',
    'Hallo Frau Berg,\ndie Vase in Blau ist vergriffen, wir haben die Bestellung storniert.\nStattdessen ist unser Modell Flora in Grün sofort lieferbar.',
    'Bonjour,\nle tapis rouge est épuisé, nous avons annulé votre commande.\nComme alternative, nous vous proposons notre modèle Sahara, disponible tout de suite.',
    'Hola Pedro:\nla mochila negra se ha agotado y hemos cancelado el pedido.\nComo alternativa le sugerimos nuestro modelo Trek en azul, disponible ya.',
    'Ciao Marco,\nil cuscino in lino è finito e abbiamo annullato l\'ordine.\nIn alternativa le consigliamo il modello Brezza, disponibile in magazzino.',
    'Olá Ana,\no tapete cinza esgotou e cancelamos o pedido com reembolso.\nEm vez disso, recomendamos o nosso modelo Praia, disponível para envio.',
    '山田様\n\nご注文のマグカップが欠品のため、ご注文をキャンセルいたしました。\n代わりに、同じ形の白は在庫がございますので、ぜひご検討ください。',
    'Hi,\nsorry, we had to cancel the order - the lamp is out of stock.\nOur Nova model is available now if you would like something similar.',
  ]);
  clean([
    // the same item back later: a restock answer
    ['The green lamp is sold out; we expect it back in stock next month and the listing will be available again then.', 'Will it come back?'],
    // a replacement unit of the bought item: no cancellation, no other item
    'Sorry the mug arrived chipped. We have sent a new one at no cost, no need to return the broken one.',
    'Es tut uns leid, der Deckel war beschädigt. Ein Ersatz ist heute rausgegangen, Sie müssen nichts weiter tun.',
    // a choice asked before cancelling: the order is still being completed
    'The black bag is out of stock. The grey one is available - shall we send it instead or cancel the order?',
    'La lámpara negra está agotada. ¿Prefiere que le enviemos la gris en su lugar o cancelamos el pedido?',
    // cancellation told, nothing else offered
    'Nous avons annulé la commande et le remboursement apparaîtra sous 3 à 5 jours.',
    'Abbiamo annullato l\'ordine come richiesto; il rimborso è già stato emesso.',
    'ご注文をキャンセルし、返金手続きをいたしました。ご不便をおかけし申し訳ございません。',
    'Cancelamos o pedido a seu pedido; o reembolso foi processado hoje.',
  ]);
});

describe('another version recommended after the buyer\'s item is named (after-order-offer.ts, upgrade)', () => {
  flags([
    ['The kettle you bought is the 1 L one. For a big family I would recommend the 1.7 L Plus version, it saves a second boil.', 'How much water does it hold?'],
    ['Das Gerät, das Sie gekauft haben, ist die Basisversion. Für tägliche Nutzung würde ich Ihnen das Modell Pro empfehlen.', 'Wie lange hält der Akku?'],
    ['Le grille-pain que vous avez acheté est le modèle 2 fentes. Pour une famille, je vous conseillerais plutôt le modèle Duo XL.', 'Il chauffe combien de tranches ?'],
    ['La batidora que compró es la de 500 W. Para masas duras le recomendaría pasarse a la versión Max de 1000 W.', '¿Sirve para masa de pan?'],
    ['Lo zaino che ha acquistato è da 20 litri. Per viaggi lunghi le consiglierei la versione Trek da 35 litri.', 'Ci sta un portatile?'],
    ['A chaleira que você comprou é a de 1 litro. Para a família toda, recomendo a versão Plus de 2 litros.', 'Quanto cabe nela?'],
    ['お買い上げの炊飯器は3合タイプです。大人数でしたら、5.5合のプレミアムモデルの方が便利ですので、次回はぜひご検討ください。', '何合炊けますか?'],
    ['The drill you ordered has one battery. If you use it daily, I\'d suggest you upgrade to the Pro kit with two.', 'How long does the battery last?'],
  ]);
  clean([
    // the buyer asked which model to take: the recommendation answers
    ['Il bollitore che ha acquistato è da 1 litro. Per quattro persone le consiglierei la versione da 1,7 litri.', 'Quale modello mi consiglia per quattro persone?'],
    ['La batidora que compró es la de 500 W. Le recomendaría la versión de 1000 W para eso.', '¿Qué modelo me recomienda para masa?'],
    // a software version, a mode or a use
    ['The speaker you bought runs fine; I would recommend updating the app to version 3.2 for the new equalizer.', 'The app crashes.'],
    ['Il robot che ha acquistato va bene; le consiglierei di usare la velocità 2 per gli impasti duri.', 'Fa fatica con la pizza.'],
    ['Das Gerät, das Sie gekauft haben, ist die Basisversion. Laden Sie es bitte über Nacht vollständig auf.', 'Wie lange hält der Akku?'],
    // a warranty exchange for another version
    ['The blender you received has a faulty motor; we will exchange it for the Pro version under warranty.', 'It stopped working.'],
    ['お買い上げのモデルは3Lです。5合まで炊けますので、ご家族4人分でも十分です。', '何合炊けますか?'],
    ['O modelo que você comprou é o de 3,5 L; recomendamos não passar da marca MAX no cesto.', 'Cabe um frango?'],
    // the buyer's own model to be identified (review of the merge: these were flagged)
    'Thanks for your message about the kettle you bought last week. I\'d recommend checking the model number on the base first, it tells us which lid fits.',
    'Das Gerät, das Sie gekauft haben, hat einen Filter. Ich würde Ihnen empfehlen, das Modell auf dem Typenschild zu prüfen.',
    'Le grille-pain que vous avez acheté chauffe mal ? Je vous conseille de vérifier le modèle indiqué sous l\'appareil.',
    'La lámpara que compró tiene dos versiones. Le recomiendo comprobar el número de modelo en la etiqueta de la base.',
  ]);
});

describe('a call to get one of one\'s own (after-order-offer.ts, get yours)', () => {
  flags([
    'Our new travel mug comes in five colours - grab yours now!',
    'Der neue Kalender ist da, sichern Sie sich jetzt Ihren!',
    'Le nouveau coffret est arrivé, réservez le vôtre dès aujourd\'hui.',
    'Ya está aquí la nueva edición del calendario, ¡consigue el tuyo ya!',
    'È arrivata la nuova tazza termica, assicurati la tua subito!',
    'Nosso sabonete de argila deixa a pele macia, vale a pena garantir o seu.',
    'Only a few of the linen sets are left, order yours today.',
    'A nova garrafa térmica chegou, peça já a sua!',
  ]);
  clean([
    // the verb said of a subject, not an imperative (review of the merge)
    'Once you get yours, please check the seal before you plug it in.',
    'When we get yours back from the carrier, the refund goes out the same day.',
    'You can get yours replaced under warranty, just reply here.',
    'Para garantir o seu reembolso, devolva o produto em até 30 dias.',
    'Para garantir a sua entrega, confirme o endereço no pedido.',
    'To get yours working again, hold the button for ten seconds.',
    'Le vôtre est parti ce matin, le suivi est dans votre commande.',
    'Il tuo ordine è stato spedito oggi.',
    'El tuyo ya está en camino, llegará el jueves.',
    'Ihres ist heute verschickt worden.',
  ]);
});

describe('s30 mend review: service replies near the three offer kinds stay clean (after-order-offer.ts)', () => {
  clean([
    // alternative after cancel: a service object offered, or the buyer asked for another item
    'Your order has been cancelled. Instead, the refund will be available within 5 days.',
    'We cancelled your order. The model number is still available in your order details.',
    'Die Bestellung wurde storniert. Alternativ können Sie die Rücksendung über Ihr Amazon-Konto anmelden, das Etikett ist dort verfügbar.',
    'La commande a été annulée. En alternative, vous pouvez aussi demander un remboursement, disponible sous 48 h.',
    'Hemos cancelado el envío. Como alternativa, puede recoger el paquete en la oficina de Correos, ya está disponible.',
    'L\'ordine è stato annullato. In alternativa può richiedere il rimborso: sarà disponibile entro 3 giorni.',
    'ご注文はキャンセルいたしました。代わりに返金は3日以内にご用意できます。',
    'We cancelled the shipment to the old address. Instead, we will send it to the new address you gave us; the item is in stock.',
    'The carrier cancelled the pickup. Instead, you can drop the parcel at any post office; the label is available in Your Orders.',
    ['We\'ve cancelled the red one as you asked. The blue version is in stock if you want to order it.', 'Is there another colour?'],
    // (our own, other languages)
    'Wir haben die Abholung storniert. Stattdessen können Sie das Paket in jeder Filiale abgeben, das Etikett ist verfügbar.',
    'O pedido foi cancelado. Em vez disso, o reembolso estará disponível em 5 dias.',
    ['Abbiamo annullato quello rosso come richiesto. Il modello blu è disponibile, se vuole ordinarlo.', 'C\'è un altro colore?'],
    // upgrade advice: care tips, a manual or a size chart in a version
    'Thank you for the kettle you bought. I\'d recommend descaling the model every month.',
    'You ordered the 2 m cable. We\'d suggest keeping the version with the ferrite core away from heat.',
    'Thanks for the jacket you ordered. I\'d recommend the size chart for the plus sizes.',
    'Gracias por la batidora que compró. Le recomendamos cambiar a la velocidad 2 del modelo para las masas.',
    'Grazie per il frullatore che ha acquistato. Le consiglierei di usare la versione italiana del manuale, allegata qui.',
    'Obrigado pela panela que você comprou. Recomendamos usar a versão em português do manual, que segue anexa.',
    // (our own)
    'Merci pour la bouilloire que vous avez achetée. Je vous conseille de détartrer le modèle chaque mois.',
    'Danke für den Mixer, den Sie gekauft haben. Wir empfehlen Ihnen die deutsche Version der Anleitung im Anhang.',
    'Grazie per la lampada che ha acquistato. Le consiglierei di pulire il modello con un panno asciutto.',
    // get yours: a parcel waiting to be picked up
    'Your replacement is at the post office. Get yours before Saturday or it goes back.',
    'A encomenda está na agência: pegue o seu hoje, antes das 18h.',
    'Il pacco è in giacenza all\'ufficio postale: prenda il suo oggi, prima delle 18.',
    'Der Ersatz liegt in der Packstation: holen Sie sich Ihres heute ab.',
    'Votre colis est au point relais : réservez le vôtre avant samedi.',
    'El paquete está en la oficina: pida el suyo hoy antes de las 8.',
    // (our own)
    'Your parcel is waiting at the locker. Get yours today, the code is in the app.',
    'Ihr Paket liegt in der Filiale. Sichern Sie sich Ihres heute, es wird sonst zurückgeschickt.',
    'Su paquete está en Correos. Reserve el suyo hoy, mañana vuelve al almacén.',
  ]);
});
