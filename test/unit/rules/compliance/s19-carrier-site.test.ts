// s19: a carrier's own site named for tracking is no off-Amazon invitation - the address keeps its url finding (README),
// whichever path read it (the lexicons' address-invitation entries or the address-in-invitation structure); the seller's
// own site beside it still invites.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) =>
  [...new Set(checkMessage(text, {}).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();
// every finding, warn included (the learned layer's too): a url-only case must carry nothing else (s19 review 2 nit 15)
const allRules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe("s19: a carrier's tracking site is url only", () => {
  it.each([
    ['visit (en)', 'Visit ups.com to track your parcel.'],
    ['track at (en)', 'You can follow it on royalmail.com with the number above.'],
    ['verfolgen (de)', 'Verfolgen Sie die Sendung auf dhl.de.'],
    ['besuchen (de)', 'Besuchen Sie dhl.de, um die Sendung zu verfolgen.'],
    ['suivez (fr)', 'Suivez votre colis sur laposte.fr/outils/suivre-vos-envois.'],
    ['seguir (es)', 'Puede seguir el envío en correos.es con el número ES123.'],
    ['acompanhe, a subdomain (pt)', 'Acompanhe a entrega em rastreamento.correios.com.br.'],
    ['tracciamento (it)', 'Può seguire la spedizione su brt.it con il codice qui sopra.'],
    ['PostNL (nl carrier, en text; s19 review 2 nit 11)', 'Visit postnl.nl to follow your parcel.'],
    ['Parcelforce (en)', 'Visit parcelforce.com to track your parcel.'],
  ])('%s', (_name, text) => {
    expect(allRules(text)).toEqual(['url']);
  });
});

describe("s19: the seller's own site still invites beside or instead of a carrier's", () => {
  it.each([
    ['own shop beside the carrier (en)', 'Visit ups.com or our shop acme-tools.com for more.'],
    ['a shop named like a carrier (en)', 'Visit dhl-shop.com for more deals.'],
    ['own shop after tracking (es)', 'Puedes seguirlo en correos.es y si quieres más, compra en tienda-sol.es.'],
    ['own site to order (de)', 'Bestellen Sie Nachschub direkt auf paketfreund.de.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });
});
