// detectors/promotion.ts, the session-14 kinds after review: compliant replies that share their words (items of
// the buyer's own order bought together, a free repair promised for coming back, a setup programme or a recall list
// to sign up to, a step-up transformer that costs more, a return or a setup to complete) stay clear; one marketing
// sentence per kind stays flagged.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const marketing = (text: string) => checkMessage(text).filter((f) => f.rule === 'marketing' && f.severity !== 'info').map((f) => f.entry);

describe('promotion kinds (s14), reviewed false alarms', () => {
  it.each([
    // together: the buyer's own items, not a recommendation of another
    'Items ordered together may arrive in separate parcels.',
    'Artikel, die zusammen bestellt wurden, können getrennt ankommen.',
    'Les articles achetés ensemble peuvent arriver séparément.',
    'Los artículos comprados juntos pueden llegar en paquetes separados.',
    // come back: a free repair or support is no benefit on a next purchase
    'If it stops working again, come back to us and we will fix it free of charge.',
    'Kommen Sie gerne wieder auf uns zu, falls das Gerät erneut ausfällt – die Reparatur ist kostenlos.',
    'Volte sempre que precisar: o suporte é grátis.',
    // sign-up: a setup programme, a recall list on the manufacturer's site
    'Entra nel programma di configurazione e seleziona la lingua.',
    "Please sign up to the recall list on the manufacturer's site.",
    // tier up: a step-up transformer, and a bare "more" is a price
    'For use in Europe you will need a step-up transformer, which costs a bit more but is safe.',
    // completion: a return, a setup, a pairing
    'Per completare il reso, usi la confezione originale completa.',
    'To complete the setup, make sure the pairing is complete.',
  ])('no marketing: %s', (text) => {
    expect(marketing(text)).toEqual([]);
  });

  it.each([
    ['These two mugs are frequently bought together with our matching saucers.', 'marketing:promotion-cross-sell'],
    ['Kunden haben diese Artikel oft zusammen bestellt.', 'marketing:promotion-cross-sell'],
    ['Come back to us - returning customers always get 10% off their next purchase.', 'marketing:promotion-loyalty'],
    ['Volte sempre: clientes que voltam têm frete grátis.', 'marketing:promotion-loyalty'],
    ['Iscriviti al nostro club e ricevi le novità.', 'marketing:promotion-loyalty'],
    ['Please sign up to our mailing list.', 'marketing:promotion-loyalty'],
    ['Its bigger brother is twice as fast and well worth it.', 'marketing:promotion-novelty'],
    ['The step-up model is much more powerful.', 'marketing:promotion-novelty'],
    ['Per completare il servizio, trovi i piattini della stessa serie nel nostro negozio.', 'marketing:promotion-cross-sell'],
    ['Zum Set fehlen Ihnen nur noch die Dessertteller - damit wäre Ihr Geschirr komplett.', 'marketing:promotion-cross-sell'],
  ])('still marketing: %s', (text, entry) => {
    expect(marketing(text)).toContain(entry);
  });
});
