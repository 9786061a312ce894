export { outletOf } from './outlet.js';
export { openSqliteStore, SqliteStore } from './sqlite/sqlite-store.js';
export * from './store.js';
