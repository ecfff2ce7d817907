// The inbox's page readers live in lib/inbox-page (shared with the composer, which reads the same
// open thread); this surface re-exports what it uses.
export { caseIdFromUrl, documentOf, inboxDocuments, pageContext, type PageContext } from '../../lib/inbox-page/context';
export { pageLanguage } from '../../lib/page-language';
export { readThreadList, type ThreadRow } from '../../lib/inbox-page/rows';
export { readOpenThread, findNrnControls, type OpenThread, type OpenThreadMessage, type NrnControl } from '../../lib/inbox-page/open-thread';
export { withReadPass } from '../../lib/inbox-page/walk';
