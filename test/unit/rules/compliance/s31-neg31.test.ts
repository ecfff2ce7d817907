// (s31-neg31) The one negation vocabulary, rules/compliance/negation.ts: its blocks read per language, whole words where the
// caller puts the edges (wholeWords), the Japanese endings without them, and the contrast words. Eight wordings per kind in the
// seven languages, with the near-misses that must not read as a negation. Texts are lowercased, as the checker reads them.
import { describe, expect, it } from 'vitest';
import {
  alt, BUT_WORDS, CONTRAST_WORDS, CORE_NEGATORS, DE_KEIN, DE_KEIN_INFLECTED, DE_NICHT, DE_NIE, DE_NIEMALS, EN_CANNOT, EN_NEVER, EN_NOT,
  EN_NT, EN_UNABLE, ES_JAMAS, FR_ELISION, FR_HOWEVER_WORDS, FR_NE_PAS, FR_PAS, HOWEVER_WORDS, IT_MAI, IT_NON, JA_CONTRAST_AFTER_NEG,
  JA_KANEMASU, JA_NEG_ENDINGS, JA_ORAZU, JA_ZU, JAMAIS, NI, NO, NUNCA, PT_NAO, PT_NEM, REGRET_WORDS, wholeWords,
} from '../../../../rules/compliance/negation';

const words = (...parts: string[]) => new RegExp(wholeWords(...parts), 'u');
const bare = (...parts: string[]) => new RegExp(alt(...parts), 'u');
const reads = (re: RegExp, yes: string[], no: string[]) => {
  it.each(yes)('reads: %s', (s) => expect(re.test(s)).toBe(true));
  it.each(no)('leaves: %s', (s) => expect(re.test(s)).toBe(false));
};

describe('alt and wholeWords', () => {
  it('joins alternation sources, skipping empty parts', () => {
    expect(alt('not', '', 'never')).toBe('not|never');
    expect(alt()).toBe('');
    expect(alt(EN_NOT, EN_NEVER)).toBe('not|never');
  });
  it('puts letter edges around the whole alternation', () => {
    expect(wholeWords('nicht', 'nie')).toBe('(?<![\\p{L}])(?:nicht|nie)(?![\\p{L}])');
    const re = words(DE_NICHT, DE_NIE);
    expect(re.test('das geht nicht')).toBe(true);
    expect(re.test('nie außerhalb von amazon')).toBe(true);
    expect(re.test('wir sind nichtraucher')).toBe(false);
    expect(re.test('zu einem niedrigeren preis')).toBe(false);
    expect(re.test('bitte stornieren sie')).toBe(false);
  });
  it('composes the core from the per-language blocks', () => {
    expect(CORE_NEGATORS).toBe(alt(EN_NOT, EN_NEVER, DE_NICHT, DE_KEIN, FR_PAS, IT_NON, PT_NAO, PT_NEM));
  });
});

describe('the core negators, every language', () => {
  reads(
    words(CORE_NEGATORS),
    [
      'we do not sell it outside amazon',
      'we never ask for payment by transfer',
      'das ist leider nicht möglich',
      'wir haben keinen eigenen shop',
      "c'est pas possible hors d'amazon",
      'non possiamo vendere fuori da amazon',
      'não vendemos fora da amazon',
      'nem por e-mail nem por telefone',
    ],
    [
      'nothing else is needed',
      'the notice is in the box',
      'wir sind ein nichtraucherhaushalt',
      'keinerlei zusatzkosten',
      'la pâte passe au four',
      'la nonna lo adora',
      'o nemo é o nosso peixe',
      'neverland edition, in stock',
    ],
  );
});

describe('English: not, never, the negated auxiliaries, unable, the n\'t tail', () => {
  reads(
    words(EN_NOT, EN_NEVER, EN_CANNOT, EN_UNABLE),
    [
      'we cannot accept paypal',
      "we can't offer that",
      "please don't pay outside amazon",
      "it won't be possible",
      'we are unable to accept cash',
      'this is not allowed',
      'we never share numbers',
      'not through amazon',
    ],
    ['knot the cord twice', 'a cannon-shaped vase', 'nevertheless it ships', 'unabled', 'donts and dos', 'notably quick', 'wont', 'cannoli tray'],
  );
  reads(bare(EN_NT), ["it isn't listed", "we don't", "that wouldn't work", "doesn't matter", "haven't shipped", "couldn't", "shouldn't", "aren't"], ['it is listed', 'we do', 'that works', 'no matter', 'we shipped', "o'neill", "rock 'n' roll", 'nt']);
});

describe('German: nicht, nie, niemals, kein-', () => {
  reads(
    words(DE_NICHT, DE_NIE, DE_NIEMALS, DE_KEIN),
    ['das geht nicht', 'nie per überweisung', 'niemals außerhalb von amazon', 'kein problem', 'keine zahlung', 'keinen shop', 'keinem kunden', 'keiner hat gefragt'],
    ['nichtraucher', 'niedriger preis', 'stornieren', 'keinerlei kosten', 'keinohrhase', 'ein niemalsland', 'niere', 'nichts'],
  );
  it('the inflected form reads only kein, keine, keinen, keinem, keiner, keines', () => {
    const re = words(DE_KEIN_INFLECTED);
    for (const s of ['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']) expect(re.test(`${s} shop`)).toBe(true);
    for (const s of ['keinx', 'keinerlei', 'keineswegs']) expect(re.test(`${s} shop`)).toBe(false);
    // the detectors' form takes any two letters after the stem
    expect(words(DE_KEIN).test('keinx shop')).toBe(true);
  });
});

describe('French: ne ... pas, the elision, pas, jamais', () => {
  const ne = words(FR_NE_PAS);
  reads(
    ne,
    [
      'nous ne pouvons pas accepter',
      'nous ne vendons plus cet article',
      'on ne le vend jamais hors amazon',
      'il ne reste rien',
      'nous ne proposons aucune remise',
      'nous ne le ferons plus',
      'je ne le vois guère',
      'ce ne sera point possible',
    ],
    // a bare "ne" is Italian's pronoun; the second half too far or missing
    ['se ne prende tre', 'ne approfitti subito', 'ne ordini due', 'ne parliamo domani', 'me ne occupo io', 'ne vale la pena', 'ne abbiamo tanti', 'ne restano due'],
  );
  reads(
    bare(FR_ELISION),
    ["nous n'acceptons pas", "ce n'est pas possible", "il n'y a rien", "on n'envoie jamais", "n'hésitez pas", "je n'ai pas", "vous n'avez rien", "n'importe"],
    ['nous acceptons', 'ce est', 'il y a', 'on envoie', 'hésitez', "l'article", "d'amazon", "qu'il"],
  );
  reads(words(FR_PAS, JAMAIS), ["c'est pas possible", 'jamais hors amazon', 'pas de paiement', 'pas par mail', 'jamais par virement', 'toujours pas', 'pas encore', 'jamais plus'], ['passez commande', 'un pastel', 'repas offert', 'la passerelle', 'impasse', 'jamaïque', 'compas', 'pascal']);
});

describe('Spanish and Portuguese: no, nunca, jamás, ni, não, nem, jamais', () => {
  reads(
    words(NO, NUNCA, ES_JAMAS, NI),
    ['no podemos aceptarlo', 'nunca fuera de amazon', 'jamás por transferencia', 'ni por correo ni por teléfono', 'no vendemos', 'nunca pedimos', 'ni hablar', 'no, gracias'],
    ['nosotros lo enviamos', 'nuncio', 'los niños', 'nota de entrega', 'nueva unidad', 'normalmente', 'ninguna', 'nido'],
  );
  reads(
    words(PT_NAO, PT_NEM, NUNCA, JAMAIS),
    ['não podemos vender', 'nem por whatsapp', 'nunca fora da amazon', 'jamais por pix', 'não é possível', 'nem pensar', 'nunca pedimos', 'não, obrigado'],
    ['nãozinho', 'nemo', 'nunciatura', 'jamaica', 'nenhum', 'neném', 'a nação', 'o nemátodo'],
  );
});

describe('Italian: non, mai', () => {
  reads(
    words(IT_NON, IT_MAI),
    ['non possiamo', 'mai fuori da amazon', 'non è possibile', 'non vendiamo', 'mai per bonifico', 'non lo facciamo', 'non ancora', 'mai più'],
    ['la nonna', 'maiale', 'maionese', 'nonostante', 'mailbox', 'maiuscolo', 'nonché', 'maioliche'],
  );
});

describe('Japanese negative endings', () => {
  reads(
    bare(JA_NEG_ENDINGS, JA_ZU, JA_ORAZU, JA_KANEMASU),
    ['販売しておりません', 'できない', '連絡せずに', '出品しておらず', 'お受けいたしかねます', 'ございません', '扱っていない', '使わず'],
    ['販売しております', 'できます', '連絡してください', '出品しています', 'お受けいたします', 'ございます', '扱っている', 'お使いください'],
  );
});

describe('contrast words', () => {
  const comma = new RegExp(`,\\s{0,2}(?:${CONTRAST_WORDS})(?![\\p{L}])`, 'u');
  reads(
    comma,
    ["we can't, but you can", 'leider nicht, aber gern', 'pas possible, mais voici', 'no podemos, pero sí', 'non possiamo, ma possiamo', 'não podemos, mas podemos', 'nicht per post, sondern per mail', 'não, porém aqui'],
    ['but first, thanks', 'aber gern', 'mais oui', 'pero bueno', 'mamma mia', ', massive stock', ', butter dish', ', aberration'],
  );
  it('the short "but" list leaves out the corrective "sondern/sino" and "porém"', () => {
    const re = words(BUT_WORDS);
    for (const s of ['but', 'aber', 'mais', 'pero', 'ma', 'però', 'mas']) expect(re.test(s)).toBe(true);
    for (const s of ['sondern', 'sino', 'porém']) expect(re.test(s)).toBe(false);
  });
  reads(
    words(HOWEVER_WORDS, FR_HOWEVER_WORDS, REGRET_WORDS),
    ['however, we', 'wir können jedoch', 'cependant nous', 'toutefois, voici', 'sin embargo, no', 'tuttavia possiamo', 'no entanto, podemos', 'purtroppo no'],
    ['how ever', 'jedo', 'cependent', 'toute fois', 'sin embargos', 'tutta via', 'no entantos', 'leiderhosen'],
  );
  reads(
    new RegExp(JA_CONTRAST_AFTER_NEG, 'u'),
    ['販売しておりませんが、振込で', 'ないけど', 'できませんけれども', '在庫はございませんけど', '出品していないけれど', 'ございませんが', 'まだ届いていないが、', 'ありませんが、'],
    ['販売しておりますが', 'ありますけど', 'できますが', 'ございますが、', 'してください', '販売しません', 'ない', 'けど'],
  );
});
