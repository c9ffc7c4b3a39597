// Node side of page → posting: parses saved HTML with happy-dom and hands the document to the same
// readPage() the content script calls on the live page. Nothing here can reach the network: no
// script runs, no file (script, style, image, frame) loads, no navigation happens, and any fetch
// the DOM would still try is refused by the interceptor.
//
// Why happy-dom: tests (Vitest's happy-dom environment) and the command line then run one DOM
// implementation, so a page that passes its test reads the same with `npm run analyze`; it also
// implements what Readability and the adapters use (TreeWalker, compareDocumentPosition,
// cloneNode, :scope selectors, createHTMLDocument).

import { Window } from 'happy-dom';
import { readPage, type ReadOptions } from '../analyzers/sites/index';
import type { PageRead } from '../analyzers/types';

export function readPageFromHtml(html: string, url: string | null, options: ReadOptions = {}): PageRead {
  return withDocument(html, url, (doc, address) => readPage(doc, address, options));
}

/** Parses `html` into an isolated document, runs `use` on it, and closes the window after. */
export function withDocument<T>(html: string, url: string | null, use: (doc: Document, url: URL | null) => T): T {
  const address = parseAddress(url);
  const window = new Window({
    // The window's own address never leaves the process; it only resolves relative links.
    url: address?.href ?? 'about:blank',
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      enableImageFileLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: () => Promise.reject(new Error('ScopeFit reads saved pages offline: no request is made.')),
          beforeSyncRequest: () => {
            throw new Error('ScopeFit reads saved pages offline: no request is made.');
          },
        },
      },
    },
  });
  try {
    const parser = new window.DOMParser();
    const doc = parser.parseFromString(withoutSvgStyles(html), 'text/html') as unknown as Document;
    return use(doc, address);
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * happy-dom 21 never closes a <style> inside <svg> (it compares the end tag "STYLE" with the SVG
 * element's lower-case "style"), so everything after it becomes style text: every Indeed page
 * saved 2025–2026 lost its job pane that way. Such styles hold only icon CSS; they are dropped
 * before parsing. Browsers parse them correctly, so the live page needs no such step.
 */
export function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''));
}

function parseAddress(url: string | null): URL | null {
  if (url === null) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
