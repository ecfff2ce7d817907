// The compliance checker: pure, synchronous, DOM-free. See README.md in this folder.
export type {
  AttachmentFile,
  AttachmentVerdict,
  CheckOptions,
  CustomPhrase,
  DetectionLanguage,
  Finding,
  RuleId,
  Severity,
  UiLanguage,
} from './types';
export { checkMessage } from './check';
export { checkAttachment, ALLOWED_ATTACHMENT_EXTENSIONS, MAX_ATTACHMENT_BYTES } from './attachment';
import { warmRespellings } from './accents';
import { warmEntryIndex } from './detectors/entry-index';
import { checkMessage } from './check';
import { WARM_BUYER_MESSAGE, WARM_SAMPLES } from './warm-samples';
import { LANGUAGES, type DetectionLanguage } from './languages';

const sampleChecked = new Uint8Array(WARM_SAMPLES.length);

/** Builds the checker's tables ahead of the first check, in idle slices: the respelling table (~10 ms,
 *  once), the lexicon index, then one sample sentence of `sampleLanguages` per step (warm-samples.ts: V8
 *  compiles each big pattern on its first run), until `stop()` says the slice is over. True once all that
 *  was asked for is done. */
export function warmChecker(stop: () => boolean = () => false, sampleLanguages: readonly DetectionLanguage[] = LANGUAGES): boolean {
  warmRespellings();
  if (!warmEntryIndex(stop)) return false;
  for (let i = 0; i < WARM_SAMPLES.length; i++) {
    const sample = WARM_SAMPLES[i]!;
    if (sampleChecked[i] || !sampleLanguages.includes(sample.language)) continue;
    if (stop()) return false;
    sampleChecked[i] = 1;
    checkMessage(sample.text, { buyerMessage: WARM_BUYER_MESSAGE });
  }
  return true;
}
