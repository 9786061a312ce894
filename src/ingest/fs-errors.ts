// Turns Node's fs errors into the one-line coded errors users see.
import { EntenteError, isEntenteError } from '../core/index.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
};

export function toEntenteError(e: unknown, file: string): EntenteError {
  if (isEntenteError(e)) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new EntenteError('ENOENT', 'no such file or directory', file);
  const message = e instanceof Error ? e.message : String(e);
  const reason = (typeof code === 'string' ? REASONS[code] : undefined) ?? message.split('\n')[0] ?? message;
  return new EntenteError('BAD_INPUT', reason, file);
}
