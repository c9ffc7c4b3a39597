// "Analyse anyway" on an application form scored its equal-opportunity survey as duties: a page that
// is mostly a form is declined, forced or not, while a posting with an apply form under it is read.
// Pages: an application step written for this test (invented employer, questions as application
// forms ask them), and tests/e2e/pages/sample-viewjob.html with such a form appended.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFromHtml } from '../../cli/page';

const SAMPLE = readFileSync(path.resolve(__dirname, '../e2e/pages/sample-viewjob.html'), 'utf8');
const field = (label: string, type = 'text') => `<label>${label} <input type="${type}" name="${label.toLowerCase().replace(/\W+/g, '-')}"></label>`;
const FORM = `<form action="/submit">
  <h2>My Information</h2>${['First Name', 'Last Name', 'Email', 'Phone', 'Address', 'City'].map((l) => field(l)).join('')}
  <h2>My Experience</h2><label>Work history <textarea name="history"></textarea></label>
  <h2>Voluntary Disclosures</h2>
  <p>We are an equal opportunity employer. Please tell us your gender, race or ethnicity, and veteran status. Providing this information is voluntary and will not affect your application.</p>
  <label>Gender <select name="gender"><option>Decline to answer</option></select></label>
  <label>Veteran status <select name="veteran"><option>Decline to answer</option></select></label>
  <label>Disability <select name="disability"><option>Decline to answer</option></select></label>
  <button type="submit">Save and Continue</button>
</form>`;
const APPLY_STEP = `<!doctype html><html lang="en"><head><title>Apply - Social Media Coordinator - Harbor &amp; Pine Outfitters</title></head>
<body><header><h1>Social Media Coordinator</h1><p>Step 2 of 4: My Experience</p></header><main>${FORM}</main></body></html>`;

describe('an application form', () => {
  it.each([false, true])('is declined with a sentence saying why (force: %s)', (force) => {
    const read = readPageFromHtml(APPLY_STEP, 'https://careers.harbor-pine.example/jobs/123/apply', { force });
    expect(read.kind).toBe('not-a-posting');
    expect(read.kind === 'not-a-posting' && read.reason).toMatch(/application form/);
  });

  it('under a posting does not stop the posting from being read', () => {
    const page = SAMPLE.replace('</body>', `${FORM}</body>`);
    const read = readPageFromHtml(page, 'https://careers.harbor-pine.example/jobs/123', { force: true });
    expect(read.kind === 'posting' && read.posting.title).toBe('Social Media Coordinator');
  });
});
