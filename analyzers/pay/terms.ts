// Pay terms: the posting says the work is not paid a wage at all (unpaid, volunteer, commission
// only, equity only). Read as a phrase with its structure: the terms word must name the work
// ("unpaid internship", "this is a volunteer role", "this role is unpaid"), not a benefit ("unpaid
// leave") or someone else ("manage our volunteers"), and must not be denied ("this is not a
// commission-only role", "this is a paid internship, not unpaid").

import type { PayTerms } from '../types';
import { COMMISSION_ONLY, EQUITY_ONLY, UNPAID_WORK, VOLUNTEER_WORK } from '../vocabulary/pay-units';
import { WORD_END, WORD_START, alternation } from './tokens';

const COMMISSION = new RegExp(`${WORD_START}(?:${alternation(COMMISSION_ONLY)})${WORD_END}`, 'gi');
const EQUITY = new RegExp(`${WORD_START}(?:${alternation(EQUITY_ONLY)})${WORD_END}`, 'gi');
/** "unpaid internship", "unpaid, volunteer position", "this internship is unpaid", "the role is not paid". */
const UNPAID = new RegExp(
  `${WORD_START}unpaid[\\s,-]+(?:[A-Za-z]+[\\s,-]+)?(?:${alternation(UNPAID_WORK)})${WORD_END}` +
  `|${WORD_START}(?:${alternation(UNPAID_WORK)})\\s+(?:is|are|will\\s+be)\\s+(?:an?\\s+)?(?:unpaid|not\\s+paid|without\\s+pay)${WORD_END}` +
  `|${WORD_START}(?:no|without)\\s+(?:pay|compensation|salary|remuneration)${WORD_END}(?!\\s+(?:cut|gap|range|disparit|history|negotiat|increase|discussion|requirement|expectation|information|data|discriminat|transparency|equity))` +
  `|${WORD_START}(?:unbezahlt|ehrenamtlich|non\\s+rémunérée?|no\\s+remunerad[oa]|bénévole)${WORD_END}`,
  'gi');
/** "volunteer position", "this is a volunteer role", "on a volunteer basis" — not "recruit volunteers". */
const VOLUNTEER = new RegExp(
  `${WORD_START}(?:volunteer|voluntary|pro\\s+bono)\\s+(?:${alternation(VOLUNTEER_WORK)})${WORD_END}` +
  `|${WORD_START}(?:this|the)\\s+(?:is|role\\s+is|position\\s+is)\\s+(?:a\\s+|an\\s+)?(?:volunteer|unpaid\\s+volunteer)${WORD_END}(?!\\s+(?:coordinator|manager|program))`,
  'gi');
/** "not", "no", "never", "n't" shortly before, or "paid …, not" ("a paid internship, not an unpaid one"). */
const DENIED_BEFORE = /\b(?:not|no|never|isn['’]t|aren['’]t|nor)\b[^.]{0,14}$|n['’]t\s*(?:an?\s+)?$/i;

function firstUndenied(re: RegExp, text: string): RegExpExecArray | null {
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (!DENIED_BEFORE.test(before)) return m as RegExpExecArray;
  }
  return null;
}

/** The sentence around a match, as evidence (at most one line, 160 characters). */
function sentenceAround(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const lineEndAt = text.indexOf('\n', index + length);
  const line = text.slice(lineStart, lineEndAt < 0 ? undefined : lineEndAt);
  const at = index - lineStart;
  const starts = [...line.slice(0, at).matchAll(/[.!?]\s+/g)];
  const from = starts.length ? starts[starts.length - 1]!.index + starts[starts.length - 1]![0].length : 0;
  const stop = line.slice(at + length).search(/[.!?](?:\s|$)/);
  const to = stop < 0 ? line.length : at + length + stop + 1;
  const sentence = line.slice(from, to).trim();
  return sentence.length <= 160 ? sentence : line.slice(at, at + length).trim();
}

/** The posting's pay terms, or null when nothing says the work goes unpaid by a wage. */
export function readPayTerms(text: string): PayTerms | null {
  const order: [PayTerms['kind'], RegExp][] = [
    ['commission-only', COMMISSION], ['equity-only', EQUITY], ['volunteer', VOLUNTEER], ['unpaid', UNPAID],
  ];
  for (const [kind, re] of order) {
    const m = firstUndenied(re, text);
    if (m) return { kind, evidence: sentenceAround(text, m.index, m[0].length) };
  }
  return null;
}
