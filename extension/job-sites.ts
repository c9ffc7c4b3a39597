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
