// The seller's own bank details named as a fact about a document (s27 known #4): "Nossa agência e conta estão na nota fiscal",
// "Os dados bancários da empresa aparecem no rodapé do boleto" - the invoice explained, no request for the buyer's bank data
// (personal_data) and no payment asked outside Amazon (offplatform). The pt bank entries (bank-branch-account, bank-details)
// match the words whoever owns them.
// Cleared only when all hold in the phrase's sentence: the seller owns the details (nossa/nosso right before, "da loja", "da
// empresa", "do emitente", "do vendedor" right after), a document is named (nota fiscal, NF-e, DANFE, fatura, recibo; not a boleto),
// and nothing is asked or paid: no request or hand-over verb (informe, passe, envie, mande, precisamos), no payment or deposit
// (depositar, transferir, pagar, quitar, acertar, pagamento, Pix, TED, comprovante), no buyer's bank data (sua agência, seus dados), no question.
// Near-misses that still flag: "Informe sua agência e conta para o reembolso" (offplatform + personal_data, README conventions),
// "Nossa agência e conta para o depósito estão na nota fiscal" (a deposit), "Nossa loja precisa da sua agência e conta".
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

/** The bank entries this reads. */
export const SELLER_BANK_ENTRIES: ReadonlySet<string> = new Set(['pt:personal_data:bank-branch-account', 'pt:personal_data:bank-details']);
const OWNER_BEFORE = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:noss[oa]s?)\s{1,3}(?:(?:dados|dado|banco|conta)\s{1,3}(?:\p{L}{1,10}\s{1,3})?)?$`, 'u'));
const OWNER_AFTER = accentOptionalRe(
  compactRegExp(String.raw`^\s{0,3}(?:\([^)]{0,30}\)\s{0,3})?(?:da|do|de)\s{1,3}(?:(?:nossa|nosso)\s{1,3})?(?:loja|empresa|emitente|emissor|vendedor|vendedora|firma|cnpj)(?![\p{L}])`, 'u'),
);
// (no boleto: a payment slip, the payment outside Amazon, not a document explained - s27 review #13)
const DOCUMENT = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:nota fiscal|nf-?e|danfe|fatura|recibo|rodapé|cabeçalho)(?![\p{L}])`, 'u'));
const ASKED_OR_PAID = accentOptionalRe(
  compactRegExp(
    String.raw`\?|(?<![\p{L}])(?:inform\p{L}{0,4}|pass[ae]r?|envi\p{L}{0,4}|mand\p{L}{0,4}|precis\p{L}{0,5}|solicit\p{L}{0,5}|pe[çc]o|pedimos|deposit\p{L}{0,5}|dep[óo]sito|transfer\p{L}{0,6}|pag\p{L}{0,5}|pagamentos?|quit\p{L}{0,4}|acert\p{L}{0,4}|pix|ted|doc|comprovante|(?:sua|seu|seus|suas|tua|teu)\s{1,3}(?:agência|conta|banco|dados))(?![\p{L}])`,
    'u',
  ),
);

/** Is the bank phrase at sentence[at, end) the seller's own details named as a fact about a document? */
export function sellersBankOnDocument(sentence: string, at: number, end: number): boolean {
  if (!DOCUMENT.test(sentence) || ASKED_OR_PAID.test(sentence)) return false;
  return OWNER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || OWNER_AFTER.test(sentence.slice(end, end + 50));
}
