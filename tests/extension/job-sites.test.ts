// Which addresses name the job a search page's pane shows: "no posting" there means the pane is still filling.

import { describe, expect, it } from 'vitest';
import { namesAJob } from '../../extension/job-sites';

describe('an address that names one job', () => {
  it.each([
    'https://www.indeed.com/jobs?q=lab+analyst&l=Austin&vjk=6f1b2c3d4e5f6a7b',
    'https://www.linkedin.com/jobs/search/?currentJobId=3912345678',
  ])('%s names a job in a pane', (url) => {
    expect(namesAJob(url)).toBe(true);
  });

  it.each([
    'https://www.indeed.com/jobs?q=lab+analyst&l=Austin',
    'https://www.indeed.com/career-advice/thank-you-note',
    // A job's own page arrives whole: no posting there is an answer (tests/e2e/hostile.test.ts).
    'http://www.indeed.com/endless?jk=0000000endless1',
    'http://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    'https://www.linkedin.com/feed/',
    'https://example.com/viewjob?jk=1',
    'not a url',
  ])('%s does not', (url) => {
    expect(namesAJob(url)).toBe(false);
  });

  it('is false with no address', () => {
    expect(namesAJob(null)).toBe(false);
  });
});
