// Entity ids per the contract: prefix + canonical key, lower-case ASCII slug for open classes.

/** Drops diacritics and folds to plain ASCII where a letter has a base form. */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'");
}

/** "Pekka Haavisto" → "pekka-haavisto": lower case, ASCII, runs of other characters as one hyphen. */
export function slug(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityId(type: 'person' | 'place' | 'agreement' | 'org', name: string): string {
  return `${type}:${slug(name)}`;
}

export function idType(id: string): string {
  return id.slice(0, id.indexOf(':'));
}
