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
export { warmEntryIndex as warmChecker } from './detectors/entry-index';
