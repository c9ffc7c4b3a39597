// readPage's order and its "not a posting" answers, on invented pages: each is an edge the saved
// pages lack (an empty page, a sign-in wall, an article, a stale Indeed pane).

import { describe, expect, it } from 'vitest';
import { pageAddress, readPage, readStructured } from '../../analyzers/sites/index';
import type { PageRead } from '../../analyzers/types';
import { readPageFromHtml, withDocument } from '../../cli/page';

const ARTICLE = `<html><head><title>Ten houseplants that survive winter</title></head><body><article>
<h1>Ten houseplants that survive winter</h1>
${'<p>Snake plants tolerate low light and irregular watering, which makes them a favourite for dark flats. Pothos grows quickly and trails nicely from shelves.</p>'.repeat(6)}
</article></body></html>`;

const POSTING_PAGE = `<html><head><title>Community Manager - Acme Careers</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/about">About</a></li></ul></nav>
<main><h1>Community Manager</h1>
<p>We are looking for a Community Manager to grow our developer community across Europe.</p>
<h3>Responsibilities</h3><ul><li>Plan meetups and online events.</li><li>Answer questions on our forum.</li></ul>
<h3>Requirements</h3><ul><li>3+ years of experience in community work.</li><li>Fluent English.</li></ul>
<p>Full-time, remote. Apply with your CV.</p></main></body></html>`;

function reasonOf(read: PageRead): string {
  return read.kind === 'not-a-posting' ? read.reason : `posting: ${read.posting.title}`;
}

describe('readPage', () => {
  it('says a blank page has no text yet', () => {
    expect(reasonOf(readPageFromHtml('<html><body><div id="app"></div></body></html>', 'https://example.com/jobs/1'))).toMatch(/almost no text/);
  });

  it('says a PDF viewer page is a PDF, not an empty page', () => {
    const viewer = '<html><body style="margin:0"><embed type="application/pdf" src="about:blank" width="100%" height="100%"></body></html>';
    expect(reasonOf(readPageFromHtml(viewer, 'https://www.indeed.com/career-advice/salary-guide.pdf'))).toMatch(/PDF document/);
  });

  it('says a sign-in form with little else is a login wall', () => {
    const html = '<html><body><form><input name="u"><input type="password" name="p"><button>Sign in</button></form></body></html>';
    expect(reasonOf(readPageFromHtml(html, 'https://example.com/login'))).toMatch(/sign in/);
  });

  it('says an article is not a job posting', () => {
    expect(reasonOf(readPageFromHtml(ARTICLE, 'https://blog.example.com/plants'))).toMatch(/does not read like a job posting/);
  });

  it('reads the article anyway when asked to (the side panel\'s "analyse anyway")', () => {
    const read = readPageFromHtml(ARTICLE, 'https://blog.example.com/plants', { force: true });
    expect(read.kind).toBe('posting');
    if (read.kind === 'posting') {
      expect(read.posting.method).toBe('readability');
      expect(read.posting.description).toContain('Snake plants tolerate low light');
    }
  });

  it('reads a careers page with no adapter and no JSON-LD by Readability, without its menu', () => {
    const read = readPageFromHtml(POSTING_PAGE, 'https://acme.example.com/careers/community-manager');
    expect(read).toMatchObject({
      kind: 'posting',
      posting: { title: 'Community Manager', method: 'readability', site: null, url: 'https://acme.example.com/careers/community-manager' },
    });
    if (read.kind === 'posting') {
      expect(read.posting.description).toContain('• Plan meetups and online events.');
      expect(read.posting.description).not.toContain('About');
    }
  });

  it('never changes the page it reads', () => {
    withDocument(POSTING_PAGE, null, (doc) => {
      const before = doc.documentElement.outerHTML;
      readPage(doc, new URL('https://acme.example.com/careers/community-manager'));
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });

  it('takes the address of a saved file from its canonical link', () => {
    const html = '<html><head><link rel="canonical" href="https://www.indeed.com/viewjob?jk=0123456789abcdef"></head><body></body></html>';
    expect(withDocument(html, null, (doc) => pageAddress(doc, new URL('file:///tmp/page.html'))?.hostname)).toBe('www.indeed.com');
  });

  it('says LinkedIn\'s sign-in wall asks the user to sign in', () => {
    const html = '<html><body><h1>Join LinkedIn</h1><p>Sign in to see this job.</p></body></html>';
    expect(reasonOf(readPageFromHtml(html, 'https://www.linkedin.com/authwall?trk=public_jobs'))).toMatch(/sign in/);
  });

  it('leaves a page only Readability can read to readPage, so the content script can pass it on', () => {
    const structured = withDocument(POSTING_PAGE, 'https://acme.example.com/careers/community-manager', (doc, url) =>
      readStructured(doc, url).read,
    );
    expect(structured).toBeNull();
  });

  it('prefers the site adapter to the JSON-LD on the same page', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"From JSON-LD","description":"<p>Text.</p>"}</script></head>
      <body><div data-ui="job-title">From the page</div><div data-ui="job-description"><p>We hire.</p></div></body></html>`;
    expect(readPageFromHtml(html, 'https://apply.workable.com/acme/j/1/')).toMatchObject({
      kind: 'posting',
      posting: { title: 'From the page', method: 'adapter', site: 'workable' },
    });
  });
});

describe('the Indeed search pane', () => {
  // Shape of the 2026 pane (indeed__serp-vjk-pane-humana-research-scientist-2026), cut down.
  const pane = (jobKey: string) => `<html><body><div id="mosaic-provider-jobcards"><a data-jk="${jobKey}">Card</a></div>
    <div id="jobsearch-ViewjobPaneWrapper">
      <h2 data-testid="jobsearch-JobInfoHeader-title"><span>Research Scientist<span> - job post</span></span></h2>
      <div data-testid="inlineHeader-companyName"><a href="/cmp/Acme?fromjk=${jobKey}">Acme</a></div>
      <div data-testid="inlineHeader-companyLocation">Remote</div>
      <div id="salaryInfoAndJobType"><span>Estimated $78,400 - $107,800 a year</span><span> - Full-time</span></div>
      <div id="jobDescriptionText"><p>Design and run studies.</p></div>
    </div></body></html>`;

  it('reads the job the pane shows when it is the job in the address (vjk)', () => {
    const read = readPageFromHtml(pane('4c819be57353b91d'), 'https://www.indeed.com/jobs?q=python&vjk=4c819be57353b91d');
    expect(read).toMatchObject({ kind: 'posting', posting: { title: 'Research Scientist', company: 'Acme', site: 'indeed' } });
  });

  it('keeps "Estimated" pay apart as Indeed\'s estimate', () => {
    const read = readPageFromHtml(pane('4c819be57353b91d'), 'https://www.indeed.com/jobs?q=python&vjk=4c819be57353b91d');
    expect(read).toMatchObject({ kind: 'posting', posting: { payText: null, payEstimateText: 'Estimated $78,400 - $107,800 a year' } });
  });

  it('waits while the pane still shows the previous job after a click', () => {
    const read = readPageFromHtml(pane('4c819be57353b91d'), 'https://www.indeed.com/jobs?q=python&vjk=ffffffffffffffff');
    expect(reasonOf(read)).toMatch(/still loading/);
  });

  it('says a results list with no job open is not a posting', () => {
    const html = '<html><body><div id="mosaic-provider-jobcards"><ul><li><a data-jk="4c819be57353b91d">Research Scientist</a></li></ul></div></body></html>';
    expect(reasonOf(readPageFromHtml(html, 'https://www.indeed.com/jobs?q=python'))).toMatch(/list of search results/);
  });
});
