// The s24 review's leftover nits (/work/s24-review.md.out #11 rest, #13-#15, #17) and two dev-row misses, each fixed by its
// cause: the reviewer's probe, paraphrases of our own, and near-misses that must keep (or never get) their finding.
// Asserts read the rule layer (findings whose layer is not 'model').
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const ruleFindings = (text: string) =>
  [...new Set(checkMessage(text).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('#13 stars printed or stitched on the product are a pattern, not a rating asked for', () => {
  it.each([
    'Five little stars are printed on the lid; please check the pattern matches your photo.',
    'Five golden stars are embroidered on the collar, please compare with the picture.',
    'Three stars are stamped on the base; please check they match your order.',
  ])('clean: %s', (text) => {
    expect(ruleFindings(text)).toEqual([]);
  });

  it.each([
    'Five little stars under the listing would mean the world.',
    'Five stars please, it would mean so much!',
    'Five little stars are all we ask for, please!',
  ])('still a five-star ask: %s', (text) => {
    expect(ruleFindings(text)).toContain('leading');
  });
});

describe('#14 a no-review-yet statement followed by "none is needed" asks for nothing', () => {
  it.each([
    'Wir haben noch keine Bewertung von Ihnen erhalten und brauchen auch keine.',
    'Es gibt noch keine Rezension von dir, und das musst du auch nicht.',
    'Sie haben das Messer noch nicht bewertet, und das müssen Sie auch nicht.',
  ])('clean: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('review_request');
  });

  it.each([
    'Wir haben noch keine Bewertung von Ihnen erhalten und brauchen dringend eine.',
    'Noch keine Bewertung von Ihnen – wir brauchen keine langen Texte, ein Satz reicht!',
    'Sie haben den Föhn noch nicht bewertet – wir brauchen nicht viel, nur ein paar Sterne.',
    'Uns ist aufgefallen, dass es noch keine Bewertung von Ihnen gibt.',
  ])('still a reminder: %s', (text) => {
    expect(ruleFindings(text)).toContain('review_request');
  });
});

describe('#15 the link in a third party\'s bio is no invitation to the seller\'s profile', () => {
  it.each([
    'As fotos e o link da bio do Instagram dele estão no livro.',
    'O autor e o link da bio da autora estão citados na contracapa.',
    "Le lien dans la bio de l'autrice est cité en page 3.",
  ])('clean: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('offplatform');
  });

  it.each([
    'Compre pelo link da bio do nosso Instagram!',
    'Compre pelo link da bio!',
    'Os cupons estão no link da bio do nosso perfil.',
    'Shop the full set via the link in our bio!',
  ])('still off-platform: %s', (text) => {
    expect(ruleFindings(text)).toContain('offplatform');
  });
});

describe('#17 a camel-cased brand before a capitalised shop TLD is an address before a following word too', () => {
  it.each([
    'Check JamesBrown.Store it has the full range',
    'You can find it at GreenLeaf.Shop for less.',
    'Refills are on MiaCasa.Online with free shipping',
  ])('url: %s', (text) => {
    expect(ruleFindings(text)).toContain('url');
  });

  it.each([
    'McDonald.It was closed',
    'Jean-Luc.Store opens at 9',
    'we are done.Store it dry',
    "No worries.it's already on its way",
    'Noted.net weight on the label is 2.4 kg',
    'Ricevuto.io ho già controllato',
    'We spoke to JamesBrown.It was him who packed it.',
  ])('no url: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('url');
  });
});

describe('#11 rest: the chat apps of the id, call and QR lists come from MESSENGER_APPS', () => {
  it.each([
    'Add us on Viber: lumahome_2024 for quick answers.',
    'Possiamo sentirci su Telegram, il nostro numero è 333 123 4567.',
    'Scan the QR code on the box to chat with us on Viber.',
  ])('off-platform: %s', (text) => {
    expect(ruleFindings(text)).toContain('offplatform');
  });

  it.each([
    'Messenger bag: canvas_2024 edition is in stock.',
    'Signal: weak_2g means the tracker has no coverage.',
    'The messenger bag fits laptops up to 15 inches; on messenger bag 2 the strap is longer.',
    'Scan the QR code next to the signal light to open the manual.',
  ])('clean: %s', (text) => {
    expect(ruleFindings(text)).toEqual([]);
  });
});

describe('#7 dev misses: star symbols given by an imperative; the seller\'s own site selling the part too', () => {
  it.each([
    'Loving the kettle? Give it ⭐⭐⭐⭐⭐ on Amazon.',
    'Please send us some 🌟🌟🌟🌟🌟 on the product page.',
    'Show the lamp some ★★★★★ love under its listing!',
  ])('review_request: %s', (text) => {
    expect(ruleFindings(text)).toContain('review_request');
  });

  it.each([
    'Thanks for showing it some ★★★★★ love!',
    'You gave it ★★★★★ - thank you so much!',
    'Show the courier the ★ label on the box.',
  ])('no review_request: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('review_request');
  });

  it.each([
    '替えのフィルターは当店の公式サイト hana-zakka.shop でも販売しております（送料無料）。',
    '付属品は当店オンラインショップ kiri-kobo.jp でもご購入いただけます。送料無料です。',
  ])('marketing + offplatform: %s', (text) => {
    const found = ruleFindings(text);
    expect(found).toContain('marketing');
    expect(found).toContain('offplatform');
  });

  it.each([
    '交換部品はAmazonの商品ページでお求めいただけます。',
    '取扱説明書は箱の中に入っております。',
  ])('clean: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('marketing');
  });
});
