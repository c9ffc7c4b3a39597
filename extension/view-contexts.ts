// Whether one of the extension's own views shows a tab right now: the side panel or the popup in
// that tab's window, or either opened in a tab of its own for one tab (`?tabId=N`). The background
// asks before analysing a page that is still loading (entrypoints/background.ts).

/** The part of runtime.getContexts()'s answer used here. */
export interface ViewContext {
  readonly contextType: string;
  readonly windowId: number;
  readonly documentUrl?: string;
}

/** The views that show one tab's report. */
const TAB_VIEWS = /\/(?:sidepanel|popup)\.html$/;

/** The tab a content script speaks for: its id, window, and whether it is its window's active tab. */
export interface SenderTab {
  readonly id: number;
  readonly windowId: number | null;
  readonly active: boolean;
}

export function viewShowsTab(contexts: readonly ViewContext[], tab: SenderTab): boolean {
  return contexts.some((context) => {
    let url: URL;
    try {
      url = new URL(context.documentUrl ?? '');
    } catch {
      return false;
    }
    if (!TAB_VIEWS.test(url.pathname)) return false;
    const fixed = url.searchParams.get('tabId');
    if (fixed !== null) return fixed === String(tab.id);
    // Without ?tabId a panel or popup follows the active tab of its window. Chrome reports no
    // window for them (-1; Firefox does): then any active tab may be the one shown.
    if (context.contextType !== 'SIDE_PANEL' && context.contextType !== 'POPUP') return false;
    return context.windowId === -1 ? tab.active : tab.windowId !== null && context.windowId === tab.windowId;
  });
}
