// Marketing misses of the s29-nm3 batch, each fixed by its structure - the seller puts forward a sale beyond the order (another
// item, a price, a channel) with a money reason (sale-beyond-order.ts, multibuy.ts) - and written here in other words (none of
// the batch's sentences): the offers that must be found in the seven languages, and the replies next to them that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { saleBeyondOrderIn, salesBeyondOrder } from '../../../../rules/compliance/detectors/sale-beyond-order';
import { normalize } from '../../../../rules/compliance/normalize';

import { cleanOfMarketing as clean, flagsMarketing as flags } from './helpers/cases';

/** Near-misses another list already reads (a bare "special price", "switch to"): this detector alone must stay quiet on them. */
const quiet = (cases: string[]) =>
  it.each(cases)('sale-beyond-order.ts stays quiet: %s', (text) => {
    expect(salesBeyondOrder(normalize(text).text)).toEqual([]);
  });

describe('another item put forward for a price step (sale-beyond-order.ts dearer-alternative)', () => {
  flags([
    ['The grey jacket in M is back around the 20th. If you would rather not wait, there is the new Summit Pro in stock for only $25 more.', 'When is the M back?'],
    ['Das Kabel ist erst nächste Woche wieder da. Wenn Sie nicht warten möchten, gibt es das neue Modell Flex für nur 12 € mehr, sofort lieferbar.', 'Wann kommt das Kabel?'],
    'Le grille-pain défectueux sera remplacé. Si vous préférez le modèle inox, nous vous l\'envoyons avec 20 € de différence, il est disponible.',
    ['La talla M vuelve en dos semanas. Si no quiere esperar, tenemos la nueva versión Trail disponible por 15 € más.', '¿Cuándo vuelve la M?'],
    'La borsa blu torna a fine mese. Se non vuole aspettare, c\'è la nuova Tote Maxi, disponibile da subito con 18 € in più.',
    ['O tênis 40 volta no fim do mês. Se não quiser esperar, temos o novo Runner X disponível por R$ 45 a mais.', 'Quando volta o 40?'],
    'Le sac noir revient en mars ; il y a aussi le nouveau modèle cuir, disponible tout de suite pour 30 € de plus.',
    'Sorry for the cracked bowl - a replacement is on its way. If you prefer our top of the range ceramic set, we can send it for a difference of £15.',
  ]);
  clean([
    'Express delivery is available for €5 more at checkout.',
    'Die Geschenkverpackung ist für 3 € mehr verfügbar.',
    'You paid $10 more than today\'s price, so we refunded the difference.',
    'Le modèle XL est disponible ; il coûtait 10 € de plus lors de votre commande, nous avons remboursé la différence.',
    'La versión nueva está disponible; ya le hemos reembolsado los 10 € más que pagó.',
    'Il reso è gratuito; la spedizione espressa costa 6 € in più.',
    'O frete expresso sai por R$ 15 a mais e está disponível para o seu CEP.',
    'The new cable is available now; there is no extra charge for the exchange.',
  ]);
});

describe('a switch to another model with money credited toward it (trade-up-credit)', () => {
  flags([
    ['Your box says K-20, which is the basic one. You can upgrade to the K-20 Plus and we will credit you $15 for it.', 'Which model do I have?'],
    ['Sie haben das Modell ohne Timer. Sie können auf das Modell mit Timer umsteigen, wir rechnen Ihnen dafür 15 € an.', 'Welches Modell habe ich?'],
    'Vous pouvez passer au modèle avec minuteur : nous vous déduisons 15 € du prix.',
    'Puede pasarse al modelo con temporizador y le descontamos 15 € del precio.',
    'Può passare al modello con timer: le scaliamo 15 € dal prezzo.',
    'Você pode trocar pelo modelo com timer e abatemos R$ 40 do valor.',
    'If you switch to the cordless version, we will credit $20 towards it.',
    'Wenn Sie auf die Akku-Version umsteigen möchten, rechnen wir Ihnen 25 € an.',
  ]);
  clean([
    ['Your box says K-20, which is the basic model without the timer.', 'Which model do I have?'],
    'Sie haben das Modell ohne Timer; die Bedienungsanleitung finden Sie auf Seite 4.',
    'Hold the button for 3 seconds to switch the timer on.',
    'Pour passer au mode minuteur, maintenez le bouton 3 secondes.',
    'Para pasar al modo temporizador, mantenga pulsado el botón 3 segundos.',
    'Per passare alla modalità timer tenga premuto il tasto per 3 secondi.',
    'Para mudar para o modo timer, segure o botão por 3 segundos.',
    'We credited the $15 refund to your card yesterday.',
  ]);
});

describe('another item\'s price told as cut (other-price-cut)', () => {
  flags([
    'We have refunded the $8 difference. And our large kettle is down to $45 this week (usually $60).',
    'Die Differenz haben wir erstattet. Unser großer Topf ist jetzt auf 49 € reduziert.',
    'Nous avons remboursé la différence. Notre modèle XL est passé à 49 € cette semaine.',
    'Te hemos devuelto la diferencia. El modelo grande también ha bajado a 49 €.',
    'Le abbiamo rimborsato la differenza. Anche il modello grande è sceso a 49 €.',
    'Reembolsamos a diferença. O modelo maior também baixou para R$ 149.',
    'Good news: our matching cushion covers have dropped to $12.',
    'Übrigens: auch die passende Decke kostet jetzt nur noch 29 €.',
  ]);
  clean([
    ['The price dropped to $74 because of a deal Amazon ran; we refunded the $15.', 'It is cheaper now, can I get the difference?'],
    'Der Preis ist auf 39 € gesunken, weil Amazon eine Aktion hatte.',
    'Le prix est passé à 39 € hier, nous vous avons remboursé 6 €.',
    'El precio ha bajado a 39 € por una oferta de Amazon.',
    'Il prezzo è sceso a 39 € per un\'offerta di Amazon.',
    'O preço caiu para R$ 39 por causa de uma oferta da Amazon.',
    'Your order is down to $30 after the coupon you clipped.',
    'The temperature has dropped to 4 degrees, so the parcel may be late.',
  ]);
});

describe('a new item or version told as just released (new-release)', () => {
  flags([
    'Glad the fix worked. By the way, our new wall lamp just came out and would suit your room.',
    'Das Update behebt den Fehler. Übrigens ist gerade die neue Version mit Sensor erschienen, sie lohnt sich wirklich.',
    'Nous vous envoyons un abat-jour neuf. Et notre nouvelle suspension vient de sortir, elle irait très bien avec.',
    'El repuesto sale hoy. Por cierto, acaba de salir la nueva versión con sensor, merece mucho la pena.',
    'Il ricambio parte domani. Intanto è appena uscito il nuovo modello con sensore, vale davvero la pena.',
    'A peça sai amanhã. Aliás, acabou de sair a nova versão com sensor, vale muito a pena.',
    'Our new autumn collection has just been released - have a look in our store.',
    '交換品を発送しました。なお、新モデルが発売されました。ぜひご覧ください。',
  ]);
  clean([
    'The new firmware version is out: open the app and tap Update.',
    'Die neue Version der App ist erschienen, bitte aktualisieren Sie sie.',
    'Votre colis est sorti de notre entrepôt ce matin.',
    'Tu pedido aún no ha salido, sale mañana.',
    'Il suo pacco è uscito dal magazzino stamattina.',
    'A nova versão do manual foi lançada no site da Amazon.',
    'Your new replacement is out for delivery today.',
    'Le nouveau modèle n\'est pas encore sorti, nous n\'avons pas de date.',
    // a variant out of stock, a new unit shipped with its tracking, a release told to a buyer who asked for that variant
    'The red model is out of stock until May, so we cancelled it.',
    'La batidora nueva ya ha salido, número de seguimiento 55 2231.',
    'Das neue Gerät ist heute raus, Sendungsnummer folgt per Amazon.',
    ['Oui, la version bleue est sortie le mois dernier, même taille.', 'Elle existe en bleu ?'],
    ['Sim, a versão azul foi lançada em março.', 'Tem em azul?'],
  ]);
});

describe('a price advantage tied to a channel outside Amazon (cheaper-offsite)', () => {
  flags([
    'We cannot take PayPal here, but on our own website you get 10% off the shelf.',
    'Per PayPal geht es hier nicht, aber in unserem eigenen Shop bekommen Sie 5 % Rabatt.',
    'Le virement n\'est pas possible ici, mais sur notre site c\'est moins cher.',
    'Aquí no aceptamos transferencia, pero en nuestra propia tienda le sale más barato.',
    'Qui il bonifico non si può, ma sul nostro sito costa meno.',
    'Por aqui não dá, mas no nosso site sai mais barato.',
    'If you message us on WhatsApp we can do it cheaper and without shipping.',
    'Schreiben Sie uns auf Telegram, dann wird es günstiger.',
  ]);
  clean([
    'We only sell through Amazon; our website has no shop and no discounts.',
    'Über WhatsApp können wir leider keinen Rabatt geben.',
    'Nous ne vendons pas sur notre site, et il n\'y a pas de remise.',
    'No vendemos por WhatsApp ni hacemos descuentos fuera de Amazon.',
    'Il nostro sito mostra solo il manuale: vendiamo unicamente su Amazon.',
    'Não fazemos desconto pelo WhatsApp.',
    'Our website has the manual; the discount you saw is Amazon\'s own deal.',
    'The price on our website is the same as here.',
  ]);
  quiet([
    // the buyer's own order told as sent free (another list may read "our shop" itself)
    'Your order from our shop was shipped with free shipping yesterday.',
    'Ihre Bestellung aus unserem Shop wurde versandkostenfrei verschickt.',
    'Votre commande de notre boutique a été expédiée sans frais de port.',
  ]);
});

describe('a special price or a bundle pushed as the better buy (special-price-push)', () => {
  flags([
    ['Yes, the 24 cm lid exists. But I would recommend the lid and pan set at a special price, much better value.', 'Do you sell the lid?'],
    ['Ja, den Deckel gibt es. Ich empfehle Ihnen aber das Set mit Pfanne zum Sonderpreis, das lohnt sich mehr.', 'Gibt es den Deckel?'],
    ['Oui, le couvercle existe. Je vous conseille plutôt le lot avec la poêle à prix spécial.', 'Vous avez le couvercle ?'],
    ['Sí, la tapa existe. Pero le recomiendo el juego con la sartén a precio especial, le sale mejor.', '¿Tienen la tapa?'],
    ['Sì, il coperchio c\'è. Le consiglio però il kit con la padella a prezzo scontato, le conviene.', 'Avete il coperchio?'],
    ['Sim, a tampa existe. Mas recomendo o kit com a frigideira por um preço especial, compensa mais.', 'Vocês têm a tampa?'],
    'We recommend the full starter bundle at a special price this month.',
    'フタ単品もございますが、セットを特別価格でおすすめしております。',
  ]);
  clean([
    'The special price was applied at checkout, so your invoice shows it.',
    'Der Sonderpreis wurde bereits beim Kauf angewendet.',
    'Le prix spécial a été appliqué à votre commande.',
    'El precio especial ya se aplicó en su pedido.',
    'Il prezzo speciale è stato applicato al suo ordine.',
    'O preço especial já foi aplicado no seu pedido.',
    'We recommend washing the set by hand.',
  ]);
  quiet([
    'The special price you saw was Amazon\'s Lightning Deal, we recommend checking the listing.',
    'Der Sonderpreis wurde bezahlt, wir empfehlen trotzdem die Rechnung zu prüfen.',
    'Sul nostro sito non vendiamo, e lo sconto vale solo su Amazon.',
    'To switch to the timer mode, hold the button for 3 seconds.',
  ]);
});

describe('a multibuy with a clitic or reflexive imperative (multibuy.ts)', () => {
  flags([
    'Prenez-en 3, la 4e est offerte !',
    'Achetez-en 2, la troisième est offerte.',
    'Prendine 3 e la quarta è in omaggio.',
    'Llévate 3 y la cuarta es gratis.',
    'Leve 3 e a quarta sai de graça.',
    'Buy 2 and the third one is free.',
    'Nehmen Sie 3, die vierte gibt\'s gratis.',
    '3個ご購入で4個目は無料です。',
  ]);
  clean([
    'Prenez-en 2 par jour, pas plus.',
    'Prendine 3 al giorno, non di più.',
    'Llévate 2 pilas de repuesto para el viaje.',
    'Leve 3 minutos para montar.',
    'The 4th one in your order was free as a replacement.',
    'Nehmen Sie 3 Tropfen pro Liter.',
    'Achetez-en 3 si vous voulez, le remplacement de la 4e est offert sous garantie.',
    'Take 2 screws from the bag.',
  ]);
});

describe('saleBeyondOrderIn reads one sentence and stays linear', () => {
  it('names the kind', () => {
    expect(saleBeyondOrderIn('our new kettle just came out.')).toBe('new-release');
    expect(saleBeyondOrderIn('tenemos la nueva versión disponible por 15 € más.')).toBe('dearer-alternative');
  });
  it('reads 100k characters quickly', () => {
    const long = 'our new 5 € more cheaper on our site down to '.repeat(2300);
    const t0 = performance.now();
    checkMessage(long);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
