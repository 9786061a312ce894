// Contradictions between documents, the two passages side by side in their context.
import { api, type Labels, type Passage } from '../api';
import { ActorLink, docLink, Link, Status, useApi, useTitle } from '../ui';

/** A note from the store, its entity ids shown as names that link to the entity. */
function Note({ text, labels }: { text: string; labels: Labels }) {
  const parts = text.split(
    /\b((?:country|org|person|place|agreement):[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])/g,
  );
  return (
    <>
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed split
        i % 2 ? <ActorLink key={i} id={p} labels={labels} /> : <span key={i}>{p}</span>,
      )}
    </>
  );
}

function PassageView({ p, side }: { p: Passage; side: string }) {
  return (
    <div className="passage" data-doc={p.doc}>
      <h3>
        {side}: <Link to={docLink(p.doc, p.start, p.end)}>{p.title ?? p.doc}</Link>
      </h3>
      <p className="muted">
        {p.published ?? 'date unknown'}
        {p.source ? ` · ${p.source}` : ''} · <code>{p.doc}</code>
      </p>
      <p className="context">
        {p.before ? '…' : ''}
        {p.before}
        <mark>{p.text}</mark>
        {p.after}
        {p.after ? '…' : ''}
      </p>
    </div>
  );
}

export function ConflictsPage() {
  const state = useApi(() => api.conflicts({ limit: 200 }), 'conflicts');
  useTitle('Conflicts');
  return (
    <article>
      <h1>Conflicting reports</h1>
      <Status state={state}>
        {(r) =>
          r.items.length ? (
            <ul className="conflicts">
              {r.items.map((c) => (
                <li
                  key={`${c.a.doc}:${c.a.start}:${c.b.doc}:${c.b.start}:${c.kind}`}
                  className="conflict"
                  data-kind={c.kind}
                >
                  <p>
                    <span className={`badge k-${c.kind}`}>{c.kind}</span>{' '}
                    <Note text={c.note} labels={r.labels} />
                  </p>
                  <div className="side-by-side">
                    <PassageView p={c.a} side="One report" />
                    <PassageView p={c.b} side="The other" />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No conflicts found between the stored documents.</p>
          )
        }
      </Status>
    </article>
  );
}
