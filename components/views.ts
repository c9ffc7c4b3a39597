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

export function viewShowsTab(contexts: readonly ViewContext[], tabId: number, windowId: number | null): boolean {
  return contexts.some((context) => {
    let url: URL;
    try {
      url = new URL(context.documentUrl ?? '');
    } catch {
      return false;
    }
    if (!TAB_VIEWS.test(url.pathname)) return false;
    const fixed = url.searchParams.get('tabId');
    if (fixed !== null) return fixed === String(tabId);
    // Without ?tabId a panel or popup follows the active tab of its window.
    return (context.contextType === 'SIDE_PANEL' || context.contextType === 'POPUP') && windowId !== null && context.windowId === windowId;
  });
}
