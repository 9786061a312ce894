// Entity ids per the contract: prefix + canonical key, lower-case ASCII slug for open classes.

// Letters Unicode gives no decomposition ("Błaszczak", "Støre", "Đukanović", "Kalın").
const LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};
const UNDECOMPOSED = /[łŁøØđĐðÐþÞæÆœŒßıħĦ]/g;

/** Drops diacritics and folds to plain ASCII where a letter has a base form. */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED, (c) => LETTERS[c] ?? c)
    .replace(/[’‘]/g, "'");
}

/** "Pekka Haavisto" → "pekka-haavisto": lower case, ASCII, runs of other characters as one hyphen. */
export function slug(s: string): string {
  return (
    foldDiacritics(s)
      .toLowerCase()
      // A possessive is part of the word ("Workers' party", "Prime Minister's office"); any other
      // apostrophe separates, as the contract's "runs of other characters" ("O'Brien" → o-brien).
      .replace(/'s\b|(?<=s)'(?!\p{L})/gu, (m) => m.replace("'", ''))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

export function entityId(type: 'person' | 'place' | 'agreement' | 'org', name: string): string {
  return `${type}:${slug(name)}`;
}

export function idType(id: string): string {
  return id.slice(0, id.indexOf(':'));
}
