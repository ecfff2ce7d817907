// What the reason chip next to Request a Review says, with the dates that matter, and its tone.
import { formatDay, type ReviewVerdict } from '../../rules/review-window';
import type { ReviewRequestRecord } from '../../storage/schema';
import { t, uiLanguage } from '../i18n';
import type { ChipTone } from './review-chip';

export interface ReasonContext {
  verdict: ReviewVerdict;
  timeZone: string;
  /** the stored request behind an already-requested / by-message verdict */
  request?: Pick<ReviewRequestRecord, 'at' | 'source'>;
  /** dates came from the page text because Amazon's order JSON could not be read */
  fromPageText?: boolean;
}

export function reasonText({ verdict, timeZone, request, fromPageText }: ReasonContext): { text: string; tone: ChipTone } {
  // the date in the language of the sentence around it
  const lang = uiLanguage();
  const day = (ms: number) => formatDay(ms, timeZone, lang);
  let text: string;
  let tone: ChipTone = 'blocked';
  switch (verdict.reason) {
    case 'too-early':
      text = verdict.opensAt !== undefined && !verdict.amazonOverrides ? t('reviewOpensOn', day(verdict.opensAt)) : t('reviewClosedAmazon');
      break;
    case 'too-late':
      text = verdict.closesAt !== undefined && !verdict.amazonOverrides ? t('reviewClosedOn', day(verdict.closesAt)) : t('reviewClosedAmazon');
      break;
    case 'already-requested':
      // "Amazon said already sent" tells us nothing about WHEN: say so instead of inventing a date
      text = request && request.source !== 'amazon-already-sent' ? t('reviewAlreadyRequestedOn', day(request.at)) : t('reviewAlreadyRequestedAmazon');
      break;
    case 'review-sent-by-message':
      text = t('reviewSentByMessageOn', day(verdict.requestedAt ?? request?.at ?? 0));
      break;
    case 'unknown-delivery':
      text = t('reviewUnknownDelivery');
      tone = 'warn';
      break;
    case 'eligible':
      if (verdict.closesAt === undefined) text = t('reviewUnknownDelivery');
      else text = verdict.sweetSpot ? t('reviewSweetSpotUntil', day(verdict.closesAt)) : t('reviewEligibleUntil', day(verdict.closesAt));
      tone = verdict.sweetSpot ? 'sweet' : 'ok';
      break;
  }
  if (fromPageText) text = `${text} ${t('reviewFromPageText')}`;
  return { text, tone };
}
