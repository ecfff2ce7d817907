// The public engine API (test-contract.md): the compliance checker and the time rules.
export * from './compliance';
export * from './sla';
export * from './review-window';
export * from './dates';
export * from './order-id';
export * from './marketplaces';
