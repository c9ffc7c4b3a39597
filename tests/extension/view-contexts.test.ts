// Which open views show a tab, from what runtime.getContexts() answers: Firefox names the window
// of a side panel or popup, Chrome gives -1.

import { describe, expect, it } from 'vitest';
import { viewShowsTab, type SenderTab, type ViewContext } from '../../extension/view-contexts';

const BASE = 'chrome-extension://abcdefghijklmnop';
const TAB: SenderTab = { id: 42, windowId: 7, active: true };
const context = (contextType: string, windowId: number, path: string): ViewContext => ({ contextType, windowId, documentUrl: `${BASE}${path}` });

describe('viewShowsTab', () => {
  it('counts the side panel and the popup of the tab’s own window', () => {
    expect(viewShowsTab([context('SIDE_PANEL', 7, '/sidepanel.html')], TAB)).toBe(true);
    expect(viewShowsTab([context('POPUP', 7, '/popup.html')], TAB)).toBe(true);
  });

  it('does not count a side panel in another window', () => {
    expect(viewShowsTab([context('SIDE_PANEL', 8, '/sidepanel.html')], TAB)).toBe(false);
  });

  it('counts a panel opened in a tab for this tab, and not one for another tab', () => {
    expect(viewShowsTab([context('TAB', 3, '/sidepanel.html?tabId=42')], TAB)).toBe(true);
    expect(viewShowsTab([context('TAB', 3, '/sidepanel.html?tabId=41')], TAB)).toBe(false);
  });

  it('does not count the background, the history or the audit page', () => {
    const others = [context('BACKGROUND', -1, '/background.js'), context('TAB', 7, '/postings.html'), context('TAB', 7, '/audit.html')];
    expect(viewShowsTab(others, TAB)).toBe(false);
  });

  it('counts a panel with no window (Chrome) for an active tab, not for a tab in the background', () => {
    const panel = context('SIDE_PANEL', -1, '/sidepanel.html');
    expect(viewShowsTab([panel], TAB)).toBe(true);
    expect(viewShowsTab([panel], { ...TAB, active: false })).toBe(false);
  });

  it('does not count a context without a document', () => {
    expect(viewShowsTab([{ contextType: 'SIDE_PANEL', windowId: 7 }], TAB)).toBe(false);
  });
});
