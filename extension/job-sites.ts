// The job sites whose pages the content script reads by itself (its `matches`). Every other page can
// still be read through "Analyse anyway" (activeTab + scripting), which needs no standing access.
// Indeed serves every country from <cc>.indeed.com; its older country domains redirect there.
// Hosts are the boards' own where a site has them (boards.greenhouse.io, not app.greenhouse.io
// where recruiters work; apply.workable.com, not the vendor's www site). The scheme stays `*`: the
// browser tests serve the saved pages over plain http under the real host names.

export const JOB_SITE_MATCHES: readonly string[] = [
  '*://*.indeed.com/*',
  '*://*.linkedin.com/*',
  '*://www.glassdoor.com/*',
  '*://www.glassdoor.co.uk/*',
  '*://www.glassdoor.ca/*',
  '*://www.glassdoor.co.in/*',
  '*://www.glassdoor.com.au/*',
  '*://www.glassdoor.de/*',
  '*://www.glassdoor.fr/*',
  '*://www.ziprecruiter.com/*',
  '*://www.ziprecruiter.co.uk/*',
  '*://www.ziprecruiter.ca/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://apply.workable.com/*',
  '*://jobs.workable.com/*',
];

/**
 * Whether an address names the job a search page shows in its pane (Indeed's `vjk`, LinkedIn's
 * `currentJobId`): such a page that shows no posting yet is most likely still filling the pane.
 * A job's own page (/viewjob?jk=) arrives whole, so "no posting" there is an answer, not a wait.
 */
export function namesAJob(url: string | null): boolean {
  if (url === null) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname;
  if (/(^|\.)indeed\.com$/.test(host)) return u.searchParams.has('vjk');
  if (/(^|\.)linkedin\.com$/.test(host)) return u.searchParams.has('currentJobId');
  return false;
}

/** How long a job's address may show no posting before the panel says so: Indeed's pane can take ~10 s. */
export const JOB_LOAD_LIMIT_MS = 20_000;

/** The panel's wait for a job's pane: still waiting, given up, or not waiting at all. */
export type JobWait = 'waiting' | 'timed-out' | null;
