// s20 (lead, from the compliant-only blind batch i): the buyer's question reported back is no invitation, and an Italian
// honorific cut short is no link. Own paraphrases, with near-misses that must keep their findings.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { inReportedQuestion } from '../../../../rules/compliance/reported-question';

const rules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('s20: a site named in the buyer\'s reported question, answered no, invites nowhere', () => {
  it.each([
    ['en, dash', 'You asked if we have our own website - we do not, every order goes through Amazon.'],
    ['en, em dash (the copy writes its stand-in)', 'You asked if we have our own website — we do not, every order goes through Amazon.'],
    ['en, wondered', 'You were wondering whether we have an online shop of our own: no, we only sell here.'],
    ['es', 'Me pregunta si tenemos tienda online propia: no, vendemos solo en Amazon.'],
    ['pt', 'O senhor perguntou se temos site próprio. Não temos, vendemos só pela Amazon.'],
    ['de', 'Sie fragen, ob wir einen eigenen Onlineshop haben: nein, wir verkaufen ausschließlich über Amazon.'],
    ['fr', 'Vous nous demandez si nous avons notre propre site : non, nous vendons uniquement sur Amazon.'],
    ['it', 'Ci chiede se abbiamo un sito nostro: no, vendiamo soltanto su Amazon.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('s20: ... but a yes, or a site named outside the question, still invites', () => {
  it.each([
    ['yes (es)', 'Nos pregunta si tenemos web propia: sí, y allí le sale más barato.'],
    ['no question, a visit (en)', 'You asked about the lamp. Visit our own website for more colours.'],
    ['the question, then an invitation (en)', 'You asked if we have our own website. Yes - visit it for our full range.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('reads the clause only: a report that ends before the phrase clears nothing', () => {
    expect(inReportedQuestion('you asked whether it fits. visit ', ' for more.')).toBe(false);
    expect(inReportedQuestion('you asked whether we have ', ' - we do not.')).toBe(true);
    expect(inReportedQuestion('you asked whether we have ', ': yes, it is acme.com.')).toBe(false);
    // no answer read at all: the phrase stays a finding
    expect(inReportedQuestion('you asked whether we have ', ' and more')).toBe(false);
  });
});

describe('s20: an Italian honorific cut short is no link', () => {
  it.each([
    ['Gent.mo', 'Gent.mo Sig. Ferri, la spedizione parte domani.'],
    ['Gent.ma', 'Gent.ma Sig.ra Conti, il rimborso è stato emesso.'],
    ['Ill.mo', 'Ill.mo Dott. Sala, le confermiamo la sostituzione.'],
    ['Preg.mo, mid-text', 'Buongiorno. Preg.mo cliente, la fattura è allegata.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    ['an invitation before it', 'Visiti gent.me per altre offerte.', 'url'],
    ['a scheme', 'Trova tutto su https://gent.mo/negozio', 'url'],
    ['an e-mail', 'Scriva a info@gent.mo per assistenza.', 'email'],
    // ("visiti", the formal imperative, is an invitation word now: a word TLD such as .it needed one, and "visita" alone was listed)
    ['a word TLD after the formal imperative', 'Visiti negoziobello.it per altre offerte.', 'url'],
  ])('%s keeps its finding', (_name, text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('s20: a missing space after a full stop in a line typed in capitals reads as in lowercase', () => {
  it.each([
    ['de', 'ERLEDIGT.DE SIE BEKOMMEN DAS PAKET MORGEN'],
    ['en', 'THE PHOTO.IT SHOWS THE CRACK CLEARLY, THANK YOU'],
    ['es', 'ENTENDIDO.LA CAJA LLEGA EL LUNES SIN FALTA'],
    ['fr', 'DE RIEN, AVEC PLAISIR.DE NOUVEAU MERCI POUR VOTRE COMMANDE'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    ['an invitation word (en)', 'VISIT MYSHOP.DE FOR MORE COLOURS'],
    ['a lowercase line around: the caps are the address (en)', 'Thanks for asking. MYSHOP.DE has more colours.'],
    ['a scheme (de)', 'ALLES UNTER HTTPS://MYSHOP.DE ZU FINDEN'],
  ])('%s keeps its url', (_name, text) => {
    expect(rules(text)).toContain('url');
  });
});

describe('s20: a channel refused after a regret adverb is refused ("purtroppo su WhatsApp non possiamo ...")', () => {
  it.each([
    ['it', 'Purtroppo su WhatsApp non possiamo seguire gli ordini, ma può allegare le foto qui.'],
    ['de', 'Leider über WhatsApp können wir keine Bestellungen bearbeiten.'],
    ['es', 'Lamentablemente por WhatsApp no podemos atender pedidos; envíe las fotos por aquí.'],
    ['pt', 'Infelizmente pelo WhatsApp não conseguimos atender, mande as fotos aqui mesmo.'],
    ['en', 'Unfortunately, on WhatsApp we cannot handle orders - please attach the photos here.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    ['an invitation after it (it)', 'Purtroppo su WhatsApp rispondiamo più in fretta, scrivici!'],
    ['no refusal (es)', 'Lamentablemente aquí tardamos: por WhatsApp te atendemos más rápido.'],
  ])('%s stays offplatform', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('s20: "cheaper there" after an address the buyer is sent to buy from is a direct sale (marketing + offplatform)', () => {
  it.each([
    ['en, grab ... there too', 'If the listing runs out you can grab refills at woolnest dot com - often a bit cheaper there.'],
    ['en, order', 'You can order refills at woolnest.com, they are cheaper there.'],
    ['de', 'Nachfüllpacks können Sie bei woolnest.de kaufen, dort sind sie etwas günstiger.'],
    ['fr', 'Vous pouvez commander sur woolnest.fr, c\'est moins cher là-bas.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform', 'url']));
  });
  it.each([
    ['no purchase: a carrier tracked', 'Track it at ups.com; shipping there is cheaper for us.'],
    ['an existential "there is"', 'The manual is at woolnest.com; there is also a cheaper version of the cable in the box.'],
  ])('%s: no marketing', (_name, text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('s20 review 1 #1: a reported question answered with a verb that says yes still invites', () => {
  it.each([
    ['en, we do', 'You asked whether we have our own website - we do, and prices there are lower.'],
    ['pt, temos', 'Você perguntou se temos site próprio: temos, e lá os preços são menores.'],
    ['en, WhatsApp', 'You asked if we have a WhatsApp number - we do, message us there.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('s20 review 1 #2, #11, #13', () => {
  it.each([
    ['it: the channel offered after "ma ... lì"', 'Purtroppo su WhatsApp non possiamo fare chiamate, ma può scriverci lì quando vuole.'],
    ['pt: "mas ... por lá"', 'Infelizmente pelo WhatsApp não conseguimos ligar, mas pode mandar mensagem por lá.'],
  ])('a refusal with the channel offered after "but" still invites: %s', (_name, text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it('es: "conseguir" is a get verb for "cheaper there"', () => {
    expect(rules('Puede conseguir los filtros en filtrosya.es, allí son más baratos.')).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });
  it.each([['Car.mo Sig. Bruni, la ringraziamo.'], ['Rev.mo Padre, il pacco è partito.']])('%s is no link', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
