// Level: what the title states against what the duties imply, the years asked, and the words
// behind each.

import type { LevelSignal, Report, SignalKind } from '../analyzers/types';
import { useContext } from 'preact/hooks';
import { Evidence, ownsQuote, QuotePlanContext, type ShowEvidence } from './Evidence';
import { LEVEL_NAME, yearsWords } from './words';

const KIND_NAME: Readonly<Record<SignalKind, string>> = {
  title: 'Title',
  'level-word': 'Level words',
  years: 'Years asked',
  duty: 'Duties',
};

export function LevelSection({ report, onShow }: { readonly report: Report; readonly onShow: ShowEvidence }) {
  const { seniority, experience } = report;
  const same = seniority.stated === seniority.scope;
  // Signals whose words are quoted elsewhere in the report (a duty, a flag) are not quoted again.
  const plan = useContext(QuotePlanContext);
  const signals = seniority.signals.filter((s) => ownsQuote(plan, s.evidence, 'level'));
  const kinds = (['title', 'level-word', 'years', 'duty'] as const).filter((k) => signals.some((s) => s.kind === k));
  return (
    <section class="part" aria-labelledby="level-heading" data-testid="level">
      <h2 id="level-heading">Level</h2>
      <p>
        The title says <strong>{LEVEL_NAME[seniority.stated].toLowerCase()}</strong>;{' '}
        {same ? 'the duties agree.' : (
          <>
            the duties are <strong>{LEVEL_NAME[seniority.scope].toLowerCase()}</strong> work.
          </>
        )}
      </p>
      {experience !== null ? (
        <p>
          Asks for <strong>{yearsWords(experience.minYears, experience.maxYears)}</strong> of experience
          {experience.required ? '' : ' (preferred, not required)'}.{' '}
          {experience.evidence.map((e, i) => (
            <span key={i}>
              <Evidence text={e} onShow={onShow} place="level" />{' '}
            </span>
          ))}
          {experience.unsure !== undefined && (
            <span class="small" data-testid="years-unsure">
              Unsure: {experience.unsure}
            </span>
          )}
        </p>
      ) : (
        <p>No years of experience are asked.</p>
      )}
      {kinds.map((kind) => (
        <div key={kind}>
          <h3>{KIND_NAME[kind]}</h3>
          <ul class="quote-list">
            {signals
              .filter((s: LevelSignal) => s.kind === kind)
              .map((s, i) => (
                <li key={i}>
                  <span class="small muted">{LEVEL_NAME[s.level]}: </span>
                  <Evidence text={s.evidence} onShow={onShow} place="level" />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
