import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage = '') => checkMessage(text, { buyerMessage }).filter((f) => f.severity !== 'info').map((f) => f.rule);

// s25 review 1: the review-eligibility guard clears only the review verb that is the rule's own infinitive, never leading
describe('review eligibility explained, an ask beside it', () => {
  const why = 'Why am I unable to rate this item?';
  it.each([
    ['Amazon says your account is not yet eligible to write reviews; as soon as it is, rate us five stars.', why],
    ['Su cuenta todavía no cumple los requisitos de Amazon para escribir opiniones; cuando los cumpla, déjenos cinco estrellas.', '¿Por qué no me deja opinar sobre el artículo?'],
    ['Your account lacks the minimum spend Amazon requires to post reviews - once it has it, leave us a 5-star review.', why],
  ])('flags %s', (text, buyer) => {
    const r = rules(text, buyer);
    expect(r).toContain('review_request');
    expect(r).toContain('leading');
  });
  it.each([
    ['That notice appears when the account does not meet the Amazon requirements to post reviews. We cannot change that.', why],
    ['Ese mensaje sale cuando la cuenta no alcanza los requisitos de Amazon para publicar reseñas; no depende de nosotros.', '¿Por qué no puedo valorar el artículo?'],
  ])('keeps clean %s', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
});

// s25 review 2: an address named as destination while the buyer is told to reply with / write it
describe('address as destination, handed over in the same sentence', () => {
  it.each([
    'We will mail the receipt to your private e-mail address, simply reply with it below.',
    'Die Quittung schicken wir an Ihre private E-Mail-Adresse, die Sie uns bitte kurz mitteilen.',
    'Le mandamos el recibo a su correo privado, escríbalo en su respuesta.',
    'Enviamos o recibo para o seu e-mail particular, escreva-o na resposta.',
  ])('flags %s', (text) => expect(rules(text)).toContain('personal_data'));
  it.each([
    'We will mail the receipt to your private e-mail address this afternoon.',
    'Die Quittung geht heute an Ihre private E-Mail-Adresse raus.',
    'Le mandamos el recibo a su correo privado esta tarde.',
  ])('keeps personal_data off %s', (text) => expect(rules(text)).not.toContain('personal_data'));
});

// s25 review 3: a subscription refused or explained as Amazon's is no nudge (the denial read after the programme, German verb-final)
describe('subscription refused or set by Amazon', () => {
  it.each([
    'Übrigens: Ein Abo können wir für diese Kartuschen nicht anbieten.',
    'By the way, that Subscribe & Save discount is decided by Amazon, not by us.',
    "Tra l'altro, l'abbonamento per queste cartucce non lo offriamo.",
    'Por cierto, el descuento de la suscripción está fijado por Amazon, no por nosotros.',
  ])('keeps clean %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Quick tip: with Subscribe & Save you do not have to change anything and you save 10%.',
    'Übrigens: Mit unserem Spar-Abo sparen Sie 10 % und müssen nie wieder nachbestellen.',
    'Consejo: con una suscripción no tiene que preocuparse por nada y ahorra un 10 %.',
  ])('flags %s', (text) => expect(rules(text)).toContain('marketing'));
});

// s25 review 5: a count of questions about the purchase is a survey only when the questions are not a fault's
describe('question count: troubleshooting vs survey', () => {
  it.each([
    'So we can diagnose it, please answer 2 short questions about your purchase: which outlet and which cable?',
    'Para ajudar, responda 2 perguntinhas sobre a sua compra: qual carregador e qual voltagem?',
    'Um Ihnen zu helfen, beantworten Sie bitte 3 kurze Fragen zu Ihrem Einkauf: welches Modell und welcher Akku?',
  ])('keeps clean %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'To help us get better, please answer 3 short questions about your purchase: how satisfied were you?',
    'Para nos ajudar, responda 2 perguntinhas sobre a sua compra: qual a sua opinião sobre o produto?',
    'Beantworten Sie bitte 3 kurze Fragen zu Ihrem Einkauf, es dauert nur eine Minute.',
  ])('flags %s', (text) => expect(rules(text)).toContain('review_request'));
});

// s25 review 6: "sellers can't remove reviews" no longer clears the change ask when "only you can" or a plea follows
describe('sellers cannot, only you can', () => {
  it.each([
    'Sellers are unable to remove reviews, only you can delete it, and we would be grateful if you did.',
    'Os vendedores não conseguem apagar avaliações, só você consegue; ficaríamos muito gratos se apagasse a sua.',
    'Sellers cannot edit reviews. We would appreciate it if you changed yours to five stars.',
  ])('flags %s', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Sellers cannot remove reviews; only Amazon can do that.',
    'Os vendedores não conseguem apagar avaliações, só a Amazon pode fazer isso.',
    'We cannot change or remove your review, sorry about that.',
  ])('keeps clean %s', (text) => expect(rules(text)).toEqual([]));
});

// s25 review 7: only the first pack phrase in the order bracket is the item bought; "also/existe/auch" pitch another
describe('pack inside the order bracket', () => {
  it.each([
    'Votre colis (commande 406-7654321-7654321, lot de 2 bols, le lot de 4 est aussi en boutique) arrive demain.',
    'Il suo pacco (ordine 405-7654321-7654321, confezione da 2 tazze, esiste anche la confezione da 6) parte oggi.',
    'Votre commande (commande 406-7654321-7654321, lot de 3 bougies, le lot de 6 existe aussi) est partie.',
  ])('flags %s', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'Votre colis (commande 406-7654321-7654321, lot de 2 bols en grès) arrive demain.',
    'Your parcel (order 114-7654321-7654321, pack of 2 mugs) ships today.',
    'Il suo pacco (ordine 405-7654321-7654321, confezione da 2 tazze) parte oggi.',
  ])('keeps clean %s', (text) => expect(rules(text)).toEqual([]));
});

// s25 review 4: "tip" nudges only as an aside (clause start, or before ":"/"!"), not the nozzle's tip
describe('tip as an aside', () => {
  it.each([
    'Each subscription bottle ships with a spare dropper tip.',
    'The subscription cartridge comes with a replaceable tip.',
  ])('keeps clean %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Little tip: a subscription takes 10% off each refill.',
    'Thanks again, and one tip: with Subscribe & Save every refill is 10% cheaper!',
    'Enjoy the set; pro tip, a subscription saves you 10% on refills.',
  ])('flags %s', (text) => expect(rules(text)).toContain('marketing'));
});

// s25 review 9: a counted noun after a nine-digit group is a count, not a mobile
describe('nine-digit counts', () => {
  it.each(['La comarca suma 612 400 300 visitas al año.', 'O portal teve 936 120 400 visitas este ano.'])('keeps phone off %s', (text) => expect(rules(text)).not.toContain('phone'));
  it.each(['Llámenos al 612 345 678 para la instalación.', 'Ligue para o 936 555 210 hoje.'])('flags %s', (text) => expect(rules(text)).toContain('phone'));
});
