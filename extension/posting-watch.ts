// Follows the job shown on a page that changes jobs without loading a new page (Indeed's search
// pane and its `vjk`, LinkedIn's `currentJobId`): decides when to read the page again and when to
// tell the background. The content script wires it to the live page; tests drive it by hand.
//
// The rule that keeps one job's report off another: when the address moves on from a job but the
// page still shows that job (or nothing yet), the new job is "reading" until the page changes,
// and only after `staleAfter` is whatever the page shows taken as the answer.

import type { PageRead } from '../analyzers/types';
import type { PageMessage } from './messages';

export interface WatchDeps {
  /** The page's address now. */
  readonly url: () => string;
  readonly read: (url: string, force: boolean) => PageRead;
  readonly send: (message: PageMessage) => void;
  readonly now: () => number;
  /** Runs `fn` after `ms`; returns what cancels it. */
  readonly schedule: (fn: () => void, ms: number) => () => void;
}

export const WATCH_TIMING = {
  /** Quiet time after the last change to the page before reading it. */
  settle: 400,
  /** On a page that is not a posting (a feed, a list), read less often. */
  settleIdle: 2000,
  /** A page that never stops changing is still read this often. */
  maxWait: 2000,
  /** How long a job's address may show the previous job before the page is taken as it is. */
  staleAfter: 4000,
  /** Content that changed this shortly before the address did belongs to the new address. */
  sameJobWithin: 1000,
  /** How often the content script looks at the address. */
  poll: 300,
} as const;

interface Sent {
  readonly url: string;
  readonly signature: string;
  readonly kind: PageRead['kind'];
  readonly at: number;
}

export function signatureOf(read: PageRead): string {
  if (read.kind === 'not-a-posting') return `not|${read.reason}`;
  const p = read.posting;
  // The whole description, not a hash of it: comparing two strings is native work, while hashing
  // runs in the page's interpreter on every read (content scripts start cold on each page).
  return `posting|${p.title}|${p.company ?? ''}|${p.payText ?? ''}|${p.description}`;
}

export class PostingWatch {
  private sent: Sent | null = null;
  private waitingSince: number | null = null;
  /** The address "Analyse anyway" was asked for: force holds there only, not for the tab's next page. */
  private forcedUrl: string | null = null;
  private lastUrl: string | null = null;
  private pending: (() => void) | null = null;
  private pendingSince = 0;
  /** The last read, and whether the page has changed since: a page that has not is not read again. */
  private lastRead: { readonly url: string; readonly read: PageRead } | null = null;
  private changedSinceRead = true;

  constructor(private readonly deps: WatchDeps) {}

  /** Whether the background has been told anything about this page yet. */
  get reported(): boolean {
    return this.sent !== null;
  }

  /**
   * Reads a page that is still loading: tells the background only when it finds a posting (what a
   * half-parsed page lacks is no reason to call it "not a posting"). True when it found one.
   */
  checkEarly(): boolean {
    const read = this.readPage(this.deps.url());
    if (read.kind !== 'posting') return false;
    this.check(read);
    return true;
  }

  /** Reads the page (unless given what was just read) and tells the background if it is new. */
  check(given?: PageRead): void {
    const { deps } = this;
    const url = deps.url();
    this.lastUrl = url;
    const read = given ?? this.readPage(url);
    const signature = signatureOf(read);
    const now = deps.now();
    const sent = this.sent;
    if (sent !== null && url === sent.url && signature === sent.signature) return;
    const stillPrevious = read.kind !== 'posting' || signature === sent?.signature;
    if (sent !== null && url !== sent.url && sent.kind === 'posting' && stillPrevious) {
      const changedJustBefore = read.kind === 'posting' && now - sent.at < WATCH_TIMING.sameJobWithin;
      if (!changedJustBefore) {
        if (this.waitingSince === null) {
          this.waitingSince = now;
          deps.send({ type: 'scopefit:reading', url });
          deps.schedule(() => this.check(), WATCH_TIMING.staleAfter);
          return;
        }
        if (now - this.waitingSince < WATCH_TIMING.staleAfter) return;
      }
    }
    this.report(url, read, signature, now);
  }

  /** The page's DOM changed: read it once things settle. */
  changed(): void {
    this.changedSinceRead = true;
    const now = this.deps.now();
    if (this.pending !== null) {
      if (now - this.pendingSince >= WATCH_TIMING.maxWait) return;
      this.pending();
    } else {
      this.pendingSince = now;
    }
    const delay = this.sent?.kind === 'not-a-posting' && this.waitingSince === null ? WATCH_TIMING.settleIdle : WATCH_TIMING.settle;
    this.pending = this.deps.schedule(() => {
      this.pending = null;
      this.check();
    }, delay);
  }

  /** Called every `poll` ms: a new address is read at once. */
  poll(): void {
    if (this.deps.url() !== this.lastUrl) this.check();
  }

  /**
   * Reads and reports now, even if nothing changed. `force` stays on while the address stays the
   * same: an apply form or a feed the page moves to afterwards is judged as any page would be.
   */
  readNow(force: boolean): void {
    if (force) this.forcedUrl = this.deps.url();
    this.changedSinceRead = true;
    this.sent = null;
    this.waitingSince = null;
    this.check();
  }

  /**
   * Says again what the page shows (the background forgot it, e.g. after the browser reported a
   * navigation): "reading" while waiting for a new job, else the read.
   */
  resend(): void {
    const url = this.deps.url();
    if (this.sent !== null && url !== this.sent.url) {
      // The address moved and the poll has not seen it yet: decide as for any move.
      const wasWaiting = this.waitingSince !== null;
      this.check();
      if (wasWaiting && this.waitingSince !== null) this.deps.send({ type: 'scopefit:reading', url });
      return;
    }
    if (this.waitingSince !== null) {
      this.deps.send({ type: 'scopefit:reading', url });
      return;
    }
    const unchanged = !this.changedSinceRead && this.lastRead?.url === url ? this.lastRead.read : null;
    const read = unchanged ?? this.readPage(url);
    if (this.sent !== null && signatureOf(read) === this.sent.signature) {
      // The same job said again: when it was first seen stays as it was.
      this.deps.send({ type: 'scopefit:page', read, url });
      return;
    }
    this.check(read);
  }

  private readPage(url: string): PageRead {
    // Marked before reading: a change that lands while the page is read makes the next read a fresh one.
    this.changedSinceRead = false;
    const read = this.deps.read(url, url === this.forcedUrl);
    this.lastRead = { url, read };
    return read;
  }

  private report(url: string, read: PageRead, signature: string, now: number): void {
    this.sent = { url, signature, kind: read.kind, at: now };
    this.waitingSince = null;
    this.deps.send({ type: 'scopefit:page', read, url });
  }
}
