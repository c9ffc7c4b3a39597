// Stands in for analyzers/sites/readability.ts inside the content script (wxt.config.ts swaps it in
// for that one bundle): the main-text reader and Mozilla Readability under it come to 40 kB, the
// whole budget of a script that runs on every job page, and only pages that no site adapter and no
// JSON-LD can read need them. "Analyse anyway" loads the real reader (entrypoints/readability.ts)
// into the page, which registers it here; until then readPage's last resort finds no main text and
// says the page is not a posting, offering "Analyse anyway".

import type * as ArticleReaderModule from '../analyzers/sites/readability';
import type { ReadableArticle } from '../analyzers/sites/readability';
import type { PostingInput } from '../analyzers/types';

export type ArticleReader = Pick<typeof ArticleReaderModule, 'readArticle' | 'postingFromArticle' | 'looksLikeJob'>;

// On globalThis: the reader arrives in a separate script run in the content script's world.
const KEY = '__scopefitArticleReader';
const registry = globalThis as typeof globalThis & { [KEY]?: ArticleReader };

export function registerArticleReader(reader: ArticleReader): void {
  registry[KEY] = reader;
}

export function readArticle(doc: Document): ReadableArticle | null {
  return registry[KEY]?.readArticle(doc) ?? null;
}

export function postingFromArticle(doc: Document, url: URL | null, article: ReadableArticle | null, force: boolean): PostingInput | null {
  return registry[KEY]?.postingFromArticle(doc, url, article, force) ?? null;
}

/** Until the reader is loaded no main text is read, so no page is judged by it: true. */
export function looksLikeJob(text: string): boolean {
  return registry[KEY]?.looksLikeJob(text) ?? true;
}
