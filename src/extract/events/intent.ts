// Intent frames: "agreed to visit", "pledged to provide aid", "threatened to impose sanctions",
// "refused to send weapons". CAMEO codes the promise, threat or refusal, not the action: the
// action's code maps to the matching 03x, 13x or 12x code. "will" and "plans to" are scheduled
// actions and keep the action's own code (the contract counts them as events).
import type { Token } from '../../nlp/analyze.js';

export type FrameKind = 'intent' | 'threat' | 'refuse';

export interface Frame {
  kind: FrameKind;
  /** The frame word ("agreed", "ready", "threatened"). */
  token: number;
}

const INTENT = new Set([
  'agree',
  'promise',
  'pledge',
  'vow',
  'offer',
  'decide',
  'intend',
  'commit',
  'undertake',
  'resolve',
  'volunteer',
  'ready',
  'willing',
  'prepared',
  'determined',
  'committed',
  'eager',
  'prepare',
]);
const THREAT = new Set(['threaten']);
const REFUSE = new Set(['refuse', 'reject', 'reluctant', 'unwilling']);

export function frameOf(tokens: Token[], trigger: number): Frame | null {
  let k = trigger - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.key !== 'to') return null;
  k--;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  // "agreed in May to pull out", "promised on Monday to send": a short time phrase may intervene.
  for (let j = k; j >= Math.max(0, k - 3); j--) {
    if (/^(in|on|at|last|this|next|earlier)$/i.test(tokens[j]?.text ?? '') && j < k) {
      const f = tokens[j - 1];
      if (f && (INTENT.has(f.lemma) || THREAT.has(f.lemma) || REFUSE.has(f.lemma))) {
        k = j - 1;
        break;
      }
    }
  }
  const t = tokens[k];
  if (!t) return null;
  if (INTENT.has(t.lemma) || INTENT.has(t.key)) return { kind: 'intent', token: k };
  if (THREAT.has(t.lemma)) return { kind: 'threat', token: k };
  if (REFUSE.has(t.lemma) || REFUSE.has(t.key)) return { kind: 'refuse', token: k };
  return null;
}

const INTENT_CODES: Record<string, string> = {
  '0831': '0341',
  '0832': '0342',
  '0833': '0343',
  '0834': '0344',
  '040': '036',
  '041': '036',
  '042': '036',
  '043': '036',
  '044': '036',
  '045': '039',
  '046': '036',
  '050': '030',
  '051': '032',
  '052': '032',
  '053': '032',
  '054': '032',
  '055': '030',
  '056': '030',
  '057': '030',
  '060': '031',
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '070': '033',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '075': '033',
  '080': '035',
  '081': '0351',
  '082': '0352',
  '083': '034',
  '084': '0353',
  '0841': '0353',
  '0842': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
  '0871': '0356',
  '0872': '0356',
  '0874': '0356',
};
const THREAT_CODES: Record<string, string> = {
  '16': '131',
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '164': '134',
  '166': '1311',
  '17': '137',
  '172': '132',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '14': '133',
  '18': '1383',
  '19': '1384',
  '191': '1381',
  '192': '1382',
  '20': '1385',
  '04': '134',
  '12': '130',
};
const REFUSE_CODES: Record<string, string> = {
  '03': '120',
  '11': '120',
  '083': '123',
  '0831': '1231',
  '0832': '1232',
  '0833': '1233',
  '0834': '1234',
  '086': '1245',
  '04': '125',
  '045': '126',
  '05': '120',
  '06': '121',
  '061': '1211',
  '062': '1212',
  '063': '1213',
  '07': '122',
  '071': '1221',
  '072': '1222',
  '073': '1223',
  '074': '1224',
  '08': '124',
  '084': '1243',
  '085': '1244',
  '087': '1246',
  '0871': '1246',
};

/** The code the frame gives an action's code; the action's own code when the frame does not apply. */
export function framedCode(kind: FrameKind, code: string): string {
  if (kind === 'intent') {
    if (code.startsWith('03')) return code;
    // Readiness to use force is a threat in CAMEO ("is prepared to impose martial law").
    if (/^(1[5-9]|20)/.test(code)) return framedCode('threat', code);
    return INTENT_CODES[code] ?? INTENT_CODES[code.slice(0, 3)] ?? code;
  }
  const table = kind === 'threat' ? THREAT_CODES : REFUSE_CODES;
  if (kind === 'threat' && code.startsWith('13')) return code;
  if (kind === 'refuse' && code.startsWith('12')) return code;
  return table[code] ?? table[code.slice(0, 3)] ?? table[code.slice(0, 2)] ?? code;
}

// Appeals and demands: "urged Japan to send aid" (02x), "said that Sudan must return the
// helicopter" (10x). CAMEO codes the request, addressed to the one asked to act.
const REQUEST_CODES: Record<string, string> = {
  '04': '6',
  '045': '8',
  '05': '2',
  '06': '1',
  '061': '11',
  '062': '12',
  '063': '13',
  '064': '14',
  '07': '3',
  '071': '31',
  '072': '32',
  '073': '33',
  '074': '34',
  '08': '5',
  '081': '51',
  '082': '52',
  '084': '53',
  '0841': '53',
  '0842': '53',
  '085': '54',
  '086': '55',
  '087': '56',
  '0871': '56',
  '083': '4',
  '0831': '41',
  '0832': '42',
  '0833': '43',
  '0834': '44',
  '11': '42',
  '12': '42',
  '16': '42',
  '19': '56',
  '18': '56',
};

export function requestCode(kind: 'appeal' | 'demand', code: string): string {
  const suffix = REQUEST_CODES[code] ?? REQUEST_CODES[code.slice(0, 3)] ?? REQUEST_CODES[code.slice(0, 2)];
  const root = kind === 'appeal' ? '02' : '10';
  if (!suffix) return kind === 'appeal' ? '020' : '100';
  return suffix.length === 1
    ? `${root}${suffix}`
    : `${root.slice(0, 1) === '0' ? '0' : '1'}${root.slice(1)}${suffix}`;
}

const APPEAL_VERBS = new Set([
  'urge',
  'call',
  'ask',
  'appeal',
  'press',
  'encourage',
  'request',
  'implore',
  'beg',
  'pressure',
  'invite',
]);

/** "urged Japan to <verb>": the appeal verb and the one asked, right before "to <trigger>". */
export function appealOf(
  tokens: Token[],
  trigger: number,
  actorEndingAt: (t: number) => { t0: number } | undefined,
): { verb: number; addressee: number } | null {
  let k = trigger - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.key !== 'to') return null;
  const addressee = actorEndingAt(k);
  if (!addressee) return null;
  let v = addressee.t0 - 1;
  while (v >= 0 && /^(on|upon|the|to)$/i.test(tokens[v]?.text ?? '')) v--;
  const verb = tokens[v];
  if (!verb || !APPEAL_VERBS.has(verb.lemma) || (verb.pos !== 'VERB' && verb.pos !== 'NOUN')) return null;
  return { verb: v, addressee: addressee.t0 };
}

const SAYING = new Set([
  'say',
  'declare',
  'insist',
  'stress',
  'reiterate',
  'tell',
  'warn',
  'add',
  'demand',
  'announce',
  'state',
  'conclude',
  'argue',
  'maintain',
  'emphasize',
  'emphasise',
]);

/** "said that Sudan must return …": the speech verb before a "must" clause. */
export function demandOf(tokens: Token[], trigger: number, clause0: number): { verb: number } | null {
  let k = trigger - 1;
  while (k >= clause0 && (tokens[k]?.pos === 'ADV' || tokens[k]?.key === 'be')) k--;
  if (tokens[k]?.key !== 'must') return null;
  let v = clause0 - 1;
  if (tokens[v]?.key === 'that') v--;
  for (let j = v; j >= Math.max(0, v - 3); j--) {
    const t = tokens[j];
    if (t && SAYING.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return { verb: j };
  }
  return null;
}
