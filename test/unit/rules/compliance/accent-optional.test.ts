import { describe, expect, it } from 'vitest';
import { accentOptional } from '../../../../rules/compliance/accent-optional';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) => checkMessage(text, { buyerMessage }).filter((f) => f.severity !== 'info').map((f) => f.rule);

describe('accent-optional guards', () => {
  it('widens a guard pattern whole, and a finding pattern only in its negative lookarounds', () => {
    expect(accentOptional('por aquí', 'guard')).toBe('por aqu[ií]');
    expect(accentOptional('über', 'guard')).toBe('(?:ü|ue)ber');
    expect(accentOptional('soldes(?! terminées)', 'finding')).toBe('soldes(?! termin[eé]es)');
    // the finding's own words stay as written; a lookaround that flips back inside a guard too
    expect(accentOptional('réduction(?! déjà appliquée)', 'finding')).toBe('réduction(?! d[eé]j[aà] appliqu[eé]e)');
    expect(accentOptional('n(?!h[ée]sit|é)', 'guard')).toBe('n(?!h[ée]sit|é)');
  });

  it('keeps a word alone whose plain spelling is another word, widens it inside a phrase', () => {
    // "ne" is an Italian pronoun, "desconto" the Portuguese noun: alone they would read those words
    expect(accentOptional('(?<![\\p{L}])(?:non|né|mai)(?![\\p{L}])', 'guard')).toBe('(?<![\\p{L}])(?:non|né|mai)(?![\\p{L}])');
    expect(accentOptional('aplicado|descontó', 'guard')).toBe('aplicado|descontó');
    expect(accentOptional('não (?:é|são) necessári', 'guard')).toBe('n[aã]o (?:[eé]|s[aã]o) necess[aá]ri');
    expect(accentOptional('(?:è|sono) terminat', 'guard')).toBe('(?:[eè]|sono) terminat');
  });

  it('leaves ranges and negated classes alone, adds base letters to a class', () => {
    expect(accentOptional('[à-ÿ]x[^é]', 'guard')).toBe('[à-ÿ]x[^é]');
    expect(accentOptional('[éè]t', 'guard')).toBe('[eéè]t');
  });

  // each pair: the accented reply and the same typed without accents - both compliant
  const pairs: [string, string, string?][] = [
    ['Les soldes d\'hiver se sont terminées le 7 février, nous ne pouvons donc pas appliquer la remise.', 'Les soldes d\'hiver se sont terminees le 7 fevrier, nous ne pouvons donc pas appliquer la remise.'],
    ["L'offerta del Black Friday è terminata lunedì, quindi non possiamo più applicare quel prezzo.", "L'offerta del Black Friday e terminata lunedi, quindi non possiamo piu applicare quel prezzo."],
    ['A CNH não é necessária para a troca; basta o número do pedido.', 'A CNH nao e necessaria para a troca; basta o numero do pedido.'],
    ['O técnico autorizado da marca vai ligar para agendar a visita da garantia.', 'O tecnico autorizado da marca vai ligar para agendar a visita da garantia.'],
    ['Olá, o relógio mostra as notificações de todos os apps liberados, inclusive WhatsApp e Telegram.', 'Ola, o relogio mostra as notificacoes de todos os apps liberados, inclusive WhatsApp e Telegram.'],
  ];
  it.each(pairs)('clears the finding with and without accents: %s', (accented, plain) => {
    expect(rules(accented)).toEqual([]);
    expect(rules(plain)).toEqual([]);
  });

  it('a guard word alone keeps its accent where the plain word is another one (Portuguese "desconto" still flagged)', () => {
    expect(rules('Use o cupom VOLTE10 e ganhe 10% de desconto.')).toContain('marketing');
  });
});

describe('capitals', () => {
  it('"com" as the Portuguese word is no address when shouted either', () => {
    expect(rules('OBRIGADO PELO CONTATO.COM CERTEZA VAMOS RESOLVER AINDA HOJE.')).toEqual([]);
    expect(rules('Obrigado pelo contato.com certeza vamos resolver ainda hoje.')).toEqual([]);
    expect(rules('VISITE NOSSALOJA.COM PARA MAIS OFERTAS.')).toContain('url');
  });
});
