// The API's endpoints as data: one table that both registers the Hono handlers (app.ts) and
// writes the OpenAPI document (openapi.ts), so the document cannot drift from what is served.
import type { z } from 'zod';
import type { Explorer } from '../app/web-explorer.js';
import { ApiError } from './errors.js';
import * as S from './schemas.js';

export interface RouteInput {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
}

export interface Route {
  method: 'get' | 'post';
  /** OpenAPI form: /api/entities/{id}. */
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** Status of a successful answer (default 200); may depend on the result. */
  status?: (result: unknown) => 200 | 201;
  /** Changes the store: needs the bearer token when the server listens beyond loopback. */
  write?: boolean;
  run(input: RouteInput, ex: Explorer): unknown;
}

/** Typed route: the handler sees the parsed query, params and body. */
function route<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
>(r: {
  method: 'get' | 'post';
  path: string;
  tag: string;
  summary: string;
  query?: Q;
  params?: P;
  body?: B;
  response: z.ZodType;
  status?: (result: unknown) => 200 | 201;
  write?: boolean;
  run(input: { query: z.output<Q>; params: z.output<P>; body: z.output<B> }, ex: Explorer): unknown;
}): Route {
  return r as unknown as Route;
}

function found<T>(x: T | null | undefined, what: string): T {
  if (x === null || x === undefined) throw new ApiError(404, `no such ${what}`);
  return x;
}

export const ROUTES: Route[] = [
  route({
    method: 'get',
    path: '/api/stats',
    tag: 'store',
    summary: 'Counts of documents, events, stories, conflicts and the date range held',
    response: S.Stats,
    run: (_i, ex) => ex.stats(),
  }),
  route({
    method: 'get',
    path: '/api/cameo',
    tag: 'store',
    summary: 'The CAMEO event roots with their names and Goldstein values',
    response: S.CameoRoots,
    run: (_i, ex) => ({ items: ex.cameoRoots() }),
  }),
  route({
    method: 'get',
    path: '/api/documents',
    tag: 'documents',
    summary: 'Stored documents, newest first',
    query: S.PageQuery,
    response: S.DocumentList,
    run: ({ query }, ex) => ex.documents(query),
  }),
  route({
    method: 'get',
    path: '/api/documents/{id}',
    tag: 'documents',
    summary: 'One document: its text, its extraction (the contract) and the story of each event',
    params: S.DocParam,
    response: S.DocumentView,
    run: ({ params }, ex) => found(ex.document(params.id), 'document'),
  }),
  route({
    method: 'post',
    path: '/api/documents',
    tag: 'documents',
    summary:
      'Ingest a text or HTML article: store it and return its extraction (201 when added, 200 when already stored)',
    body: S.ArticleBody,
    response: S.IngestResult,
    write: true,
    status: (r) => ((r as { status: string }).status === 'unchanged' ? 200 : 201),
    run: ({ body }, ex) => ex.ingest(body),
  }),
  route({
    method: 'post',
    path: '/api/extract',
    tag: 'documents',
    summary: 'Read a text or HTML article and return its extraction without storing it',
    body: S.ArticleBody,
    response: S.ReadResult,
    run: ({ body }, ex) => {
      const { doc, extraction } = ex.read(body);
      return { text: doc.body, extraction, labels: ex.labelsOf(extraction.entities.map((e) => e.id)) };
    },
  }),
  route({
    method: 'get',
    path: '/api/entities',
    tag: 'entities',
    summary: 'Actors, places and agreements whose names or aliases contain the query',
    query: S.EntitiesQuery,
    response: S.EntityList,
    run: ({ query }, ex) => ({ items: ex.findEntities(query.q, { type: query.type, limit: query.limit }) }),
  }),
  route({
    method: 'get',
    path: '/api/entities/{id}',
    tag: 'entities',
    summary: 'Entity profile: names, offices and memberships over time, events, partners, quotes, sources',
    params: S.IdParam,
    response: S.EntityProfile,
    run: ({ params }, ex) => found(ex.entity(params.id), 'entity'),
  }),
  route({
    method: 'get',
    path: '/api/events',
    tag: 'events',
    summary: 'Events, filtered as `entente events` filters them',
    query: S.EventQuery,
    response: S.EventList,
    run: ({ query }, ex) => ex.events(query),
  }),
  route({
    method: 'get',
    path: '/api/stories',
    tag: 'events',
    summary: 'Stories (events merged across documents) with their reports and source counts',
    query: S.StoryQuery,
    response: S.StoryList,
    run: ({ query }, ex) => ex.stories(query),
  }),
  route({
    method: 'get',
    path: '/api/stories/{id}',
    tag: 'events',
    summary: 'One story with every report',
    params: S.StoryParam,
    response: S.StoryDetail,
    run: ({ params }, ex) => found(ex.story(params.id), 'story'),
  }),
  route({
    method: 'get',
    path: '/api/timeline',
    tag: 'events',
    summary: 'Events of one actor, or between two actors, with monthly counts',
    query: S.TimelineQuery,
    response: S.Timeline,
    run: ({ query }, ex) => ex.timeline(query.with ? [query.actor, query.with] : [query.actor], query),
  }),
  route({
    method: 'get',
    path: '/api/conflicts',
    tag: 'events',
    summary: 'Contradictions between documents, both passages with their context',
    query: S.PageQuery,
    response: S.ConflictList,
    run: ({ query }, ex) => {
      const items = ex.conflicts(query);
      return { items, labels: ex.labelsIn(items.map((c) => c.note)) };
    },
  }),
  route({
    method: 'get',
    path: '/api/search',
    tag: 'search',
    summary: 'Search as you type: actors by name, documents and quotes by their words',
    query: S.SearchQuery,
    response: S.SearchResult,
    run: ({ query }, ex) => ex.search(query.q, query.limit),
  }),
  route({
    method: 'get',
    path: '/api/network',
    tag: 'graph',
    summary: 'Actor network for a date range and event roots; edges weighted by event count',
    query: S.NetworkQuery,
    response: S.Network,
    run: ({ query }, ex) => ex.network(query),
  }),
  route({
    method: 'get',
    path: '/api/organisations/{id}/members',
    tag: 'graph',
    summary: 'Members and partners of an organisation on a date',
    params: S.OrgParam,
    query: S.MembersQuery,
    response: S.MemberList,
    run: ({ params, query }, ex) => ({
      org: params.id,
      on: query.on,
      items: ex.members(params.id, query.on),
    }),
  }),
];
