// An article with what Entente read in it highlighted: entity mentions, event evidence, quotes,
// relations. Clicking a highlight shows how it was coded and leads to its entity or story.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import type { CameoRoot, Extraction, Labels } from '../api';
import { ActorLink, Actors, span as dates, goldsteinColor, Link, labelOf, rootName } from '../ui';

type Kind = 'entity' | 'event' | 'quote' | 'relation';

interface Mark {
  kind: Kind;
  /** Index into the extraction's list of that kind. */
  index: number;
  start: number;
  end: number;
}

export interface Selection {
  kind: Kind;
  index: number;
}

function marksOf(x: Extraction, text: string): Mark[] {
  const ok = (s: number, e: number) =>
    Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= text.length && e > s;
  const out: Mark[] = [];
  x.entities.forEach((en, index) => {
    for (const m of en.mentions)
      if (ok(m.start, m.end)) out.push({ kind: 'entity', index, start: m.start, end: m.end });
  });
  x.events.forEach((ev, index) => {
    if (ok(ev.evidence.start, ev.evidence.end))
      out.push({ kind: 'event', index, start: ev.evidence.start, end: ev.evidence.end });
  });
  x.quotes.forEach((q, index) => {
    if (ok(q.start, q.end)) out.push({ kind: 'quote', index, start: q.start, end: q.end });
  });
  x.relations.forEach((r, index) => {
    if (r.evidence && ok(r.evidence.start, r.evidence.end))
      out.push({ kind: 'relation', index, start: r.evidence.start, end: r.evidence.end });
  });
  return out;
}

interface Piece {
  start: number;
  end: number;
  marks: Mark[];
}

function pieces(text: string, marks: Mark[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  // Marks sorted by start; a sweep keeps the ones covering each piece.
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let open: Mark[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i] as number;
    const e = sorted[i + 1] as number;
    while (next < byStart.length && (byStart[next] as Mark).start <= s) open.push(byStart[next++] as Mark);
    open = open.filter((m) => m.end > s);
    out.push({ start: s, end: e, marks: open.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

const PRIORITY: Record<Kind, number> = { entity: 0, quote: 1, relation: 2, event: 3 };

export function Reader({
  text,
  extraction,
  labels,
  roots,
  links,
  target,
}: {
  text: string;
  extraction: Extraction;
  labels: Labels;
  roots: Map<string, CameoRoot>;
  links?: { index: number; story: string | null; sources: number }[];
  /** A passage to scroll to and mark (from ?at=START-END). */
  target?: [number, number] | null;
}) {
  const [layers, setLayers] = useState<Record<Kind, boolean>>({
    entity: true,
    event: true,
    quote: true,
    relation: false,
  });
  const [sel, setSel] = useState<Selection | null>(null);
  const all = useMemo(() => marksOf(extraction, text), [extraction, text]);
  const shown = all.filter((m) => layers[m.kind]);
  const parts = useMemo(() => {
    const withTarget = target
      ? [...shown, { kind: 'relation' as Kind, index: -1, start: target[0], end: target[1] }]
      : shown;
    return pieces(text, withTarget);
  }, [text, shown, target]);
  const body = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the target or the selection moves
  useEffect(() => {
    const el = body.current?.querySelector('.target, .sel');
    el?.scrollIntoView({ block: 'center' });
  }, [target, sel]);

  const pick = (marks: Mark[]) => {
    const real = marks.filter((m) => m.index >= 0);
    if (!real.length) return;
    // The narrowest highlight wins; ties go to the most specific kind (an entity inside a quote).
    const best = [...real].sort(
      (a, b) => a.end - a.start - (b.end - b.start) || PRIORITY[a.kind] - PRIORITY[b.kind],
    )[0] as Mark;
    setSel({ kind: best.kind, index: best.index });
  };

  const counts: Record<Kind, number> = {
    entity: extraction.entities.length,
    event: extraction.events.length,
    quote: extraction.quotes.length,
    relation: extraction.relations.length,
  };

  return (
    <div className="reader">
      <div className="layers">
        {(['entity', 'event', 'quote', 'relation'] as Kind[]).map((k) => (
          <label key={k} className={`chip k-${k}`}>
            <input
              type="checkbox"
              checked={layers[k]}
              onChange={() => setLayers({ ...layers, [k]: !layers[k] })}
            />{' '}
            {k === 'entity' ? 'entities' : `${k}s`} ({counts[k]})
          </label>
        ))}
      </div>
      <div className="reader-cols">
        <div className="text" ref={body} data-testid="document-text">
          {parts.map((p) => {
            const t = text.slice(p.start, p.end);
            if (!p.marks.length) return <Fragment key={p.start}>{t}</Fragment>;
            const kinds = new Set(p.marks.filter((m) => m.index >= 0).map((m) => m.kind));
            const isTarget = p.marks.some((m) => m.index < 0);
            const isSel = sel !== null && p.marks.some((m) => m.kind === sel.kind && m.index === sel.index);
            const cls = [...kinds].map((k) => `hl-${k}`);
            if (isTarget) cls.push('target');
            if (isSel) cls.push('sel');
            const ent = p.marks.find((m) => m.kind === 'entity');
            return (
              // biome-ignore lint/a11y: a highlight in running text; the lists beside it offer the same by keyboard
              <span
                key={p.start}
                className={cls.join(' ')}
                data-kinds={[...kinds].join(' ')}
                data-entity={ent ? extraction.entities[ent.index]?.id : undefined}
                onClick={() => pick(p.marks)}
              >
                {t}
              </span>
            );
          })}
        </div>
        <aside className="coding">
          {sel ? (
            <Coding sel={sel} x={extraction} labels={labels} roots={roots} links={links} />
          ) : (
            <p className="muted">Click a highlight to see how it was coded.</p>
          )}
          <h3>Events</h3>
          <ol className="pick">
            {extraction.events.map((ev, i) => (
              <li key={`${ev.evidence.start}:${ev.code}:${ev.source.join()}:${ev.target.join()}`}>
                <button
                  type="button"
                  className={sel?.kind === 'event' && sel.index === i ? 'linkish on' : 'linkish'}
                  onClick={() => setSel({ kind: 'event', index: i })}
                >
                  <span className="dot" style={{ background: goldsteinColor(ev.goldstein) }} />{' '}
                  {ev.negated ? 'denied: ' : ''}
                  {rootName(roots, ev.root)} · {ev.source.map((s) => labelOf(labels, s)).join(', ')} →{' '}
                  {ev.target.map((s) => labelOf(labels, s)).join(', ') || '—'}
                </button>
              </li>
            ))}
          </ol>
          <h3>Entities</h3>
          <ul className="pick inline">
            {extraction.entities.map((en, i) => (
              <li key={en.id}>
                <button
                  type="button"
                  className={`linkish t-${en.type}`}
                  onClick={() => setSel({ kind: 'entity', index: i })}
                >
                  {labels[en.id] ?? en.name} <span className="muted">{en.mentions.length}</span>
                </button>
              </li>
            ))}
          </ul>
          <h3>Quotes</h3>
          <ol className="pick">
            {extraction.quotes.map((q, i) => (
              <li key={q.start}>
                <button type="button" className="linkish" onClick={() => setSel({ kind: 'quote', index: i })}>
                  {q.speaker ? labelOf(labels, q.speaker) : 'unattributed'}: “
                  {q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text}”
                </button>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}

function Coding({
  sel,
  x,
  labels,
  roots,
  links,
}: {
  sel: Selection;
  x: Extraction;
  labels: Labels;
  roots: Map<string, CameoRoot>;
  links?: { index: number; story: string | null; sources: number }[] | undefined;
}) {
  if (sel.kind === 'entity') {
    const e = x.entities[sel.index];
    if (!e) return null;
    return (
      <div className="panel" data-testid="coding">
        <h3>Entity</h3>
        <p>
          <strong>{labels[e.id] ?? e.name}</strong> <code>{e.id}</code> ({e.type})
        </p>
        <dl>
          <dt>linked by</dt>
          <dd>
            <code>{e.linkedBy ?? 'n/a'}</code>
          </dd>
          {e.affiliation ? (
            <>
              <dt>acts for</dt>
              <dd>
                <ActorLink id={e.affiliation} labels={labels} />
              </dd>
            </>
          ) : null}
          <dt>mentions</dt>
          <dd>
            {e.mentions
              .map((m) => m.text)
              .filter((t, i, a) => a.indexOf(t) === i)
              .join(' · ')}
          </dd>
        </dl>
        <Link to={`/entity/${encodeURIComponent(e.id)}`}>Open {labels[e.id] ?? e.name} →</Link>
      </div>
    );
  }
  if (sel.kind === 'event') {
    const e = x.events[sel.index];
    if (!e) return null;
    const link = links?.find((l) => l.index === sel.index);
    return (
      <div className="panel" data-testid="coding">
        <h3>
          Event: {e.negated ? <span className="denied">denied </span> : null}
          {rootName(roots, e.root)}
        </h3>
        <dl>
          <dt>CAMEO</dt>
          <dd>
            <code>{e.code}</code> (root {e.root}), Goldstein {e.goldstein}
          </dd>
          <dt>who</dt>
          <dd>
            <Actors ids={e.source} labels={labels} /> → <Actors ids={e.target} labels={labels} />
          </dd>
          <dt>when</dt>
          <dd>{e.date ?? 'not given'}</dd>
          <dt>where</dt>
          <dd>{e.location ? <ActorLink id={e.location} labels={labels} /> : 'not given'}</dd>
          <dt>rule</dt>
          <dd>
            <code>{e.rule}</code>
          </dd>
          <dt>confidence</dt>
          <dd>{e.confidence.toFixed(2)}</dd>
          <dt>evidence</dt>
          <dd>“{e.evidence.text}”</dd>
        </dl>
        {link?.story ? (
          <Link to={`/stories/${encodeURIComponent(link.story)}`}>
            Story {link.story}: {link.sources} source{link.sources === 1 ? '' : 's'} →
          </Link>
        ) : (
          <span className="muted">not stored as a story</span>
        )}
      </div>
    );
  }
  if (sel.kind === 'quote') {
    const q = x.quotes[sel.index];
    if (!q) return null;
    return (
      <div className="panel" data-testid="coding">
        <h3>Quote</h3>
        <dl>
          <dt>speaker</dt>
          <dd>{q.speaker ? <ActorLink id={q.speaker} labels={labels} /> : 'not given'}</dd>
          <dt>rule</dt>
          <dd>
            <code>{q.rule ?? 'n/a'}</code>
          </dd>
        </dl>
        <blockquote>“{q.text}”</blockquote>
      </div>
    );
  }
  const r = x.relations[sel.index];
  if (!r) return null;
  return (
    <div className="panel" data-testid="coding">
      <h3>
        Relation: {r.negated ? 'not ' : ''}
        {r.type.replace('_', ' ')}
      </h3>
      <p>
        <ActorLink id={r.subject} labels={labels} /> → <ActorLink id={r.object} labels={labels} />{' '}
        {r.role ? `(${r.role})` : ''}
      </p>
      <dl>
        <dt>when</dt>
        <dd>{dates(r.start, r.end)}</dd>
        <dt>rule</dt>
        <dd>
          <code>{r.rule ?? 'n/a'}</code>
        </dd>
      </dl>
    </div>
  );
}
