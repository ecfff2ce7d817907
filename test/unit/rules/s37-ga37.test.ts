// Session 37, helper ga37: the seller's own site or channel offered as a place to go (offplatform), and marketing read where there is
// none (fitted batches s37-h2/h3/h4/h6), read by structure, in our own words (not the batches' sentences) - each kind with wordings that
// must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) => [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
/** Rules of every layer. */
const all = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('s37 ga37: a spare-parts site, buying or visiting there in Japanese (offsite-invite.ts ADDRESS_TRADE)', () => {
  it.each([
    'Belts, filters and the spare lid are all on our parts site, hedgekit-spares.co.uk, just search your model.',
    'Die Dichtungen gibt es in unserem Ersatzteilshop unter teilewerk-berg.de.',
    'Les joints sont sur notre site de pièces détachées, atelier-joint.fr.',
    'Las juntas están en la web de recambios casanorte.es, busque su modelo.',
    'Le guarnizioni le trova sul sito ricambi ferramenta-lago.it.',
    'As borrachas estão no site de peças oficinaverde.com.br.',
    '同じ色違いの商品は sakura-kobo.jp でもお買い求めいただけます。',
    'よろしければ hinata-shop.jp/sale にアクセスしてみてください。',
  ])('%s is url and offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).toContain('offplatform');
  });
  it.each([
    'The parts list is printed in the manual at hedgekit.co.uk/manual.',
    '取扱説明書は sakura-kobo.jp/manual にアクセスしてご覧ください。',
    'The assembly video is at hedgekit.co.uk/video if you want to see step 3.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s37 ga37: a shop account at the address (offsite-invite.ts SHOP_ACCOUNT in ADDRESS_ACTION)', () => {
  it.each([
    'For your office we also run business accounts on deskhaus.co.uk with net-30 invoicing.',
    'Auf buero-meier.de können Sie ein Firmenkundenkonto anlegen.',
    'Sur papeterie-roux.fr vous pouvez ouvrir un compte pro.',
    'En papeleria-sol.es tenemos cuenta de empresa para pedidos grandes.',
    'Su cartoleria-po.it è disponibile un conto aziendale.',
    'Na papelaria-ipe.com.br você abre uma conta empresarial para o escritório.',
  ])('%s is url and offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).toContain('offplatform');
  });
  it.each([
    'Your Amazon Business account at amazon.de shows the VAT invoice.',
    'The customer account number is on the invoice, nothing else is needed.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s37 ga37: something given away free at the address (offsite-invite.ts FREE_THERE)', () => {
  it.each([
    'We made a pack of tone profiles for this amp, they are free at ampforge.com/extras.',
    'Die Klangprofile sind kostenlos auf klangwerk-nord.de/extras.',
    'Los perfiles de sonido los tienes gratis en sonido-rio.es/perfiles.',
  ])('%s is url and offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).toContain('offplatform');
  });
  it.each([
    'There is a free video on ampforge.com/video that shows the set-up.',
    'Il manuale è gratis su ampli-po.it/manuale.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s37 ga37: an opening offer of a paid course at the address (paid-plan-pitch.ts PLAN, offsite-invite.ts ADDRESS_OFFER)', () => {
  it.each([
    'Our online lessons are on fretschool.com and the first month is free for Amazon customers.',
    'Nos cours en ligne sont sur solfege-facile.fr et le premier mois est offert.',
    'I nostri corsi online sono su chitarra-facile.it e il primo mese è gratis.',
  ])('%s is url, offplatform and marketing', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).toContain('offplatform');
    expect(r).toContain('marketing');
  });
  it.each([
    'The first month of the warranty covers the strings too.',
    'Amazon customers can only pay through Amazon for the lessons.',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s37 ga37: one how-to video on the seller\'s channel is no social follow (social-content.ts ONE_VIDEO)', () => {
  it.each([
    'Wie man das Sägeblatt wechselt, zeigen wir im Video auf unserem Kanal: youtube.com/@saegewerk-ost.',
    'We show how to fit the hose in the video on youtube.com/@gardenfix-help.',
  ])('%s is url only', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).not.toContain('marketing');
    expect(r).not.toContain('offplatform');
  });
  it.each([
    'We post new repair videos every week on youtube.com/@gardenfix-help.',
    'Wir zeigen neue Projekte im Video auf youtube.com/@saegewerk-ost, folgen Sie uns!',
  ])('%s stays marketing', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s37 ga37: a driver on the seller\'s site is a document, not a sale (elsewhere-offer.ts DOC_THERE)', () => {
  it.each([
    'O driver novo está no nosso site, somlivre.com.br/drivers, é só baixar.',
    'The latest firmware is on our website, you can get it from soundbay.com/fw.',
  ])('%s has no marketing', (text) => expect(all(text)).not.toContain('marketing'));
  it.each(['Os cabos extras só temos no nosso site, somlivre.com.br.'])('%s stays marketing', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s37 ga37: spares or a shop account at an address clear the learned layer\'s marketing (check.ts SPARES_OR_ACCOUNT)', () => {
  it.each([
    'Os discos de reposição você acha na nossa loja: www.oficinaipe.com.br',
    'Las bolsas de repuesto las tenemos en nuestra tienda, aspirasur.es, con envío en 48 h.',
  ])('%s has no marketing', (text) => expect(all(text)).not.toContain('marketing'));
  it.each(['Replacement filters are cheaper straight from us at brewbarn.shop, only 9.90 a pack.'])('%s stays marketing', (text) =>
    expect(all(text)).toContain('marketing'));
});
