// The toolbar badge for a tab: the score coloured by verdict, "?" when there is no verdict; "…" while
// reading; "!" on an error.

import type { TabState } from './messages';
import { VERDICT_COLOUR } from '../components/words';

export interface Badge {
  readonly text: string;
  /** Null leaves the colour as it is (there is no text to colour). */
  readonly colour: string | null;
}

export function badgeFor(state: TabState | null): Badge {
  if (state === null || state.kind === 'not-a-posting') return { text: '', colour: null };
  if (state.kind === 'reading') return { text: '…', colour: VERDICT_COLOUR.unclear };
  if (state.kind === 'error') return { text: '!', colour: VERDICT_COLOUR.underpaid };
  // No verdict, no number: a bare score would read as a judgement the report did not make.
  if (state.report.unsupported || state.report.score.verdict === 'unclear') return { text: '?', colour: VERDICT_COLOUR.unclear };
  return { text: String(state.report.score.overall), colour: VERDICT_COLOUR[state.report.score.verdict] };
}
