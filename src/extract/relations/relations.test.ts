// Lasting relations, sentence by sentence (published 2024-08-01).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const relations = (text: string) =>
  extractDocument(fromText('t', text, { published: '2024-08-01' }), kb)
    .relations.map((r) => `${r.negated ? 'not ' : ''}${r.type} ${r.subject} ${r.object}`)
    .sort();

const cases: { name: string; text: string; want: string[] }[] = [
  {
    name: 'A title the text still gives names an office the knowledge base has ended; "then-" a past one',
    text: 'Members of the guard detained President Mohamed Bazoum. The treaty was signed by then-President Barack Obama.',
    want: ['holds_office person:barack-obama country:USA', 'holds_office person:mohamed-bazoum country:NER'],
  },
  {
    name: 'Members named in an apposition of the group',
    text: 'AUKUS, the security pact between Australia, Britain and the United States, was signed in 2021.',
    want: [
      'member_of country:AUS org:AUKUS',
      'member_of country:GBR org:AUKUS',
      'member_of country:USA org:AUKUS',
    ],
  },
  {
    name: 'Members a group is known by',
    text: 'France, Germany and the UK - known as the E3 - pressed Iran.',
    want: ['member_of country:DEU org:E3', 'member_of country:FRA org:E3', 'member_of country:GBR org:E3'],
  },
  {
    name: 'A title that names two offices takes the one the person holds',
    text: 'U.S. Defense Secretary Lloyd Austin met reporters.',
    want: ['holds_office person:lloyd-austin country:USA'],
  },
  {
    name: 'A new person takes the state of the title before the name',
    text: 'Guyanese President Irfaan Ali rejected it. U.S. Ambassador MaryKay Carlson agreed.',
    want: ['holds_office person:irfaan-ali country:GUY', 'holds_office person:marykay-carlson country:USA'],
  },
  {
    name: 'A new person takes the state of an apposed title ("Venezuela\'s defense minister, X")',
    text: "Venezuela's defense minister, Vladimir Padrino López, denounced the drills.",
    want: ['holds_office person:vladimir-padrino-lopez country:VEN'],
  },
  {
    name: 'A new person takes the holder of a title after the name',
    text: "Vahan Kostanyan, Armenia's deputy foreign minister, spoke. Roosevelt Skerrit, chairman of the Caribbean Community, came.",
    want: [
      'holds_office person:roosevelt-skerrit org:CARICOM',
      'holds_office person:vahan-kostanyan country:ARM',
    ],
  },
  {
    name: 'Allies named in an apposition or as "its ally"',
    text: 'China, Pakistan’s closest ally, called for calm. It was condemned by Serbia or its ally Russia.',
    want: ['allied_with country:CHN country:PAK', 'allied_with country:SRB country:RUS'],
  },
  {
    name: 'A membership said of someone else in a new clause',
    text: 'It is recognised by most EU states but not by Russia, and it is not a member of the United Nations.',
    want: [],
  },
  {
    name: 'An office no list knows, after a state and before a name',
    text: 'Grain terminals were hit, Ukraine’s agriculture minister, Mykola Solskyi, said.',
    want: ['holds_office person:mykola-solskyi country:UKR'],
  },
  {
    name: 'A fellow of an institute, in lower case, with a programme between',
    text: 'By Laura Brennan\n\nText.\n\nLaura Brennan is a senior fellow in the Asia programme at the Meridian Institute for Strategic Studies.',
    want: ['holds_office person:laura-brennan org:meridian-institute-for-strategic-studies'],
  },
  {
    name: 'Members counted after the states ("Both states are members of the AU", "the 15-nation bloc")',
    text: 'Ethiopia and Somalia quarrelled. Both states are members of the AU. Mali, Burkina Faso and Niger left ECOWAS. The three countries, all founding members of the 15-nation bloc in 1975, said they would not return.',
    want: [
      'member_of country:BFA org:ECOWAS',
      'member_of country:ETH org:AU',
      'member_of country:MLI org:ECOWAS',
      'member_of country:NER org:ECOWAS',
      'member_of country:SOM org:AU',
    ],
  },
  {
    name: "A title that names none of a person's offices gives the office they hold for that state",
    text: "Cambodia's leader Hun Manet thanked Malaysia.",
    want: ['holds_office person:hun-manet country:KHM'],
  },
  {
    name: 'The states counted before "Nato allies" are members',
    text: 'Greece and Turkey, the two Nato allies, sought a thaw.',
    want: ['member_of country:GRC org:NATO', 'member_of country:TUR org:NATO'],
  },
  {
    name: 'A head word before "for" opens an organisation\'s name; a chairman of a body holds office there',
    text: 'By Ananya Rao\n\nText.\n\nAnanya Rao is a senior fellow at the Centre for Asian Strategy. Bola Tinubu, the current chairman of ECOWAS, spoke.',
    want: [
      'holds_office person:ananya-rao org:centre-for-asian-strategy',
      'holds_office person:bola-tinubu org:ECOWAS',
    ],
  },
  {
    name: 'A plural title before a list of names gives each their office',
    text: 'Armenia and Azerbaijan sent their foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov.',
    want: [
      'holds_office person:ararat-mirzoyan country:ARM',
      'holds_office person:jeyhun-bayramov country:AZE',
    ],
  },
  {
    name: 'A stated non-membership',
    text: 'Japan is not a member of NATO.',
    want: ['not member_of country:JPN org:NATO'],
  },
];

for (const c of cases) {
  test(`Relations: ${c.name}`, () => {
    assert.deepEqual(relations(c.text), c.want);
  });
}
