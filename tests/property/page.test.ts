// readPageFromHtml (cli/page.ts → analyzers/sites readPage) on generated HTML-ish pages: never
// throws; it gives a posting that analyze() reads soundly, or a sentence saying why there is none.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../analyzers/report';
import { readPageFromHtml } from '../../cli/page';
import { corpusLine, htmlishText, noise, splicedLine, unicodeText } from './arbitraries';
import { expectReport } from './invariants';
import { CI, PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

/**
 * One case parses a page with happy-dom and runs the adapters, JSON-LD and Readability on it: about
 * 20 ms, so 10,000 would take over three minutes alone. CI runs 1,000 (about 20 s); the cheap
 * parsers under it (normaliseDescription, the pay reader, analyze()) run their 10,000 elsewhere.
 */
const PAGE_RUNS = CI ? 1_000 : 100;

const HOSTS = [
  null, 'https://www.indeed.com/viewjob?jk=abc', 'https://www.linkedin.com/jobs/view/1', 'https://boards.greenhouse.io/acme/jobs/1',
  'https://jobs.lever.co/acme/1', 'https://www.glassdoor.com/job-listing/x', 'https://careers.example.org/jobs/7', 'chrome://newtab/',
  'file:///home/user/saved.html', 'not a url', 'javascript:alert(1)',
];

const jsonLd = fc.oneof(
  fc.constant(''),
  fc.tuple(unicodeText(20), fc.oneof(corpusLine, htmlishText(8)), fc.option(fc.constantFrom('{"@type":"MonetaryAmount","currency":"USD","value":{"minValue":40000,"maxValue":50000,"unitText":"YEAR"}}', '"$20 an hour"', 'null', '{"value":"NaN"}')))
    .map(([title, description, salary]) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, description }).replace(/}$/, salary === null ? '}' : `,"baseSalary":${salary}}`)}</script>`),
  fc.constantFrom('<script type="application/ld+json">{not json</script>', '<script type="application/ld+json">[{"@type":"JobPosting"},{"@type":"JobPosting"}]</script>', '<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","title":"x","description":"y"}]}</script>'),
);

const body = fc.array(fc.oneof(
  corpusLine.map((l) => `<p>${l}</p>`),
  splicedLine.map((l) => `<li>${l}</li>`),
  htmlishText(12),
  noise(),
  fc.constantFrom('<h1>Social Media Manager</h1>', '<h2>Responsibilities</h2>', '<form><input type="password"></form>', '<nav>Home Jobs</nav>', '<div id="jobDescriptionText">', '</div>'),
), { maxLength: 10 }).map((parts) => parts.join('\n'));

const page = fc
  .tuple(fc.option(unicodeText(30)), jsonLd, body, fc.boolean())
  .map(([title, ld, content, wrapped]) => (wrapped ? `<!doctype html><html><head>${title === null ? '' : `<title>${title}</title>`}${ld}</head><body>${content}</body></html>` : `${ld}${content}`));

describe('readPageFromHtml on any page', () => {
  it('gives a posting analyze() reads soundly, or a sentence saying why there is none', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(...HOSTS), (html, url) => {
        const read = readPageFromHtml(html, url);
        if (read.kind === 'not-a-posting') {
          expect(read.reason).toMatch(/^[A-Z][^\n]*[.!]$/);
          expect(read.reason).not.toMatch(/\bat \w+ \(|Error:|undefined|null/);
          return;
        }
        expect(read.kind).toBe('posting');
        expect(typeof read.posting.title).toBe('string');
        expect(typeof read.posting.description).toBe('string');
        expect(['adapter', 'jsonld', 'readability', 'text']).toContain(read.posting.method);
        expectReport(analyze(read.posting), read.posting);
      }),
      runs(PAGE_RUNS),
    );
  });
});
