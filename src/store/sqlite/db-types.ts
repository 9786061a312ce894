// The connection and statement types, apart from db.ts so that migrations can name them.
import type Database from 'better-sqlite3';

export type Db = Database.Database;
export type Stmt = Database.Statement;
