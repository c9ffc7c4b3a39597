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
          {f.evidence.trim() !== '' && <Evidence text={f.evidence} onShow={onShow} />}
        </li>
      ))}
    </ul>
  );
}

export function FlagsSection({ flags, onShow }: { readonly flags: readonly Flag[]; readonly onShow: ShowEvidence }) {
  return (
    <section class="part" aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">Things to watch</h2>
      {flags.length === 0 ? <p>Nothing stood out.</p> : <FlagList flags={flags} onShow={onShow} />}
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
