// analyze(): the one entry point. A posting in, the report of report-contract.md out. Pure: the
// side panel, the audit page, the command line and the tests all call this and nothing else.

import { marketRate, payPercentile } from './benchmark';
import { readConditions } from './conditions';
import { readExperience } from './experience';
import { fixesFor } from './fixes';
import { isRemoteLocation, locationOnBoard, regionOf } from './location';
import { readPay } from './pay';
import { filled, midpointOf } from './pay/bounds';
import { readPosting } from './posting';
import { readResponsibilities } from './responsibilities';
import { familiesBundled, tallyAreas } from './scope';
import { flagsOf, score, type ScoreInput } from './score';
import { readSeniority } from './seniority';
import { checkPayTransparency } from './transparency';
import type { Benchmark, ErrorCode, FailedReport, Flag, PostingInput, Report } from './types';

export interface AnalyzeOptions {
  /** "City, ST" used when the posting is remote or names no place (the user's home location). */
  readonly homeLocation?: string | null;
  /** Overrides the posting's own location (the command line's --location). */
  readonly location?: string | null;
  /** Hours in a full-time year for hourly pay; 2,080 unless the user says otherwise. */
  readonly hoursPerYear?: number;
  /** The posting's country, ISO 3166 alpha-2, when known: a "$" is then its dollar or peso. */
  readonly country?: string | null;
  /** Today, for laws that take effect on a date. */
  readonly today?: Date;
}

export function failure(code: ErrorCode, message: string, input?: string): FailedReport {
  return input === undefined ? { ok: false, error: { code, message } } : { ok: false, input, error: { code, message } };
}

export function analyze(input: PostingInput, options: AnalyzeOptions = {}): Report {
  const posting = readPosting(options.location ? { ...input, location: options.location } : input);
  const { pay, estimate, payTerms } = readPay(posting, { hoursPerYear: options.hoursPerYear, country: options.country ?? null });
  const experience = readExperience(posting);
  const english = posting.language === 'en';
  // Duties, levels and areas are read with English words: other languages get pay and years only.
  const duties = english ? readResponsibilities(posting) : [];
  const seniority = readSeniority(posting.title, duties, experience);
  const conditions = english ? readConditions(posting) : [];
  const families = familiesBundled(duties);
  const areas = tallyAreas(duties).map((t) => t.area);

  // Where the pay and the laws are read for: the posting's place, or its board's country.
  const place = locationOnBoard(posting.location, input.url);
  const region = regionOf(place, options.homeLocation ?? null);
  // US wage data says nothing of a job abroad or one paid in another currency: no figure beats a wrong one.
  const benchmarkable = english && region.kind !== 'foreign' && (pay === null || pay.currency === 'USD');
  const market = benchmarkable ? { scope: marketRate(seniority.scope, region), stated: marketRate(seniority.stated, region) } : null;
  let benchmark: Benchmark | null = null;
  if (market && pay && pay.currency === 'USD' && !pay.implausible) {
    const midpoint = midpointOf(pay.annual); // an open-ended figure by its one bound
    benchmark = { ...market.scope, payPercentile: payPercentile(midpoint, seniority.scope, region) };
  }

  const scoreInput: ScoreInput = {
    pay,
    payEstimate: estimate,
    payTerms,
    payPercentile: benchmark?.payPercentile ?? null,
    seniority,
    experience,
    duties,
    families,
    conditions,
    descriptionWords: posting.description.split(/\s+/).filter(Boolean).length,
  };
  const scored = score(scoreInput);
  const transparency = checkPayTransparency({
    location: place,
    remote: isRemoteLocation(place),
    pay: pay ? filled(pay.annual) : null, // "up to $X" is a single figure, not a range
    today: options.today ?? new Date(),
  });
  const transparencyFlags: Flag[] = transparency.checks
    .filter((c) => c.outcome === 'falls-short')
    .map((c) => ({
      id: `pay-transparency-${c.lawId}`,
      severity: c.basis === 'location' ? 'high' : 'medium',
      message: `${c.message} Applies to ${c.employers}${c.condition ? ` (${c.condition})` : ''}. Not legal advice.`,
      evidence: pay?.evidence ?? posting.location ?? place ?? '',
    }));
  const flags = [...(english ? flagsOf(scoreInput, scored.verdict, posting.description) : []), ...transparencyFlags];
  const fixes = english ? fixesFor({ input: scoreInput, flags, scopeRate: market?.scope ?? null }) : [];
  const unsupported = english
    ? undefined
    : { reason: `Postings in ${posting.language === 'de' ? 'German' : 'this language'} are not supported yet: pay and years are read, but duties, level and verdict are not.` };

  return {
    ok: true,
    source: { site: posting.site, method: posting.method, url: posting.url },
    posting: {
      title: posting.title,
      company: posting.company,
      location: posting.location,
      language: posting.language,
      description: posting.description,
    },
    pay,
    payEstimate: estimate,
    payTerms,
    experience,
    seniority,
    responsibilities: duties.filter((d) => d.from !== 'requirements').map((d) => ({ text: d.text, areas: d.areas })),
    scope: {
      areas,
      conditions: conditions.map((c) => c.condition),
      rolesBundled: families.length,
      conditionEvidence: Object.fromEntries(conditions.map((c) => [c.condition, c.evidence])),
    },
    benchmark,
    market,
    score: english ? scored : { ...scored, verdict: 'unclear' },
    flags,
    fixes,
    transparency,
    ...(unsupported ? { unsupported } : {}),
  };
}
