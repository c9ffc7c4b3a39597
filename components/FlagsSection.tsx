// Things to watch, most serious first, each with the posting's words; and, for the people who
// write postings, the fixes that would resolve them.

import type { Fix, Flag } from '../analyzers/types';
import { Evidence, type ShowEvidence } from './Evidence';
import { flagsBySeverity, SEVERITY_NAME } from './words';

export function FlagList({ flags, onShow }: { readonly flags: readonly Flag[]; readonly onShow: ShowEvidence }) {
  return (
    <ul class="quote-list">
      {flagsBySeverity(flags).map((f) => (
        <li key={f.id} class={`flag flag--${f.severity}`} data-flag={f.id}>
          <span class="severity">{SEVERITY_NAME[f.severity]}</span>
          <p>{f.message}</p>
          {f.evidence.trim() !== '' && <Evidence text={f.evidence} onShow={onShow} place="flag" />}
        </li>
      ))}
    </ul>
  );
}

/** `checked` false: the checks behind the flags did not run (a language not read in full), so silence means nothing. */
export function FlagsSection({ flags, onShow, checked = true }: { readonly flags: readonly Flag[]; readonly onShow: ShowEvidence; readonly checked?: boolean }) {
  return (
    <section class="part" aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">Things to watch</h2>
      {flags.length > 0 ? (
        <FlagList flags={flags} onShow={onShow} />
      ) : checked ? (
        <p>Nothing stood out.</p>
      ) : (
        <p data-testid="flags-not-checked">Not checked: this posting’s language is not read in full yet.</p>
      )}
    </section>
  );
}

export function FixesSection({ fixes }: { readonly fixes: readonly Fix[] }) {
  if (fixes.length === 0) return null;
  return (
    <section class="part" aria-labelledby="fixes-heading" data-testid="fixes">
      <h2 id="fixes-heading">If you wrote this posting</h2>
      <ul>
        {fixes.map((f) => (
          <li key={f.id}>
            {f.message} <span class="small muted">(score would be about {f.scoreAfter})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
