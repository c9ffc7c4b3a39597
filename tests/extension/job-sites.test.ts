// Which addresses name one job: a page there that shows no posting is still loading its pane.

import { describe, expect, it } from 'vitest';
import { namesAJob } from '../../extension/job-sites';

describe('an address that names one job', () => {
  it.each([
    'https://www.indeed.com/jobs?q=lab+analyst&l=Austin&vjk=6f1b2c3d4e5f6a7b',
    'http://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    'https://www.linkedin.com/jobs/search/?currentJobId=3912345678',
    'https://www.linkedin.com/jobs/view/3912345678/',
    'https://www.glassdoor.com/job-listing/social-media-coordinator-JV_IC1139761.htm?jl=1009',
  ])('%s names a job', (url) => {
    expect(namesAJob(url)).toBe(true);
  });

  it.each([
    'https://www.indeed.com/jobs?q=lab+analyst&l=Austin',
    'https://www.indeed.com/career-advice/thank-you-note',
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
