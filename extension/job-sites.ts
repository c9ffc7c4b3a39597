// The job sites whose pages the content script reads by itself (its `matches`). Every other page can
// still be read through "Analyse anyway" (activeTab + scripting), which needs no standing access.
// Indeed serves every country from <cc>.indeed.com; its older country domains redirect there.

export const JOB_SITE_MATCHES: readonly string[] = [
  '*://*.indeed.com/*',
  '*://*.linkedin.com/*',
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.glassdoor.ca/*',
  '*://*.glassdoor.co.in/*',
  '*://*.glassdoor.com.au/*',
  '*://*.glassdoor.de/*',
  '*://*.glassdoor.fr/*',
  '*://*.ziprecruiter.com/*',
  '*://*.ziprecruiter.co.uk/*',
  '*://*.ziprecruiter.ca/*',
  '*://*.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.smartrecruiters.com/*',
  '*://*.workable.com/*',
];
