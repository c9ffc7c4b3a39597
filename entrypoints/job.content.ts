// Content script on the job sites (and, through "Analyse anyway", on any page the user asks about):
// reads the posting with readPage(), tells the background, reads again when the job on the page
// changes without a page load. Kept small (≤ 40 kB): no NLP here (analyze() runs in the
// background); Readability and the quote highlighter are loaded only when the user asks.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../analyzers/sites/index';
import type { PageRead } from '../analyzers/types';
import { JOB_SITE_MATCHES } from '../components/job-sites';
import { isTabMessage } from '../components/messages';
import { PostingWatch, WATCH_TIMING } from '../components/posting-watch';

function safeRead(url: string, force: boolean): PageRead {
  try {
    return readPage(document, new URL(url), { force });
  } catch (error) {
    return { kind: 'not-a-posting', reason: `ScopeFit could not read this page (${error instanceof Error ? error.message : String(error)}).` };
  }
}

export default defineContentScript({
  matches: [...JOB_SITE_MATCHES],
  // At DOMContentLoaded the server-rendered posting is there to read; waiting for the load event
  // (images, third-party scripts) only delays the verdict. Later changes arrive through the watch.
  runAt: 'document_end',
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

    const observer = new MutationObserver(() => watch.changed());
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.setInterval(() => watch.poll(), WATCH_TIMING.poll);

    const onMessage = (message: unknown, _sender: unknown, reply: (response: { ok: true }) => void): undefined => {
      if (!isTabMessage(message)) return undefined;
      if (message.force) watch.readNow(true);
      else watch.resend();
      reply({ ok: true });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    watch.check();
  },
});
