// The occupation a posting is for (title + duties → the OEWS code its wages are published under),
// the user's own pick, and a title search for the picker. Pure: text in, occupation out.
import type { Occupation, OccupationChoice, OccupationConfidence } from '../types';
import { classify } from './classify';
import { isSocialMediaWork, socialMediaSignal } from './social-media';
import { occupationIndex } from './table';
import { titleParts } from './title';

export type { Occupation, OccupationChoice, OccupationConfidence };
export { SOCIAL_MEDIA_SOCS, titleNamesSocialMediaWork } from './social-media';

export { ONET_ATTRIBUTION } from './attribution';

export interface OccupationInput {
  readonly title: string;
  readonly description: string;
}

const choice = (i: number): OccupationChoice => {
  const ix = occupationIndex();
  return { soc: ix.codes[i]!, title: ix.titles[i]! };
};

const jobZoneOf = (i: number): Occupation['jobZone'] => {
  const zone = occupationIndex().zones[i];
  return zone === 1 || zone === 2 || zone === 3 || zone === 4 || zone === 5 ? zone : null;
};

/** The specialist occupation each social-media manager occupation directs. */
const SPECIALIST_OF_MANAGER: Readonly<Record<string, string>> = { '11-2021': '13-1161', '11-2032': '27-3031' };
/** Title words of someone who heads a function rather than runs its channels. */
const HEADS_A_FUNCTION = /\b(head|director|directrice|directeur|leiter(in)?|leitung|vp|vice[- ]president|chief|cmo|cco|svp|evp)\b/i;

/** The occupation the posting's title and duties point to; null only when they name none at all. */
export function classifyOccupation(input: OccupationInput): Occupation | null {
  const result = classify(input.title, input.description);
  if (!result) return null;
  const [top, ...rest] = result.ranked;
  let picked = choice(top!.index);
  let alternatives = rest.slice(0, 3).map((s) => choice(s.index));
  const social = isSocialMediaWork(picked.soc, result.social);
  // OEWS counts as managers those who plan and direct a function (11-2021, 11-2032); a "Social Media
  // Manager" who runs the channels is, for wages, the specialist those managers direct (the
  // occupation corpus's labellers read "Social Media Manager/Specialist" as 13-1161, 11-2032 an
  // alternative). Only a title that heads the function keeps the manager's wages.
  const specialist = SPECIALIST_OF_MANAGER[picked.soc];
  if (social && specialist && !HEADS_A_FUNCTION.test(input.title)) {
    alternatives = [picked, ...alternatives.filter((a) => a.soc !== specialist)].slice(0, 3);
    picked = { soc: specialist, title: occupationTitle(specialist) ?? specialist };
  }
  return {
    ...picked,
    confidence: result.confidence,
    alternatives,
    evidence: result.evidence,
    chosenBy: 'posting',
    socialMediaWork: social,
    jobZone: jobZoneOf(occupationIndex().byCode.get(picked.soc) ?? top!.index),
  };
}

/** The user's pick: chosenBy 'user'; socialMediaWork still decided from the posting's text AND the picked code. */
export function chooseOccupation(soc: string, input: OccupationInput): Occupation | null {
  const ix = occupationIndex();
  const i = ix.byCode.get(soc);
  if (i === undefined) return null;
  const social = socialMediaSignal(input.title, input.description);
  const others = classify(input.title, input.description)?.ranked.filter((s) => s.index !== i) ?? [];
  return {
    ...choice(i),
    confidence: 'high',
    alternatives: others.slice(0, 3).map((s) => choice(s.index)),
    evidence: input.title.trim(),
    chosenBy: 'user',
    socialMediaWork: isSocialMediaWork(soc, social),
    jobZone: jobZoneOf(i),
  };
}

/** Occupations whose titles (OEWS, O*NET, BLS) match what the user typed, best first; a SOC code finds itself. */
export function searchOccupations(query: string, limit = 10): readonly OccupationChoice[] {
  const ix = occupationIndex();
  const code = /\b\d{2}-\d{4}\b/.exec(query)?.[0];
  if (code) return ix.byCode.has(code) ? [choice(ix.byCode.get(code)!)] : [];
  const result = classify(query, '');
  if (!result) return [];
  return result.ranked.filter((s) => s.title > 0).slice(0, limit).map((s) => choice(s.index));
}

/** The OEWS title of a code ("29-1141" → "Registered Nurses"), or null when OEWS has no such occupation. */
export function occupationTitle(soc: string): string | null {
  const ix = occupationIndex();
  const i = ix.byCode.get(soc);
  return i === undefined ? null : ix.titles[i]!;
}

/** The noise-free words of a title, for the picker's search box and the tests. */
export const cleanTitle = (title: string): string => titleParts(title).map((p) => p.text).join(' · ');
