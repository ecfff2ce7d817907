// Sending to the buyer's own mailbox at a mail service is an off-Amazon channel even with no address written
// (policy.md: acknowledging the buyer's "email me at gmail" is an invitation). s13 blind misses, en/it/ja/pt.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const entries = (text: string) => checkMessage(text).filter((f) => f.rule === 'offplatform').map((f) => f.entry);

describe("the buyer's mailbox at a mail service", () => {
  it.each([
    ["Sure thing, I'll send the spec sheet to your gmail in a minute!"],
    ['Certo, le giro subito il file sulla sua email di Libero.'],
    ['かしこまりました。ご指定のYahoo!メールへお送りします。'],
    ['Claro, já te mando no seu Gmail!'],
    ['Ich schicke Ihnen die Anleitung gleich an Ihre GMX-Adresse.'],
    ['Le enviamos la factura a su Hotmail esta tarde.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('offplatform:buyer-mailbox');
  });

  it.each([
    ["We'll send your orange lamp tomorrow."],
    ["We can't write to your Gmail, so we'll keep everything here."],
    ['Amazon masks your Gmail address; only the relay address shows.'],
    ['Il suo pomeriggio libero? Le invio il pacco domani.'],
    ['No podemos escribir a su Gmail, seguimos por aquí.'],
  ])('not: %s', (text) => {
    expect(entries(text)).not.toContain('offplatform:buyer-mailbox');
  });
});
