// Wires the popup to the browser: the active tab's state, "Analyse anyway", and opening the
// side panel straight from the click (the browser requires a user gesture for it).

import { useState } from 'preact/hooks';
import { useTabId, useTabLoading, useTabState } from '../../extension/hooks';
import { analyseAnyway, extensionUrl, openSidePanel } from '../../extension/tabs';
import { Popup } from '../../components/Popup';

export function PopupApp({ fixedTab }: { readonly fixedTab: number | null }) {
  const tabId = useTabId(fixedTab);
  const state = useTabState(tabId);
  const tabLoading = useTabLoading(tabId, state);
  const [notice, setNotice] = useState<string | null>(null);
  const [analysing, setAnalysing] = useState(false);
  const ready = typeof tabId === 'number';

  const onOpenPanel = (): void => {
    if (typeof tabId !== 'number') return;
    openSidePanel(tabId).then(
      () => fixedTab === null && window.close(),
      (error: unknown) => setNotice(`The side panel could not be opened: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const onAnalyse = (): void => {
    if (typeof tabId !== 'number') return;
    setAnalysing(true);
    void analyseAnyway(tabId).then((problem) => {
      setAnalysing(false);
      setNotice(problem);
    });
  };

  return (
    <Popup
      state={state}
      tabLoading={tabLoading}
      onOpenPanel={ready ? onOpenPanel : null}
      onAnalyse={ready ? onAnalyse : null}
      analysing={analysing}
      notice={notice}
      historyHref={extensionUrl('/postings.html')}
      auditHref={extensionUrl(typeof tabId === 'number' ? `/audit.html?tabId=${tabId}` : '/audit.html')}
    />
  );
}
