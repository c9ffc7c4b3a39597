// Reading Indeed's pane before the page has finished arriving: the content script asks
// parsedPostingContainer() while the parser is still at work. Fed with the real saved search pages cut
// where a browser could have stopped parsing: inside the pane, and just past it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedPostingContainer, readPage } from '../../analyzers/sites/index';
import { withDocument } from '../../cli/page';
import { paneEnd } from '../indeed-pane';

const PAGES = path.resolve(__dirname, '../../../shared/fixtures/pages');
const SEARCH_PAGES = [
  'indeed__serp-vjk-pane-humana-research-scientist-2026',
  'indeed__serp-vjk-pane-aceone-php-developer-2026',
  'indeed__serp-vjk-pane-ohsu-research-data-analyst-hourly-2026',
];

describe.each(SEARCH_PAGES)('%s, cut while it arrives', (name) => {
  const html = readFileSync(path.join(PAGES, `${name}.html`), 'utf8');
  const jobKey = /"jobKey":"([0-9a-f]+)"/.exec(html)?.[1];
  const url = `https://www.indeed.com/jobs?q=x&vjk=${jobKey}`;
  const end = paneEnd(html);
  const descriptionAt = html.indexOf('id="jobDescriptionText"', html.indexOf('jobsearch-ViewjobPaneWrapper'));

  it('finds no container while the parser is inside the description', () => {
    const cut = html.slice(0, descriptionAt + 2000);
    expect(withDocument(cut, url, (doc, at) => parsedPostingContainer(doc, at!))).toBeNull();
  });

  it('is ready once the parser is past the pane, long before the end of the page', () => {
    const cut = html.slice(0, end + 200);
    expect(cut.length / html.length).toBeLessThan(0.8);
    expect(withDocument(cut, url, (doc, at) => parsedPostingContainer(doc, at!)?.id)).toBe('jobsearch-ViewjobPaneWrapper');
  });

  it('reads then the same posting as from the whole page', () => {
    const early = withDocument(html.slice(0, end + 200), url, (doc, at) => readPage(doc, at));
    const whole = withDocument(html, url, (doc, at) => readPage(doc, at));
    expect(whole.kind).toBe('posting');
    expect(early).toEqual(whole);
  });
});

describe('parsedPostingContainer and the page’s own scripts', () => {
  it('does not take a node a script appended to the body for the parser having passed the pane', () => {
    const html = readFileSync(path.join(PAGES, `${SEARCH_PAGES[0]}.html`), 'utf8');
    const inside = html.indexOf('id="jobDescriptionText"') + 2000;
    const found = withDocument(html.slice(0, inside), 'https://www.indeed.com/jobs?q=x', (doc, at) => {
      doc.body.appendChild(doc.createElement('div'));
      return parsedPostingContainer(doc, at!);
    });
    expect(found).toBeNull();
  });
});

describe('parsedPostingContainer elsewhere', () => {
  it('finds none on a site whose adapter names no container, however complete the page', () => {
    const html = '<html><body><div id="job"><h1>Community Manager</h1><p>Text</p></div><footer>x</footer></body></html>';
    expect(withDocument(html, 'https://boards.greenhouse.io/acme/jobs/1', (doc, at) => parsedPostingContainer(doc, at!))).toBeNull();
  });
});
