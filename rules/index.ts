// The public engine API (test-contract.md): the compliance checker and the time rules.
export * from './compliance';
