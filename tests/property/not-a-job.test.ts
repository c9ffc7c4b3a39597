// Pages that are not a job posting give "not a posting" and a sentence, never a posting to score.
// The fixtures are invented pages (tests/fixtures/not-a-job/), one per kind of page a reader may
// have open when they press the button; the corpus has no such pages, so these edges are made up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFromHtml } from '../../cli/page';

const FIXTURES = path.resolve(__dirname, '../fixtures/not-a-job');

// [kind of page, fixture, the address it is read at, words the reason must contain (or null)]
const PAGES: readonly (readonly [string, string, string | null, RegExp | null])[] = [
  ['a news article', 'news-article.html', 'https://news.example.com/local/2026/03/14/harbour-budget', /does not read like a job posting/],
  ['an encyclopedia page', 'encyclopedia.html', 'https://encyclopedia.example.org/wiki/Lighthouse', /does not read like a job posting/],
  ['a search results list with no job open', 'search-results.html', 'https://jobs.example.net/search?q=social+media&l=Austin%2C+TX', null],
  ['a login wall', 'login-wall.html', 'https://jobs.example.net/job/123', /sign in/i],
  ['an empty page', 'empty.html', 'https://careers.example.org/jobs/1', /almost no text/],
  ["a PDF's bytes", 'pdf-bytes.html', 'https://careers.example.org/files/newsletter.pdf', null],
  ['a browser-internal page', 'chrome-internal.html', 'chrome://extensions/', null],
  ['a company homepage', 'company-homepage.html', 'https://lighting.example/', null],
  ['a blog post about hiring', 'hiring-blog-post.html', 'https://blog.example.com/2026/02/first-social-media-hire', null],
  ['a 404 page', 'not-found.html', 'https://careers.example.org/jobs/999', null],
  ['a cookie-consent wall', 'cookie-consent.html', 'https://jobs.example.net/job/123', null],
];

describe('a page that is not a job posting', () => {
  it.each(PAGES)('%s (%s) gives "not a posting" with a sentence, never a posting', (_, file, url, reason) => {
    // latin1 keeps every byte of the PDF as one character, as a page's text would hold them.
    const html = readFileSync(path.join(FIXTURES, file), file.startsWith('pdf') ? 'latin1' : 'utf8');
    const read = readPageFromHtml(html, url);
    expect(read.kind, read.kind === 'posting' ? `read as a posting titled ${JSON.stringify(read.posting.title)}` : '').toBe('not-a-posting');
    if (read.kind !== 'not-a-posting') return;
    expect(read.reason).toMatch(/^[A-Z][^\n]{10,}[.!]$/);
    if (reason !== null) expect(read.reason).toMatch(reason);
  });

  it.each(PAGES)('%s stays "not a posting" when read as a saved file with no address', (_, file) => {
    const html = readFileSync(path.join(FIXTURES, file), file.startsWith('pdf') ? 'latin1' : 'utf8');
    expect(readPageFromHtml(html, null).kind).toBe('not-a-posting');
  });

  it('is told apart from a real posting page: the same reader finds the posting on an invented careers page', () => {
    const posting = `<!doctype html><html><head><title>Social Media Coordinator - Example Lighting Studio</title></head><body><main>
      <h1>Social Media Coordinator</h1><p>Full-time · Leeds</p><h2>Responsibilities</h2><ul><li>Write and schedule posts for our channels</li>
      <li>Answer comments and messages</li><li>Report on what worked each month</li></ul><h2>Requirements</h2><ul><li>2+ years of experience in social media</li></ul>
      <p>Salary: £26,000 a year. Apply with a short note and three posts you are proud of.</p></main></body></html>`;
    const read = readPageFromHtml(posting, 'https://lighting.example/careers/social-media-coordinator');
    expect(read).toMatchObject({ kind: 'posting', posting: { title: 'Social Media Coordinator' } });
  });
});
