// Who may write. On loopback anyone on the machine may (unless a token was set); beyond loopback
// every write needs `Authorization: Bearer TOKEN`, and with no token configured writes are off.
// Writes must be JSON and, when the browser says where it comes from, from this same origin:
// a page on another site cannot make a browser post to a local Entente.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

export interface WritePolicy {
  token: string | null;
  /** Whether the server listens on a loopback address only. */
  loopback: boolean;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function checkWrite(policy: WritePolicy, headers: Headers, requestUrl: string): void {
  const origin = headers.get('origin');
  if (origin && origin !== 'null') {
    let same = false;
    try {
      same = new URL(origin).host === new URL(requestUrl).host;
    } catch {
      same = false;
    }
    if (!same) throw new ApiError(403, 'cross-origin write refused', { origin });
  }
  if (policy.token === null) {
    if (policy.loopback) return;
    throw new ApiError(
      403,
      'writes are disabled',
      'this server listens beyond loopback and was started without a token: restart it with --token or ENTENTE_TOKEN',
    );
  }
  const auth = headers.get('authorization');
  if (!auth) throw new ApiError(401, 'a bearer token is required', 'send "Authorization: Bearer TOKEN"');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
  if (!m?.[1])
    throw new ApiError(401, 'a bearer token is required', 'the Authorization header must be "Bearer TOKEN"');
  if (!timingSafeEqual(digest(m[1]), digest(policy.token))) throw new ApiError(403, 'wrong token', null);
}
