// Every error the API answers is JSON `{ "error": "...", "detail": ... }` with its status code;
// a failure nobody planned for is a 500 without a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { isEntenteError } from '../core/index.js';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly detail: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: string;
  detail: unknown;
}

export function invalid(where: string, e: ZodError): ApiError {
  return new ApiError(
    400,
    `invalid ${where}`,
    e.issues.map((i) => ({ path: i.path.map(String).join('.') || where, message: i.message })),
  );
}

const UNREAD_BODY = new Set([401, 403, 405, 413, 415]);

// Input errors the readers and the store raise about what the client sent.
const CLIENT_CODES = new Set([
  'EMPTY',
  'BINARY',
  'TOO_LARGE',
  'NO_ARTICLE',
  'BAD_META',
  'BAD_INPUT',
  'BAD_JSON',
]);

export function errorResponse(c: Context, e: unknown, log: (line: string) => void): Response {
  if (e instanceof ApiError) {
    if (e.status === 401) c.header('WWW-Authenticate', 'Bearer realm="entente"');
    // A body refused unread (or half read) must not be taken for the next request on the socket.
    if (UNREAD_BODY.has(e.status) && c.req.method !== 'GET' && c.req.method !== 'HEAD')
      c.header('Connection', 'close');
    return c.json({ error: e.message, detail: e.detail } satisfies ErrorBody, e.status);
  }
  if (isEntenteError(e) && CLIENT_CODES.has(e.code)) {
    return c.json(
      { error: e.message, detail: { code: e.code } } satisfies ErrorBody,
      e.code === 'TOO_LARGE' ? 413 : 400,
    );
  }
  if (isEntenteError(e) && e.code === 'NOT_FOUND')
    return c.json({ error: e.message, detail: null } satisfies ErrorBody, 404);
  log(
    `entente serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  );
  return c.json({ error: 'internal error', detail: null } satisfies ErrorBody, 500);
}
