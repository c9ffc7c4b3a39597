// Scope: how many jobs the posting bundles, the work areas with how many duties touch each, and
// the duties grouped by their main area, in the posting's words.

import type { Area, Report, Responsibility } from '../analyzers/types';
import { Evidence, type ShowEvidence } from './Evidence';
import { AREA_NAME, bundledWords, CONDITION_NAME } from './words';

export interface AreaGroup {
  readonly area: Area | null;
  readonly duties: readonly Responsibility[];
}

/** Duties under their first (main) area, areas in the report's order, unsorted duties last. */
export function groupByArea(responsibilities: readonly Responsibility[], order: readonly Area[]): AreaGroup[] {
  const groups = new Map<Area | null, Responsibility[]>();
  for (const r of responsibilities) {
    const key = r.areas[0] ?? null;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const known = [...order, ...Array.from(groups.keys()).filter((a): a is Area => a !== null && !order.includes(a))];
  return [...known.filter((a) => groups.has(a)).map((area) => ({ area, duties: groups.get(area) ?? [] })), ...(groups.has(null) ? [{ area: null, duties: groups.get(null) ?? [] }] : [])];
}

export function areaCounts(responsibilities: readonly Responsibility[], order: readonly Area[]): Array<{ area: Area; count: number }> {
  return order.map((area) => ({ area, count: responsibilities.filter((r) => r.areas.includes(area)).length }));
}

export function ScopeSection({ report, onShow }: { readonly report: Report; readonly onShow: ShowEvidence }) {
  const { scope, responsibilities } = report;
  const bundled = bundledWords(scope.rolesBundled);
  const groups = groupByArea(responsibilities, scope.areas);
  return (
    <section class="part" aria-labelledby="scope-heading" data-testid="scope">
      <h2 id="scope-heading">Scope of the job</h2>
      {bundled !== null ? (
        <p>
          This posting is <strong>{bundled}</strong>: work that larger employers hire {scope.rolesBundled} people for.
        </p>
      ) : scope.areas.length > 0 ? (
        <p>The duties belong to one job.</p>
      ) : null}
      {scope.areas.length > 0 && (
        <ul class="chips" aria-label="Work areas, with how many duties touch each">
          {areaCounts(responsibilities, scope.areas).filter(({ count }) => count > 0).map(({ area, count }) => (
            <li class="chip" key={area}>
              {AREA_NAME[area]}
              <b>{count}</b>
            </li>
          ))}
        </ul>
      )}
      {groups.length === 0 && <p class="muted">No list of duties was found in the posting.</p>}
      {groups.map((g) => {
        const list = (
          <ul class="quote-list">
            {g.duties.map((d, i) => (
              <li key={i}>
                <Evidence text={d.text} onShow={onShow} place="duty" />
                {d.areas.length > 1 && <span class="small muted"> · also {d.areas.slice(1).map((a) => AREA_NAME[a]).join(', ')}</span>}
              </li>
            ))}
          </ul>
        );
        // Lines no work area claims are mostly about the employer: kept, but folded away.
        return g.area === null ? (
          <details key="other">
            <summary>Other lines from the posting ({g.duties.length})</summary>
            {list}
          </details>
        ) : (
          <div key={g.area}>
            <h3>{AREA_NAME[g.area]}</h3>
            {list}
          </div>
        );
      })}
      {scope.conditions.length > 0 && (
        <>
          <h3>Conditions</h3>
          <ul class="quote-list">
            {scope.conditions.map((c) => {
              const words = scope.conditionEvidence?.[c];
              return (
                <li key={c}>
                  {CONDITION_NAME[c]}
                  {words !== undefined && <Evidence text={words} onShow={onShow} place="condition" lead=": " />}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
