// Templates: a whole reply-template library checked at once (the extension's "Check templates"
// page). Pure, DOM-free: sources (text, CSV, XLSX -> templates), placeholders, check, report.
export * from './sources';
export * from './placeholders';
export * from './check';
export * from './view';
export * from './report';
