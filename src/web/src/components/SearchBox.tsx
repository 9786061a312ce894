// The search box in the header: actors, documents and quotes as you type; arrows and Enter pick.
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, type SearchResult } from '../api';
import { docLink, navigate, useDebounced } from '../ui';

interface Item {
  key: string;
  group: 'Actors' | 'Documents' | 'Quotes';
  label: string;
  sub: string;
  to: string;
}

function items(r: SearchResult): Item[] {
  return [
    ...r.entities.map((e) => ({
      key: `e:${e.id}`,
      group: 'Actors' as const,
      label: e.name,
      sub: `${e.id} · ${e.documents} doc${e.documents === 1 ? '' : 's'}`,
      to: `/entity/${encodeURIComponent(e.id)}`,
    })),
    ...r.documents.map((d) => ({
      key: `d:${d.doc}:${d.start ?? ''}`,
      group: 'Documents' as const,
      label: d.title ?? d.doc,
      sub: d.snippet,
      to: docLink(d.doc, d.start, d.end),
    })),
    ...r.quotes.map((q) => ({
      key: `q:${q.doc}:${q.start ?? ''}`,
      group: 'Quotes' as const,
      label: `“${q.snippet}”`,
      sub: `${q.speaker ? `${q.speaker} · ` : ''}${q.title ?? q.doc}`,
      to: docLink(q.doc, q.start, q.end),
    })),
  ];
}

/** Snippets may mark matches with [brackets] or <b>; shown as plain text with the match in bold. */
function Snippet({ text }: { text: string }) {
  let at = 0;
  const parts = text.split(/(\[[^\]]*\]|<b>[^<]*<\/b>)/g).map((p) => {
    const key = at;
    at += p.length;
    return { key, p, bold: /^\[.*\]$|^<b>/.test(p) };
  });
  return (
    <>
      {parts.map(({ key, p, bold }) =>
        bold ? <b key={key}>{p.replace(/^\[|\]$|<\/?b>/g, '')}</b> : <span key={key}>{p}</span>,
      )}
    </>
  );
}

export function SearchBox() {
  const [q, setQ] = useState('');
  const [result, setResult] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const wanted = useDebounced(q.trim(), 120);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!wanted) {
      setResult(null);
      return;
    }
    const ctl = new AbortController();
    api.search(wanted, ctl.signal).then(
      (r) => {
        setResult(items(r));
        setError(null);
        setActive(0);
      },
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        setError(e instanceof ApiError ? e.message : String(e));
      },
    );
    return () => ctl.abort();
  }, [wanted]);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const go = (it: Item | undefined) => {
    if (!it) return;
    setOpen(false);
    setQ('');
    navigate(it.to);
  };

  let lastGroup = '';
  return (
    <div className="search" ref={box}>
      <input
        type="search"
        placeholder="Search actors, documents, quotes…"
        aria-label="Search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (!result) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(result.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            go(result[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && q.trim() && (result || error) ? (
        <div className="results" role="listbox">
          {error ? <div className="error">{error}</div> : null}
          {result && result.length === 0 ? (
            <div className="muted pad">Nothing found for “{q.trim()}”.</div>
          ) : null}
          {result?.map((it, i) => {
            const head = it.group !== lastGroup ? <div className="group">{it.group}</div> : null;
            lastGroup = it.group;
            return (
              <div key={it.key}>
                {head}
                <a
                  href={it.to}
                  role="option"
                  aria-selected={i === active}
                  className={`hit${i === active ? ' active' : ''}`}
                  data-kind={it.group}
                  onMouseEnter={() => setActive(i)}
                  onClick={(e) => {
                    e.preventDefault();
                    go(it);
                  }}
                >
                  <span className="label">
                    <Snippet text={it.label} />
                  </span>
                  <span className="sub">
                    <Snippet text={it.sub} />
                  </span>
                </a>
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
