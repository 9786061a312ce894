// Paste or upload an article and see what Entente reads in it at once; store it if you like.
import { useState } from 'react';
import { ApiError, type ArticleInput, api, type Extraction, type Labels } from '../api';
import { Reader } from '../components/Reader';
import { ErrorBox, Link, useCameo, useTitle } from '../ui';

const MAX_BYTES = 2 * 1024 * 1024;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Outcome {
  text: string;
  extraction: Extraction;
  labels: Labels;
  stored?: { status: string; docId: string; duplicateOf?: string };
}

export function IngestPage() {
  const roots = useCameo();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [source, setSource] = useState('');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState(() => sessionStorage.getItem('entente-token') ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [out, setOut] = useState<Outcome | null>(null);
  useTitle('Read an article');

  const input = (): ArticleInput | null => {
    if (!text.trim()) {
      setError(new ApiError(0, 'Paste or upload an article first.', null));
      return null;
    }
    if (new Blob([text]).size > MAX_BYTES) {
      setError(new ApiError(413, 'The article is larger than the 2 MB limit.', null));
      return null;
    }
    const a: ArticleInput = format === 'html' ? { html: text } : { text };
    if (title.trim()) a.title = title.trim();
    if (published.trim()) a.published = published.trim();
    if (source.trim()) a.source = source.trim();
    if (url.trim()) a.url = url.trim();
    return a;
  };

  const run = async (store: boolean) => {
    const a = input();
    if (!a) return;
    setBusy(true);
    setError(null);
    setOut(null);
    try {
      if (store) {
        if (token) sessionStorage.setItem('entente-token', token);
        const r = await api.ingest(a, token || undefined);
        setOut({
          text: r.text,
          extraction: r.extraction,
          labels: r.labels,
          stored: {
            status: r.status,
            docId: r.docId,
            ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}),
          },
        });
      } else {
        const r = await api.extract(a);
        setOut({ text: r.text, extraction: r.extraction, labels: r.labels });
      }
    } catch (e) {
      setOut(null);
      setError(e instanceof ApiError ? e : new ApiError(0, String(e), null));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > MAX_BYTES) {
      setError(new ApiError(413, `${f.name} is larger than the 2 MB limit.`, null));
      return;
    }
    const body = await f.text();
    if (body.includes('\u0000')) {
      setError(new ApiError(0, `${f.name} is not a text or HTML file.`, null));
      return;
    }
    setError(null);
    setText(body);
    setFormat(/\.x?html?$/i.test(f.name) || /^\s*<(!doctype html|html)/i.test(body) ? 'html' : 'text');
    if (!title) setTitle(f.name.replace(/\.[^.]+$/, ''));
  };

  const x = out?.extraction;
  return (
    <article className="ingest">
      <h1>Read an article</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <div className="filters">
          <label>
            <input
              type="radio"
              name="format"
              checked={format === 'text'}
              onChange={() => setFormat('text')}
            />{' '}
            plain text
          </label>
          <label>
            <input
              type="radio"
              name="format"
              checked={format === 'html'}
              onChange={() => setFormat('html')}
            />{' '}
            HTML page
          </label>
          <label>
            or upload{' '}
            <input
              type="file"
              accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
              aria-label="upload"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
        </div>
        <textarea
          aria-label="article"
          rows={12}
          value={text}
          placeholder="Paste the article here…"
          onChange={(e) => setText(e.target.value)}
        />
        <div className="filters">
          <label>
            title <input value={title} onChange={(e) => setTitle(e.target.value)} aria-label="title" />
          </label>
          <label>
            published{' '}
            <input
              value={published}
              placeholder="YYYY-MM-DD"
              size={11}
              onChange={(e) => setPublished(e.target.value)}
              aria-label="published"
            />
          </label>
          <label>
            outlet <input value={source} onChange={(e) => setSource(e.target.value)} aria-label="outlet" />
          </label>
          <label>
            URL <input value={url} onChange={(e) => setUrl(e.target.value)} aria-label="url" />
          </label>
        </div>
        <details>
          <summary>Access token</summary>
          <p className="muted">Needed to store articles when the server listens beyond this machine.</p>
          <input
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-label="token"
          />
        </details>
        <div className="actions">
          <button type="submit" disabled={busy}>
            Read it
          </button>
          <button type="button" disabled={busy} onClick={() => void run(true)}>
            Read and store
          </button>
          {busy ? <span className="muted">reading…</span> : null}
        </div>
      </form>
      {error ? <ErrorBox error={error} /> : null}
      {out && x ? (
        <section className="outcome" data-testid="extraction">
          <h2>
            {plural(x.entities.length, 'entity', 'entities')}, {plural(x.events.length, 'event')},{' '}
            {plural(x.quotes.length, 'quote')}, {plural(x.relations.length, 'relation')}
          </h2>
          {out.stored ? (
            <p className="ok">
              {out.stored.status === 'added'
                ? 'Stored as '
                : out.stored.status === 'unchanged'
                  ? 'Already stored as '
                  : 'Stored as a near-duplicate: '}
              <Link to={`/doc/${encodeURIComponent(out.stored.docId)}`}>{out.stored.docId}</Link>
              {out.stored.duplicateOf ? (
                <>
                  {' '}
                  (repeats{' '}
                  <Link to={`/doc/${encodeURIComponent(out.stored.duplicateOf)}`}>
                    {out.stored.duplicateOf}
                  </Link>
                  )
                </>
              ) : null}
            </p>
          ) : (
            <p className="muted">
              Not stored. Published: {x.document.published ?? 'unknown'} ({x.document.publishedFrom}).
            </p>
          )}
          <Reader text={out.text} extraction={x} labels={out.labels} roots={roots} />
        </section>
      ) : null}
    </article>
  );
}
