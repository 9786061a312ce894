export * from './store.js';
export { openSqliteStore, SqliteStore } from './sqlite/sqlite-store.js';
export { outletOf } from './outlet.js';
