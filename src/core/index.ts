export * from './contract.js';
export * from './document.js';
export * from './errors.js';
export * from './ids.js';
export * from './spans.js';
