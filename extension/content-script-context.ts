// The content script's context, in place of WXT's own (wxt.config.ts swaps it in for the content
// script's build). WXT's posts `{type: '<extension id>:job:wxt:content-script-started'}` to the
// page and stops itself when the page dispatches a document event of that name: any page could tell
// that ScopeFit is installed, learn its id, and stop the watcher while it swaps the posting
// (wxt-dev/wxt #1938, #2035; tests/e2e/page-attacks.test.ts). This one says nothing to the page and
// hears nothing from it: it ends only when the extension itself goes away (updated, reloaded or
// removed), which is when `browser.runtime.id` disappears.
//
// Same constructor and the members job.content.ts and WXT's entry use; nothing else of WXT's.

import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension that injected this script is gone (its API then has no id). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('The extension was updated, reloaded or removed');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles: what an async step returns once the context has ended. */
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** A DOM listener removed when the context ends. No `wxt:` event names: none are sent. */
  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
