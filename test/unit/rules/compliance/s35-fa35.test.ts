// s35 fix A (fa35): review asks the rule layer missed on the s35 fitting rows, and stars that are parts of the product - each
// reading with sentences of its own and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const flags = (rule: string, cases: [string, string?][]) =>
  it.each(cases)(`flags ${rule}: %s`, (text, buyer) => expect(ruleLayer(text, buyer)).toContain(rule));
const clean = (rule: string, cases: [string, string?][]) =>
  it.each(cases)(`no ${rule}: %s`, (text, buyer) => expect(ruleLayer(text, buyer)).not.toContain(rule));

describe('product-stars: stars counted, described or sent as parts of the product are no rating', () => {
  clean('leading', [
    ['O kit de parede vem com 8 estrelas e 2 nuvens de feltro, tudo dentro da caixa.'],
    ['El móvil viene con 6 estrellas de fieltro y una luna.'],
    ['Le mobile est livré avec 5 étoiles et 1 lune en feutre.'],
    ['Das Mobile enthält 5 Sterne und einen Mond aus Filz.'],
  ]);
  clean('review_request', [
    ['The sticker chart ships with 40 glow-in-the-dark stars in a pouch; if yours were missing I will send the stars today.'],
    ["Tell me which set you ordered and we'll post the spare stars out this afternoon."],
    ["Je vous envoie les étoiles magnétiques demain."],
  ]);
  flags('leading', [
    ['Our mobile comes with 5 stars, so please leave us 5 stars too!'],
    ['Nos avalie com 5 estrelas!'],
    ['Dê 5 estrelas e 1 minuto do seu tempo.'],
  ]);
  flags('review_request', [['Give five stars and two minutes of your time.']]);
});

describe('en lexicon: "your feedback is important to us" and "put a star rating on it"', () => {
  flags('review_request', [
    ['Your honest opinion on the kettle is really important to us.'],
    ['Madam, your precious review about our rain jacket is extremely valuable for us.'],
    ['Did you find a minute to put a star rating on the blender?'],
    ['Have you had time to put some stars on it yet?'],
  ]);
  clean('review_request', [
    ['Your safety is very important to us.'],
    ['Your comfort on long trips is really important to us.'],
    ['Did you get a chance to put the stars on the reward chart yet?'],
  ]);
});
