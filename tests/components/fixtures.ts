// Reports for the component tests, made by hand so that each test controls what the panel gets.
// Invented: the words come from ../../public/sample-posting.txt, the figures are round numbers.

import type { Report } from '../../analyzers/types';

export const SAMPLE_REPORT: Report = {
  ok: true,
  source: { site: 'indeed', method: 'adapter', url: 'https://www.indeed.com/viewjob?jk=0123456789abcdef' },
  posting: {
    title: 'Social Media Coordinator',
    company: 'Harbor & Pine Outfitters',
    location: 'Austin, TX',
    language: 'en',
    description: 'Develop and own our social media strategy…',
  },
  pay: {
    min: 42000, max: 46000, period: 'year', currency: 'USD', annual: { min: 42000, max: 46000 }, estimated: false,
    evidence: '$42,000 - $46,000 a year',
  },
  payEstimate: null,
  occupation: { soc: '27-3031', title: 'Public Relations Specialists', confidence: 'high', alternatives: [{ soc: '13-1161', title: 'Market Research Analysts and Marketing Specialists' }], evidence: 'Social Media Coordinator', chosenBy: 'posting', socialMediaWork: true, jobZone: 4 },
  payTerms: null,
  experience: { minYears: 5, maxYears: null, required: true, evidence: ['5+ years of social media marketing experience'] },
  seniority: {
    stated: 'entry',
    scope: 'senior',
    signals: [
      { kind: 'title', level: 'entry', evidence: 'Coordinator' },
      { kind: 'duty', level: 'senior', evidence: 'Develop and own our social media strategy' },
    ],
  },
  responsibilities: [
    { text: 'Develop and own our social media strategy across Instagram, TikTok, LinkedIn and YouTube, and set quarterly KPIs', areas: ['strategy'] },
    { text: 'Manage the paid social budget and run ad campaigns on Meta and TikTok', areas: ['paid', 'strategy'] },
    { text: 'Respond to comments and DMs, including customer service questions and complaints, within one hour', areas: ['community', 'care'] },
    { text: 'Benefits include a discount', areas: [] },
  ],
  scope: {
    areas: ['strategy', 'paid', 'community'],
    conditions: ['always-on'],
    rolesBundled: 3,
    conditionEvidence: { 'always-on': 'Be available nights and weekends to monitor our channels' },
  },
  benchmark: { soc: '27-3031', basis: { place: 'state', occupation: 'detailed', code: '27-3031', note: null }, level: 'senior', region: 'US-TX', annual: { p25: 60000, p50: 72000, p75: 88000 }, currency: 'USD', source: 'BLS OEWS May 2025, 27-3031', payPercentile: 4 },
  market: {
    scope: { soc: '27-3031', basis: { place: 'state', occupation: 'detailed', code: '27-3031', note: null }, level: 'senior', region: 'US-TX', annual: { p25: 60000, p50: 72000, p75: 88000 }, currency: 'USD', source: 'BLS OEWS May 2025, 27-3031' },
    stated: { soc: '27-3031', basis: { place: 'state', occupation: 'detailed', code: '27-3031', note: null }, level: 'entry', region: 'US-TX', annual: { p25: 38000, p50: 44000, p75: 51000 }, currency: 'USD', source: 'BLS OEWS May 2025, 27-3031' },
  },
  score: { overall: 31, verdict: 'underpaid', reason: 'pay-benchmarked', parts: { pay: 8, level: 35, load: 45, clarity: 85 } },
  flags: [
    { id: 'hype-words', severity: 'low', message: 'Uses hype words for the role.', evidence: 'A social media ninja who lives online' },
    { id: 'entry-title-senior-scope', severity: 'high', message: 'An entry-level title over senior duties.', evidence: 'Coordinator' },
    { id: 'always-on', severity: 'medium', message: 'Expects nights and weekends.', evidence: 'Be available nights and weekends to monitor our channels' },
    { id: 'roles-bundled', severity: 'high', message: 'About 3 jobs in one.', evidence: 'Manage the paid social budget' },
  ],
  fixes: [{ id: 'split-role', message: 'Move paid social into a second role.', resolves: ['roles-bundled'], scoreAfter: 52 }],
  transparency: { asOf: '2026-01-01', checks: [], disclaimer: 'Not legal advice.' },
  wording: {
    summary: 'balanced: 0 masculine-coded vs 1 feminine-coded; 2 clichés',
    coded: { masculine: 0, feminine: 1, lean: 'neutral' },
    items: [
      { id: 'cliche:wear-many-hats:wear many hats', category: 'cliche', term: 'wear many hats', evidence: 'wear many hats', suggestion: 'take on a varied mix of tasks', source: 'ScopeFit’s list' },
      { id: 'cliche:ninja:ninja', category: 'cliche', term: 'ninja', evidence: 'ninja', suggestion: 'expert', source: 'ScopeFit’s list' },
      { id: 'feminine-coded:respon:respond', category: 'feminine-coded', term: 'respon*', evidence: 'Respond', suggestion: null, source: 'Gaucher, Friesen & Kay (2011)' },
    ],
  },
};

/** A posting with no pay, no market figures, no duties: the panel must still say something true. */
export const BARE_REPORT: Report = {
  ...SAMPLE_REPORT,
  pay: null,
  experience: null,
  seniority: { stated: 'mid', scope: 'mid', signals: [] },
  responsibilities: [],
  scope: { areas: [], conditions: [], rolesBundled: 0 },
  benchmark: null,
  market: null,
  score: { overall: 50, verdict: 'unclear', reason: 'no-pay', parts: { pay: null, level: 50, load: 50, clarity: 50 } },
  flags: [],
  fixes: [],
};

export function withReport(patch: Partial<Report>): Report {
  return { ...SAMPLE_REPORT, ...patch };
}
