// History page (postings.html; not "history/", which WXT would make replace the browser's own
// history page): loads the entries, keeps them live, exports them as files, clears them.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/styles.css';
import { dismissHistoryProblem, getHistory, getHistoryProblem, setHistory, watchHistory } from '../../extension/stores';
import { sortEntries, toCsv, toJson, type HistoryEntry, type HistorySort } from '../../extension/history';
import { COMPARE_MAX, HistoryView } from '../../components/HistoryView';
import { downloadFile } from '../../extension/save';
import { extensionUrl } from '../../extension/tabs';

function HistoryApp() {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sort, setSort] = useState<HistorySort>('date');
  const [selected, setSelected] = useState<string[]>([]);

  useEffect(() => {
    let alive = true;
    const load = async (): Promise<void> => {
      const read = await getHistory();
      const problem = await getHistoryProblem();
      if (!alive) return;
      setEntries(read.entries);
      setProblem(problem);
    };
    void load();
    const unwatch = watchHistory(() => void load());
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const onToggle = (id: string): void =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : s.length < COMPARE_MAX ? [...s, id] : s));
  const onExport = (format: 'csv' | 'json'): void => {
    const stamp = new Date().toISOString().slice(0, 10);
    const sorted = sortEntries(entries, sort);
    if (format === 'csv') downloadFile({ name: `scopefit-history-${stamp}.csv`, type: 'text/csv', text: toCsv(sorted) });
    else downloadFile({ name: `scopefit-history-${stamp}.json`, type: 'application/json', text: toJson(sorted) });
  };
  const onClear = (): void => {
    if (!window.confirm('Remove every posting from the history? This cannot be undone.')) return;
    setSelected([]);
    setProblem(null);
    void dismissHistoryProblem().then(() => setHistory([]));
  };

  const onDismissProblem = (): void => {
    setProblem(null);
    void dismissHistoryProblem();
  };

  return (
    <HistoryView
      entries={sortEntries(entries, sort)}
      problem={problem}
      onDismissProblem={onDismissProblem}
      sort={sort}
      onSort={setSort}
      selected={selected}
      onToggle={onToggle}
      onExport={onExport}
      onClear={onClear}
      links={{ settings: extensionUrl('/options.html'), audit: extensionUrl('/audit.html') }}
    />
  );
}

const root = document.getElementById('app');
if (root !== null) render(<HistoryApp />, root);
