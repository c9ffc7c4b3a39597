// Content script on the job sites (and, through "Analyse anyway", on any page the user asks about):
// reads the posting with readPage(), tells the background, reads again when the job on the page
// changes without a page load. Kept small (≤ 40 kB): no NLP here (analyze() runs in the
// background); the main-text reader (with Readability) and the quote highlighter are loaded only
// when the user asks.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parsedPostingContainer, readPage } from '../analyzers/sites/index';
import type { PageRead } from '../analyzers/types';
import { JOB_SITE_MATCHES } from '../extension/job-sites';
import { isTabMessage, type WatchedQuestion } from '../extension/messages';
import { PostingWatch, WATCH_TIMING } from '../extension/posting-watch';

/** How often a page that is still arriving is looked at for a posting the parser has passed. */
const EARLY_LOOK_MS = 40;
/**
 * With no side panel or popup showing the tab, the page is read once it has loaded, or this long
 * after DOMContentLoaded if it is still loading then: only the badge waits, and reading the page
 * while it loads would slow it down.
 */
const UNWATCHED_WAIT_MAX_MS = 1_500;

function safeRead(url: string, force: boolean): PageRead {
  try {
    return readPage(document, new URL(url), { force });
  } catch (error) {
    return { kind: 'not-a-posting', reason: `ScopeFit could not read this page (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function parsedContainer(): Element | null {
  try {
    return parsedPostingContainer(document, new URL(location.href));
  } catch {
    return null;
  }
}

export default defineContentScript({
  matches: [...JOB_SITE_MATCHES],
  // From the start of the page. When a side panel or popup shows the tab, the posting is read as
  // soon as it is there: on a site whose posting sits in one element (Indeed's pane), once the
  // parser has passed it, while the rest of a large page still arrives; on any page at
  // DOMContentLoaded at the latest. When nothing shows the tab, once the page has loaded.
  // Later changes arrive through the watch.
  runAt: 'document_start',
  main(ctx) {
    const watch = new PostingWatch({
      url: () => location.href,
      read: safeRead,
      send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
      now: () => Date.now(),
      schedule: (fn, ms) => {
        const id = ctx.setTimeout(fn, ms);
        return () => clearTimeout(id);
      },
    });

    // Asked first thing; until the answer comes, nothing is read early.
    let watched: boolean | null = null;
    const question: WatchedQuestion = { type: 'scopefit:watched' };
    browser.runtime.sendMessage(question).then(
      (answer: unknown) => void (watched = answer !== false),
      () => void (watched = true),
    );

    // Read early, the posting's element is watched until DOMContentLoaded, when the whole page is:
    // the page's own scripts may change it meanwhile; the rest of the page arriving does not.
    let early: { readonly observer: MutationObserver; changed: boolean } | null = null;
    let looking = false;
    const lookEarly = (): void => {
      looking = false;
      if (document.readyState !== 'loading' || ctx.isInvalid || watched === false || early !== null) return;
      const container = watched === true ? parsedContainer() : null;
      if (container === null) {
        looking = true;
        ctx.setTimeout(lookEarly, EARLY_LOOK_MS);
        return;
      }
      // The whole posting was there and is none (a stale pane, say): it is read at DOMContentLoaded.
      if (!watch.checkEarly()) return;
      const observer = new MutationObserver(() => {
        if (early !== null) early.changed = true;
      });
      observer.observe(container, { childList: true, subtree: true, characterData: true });
      early = { observer, changed: false };
    };

    /** Set from DOMContentLoaded while a read waits for the load event: reads now instead. */
    let readNowInsteadOfLater: (() => void) | null = null;
    const onShown = (): void => {
      if (watched === true) return;
      watched = true;
      if (document.readyState === 'loading') {
        if (!looking) lookEarly();
      } else {
        readNowInsteadOfLater?.();
      }
    };

    const onMessage = (message: unknown, _sender: unknown, reply: (response: { ok: true }) => void): undefined => {
      if (!isTabMessage(message)) return undefined;
      if (message.type === 'scopefit:shown') onShown();
      else if (message.force) watch.readNow(true);
      else watch.resend();
      reply({ ok: true });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const onLoaded = (): void => {
      if (early !== null && early.observer.takeRecords().length > 0) early.changed = true;
      early?.observer.disconnect();
      const unread = watched === false ? 'unread, unwatched' : 'unread';
      readNowInsteadOfLater = watchPage(ctx, watch, early === null ? unread : early.changed ? 'changed' : 'read');
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', onLoaded, { once: true });
      lookEarly();
    } else {
      onLoaded();
    }
  },
});

type EarlyRead = 'unread' | 'unread, unwatched' | 'read' | 'changed';

/**
 * From DOMContentLoaded on: reads the page unless it was read while arriving, and follows it.
 * Returns what reads it at once when the read is waiting for the load event.
 */
function watchPage(ctx: ContentScriptContext, watch: PostingWatch, early: EarlyRead): (() => void) | null {
  if (ctx.isInvalid) return null;
  if (early === 'unread, unwatched') return onceLoaded(ctx, () => {
    follow(ctx, watch);
    // The background may have asked already, when the browser said the page had loaded.
    if (!watch.reported) watch.check();
  });
  follow(ctx, watch);
  // Changed after an early read: read again once the page has settled, not while it still loads.
  if (early === 'unread') watch.check();
  else if (early === 'changed') watch.changed();
  return null;
}

/** Reads the page again whenever it changes or its address moves. */
function follow(ctx: ContentScriptContext, watch: PostingWatch): void {
  const observer = new MutationObserver(() => watch.changed());
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.setInterval(() => watch.poll(), WATCH_TIMING.poll);
}

/**
 * Runs `then` once, after the load event (not inside it), or UNWATCHED_WAIT_MAX_MS from now, or
 * when the function returned is called, whichever comes first.
 */
function onceLoaded(ctx: ContentScriptContext, then: () => void): () => void {
  let done = false;
  const run = (): void => {
    if (done || ctx.isInvalid) return;
    done = true;
    then();
  };
  if (document.readyState === 'complete') {
    run();
    return run;
  }
  ctx.addEventListener(window, 'load', () => ctx.setTimeout(run, 0), { once: true });
  ctx.setTimeout(run, UNWATCHED_WAIT_MAX_MS);
  return run;
}
