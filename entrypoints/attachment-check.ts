// Heavy attachment checker (pdf.js, fflate), kept OUT of the content-script bundle: WXT builds this
// unlisted script on its own; the composer loads it with import(runtime.getURL(...)) only when the
// seller picks a file. It publishes checkAttachment on the importing realm's global.
import { checkAttachment } from '../rules/compliance/attachment';

export const ATTACHMENT_CHECK_GLOBAL = '__replyGuardCheckAttachment';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ATTACHMENT_CHECK_GLOBAL] = checkAttachment;
});
