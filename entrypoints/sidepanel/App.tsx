// Wires the side panel to the browser: which tab, its state, settings, and the two things the
// user can ask of the page (read it anyway; show me where it says that).

import { useCallback, useEffect, useState } from 'preact/hooks';
import { useJobWait, useSettings, useTabId, useTabLoading, useTabState } from '../../extension/hooks';
import { analyseAnyway, extensionUrl, highlightInTab } from '../../extension/tabs';
import { SidePanel } from '../../components/SidePanel';
import { searchOccupations } from '../../analyzers/occupation';
import { choiceKeyOf } from '../../extension/occupation-choices';
import { setOccupationChoice } from '../../extension/stores';

const LINKS = {
  history: extensionUrl('/postings.html'),
  settings: extensionUrl('/options.html'),
};

export function SidePanelApp({ fixedTab }: { readonly fixedTab: number | null }) {
  const tabId = useTabId(fixedTab);
  const state = useTabState(tabId);
  const settings = useSettings();
  const tabLoading = useTabLoading(tabId, state);
  const jobWait = useJobWait(state);
  const [notice, setNotice] = useState<string | null>(null);
  const [analysing, setAnalysing] = useState(false);

  useEffect(() => setNotice(null), [tabId, state]);

  const onShow = useCallback(
    (text: string) => {
      if (typeof tabId !== 'number') return;
      void highlightInTab(tabId, text).then((found) =>
        setNotice(found ? null : 'Those words are not on the page as it is now (it may have changed or scrolled them away).'),
      );
    },
    [tabId],
  );

  const onAnalyse = useCallback(() => {
    if (typeof tabId !== 'number') return;
    setAnalysing(true);
    setNotice(null);
    void analyseAnyway(tabId).then((problem) => {
      setAnalysing(false);
      setNotice(problem);
    });
  }, [tabId]);

  const onChooseOccupation = useCallback(
    (soc: string | null) => {
      if (state?.kind !== 'report') return;
      // The background sees the stored choice and makes the report again with that occupation's wages.
      void setOccupationChoice(choiceKeyOf(state.input), soc).catch(() => setNotice('The choice could not be saved in this browser’s storage.'));
    },
    [state],
  );

  return (
    <SidePanel
      jobWait={jobWait}
      onChooseOccupation={onChooseOccupation}
      searchOccupations={searchOccupations}
      state={state}
      tabLoading={tabLoading}
      settings={settings}
      onShow={typeof tabId === 'number' ? onShow : null}
      onAnalyse={typeof tabId === 'number' ? onAnalyse : null}
      analysing={analysing}
      notice={notice}
      links={{ ...LINKS, audit: extensionUrl(typeof tabId === 'number' ? `/audit.html?tabId=${tabId}` : '/audit.html') }}
    />
  );
}
