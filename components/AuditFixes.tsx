// The fixes for the person writing the posting: each one's change, the score it would give on its
// own, and the flags it resolves with the posting's words behind each (quotes select the words in
// the draft when `onShow` is given).

import type { Report } from '../analyzers/types';
import { deltaWords, fixesWithEvidence } from './audit';
import type { ShowEvidence } from './Evidence';
import { FlagList } from './FlagsSection';

export function AuditFixes({ report, onShow }: { readonly report: Report; readonly onShow: ShowEvidence }) {
  const fixes = fixesWithEvidence(report);
  return (
    <section class="part" aria-labelledby="audit-fixes-heading" data-testid="audit-fixes">
      <h2 id="audit-fixes-heading">Fixes</h2>
      {fixes.length === 0 ? (
        <p>{report.unsupported ? 'Fixes need a posting in English, German or French.' : 'No fixes to suggest: nothing in this posting needs one.'}</p>
      ) : (
        <>
          <p class="small muted">Each score assumes that one change alone; the score now is {report.score.overall}.</p>
          <ol class="fix-list">
            {fixes.map(({ fix, delta, flags }) => (
              <li key={fix.id} class="fix" data-fix={fix.id}>
                <p class="fix-message">{fix.message}</p>
                <p class="fix-score" data-testid="fix-score">
                  Score after: <strong>{fix.scoreAfter}</strong> <span class={delta > 0 ? 'gain' : 'muted'}>({deltaWords(delta)})</span>
                </p>
                {flags.length > 0 && (
                  <>
                    <p class="small muted">Resolves:</p>
                    <FlagList flags={flags} onShow={onShow} />
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
