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

let samplesChecked = 0;

/** Builds the checker's tables ahead of the first check, in idle slices: the respelling table (~10 ms,
 *  once), the lexicon index, then (with `samples`) one sample sentence per step (warm-samples.ts: V8
 *  compiles each big pattern on its first run), until `stop()` says the slice is over. True once all that
 *  was asked for is done. */
export function warmChecker(stop: () => boolean = () => false, samples = true): boolean {
  warmRespellings();
  if (!warmEntryIndex(stop)) return false;
  while (samples && samplesChecked < WARM_SAMPLES.length) {
    if (stop()) return false;
    checkMessage(WARM_SAMPLES[samplesChecked++]!, { buyerMessage: WARM_BUYER_MESSAGE });
  }
  return true;
}
