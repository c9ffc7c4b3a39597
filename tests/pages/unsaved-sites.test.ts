// Adapters for sites with no real saved page (ZipRecruiter, Lever, SmartRecruiters, Workday's
// rendered job view). The markup below is invented, cut down to each site's public hooks as the
// adapters' comments describe them; it proves the reading code, not the hooks. A real saved page
// replaces each case as soon as one is available.

import { describe, expect, it } from 'vitest';
import type { PageRead } from '../../analyzers/types';
import { readPageFromHtml } from '../../cli/page';

function postingOf(read: PageRead): Record<string, unknown> {
  if (read.kind !== 'posting') throw new Error(read.reason);
  return { ...read.posting };
}

describe('sites without a saved page', () => {
  it('reads a ZipRecruiter job card: title, /co/ company, place line and pay line', () => {
    const html = `<html><body><div data-testid="seo-job-page-two-pane"><div data-testid="right-pane">
      <div><h1>Production Supervisor</h1><a href="/co/Acme">Acme Studios</a><p>Burbank, CA • On-site</p><p>$80K - $95K/yr</p></div>
      <h2>Job description</h2><div class="whitespace-pre-line">We make films.<ul><li>Keep schedules</li></ul></div>
      <div><h2>Similar Jobs</h2><p>Another job</p></div></div></div></body></html>`;
    expect(postingOf(readPageFromHtml(html, 'https://www.ziprecruiter.com/c/Acme/Job/Production-Supervisor'))).toMatchObject({
      title: 'Production Supervisor', company: 'Acme Studios', location: 'Burbank, CA', payText: '$80K - $95K/yr',
      description: 'We make films.\n• Keep schedules', site: 'ziprecruiter', method: 'adapter',
    });
  });

  it('reads a Lever posting: headline, categories, every section but the apply block', () => {
    const html = `<html><head><title>Acme - Allocation Analyst</title></head><body><div class="content-wrapper posting-page"><div class="content">
      <div class="section-wrapper page-full-width"><div class="section page-centered posting-header">
        <div class="posting-headline"><h2>Allocation Analyst</h2>
        <div class="posting-categories"><div class="location">Boston, MA /</div><div class="workplaceTypes">Hybrid</div></div></div></div></div>
      <div class="section-wrapper page-full-width">
        <div class="section page-centered" data-qa="job-description"><p>Acme is hiring an analyst.</p></div>
        <div class="section page-centered"><h3>Responsibilities</h3><ul><li>Plan allocations</li></ul></div>
        <div class="section page-centered last-section-apply"><a class="postings-btn">Apply for this job</a></div>
      </div></div></div></body></html>`;
    expect(postingOf(readPageFromHtml(html, 'https://jobs.lever.co/acme/1234'))).toMatchObject({
      title: 'Allocation Analyst', company: 'Acme', location: 'Boston, MA',
      description: 'Acme is hiring an analyst.\nResponsibilities\n• Plan allocations', site: 'lever',
    });
  });

  it('reads a SmartRecruiters posting: microdata company, spl-job-location and the numbered sections', () => {
    const html = `<html><body><main itemscope itemtype="http://schema.org/JobPosting">
      <span itemprop="hiringOrganization" itemscope><meta itemprop="name" content="Acme Corp"></span>
      <h1 class="job-title" itemprop="title">Data Analyst</h1>
      <spl-job-location formattedaddress="Tel Aviv, Israel" workplacetype="remote"></spl-job-location>
      <div class="job-sections" itemprop="description">
        <section id="st-jobDescription"><h2>Job Description</h2><p>Analyse sales data.</p></section>
        <section id="st-qualifications"><h2>Qualifications</h2><ul><li>SQL</li></ul></section>
      </div></main></body></html>`;
    expect(postingOf(readPageFromHtml(html, 'https://jobs.smartrecruiters.com/AcmeCorp/1-data-analyst'))).toMatchObject({
      title: 'Data Analyst', company: 'Acme Corp', location: 'Remote (Tel Aviv, Israel)',
      description: 'Job Description\nAnalyse sales data.\nQualifications\n• SQL', site: 'smartrecruiters',
    });
  });

  it('reads a rendered Workday job view, with the employer from its JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Content Manager",
      "description":"Server copy.","hiringOrganization":{"name":"Acme Canada Co."}}</script></head><body>
      <h2 data-automation-id="jobPostingHeader">Content Manager</h2>
      <div data-automation-id="locations"><dt>locations</dt><dd>Montreal, QC</dd></div>
      <div data-automation-id="jobPostingDescription"><p>Lead our content team.</p></div></body></html>`;
    expect(postingOf(readPageFromHtml(html, 'https://acme.wd1.myworkdayjobs.com/en-US/Ext/job/Content-Manager_1'))).toMatchObject({
      title: 'Content Manager', company: 'Acme Canada Co.', location: 'Montreal, QC',
      description: 'Lead our content team.', site: 'workday', method: 'adapter',
    });
  });
});
