// Put into the page when the user clicks a quote in the side panel ("show me where it says that"):
// defines the function the panel then calls to find and mark the words. Loaded on demand so the
// content script on every job page stays small.

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findText, showHighlight } from '../extension/find-text';
import { HIGHLIGHTER_KEY, type Highlighter } from '../extension/messages';

export default defineUnlistedScript(() => {
  const highlight: Highlighter = (text) => {
    const range = findText(document, text);
    if (range !== null) showHighlight(document, range);
    return range !== null;
  };
  (globalThis as Record<string, unknown>)[HIGHLIGHTER_KEY] = highlight;
});
