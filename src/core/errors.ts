// Coded errors: every failure a user can cause carries a code and names the file it concerns,
// so the CLI prints one line instead of a stack trace.

export type ErrorCode =
  | 'ENOENT'
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'NO_ARTICLE'
  | 'BAD_FEED'
  | 'BAD_JSON'
  | 'BAD_META'
  | 'BAD_KB'
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'DB';

export class EntenteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'EntenteError';
  }

  /** "path/to/file: reason" — the one line a user sees. */
  toLine(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}

export function isEntenteError(e: unknown): e is EntenteError {
  return e instanceof EntenteError;
}
