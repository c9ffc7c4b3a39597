// Stands in for @mozilla/readability inside the content script (wxt.config.ts swaps it in for that
// one bundle): the real library is 34 kB, most of the content script's 40 kB budget, and only the
// pages no site adapter and no JSON-LD can read need it. "Analyse anyway" loads the real one
// (entrypoints/readability.ts) into the page, which registers it here; until then readPage's last
// resort finds no main text and says the page is not a posting, offering "Analyse anyway".

import type { Readability as RealReadability } from '@mozilla/readability';

type Options<T> = ConstructorParameters<typeof RealReadability<T>>[1];
type Parsed<T> = ReturnType<RealReadability<T>['parse']>;
type ReadabilityClass = typeof RealReadability;

const KEY = '__scopefitReadability';
const registry = globalThis as typeof globalThis & { [KEY]?: ReadabilityClass };

export function registerReadability(real: ReadabilityClass): void {
  registry[KEY] = real;
}

export function readabilityLoaded(): boolean {
  return registry[KEY] !== undefined;
}

export class Readability<T = string> {
  constructor(
    private readonly doc: Document,
    private readonly options?: Options<T>,
  ) {}

  parse(): Parsed<T> {
    const Real = registry[KEY];
    return Real === undefined ? null : new Real<T>(this.doc, this.options).parse();
  }
}

/** Part of the library's surface; without the library loaded, no page is judged readerable. */
export function isProbablyReaderable(): boolean {
  return false;
}
