// A text field that suggests actors by name and yields an entity id.
import { useEffect, useId, useState } from 'react';
import { api, type EntityHit } from '../api';
import { useDebounced } from '../ui';

export function EntityPicker({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
}) {
  const [text, setText] = useState(value);
  const [hits, setHits] = useState<EntityHit[]>([]);
  const q = useDebounced(text.trim(), 120);
  const list = useId();
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (!q || q === value) return;
    let live = true;
    api.entities(q, { limit: 10 }).then(
      (r) => live && setHits(r.items),
      () => live && setHits([]),
    );
    return () => {
      live = false;
    };
  }, [q, value]);
  const commit = (t: string) => {
    const hit = hits.find((h) => h.id === t || h.name.toLowerCase() === t.toLowerCase());
    const id = hit?.id ?? (t.includes(':') ? t : '');
    onChange(id);
    if (hit) setText(hit.id);
  };
  return (
    <label className="picker">
      {label}{' '}
      <input
        list={list}
        value={text}
        placeholder={placeholder ?? 'name or id'}
        aria-label={label}
        onChange={(e) => {
          setText(e.target.value);
          if (hits.some((h) => h.id === e.target.value)) onChange(e.target.value);
        }}
        onBlur={(e) => commit(e.target.value.trim())}
        onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value.trim())}
      />
      <datalist id={list}>
        {hits.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}
          </option>
        ))}
      </datalist>
    </label>
  );
}
