// The words that make quoted text speech and name its saying: speech verbs, the verbs a report
// puts before their speaker, and what tells a quoted name or term from words someone said.
import type { QuoteSpan } from './find.js';

export const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'state',
  'note',
  'stress',
  'emphasize',
  'emphasise',
  'comment',
  'declare',
  'insist',
  'argue',
  'explain',
  'warn',
  'write',
  'continue',
  'conclude',
  'describe',
  'hail',
  'point',
  'remark',
  'announce',
  'claim',
  'reply',
  'respond',
  'ask',
  'affirm',
  'reiterate',
  'believe',
  'suggest',
  'indicate',
  'observe',
  'acknowledge',
  'admit',
  'complain',
  'tweet',
  'post',
  'urge',
  'call',
  'dub',
  'label',
  'brand',
  // "denounced him as a 'dangerous separatist'": naming someone is saying it.
  'denounce',
  'condemn',
  // "rejected the sanctions as “illegal, unjust and inhumane”".
  'reject',
  'dismiss',
  'decry',
  'slam',
  'criticise',
  'criticize',
  'accuse',
  'vow',
  'pledge',
  'promise',
  'confirm',
  'mention',
  'list',
  'recall',
  'predict',
  'assert',
  'caution',
  'welcome',
  // "spoke of “a new chapter”", "thanked the allies for their “trust”", "expressed “deep concern”".
  'speak',
  'thank',
  'praise',
  'express',
  'voice',
]);
// Verbs a report puts before their speaker ("…," said X): "…", thanked X names whom, not who.
export const INVERTED = new Set([
  'say',
  'add',
  'tell',
  'write',
  'continue',
  'reply',
  'respond',
  'explain',
  'note',
  'insist',
  'warn',
  'declare',
  'ask',
  'argue',
  'conclude',
  'state',
  'comment',
  'remark',
  'tweet',
  'post',
  'stress',
  'claim',
  'announce',
  'observe',
  'acknowledge',
  'admit',
  'recall',
  'predict',
  'caution',
  'affirm',
  'reiterate',
]);
const NAMING_BEFORE =
  /\b(called|call|calls|known as|referred to as|dubbed|so-called|termed|named|as its|titled|entitled)\s*(the\s+|an?\s+)?$/i;
// "Yoon had “badly misjudged” the situation": a determiner after the quote makes it a predicate.
const SPEECH_AFTER =
  /^\s+(and|or|but|in|on|at|to|for|with|as|from|he|she|it|they|said|says|told|added|over|by|about|of|against|toward|towards|that|after|before|if|when|because|since|while|amid|despite|than|into|among|which|who|once|until|unless|the|a|an|its|their|his|her|this|these|those|[a-z]+ed\s+by)\b/;
// "condemned what it called “irrational provocations”": the words are the speaker's own.
export const CALLED_BY_SPEAKER =
  /\b(what|which)\s+(it|he|she|they|we)\s+(called|calls|call|termed|dubbed)\s*(?:(?:their|its|his|her)\s+)?$/i;

// Names and terms in quotation marks are no quotes ("the “comfort women” dispute", the
// programme called the “…”); words someone said are, however short.
export function isSpeech(body: string, q: QuoteSpan, text: string, attributed: boolean): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const long = words.length >= 8 || /[.!?,;:]["”’]?\s*\S/.test(text);
  if (long) return true;
  const before = body.slice(Math.max(0, q.outerStart - 40), q.outerStart);
  if (NAMING_BEFORE.test(before) && !CALLED_BY_SPEAKER.test(before)) return false;
  // Title Case terms are names of things.
  if (
    words.length >= 2 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|and|the|for|on|in|to|a)$/.test(w))
  )
    return false;
  // A quote used as a modifier: “comfort women” dispute, "might is right" view; a word of a
  // clause or a preposition after it ("was “deeply concerned” by the drills") leaves it speech.
  const after = body.slice(q.outerEnd, q.outerEnd + 20);
  if (/^\s+[a-z]+/.test(after) && !SPEECH_AFTER.test(after)) {
    if (!/[.,!?]$/.test(text)) return false;
  }
  return attributed;
}
