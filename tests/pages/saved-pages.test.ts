// Every real saved page in ../shared (fixtures/pages, corpus/html) against the expectation a person
// wrote after reading that page: tests/pages/expected/<page>.json. Each page is parsed once.
//
// Drift: pages whose expectation has a "drift" entry are read again with every class and id
// attribute removed, the way a site redesign breaks an adapter's selectors. The JSON-LD and
// Readability readers alone must still find the posting, and say which of them did.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, pageAddress, readPage, readWithoutAdapter } from '../../analyzers/sites/index';
import type { PageRead, PostingInput, SourceMethod } from '../../analyzers/types';
import { withDocument } from '../../cli/page';

const SHARED = path.resolve(__dirname, '../../../shared');
const EXPECTED = path.resolve(__dirname, 'expected');
const PAGE_DIRS = ['fixtures/pages', 'corpus/html'] as const;

interface Drift {
  readonly kind?: 'not-a-posting';
  readonly method?: Extract<SourceMethod, 'jsonld' | 'readability'>;
  /** Set when the fallback reads the title differently from the adapter, with `why`. */
  readonly title?: string;
  readonly why?: string;
}

interface PostingExpectation {
  readonly page: string;
  readonly kind: 'posting';
  readonly method: SourceMethod;
  readonly site: string | null;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly payText: string | null;
  readonly payEstimateText: string | null;
  readonly sentence: string;
  readonly checked: string;
  readonly drift?: Drift;
}

interface NotAPostingExpectation {
  readonly page: string;
  readonly kind: 'not-a-posting';
  /** The site the page is from, when a site is recognised. */
  readonly site?: string;
  readonly reason: string;
  readonly checked: string;
  readonly drift?: Drift;
}

type Expectation = PostingExpectation | NotAPostingExpectation;

interface Outcome {
  readonly read: PageRead;
  /** The adapter the page is recognised as, from its address or its markup. */
  readonly site: string | null;
  readonly drift: { readonly fallback: PostingInput | null; readonly page: PageRead } | null;
}

const expectations: readonly (readonly [string, Expectation])[] = readdirSync(EXPECTED)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(EXPECTED, file), 'utf8')) as Expectation] as const);

const outcomes = new Map<string, Outcome>();

/** Reads the page once (and, for drift, the same document once more without classes and ids). */
function outcomeOf(name: string, expected: Expectation): Outcome {
  const cached = outcomes.get(name);
  if (cached !== undefined) return cached;
  const html = readFileSync(path.join(SHARED, expected.page), 'utf8');
  const outcome = withDocument(html, null, (doc, url): Outcome => {
    const read = readPage(doc, url);
    const site = adapterFor(doc, pageAddress(doc, url))?.id ?? null;
    if (expected.drift === undefined) return { read, site, drift: null };
    stripClassesAndIds(doc);
    const fallback = expected.drift.kind === 'not-a-posting' ? null : readWithoutAdapter(doc, url);
    return { read, site, drift: { fallback, page: readPage(doc, url) } };
  });
  outcomes.set(name, outcome);
  return outcome;
}

function stripClassesAndIds(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

function postingOf(read: PageRead): PostingInput {
  if (read.kind !== 'posting') throw new Error(`expected a posting, got not-a-posting: ${read.reason}`);
  return read.posting;
}

describe('the saved pages', () => {
  it('each have one expectation file, and each expectation file names a saved page', () => {
    const saved = PAGE_DIRS.flatMap((dir) =>
      readdirSync(path.join(SHARED, dir)).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`),
    ).sort();
    const named = expectations.map(([, e]) => e.page).sort();
    expect(named).toEqual(saved);
    for (const [name, e] of expectations) expect(e.page.endsWith(`/${name}.html`)).toBe(true);
  });
});

for (const [name, expected] of expectations) {
  describe(name, () => {
    if (expected.kind === 'not-a-posting') {
      it('says the page is not a posting, in a sentence a user understands', () => {
        const { read } = outcomeOf(name, expected);
        expect(read).toEqual({ kind: 'not-a-posting', reason: expected.reason });
        expect(expected.reason).toMatch(/^[A-Z].*\.$/);
      });
      if (expected.site !== undefined) {
        it(`is recognised as a ${expected.site} page`, () => {
          expect(outcomeOf(name, expected).site).toBe(expected.site);
        });
      }
      if (expected.drift !== undefined) {
        it('still says so once class names and ids are gone', () => {
          const { drift } = outcomeOf(name, expected);
          expect(drift?.page.kind).toBe('not-a-posting');
        });
      }
      return;
    }

    it(`is read by ${expected.method === 'adapter' ? `the ${expected.site ?? ''} adapter` : expected.method}`, () => {
      const posting = postingOf(outcomeOf(name, expected).read);
      expect({ method: posting.method, site: posting.site }).toEqual({ method: expected.method, site: expected.site });
    });

    it('reads the title, company, place and pay a person reads on the page', () => {
      const posting = postingOf(outcomeOf(name, expected).read);
      expect({
        title: posting.title,
        company: posting.company,
        location: posting.location,
        payText: posting.payText,
        payEstimateText: posting.payEstimateText,
      }).toEqual({
        title: expected.title,
        company: expected.company,
        location: expected.location,
        payText: expected.payText,
        payEstimateText: expected.payEstimateText,
      });
    });

    it(`keeps "${expected.sentence.slice(0, 60)}…" in a description of clean lines`, () => {
      const { description } = postingOf(outcomeOf(name, expected).read);
      expect(description).toContain(expected.sentence);
      const lines = description.split('\n');
      expect(lines.every((line) => line !== '' && line === line.trim())).toBe(true);
      // No style sheet or script text leaks into the posting (Indeed puts <style> inside nodes).
      expect(description).not.toMatch(/\{[^}]*(?:font-family|display|margin)\s*:/);
    });

    const drift = expected.drift;
    if (drift?.method !== undefined) {
      it(`still finds the posting by ${drift.method} once class names and ids are gone`, () => {
        const outcome = outcomeOf(name, expected).drift;
        const fallback = outcome?.fallback ?? null;
        expect(fallback?.method).toBe(drift.method);
        expect(fallback?.title).toBe(drift.title ?? expected.title);
        expect(fallback?.description).toContain(expected.sentence);
        // And the whole chain still hands on a posting (whichever reader gets it).
        expect(outcome?.page.kind).toBe('posting');
      });
    }
  });
}
