// Answers that name no recipient take the one they answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const events = (text: string) => extractDocument(fromText('t', text, { published: '2024-04-14' }), kb).events;

test('A denial answers whoever charged the denier', () => {
  const evs = events('India accused Pakistan of backing the gunmen on Tuesday. Islamabad denied any role.');
  const denial = evs.find((e) => e.code.startsWith('016'));
  assert.deepEqual(denial?.target, ['country:IND']);
});

test('Weapons shot down are the attacker’s when the attack was aimed at the defender', () => {
  const evs = events(
    'Iran launched drones and missiles at Israel on Saturday. Israeli air defences shot down almost all of them.',
  );
  const down = evs.find((e) => e.rule?.startsWith('ev.fight.sho'));
  assert.deepEqual(down?.source, ['country:ISR']);
  assert.deepEqual(down?.target, ['country:IRN']);
});

test('An answer with nothing before it aimed at its source keeps no recipient', () => {
  const evs = events('Minsk denied that any violation had taken place.');
  assert.deepEqual(evs.find((e) => e.code.startsWith('016'))?.target, []);
});

test('The platform X is where words were posted, never an actor', () => {
  const evs = events(
    'Mariusz Blaszczak wrote on X. On Wednesday the foreign ministry summoned Belarus’s chargé d’affaires.',
  );
  assert.ok(evs.length > 0);
  for (const e of evs) assert.ok(![...e.source, ...e.target].includes('org:x-twitter'), JSON.stringify(e));
});

test('A quotation that threatens or commits is its speaker’s act; other quoted words are not coded', () => {
  const evs = events(
    'Dmitry Peskov said: "This is a criminal act that will not go unanswered." Mohamed Hamdan Dagalo said: "We are committed to this ceasefire." Antonio Guterres said: "The world\'s poorest will suffer."',
  );
  const codes = evs.map((e) => `${e.code} ${e.source.join('+')} ${e.rule}`);
  assert.ok(codes.includes('130 person:dmitry-peskov qa.threaten.unanswered+quote'), codes.join('; '));
  assert.ok(
    codes.includes('0356 person:mohamed-hamdan-dagalo qa.intent.committed-ceasefire+quote'),
    codes.join('; '),
  );
  assert.equal(evs.filter((e) => e.source.includes('person:antonio-guterres')).length, 0);
});

const judged = (text: string) =>
  events(text)
    .filter((e) => e.rule?.startsWith('qa.disapprove.judge'))
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

test('A quoted judgement criticises the actor it names, not the speaker’s side nor the one wronged', () => {
  const rows: [string, string[]][] = [
    [
      '"It is extremely regrettable that China has taken these measures," Fumio Kishida told reporters.',
      ['person:fumio-kishida>country:CHN'],
    ],
    [
      'Antony Blinken said: "The decision by Russia is irresponsible."',
      ['person:antony-blinken>country:RUS'],
    ],
    // The one wronged ("a violation of Yemen's sovereignty") and the body whose rules were broken are not criticised.
    ['Nasser Kanaani said the strikes were "a clear violation of Yemen\'s sovereignty".', []],
    ['Antony Blinken said the launch was "a violation of UN Security Council resolutions".', []],
    // A judgement the speaker denies, and one about no one, are no criticism.
    ['Dmitry Peskov said: "This is not a provocation against Finland."', []],
    ['Antonio Guterres said: "The situation is dangerous."', []],
    // The speaker's own ministry is their side.
    ['Matthew Miller said the US State Department found the vote "deeply disappointing".', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(judged(text), want, text);
});

test('A quoted judgement takes the actor between the reporting verb and the quote', () => {
  assert.deepEqual(
    judged(
      'Yoshimasa Hayashi said on Friday that China was "spreading claims that are baseless and absurd".',
    ),
    ['person:yoshimasa-hayashi>country:CHN'],
  );
});
