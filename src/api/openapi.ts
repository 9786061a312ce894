// The OpenAPI 3.1 document, written from the route table and its zod schemas.
import { z } from 'zod';
import { ROUTES } from './routes.js';
import { ErrorResponse } from './schemas.js';

type Json = Record<string, unknown>;

function jsonSchema(s: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete out.$schema;
  return out;
}

function parameters(s: z.ZodType | undefined, where: 'query' | 'path'): Json[] {
  if (!s) return [];
  const obj = jsonSchema(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(obj.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: where,
      required: where === 'path' || (obj.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

function errors(r: (typeof ROUTES)[number]): Record<string, Json> {
  const out: Record<string, Json> = {
    '400': { description: 'invalid request', content: errorContent },
    '500': { description: 'internal error (no stack trace)', content: errorContent },
  };
  if (r.params) out['404'] = { description: 'not found', content: errorContent };
  if (r.body) {
    out['413'] = { description: 'body over the size limit', content: errorContent };
    out['415'] = { description: 'body is not application/json', content: errorContent };
  }
  if (r.write) {
    out['401'] = {
      description: 'bearer token missing (required when the server listens beyond loopback)',
      content: errorContent,
    };
    out['403'] = {
      description: 'wrong token, writes disabled, or a cross-origin write',
      content: errorContent,
    };
  }
  return out;
}

export function openApiDocument(opts: { version: string; maxBodyBytes: number }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of ROUTES) {
    const op: Json = {
      tags: [r.tag],
      summary: r.summary,
      operationId: `${r.method}${r.path.replace(/\{(\w+)\}/g, 'By$1').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        [r.status ? '201' : '200']: {
          description: 'OK',
          content: { 'application/json': { schema: jsonSchema(r.response, 'output') } },
        },
        ...(r.status
          ? {
              '200': {
                description: 'already stored: nothing changed',
                content: { 'application/json': { schema: jsonSchema(r.response, 'output') } },
              },
            }
          : {}),
        ...errors(r),
      },
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        description: `JSON, at most ${opts.maxBodyBytes} bytes`,
        content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
      };
    }
    if (r.write) op.security = [{}, { bearer: [] }];
    paths[r.path] = { ...paths[r.path], [r.method]: op };
  }
  paths['/api/openapi.json'] = {
    get: {
      tags: ['meta'],
      summary: 'This document',
      operationId: 'getOpenapi',
      responses: { '200': { description: 'OK' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version: opts.version,
      description:
        'Who did what to whom in international-security news, as a time-aware knowledge graph. Errors are JSON {"error","detail"}. ' +
        'Writes need "Authorization: Bearer TOKEN" when the server listens beyond loopback (or was started with a token).',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: jsonSchema(ErrorResponse, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
