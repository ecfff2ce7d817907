// Request a Review confirmation page (/messaging/reviews?orderId=..&marketplaceId=..): the ONLY code
// that knows this page's DOM (seller-central-dom.md §2.3, §5). Structure first, then text.
import { deepText } from '../../lib/deep-dom';
import { findAll, findFirst, type SelectorList } from '../../lib/selectors';
import { isOrderId } from '../../rules/order-id';

export const REVIEWS_ROOT: SelectorList = [
  { variant: 'ayb-reviews', selector: '#ayb-reviews' }, // 2019-2026, ≥6 scripts
  { variant: 'ayb-app', selector: '#ayb-app' }, // the messaging app shell, if the inner id changes
];

export const SUCCESS_ALERT: SelectorList = [
  { variant: 'kat-alert-success', selector: 'kat-alert[variant="success"]' }, // SellerForge 2026
  { variant: 'kat-statusindicator', selector: 'kat-statusindicator[variant="success"], kat-statusindicator[label*="review will be requested" i]' }, // src 46743597192
];

export const ERROR_DESCRIPTION: SelectorList = [
  { variant: 'error-description', selector: '.ayb-request-review-error-description' }, // ≥4 sources
  { variant: 'kat-alert-warning', selector: 'kat-alert[variant="warning"], kat-alert[variant="danger"], kat-alert[variant="error"]' }, // ReviewNudge simulation: text in attributes
];

/** en (H, several sources), zh (H, spec §5); de/fr/es/it/ja are GUESSES (no public strings found). */
const SUCCESS_TEXT = [
  /a review will be requested/i,
  /将请求.{0,6}评论|将.{0,4}请求.{0,4}评论/, // zh, close to the en sentence (GUESS wording)
  /Bewertung wird angefordert/i, // de GUESS
  /un avis sera demandé/i, // fr GUESS
  /se solicitará una reseña/i, // es GUESS
  /verrà richiesta una recensione/i, // it GUESS
  /レビューがリクエストされます/, // ja GUESS
];
const ALREADY_TEXT = [
  /already requested a review/i,
  /您已请求对此订单进行评论/, // zh (spec §5)
  /bereits eine Bewertung angefordert/i, // de GUESS
  /déjà demandé un avis/i, // fr GUESS
  /ya has solicitado una reseña/i, // es GUESS
  /già richiesto una recensione/i, // it GUESS
  /既にレビューをリクエスト|すでにレビューをリクエスト/, // ja GUESS
];
const OUTSIDE_TEXT = [
  /outside the \d+\s*-\s*30 day range/i, // "5-30" (2019 text said "4-30")
  /\d+\s*-\s*30\s*天范围/, // zh (spec §5)
  /außerhalb des Zeitraums von \d+\s*(?:-|bis)\s*30 Tagen/i, // de GUESS
  /en dehors de la période de \d+\s*(?:-|à)\s*30 jours/i, // fr GUESS
  /fuera del (?:periodo|rango) de \d+\s*(?:-|a)\s*30 días/i, // es GUESS
  /al di fuori del periodo di \d+\s*(?:-|a)\s*30 giorni/i, // it GUESS
  /\d+\s*[-〜~]\s*30\s*日/, // ja GUESS
];

export type ReviewPageOutcome = 'success' | 'already-requested' | 'outside-window';

export function findReviewsRoot(doc: Document = document): Element | null {
  return findFirst(doc, REVIEWS_ROOT)?.element ?? null;
}

/** What Amazon answered on this page so far, or null while it only asks (or says something else). */
export function readOutcome(root: Element): ReviewPageOutcome | null {
  const errors = findAll(root, ERROR_DESCRIPTION).map((f) => deepText(f.element) + ' ' + (f.element.getAttribute('description') ?? '') + ' ' + (f.element.getAttribute('header') ?? ''));
  const errorText = errors.join(' ');
  if (ALREADY_TEXT.some((re) => re.test(errorText))) return 'already-requested';
  if (OUTSIDE_TEXT.some((re) => re.test(errorText))) return 'outside-window';
  const success = findFirst(root, SUCCESS_ALERT);
  if (success) return 'success';
  // text fallbacks when the structure changed: the whole app's text
  const all = deepText(root);
  if (ALREADY_TEXT.some((re) => re.test(all))) return 'already-requested';
  if (OUTSIDE_TEXT.some((re) => re.test(all))) return 'outside-window';
  if (SUCCESS_TEXT.some((re) => re.test(all))) return 'success';
  return null;
}

export function readReviewPageOrder(url: URL): { orderId: string; marketplaceId?: string } | null {
  const orderId = url.searchParams.get('orderId') ?? url.searchParams.get('orderID') ?? '';
  if (!isOrderId(orderId)) return null;
  return { orderId, marketplaceId: url.searchParams.get('marketplaceId') ?? url.searchParams.get('marketplaceID') ?? undefined };
}
