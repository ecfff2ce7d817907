import type { CheckOptions } from '../../rules/compliance/types';
import { uiLanguage } from '../../components/i18n';
import { send } from '../../storage/client';

/** The seller's checker settings (languages, own phrases); the defaults when the background does not answer. */
export async function checkOptions(): Promise<CheckOptions> {
  const ui = uiLanguage();
  try {
    const settings = await Promise.race([send('settings/get', {}), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))]);
    return { uiLanguage: ui, languages: settings.checkLanguages, customPhrases: settings.customPhrases };
  } catch {
    return { uiLanguage: ui };
  }
}
