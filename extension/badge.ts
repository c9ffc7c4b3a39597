// The toolbar badge for a tab: the score in its verdict's colour on one neutral dark background
// (a coloured pill with a number reads as an unread count); "?" when there is no verdict; "…"
// while reading; "!" on an error.

import type { TabState } from './messages';
import type { Verdict } from '../analyzers/types';

export interface Badge {
  readonly text: string;
  /** Background; null leaves the colour as it is (there is no text to colour). */
  readonly colour: string | null;
  /** Text colour, in the verdict's hue, readable on the dark background (contrast ≥ 4.5:1). */
  readonly textColour: string | null;
}

/** One background for every badge: a score is a reading, not a count. */
export const BADGE_BACKGROUND = '#24292f';

/** Verdict colours lightened for the dark badge: green, amber, red, grey. */
export const BADGE_TEXT: Readonly<Record<Verdict, string>> = {
  fair: '#56d364',
  stretched: '#e3b341',
  underpaid: '#ff8182',
  unclear: '#d0d7de',
};

export function badgeFor(state: TabState | null): Badge {
  if (state === null || state.kind === 'not-a-posting') return { text: '', colour: null, textColour: null };
  if (state.kind === 'reading') return { text: '…', colour: BADGE_BACKGROUND, textColour: BADGE_TEXT.unclear };
  if (state.kind === 'error') return { text: '!', colour: BADGE_BACKGROUND, textColour: BADGE_TEXT.underpaid };
  // No verdict, no number: a bare score would read as a judgement the report did not make.
  if (state.report.unsupported || state.report.score.verdict === 'unclear') return { text: '?', colour: BADGE_BACKGROUND, textColour: BADGE_TEXT.unclear };
  return { text: String(state.report.score.overall), colour: BADGE_BACKGROUND, textColour: BADGE_TEXT[state.report.score.verdict] };
}
