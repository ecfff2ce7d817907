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

/** Builds the checker's tables ahead of the first check, in idle slices: the respelling table (~10 ms,
 *  once), then the lexicon index until `stop()` says the slice is over. True once all are built. */
export function warmChecker(stop: () => boolean = () => false): boolean {
  warmRespellings();
  return warmEntryIndex(stop);
}
