// The reference knowledge base as the rest of the pipeline sees it. Loaded from data/kb/*.tsv
// (and any --kb DIR with files of the same names). Holds reference facts only: states,
// organisations, people and their offices, places, memberships with dates.
import type { EntityType } from '../core/index.js';

export interface KbEntity {
  /** Contract id: country:JPN, org:NATO, person:fumio-kishida, place:vilnius, agreement:... */
  id: string;
  type: EntityType;
  /** Canonical display name. */
  name: string;
  /** Every surface form that links to this entity (name included), as written in the file. */
  aliases: string[];
  /** Country entities: adjectival/demonym forms ("Japanese", "South Korean"). */
  demonyms: string[];
  /** Country entities: capital cities whose name stands for the government ("Tokyo said"). */
  capitals: string[];
  /** Person: default affiliation (state or org id). Place: the containing country id. */
  affiliation?: string;
  /** Free-form kind: alliance, intergovernmental, agency, ministry, media, city, sea, region, ... */
  kind?: string;
  /** Agreement entities: the date it was signed or adopted, if known (ISO, any precision). */
  date?: string;
  /** Person entities: gender for pronoun coreference, if known ("m" | "f"). */
  gender?: 'm' | 'f';
}

/**
 * A dated membership or partnership: member_of / partner_of an organisation, or allied_with
 * another state (a bilateral treaty alliance: `org` is then the other state's id).
 */
export interface KbMembership {
  member: string;
  org: string;
  type: 'member_of' | 'partner_of' | 'allied_with';
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when unknown / from the start. */
  start: string | null;
  end: string | null;
  note?: string;
}

/** A person holding an office of a state or organisation over an interval. */
export interface KbOffice {
  person: string;
  /** The state or organisation: country:JPN, org:NATO. */
  of: string;
  /** Short role label: prime-minister, president, foreign-minister, secretary-general, ... */
  role: string;
  start: string | null;
  end: string | null;
}

/** A job title and the words that name it ("prime minister", "premier", "PM"). */
export interface KbTitle {
  role: string;
  forms: string[];
}

export interface Kb {
  entities: Map<string, KbEntity>;
  memberships: KbMembership[];
  offices: KbOffice[];
  titles: KbTitle[];
  /** normalizeAlias(name or alias) → entity ids (several when ambiguous). Names and aliases only. */
  aliasIndex: Map<string, string[]>;
  /** normalizeAlias(demonym) → country id ("south korean" → country:KOR). */
  demonymIndex: Map<string, string>;
  /** normalizeAlias(capital or seat of government) → country id ("kremlin" → country:RUS). */
  capitalIndex: Map<string, string>;
  /** Aliases known to name several entities of one type on purpose (data/kb/ambiguous.tsv). */
  ambiguous?: Set<string>;
  /** Which files were loaded, for `entente kb` and error messages. */
  files: string[];
}
