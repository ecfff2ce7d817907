// UI texts the template checker needs, as strings: functions do not cross to a worker. PLACEHOLDER
// marks where the placeholder goes in a translated message.
import type { TemplateTexts } from '../../rules/templates/check';

export interface WorkerTexts {
  contactPlaceholder?: string;
}

export const PLACEHOLDER = '\u2063placeholder\u2063';

export function templateTexts(texts: WorkerTexts): TemplateTexts {
  const contact = texts.contactPlaceholder;
  return contact ? { contactPlaceholder: (p) => contact.split(PLACEHOLDER).join(p) } : {};
}
