// Following the job on a page that changes jobs without loading (Indeed's vjk pane), driven by
// hand: a fake clock, a fake page, and the messages the content script would send.

import { beforeEach, describe, expect, it } from 'vitest';
import type { PageRead } from '../../analyzers/types';
import type { PageMessage } from '../../extension/messages';
import { PostingWatch, WATCH_TIMING } from '../../extension/posting-watch';

const job = (title: string): PageRead => ({
  kind: 'posting',
  posting: { title, company: 'Co', location: null, payText: null, payEstimateText: null, description: `${title} duties`, url: null, site: 'indeed', method: 'adapter' },
});
const loadingPane: PageRead = { kind: 'not-a-posting', reason: 'Indeed is still loading the job you picked.' };

class FakePage {
  url = 'https://www.indeed.com/jobs?q=x&vjk=1';
  shows: PageRead = job('First');
  now = 0;
  sent: string[] = [];
  reads = 0;
  /** The `force` of each read, in order. */
  forced: boolean[] = [];
  timers: Array<{ at: number; fn: () => void; live: boolean }> = [];
  readonly watch = new PostingWatch({
    url: () => this.url,
    read: (_url, force) => {
      this.reads += 1;
      this.forced.push(force);
      return this.shows;
    },
    send: (m: PageMessage) => this.sent.push(m.type === 'scopefit:reading' ? 'reading' : m.read.kind === 'posting' ? m.read.posting.title : 'not'),
    now: () => this.now,
    schedule: (fn, ms) => {
      const timer = { at: this.now + ms, fn, live: true };
      this.timers.push(timer);
      return () => void (timer.live = false);
    },
  });

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) break;
      next.live = false;
      this.now = next.at;
      next.fn();
    }
    this.now = until;
  }
}

let page: FakePage;
beforeEach(() => {
  page = new FakePage();
  page.watch.check();
});

describe('following the job on the page', () => {
  it('reports the job on the page once, not again while nothing changes', () => {
    page.watch.changed();
    page.advance(5000);
    page.watch.poll();
    expect(page.sent).toEqual(['First']);
  });

  it('says "reading" when the address moves on before the pane does, then reports the new job', () => {
    page.advance(5000);
    page.url = 'https://www.indeed.com/jobs?q=x&vjk=2';
    page.watch.poll();
    expect(page.sent).toEqual(['First', 'reading']);
    page.advance(1000);
    page.shows = job('Second');
    page.watch.changed();
    page.advance(WATCH_TIMING.settle);
    expect(page.sent).toEqual(['First', 'reading', 'Second']);
  });

  it('treats a pane the site says is still loading as reading, not as "no posting"', () => {
    page.advance(5000);
    page.url = 'https://www.indeed.com/jobs?q=x&vjk=2';
    page.shows = loadingPane;
    page.watch.poll();
    page.watch.changed();
    page.advance(WATCH_TIMING.settle);
    expect(page.sent).toEqual(['First', 'reading']);
  });

  it('takes the page as it is once the new job has not come for a while', () => {
    page.advance(5000);
    page.url = 'https://www.indeed.com/jobs?q=x&vjk=2';
    page.watch.poll();
    page.advance(WATCH_TIMING.staleAfter);
    expect(page.sent).toEqual(['First', 'reading', 'First']);
  });

  it('reports content that changed just before the address as the new address’s job, without waiting', () => {
    page.advance(5000);
    page.shows = job('Second');
    page.watch.changed();
    page.advance(WATCH_TIMING.settle);
    page.url = 'https://www.indeed.com/jobs?q=x&vjk=2';
    page.watch.poll();
    expect(page.sent).toEqual(['First', 'Second', 'Second']);
  });

  it('reads a page that keeps changing at least every few seconds', () => {
    page.shows = job('Second');
    for (let i = 0; i < 20; i++) {
      page.watch.changed();
      page.advance(200);
    }
    expect(page.sent).toContain('Second');
  });

  it('says "reading" again when asked while waiting, and the job otherwise', () => {
    page.advance(5000);
    page.watch.resend();
    page.url = 'https://www.indeed.com/jobs?q=x&vjk=2';
    page.watch.resend();
    page.watch.resend();
    expect(page.sent).toEqual(['First', 'First', 'reading', 'reading']);
  });
});

describe('reading a page that is still arriving', () => {
  const arriving = (): FakePage => {
    const fresh = new FakePage();
    fresh.shows = loadingPane;
    return fresh;
  };

  it('sends nothing, and says so, while the half-parsed page shows no posting', () => {
    const fresh = arriving();
    expect(fresh.watch.checkEarly()).toBe(false);
    expect(fresh.sent).toEqual([]);
  });

  it('sends the posting once it is there, and not again when the loaded page shows the same', () => {
    const fresh = arriving();
    fresh.watch.checkEarly();
    fresh.shows = job('First');
    expect(fresh.watch.checkEarly()).toBe(true);
    fresh.watch.changed();
    fresh.advance(WATCH_TIMING.settle);
    expect(fresh.sent).toEqual(['First']);
  });

  it('sends the posting again when the page’s own scripts change it after the early read', () => {
    const fresh = arriving();
    fresh.shows = job('First');
    fresh.watch.checkEarly();
    fresh.shows = job('First, as rewritten by the page');
    fresh.watch.changed();
    fresh.advance(WATCH_TIMING.settle);
    expect(fresh.sent).toEqual(['First', 'First, as rewritten by the page']);
  });
});

describe('reading only what may have changed', () => {
  it('answers the background from the last read while the page has not changed, and reads again once it has', () => {
    page.watch.resend();
    page.watch.resend();
    expect(page.reads).toBe(1);
    page.shows = job('Second');
    page.watch.changed();
    page.watch.resend();
    expect(page.reads).toBe(2);
    expect(page.sent).toEqual(['First', 'First', 'First', 'Second']);
  });
});

describe('"Analyse anyway" (force)', () => {
  it('holds for the page it was asked on, and is dropped once the address moves on', () => {
    page.watch.readNow(true);
    expect(page.forced.at(-1)).toBe(true);
    page.shows = job('Forced again');
    page.watch.changed();
    page.advance(WATCH_TIMING.settle + 10);
    expect(page.forced.at(-1)).toBe(true);
    // The page moves itself on (an apply form, a feed): it is read as any page would be.
    page.url = 'https://www.indeed.com/apply?jk=2';
    page.shows = job('Apply now');
    page.watch.poll();
    page.advance(WATCH_TIMING.staleAfter + 10);
    expect(page.forced.length).toBeGreaterThan(2);
    expect(page.forced.at(-1)).toBe(false);
  });
});
