// A page's script can put megabytes in a title (tests/e2e/page-attacks.test.ts): whatever reads a
// page keeps at most FIELD_MAX_CHARS of each short field and URL_MAX_CHARS of its address.
// Page: tests/e2e/pages/sample-viewjob.html (ScopeFit's own sample in Indeed's markup).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capField, FIELD_MAX_CHARS, URL_MAX_CHARS } from '../../analyzers/sites/address';
import { readPageFromHtml } from '../../cli/page';

const SAMPLE = readFileSync(path.resolve(__dirname, '../e2e/pages/sample-viewjob.html'), 'utf8');
const postingOf = (html: string, url: string) => {
  const read = readPageFromHtml(html, url);
  if (read.kind !== 'posting') throw new Error(read.reason);
  return read.posting;
};

describe('the short fields of a posting read from a page', () => {
  it('are capped, the title cut at a word with an ellipsis', () => {
    const words = 'Coordinator of Everything '.repeat(200_000);
    const html = SAMPLE.replace('Social Media Coordinator<span>', `Social Media ${words}<span>`).replace('Harbor &amp; Pine Outfitters</div>', `${'Pine '.repeat(100_000)}</div>`);
    const posting = postingOf(html, 'https://www.indeed.com/viewjob?jk=0123456789abcdef');
    expect(posting.title.length).toBeLessThanOrEqual(FIELD_MAX_CHARS);
    expect(posting.title).toMatch(/^Social Media Coordinator of Everything .*\w…$/);
    expect(posting.company?.length).toBeLessThanOrEqual(FIELD_MAX_CHARS);
    expect(posting.description).toContain('Develop and own our social media strategy');
  });

  it('leave an ordinary posting as it is', () => {
    const posting = postingOf(SAMPLE, 'https://www.indeed.com/viewjob?jk=0123456789abcdef');
    expect(posting.title).toBe('Social Media Coordinator');
    expect(posting.company).toBe('Harbor & Pine Outfitters');
    expect(posting.url).toBe('https://www.indeed.com/viewjob?jk=0123456789abcdef');
  });

  it('drop an address longer than URL_MAX_CHARS instead of storing it', () => {
    const long = `https://www.indeed.com/viewjob?jk=0123456789abcdef&x=${'a'.repeat(URL_MAX_CHARS)}`;
    expect(postingOf(SAMPLE, long).url).toBeNull();
  });

  it('cut a word-less string at the cap', () => {
    expect(capField('A'.repeat(5000))).toBe(`${'A'.repeat(FIELD_MAX_CHARS - 1)}…`);
    expect(capField('short')).toBe('short');
  });
});
