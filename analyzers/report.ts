// analyze(): the one entry point. A posting in, the report of report-contract.md out. Pure: the
// side panel, the audit page, the command line and the tests all call this and nothing else.

import { countryName, isUsJob, postingCountry } from './country';
import { languageName } from './language';
import { readConditions } from './conditions';
import { readExperience } from './experience';
import { fixesFor } from './fixes';
import { readFreshness } from './freshness';
import { isRemoteLocation, locationOnBoard, regionOf } from './location';
import { readPay } from './pay';
import { filled, midpointOf } from './pay/bounds';
import { readPosting } from './posting';
import { readResponsibilities } from './responsibilities';
import { familiesBundled, tallyAreas } from './scope';
import { flagsOf, score, type ScoreInput } from './score';
import { readSeniority } from './seniority';
import { chooseOccupation, classifyOccupation, titleNamesSocialMediaWork } from './occupation';
import { occupationRate, percentileIn } from './wages';
import { checkPayTransparency, type TransparencyResult } from './transparency';
import { vocabularyFor } from './vocabulary/index';
import { checkWording } from './wording';
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
  /** The occupation the user picked for this posting (an OEWS code), over the one the posting implies. */
  readonly occupation?: string | null;
}

/** One flag for every pay-transparency law the posting falls short of, the laws listed in it. */
function transparencyFlagOf(result: TransparencyResult, evidence: string): Flag | null {
  const short = result.checks.filter((c) => c.outcome === 'falls-short');
  if (short.length === 0) return null;
  const where = short.some((c) => c.basis === 'location');
  const laws = short.map((c) => `${c.jurisdiction}${c.basis === 'location' ? '' : ' (remote work open to people there)'}`);
  return {
    id: 'pay-transparency',
    severity: where ? 'high' : 'medium',
    message: `${short.length === 1 ? 'A pay-transparency law asks' : `${short.length} pay-transparency laws ask`} for pay in the posting that this one does not give: ${laws.join('; ')}. Each applies only to some employers. Not legal advice.`,
    evidence,
  };
}

export function failure(code: ErrorCode, message: string, input?: string): FailedReport {
  return input === undefined ? { ok: false, error: { code, message } } : { ok: false, input, error: { code, message } };
}

export function analyze(input: PostingInput, options: AnalyzeOptions = {}): Report {
  const posting = readPosting(options.location ? { ...input, location: options.location } : input);
  // Where the pay and the laws are read for: the posting's place, or its board's country. The country
  // from the place, the board or the home location decides what "$" means ("$20,000 por mes" on an
  // Indeed Mexico page is pesos); the currency is the last resort, after the pay is read.
  const place = locationOnBoard(posting.location, input.url);
  const countryBeforePay = postingCountry(place, { url: input.url, homeLocation: options.homeLocation ?? null });
  const knownCountry = options.country ?? countryBeforePay?.code ?? null;
  const { pay, estimate, payTerms } = readPay(posting, { hoursPerYear: options.hoursPerYear, country: knownCountry });
  const experience = readExperience(posting);
  // What job this is decides whose wages the pay is weighed against, and whether the social-media
  // analysis (its 16 areas, "N jobs in one", their flags and fixes) applies at all.
  const picked = options.occupation ? chooseOccupation(options.occupation, posting) : null;
  const occupation = picked ?? classifyOccupation(posting);
  // The occupation titles are English (O*NET, BLS): a German or French title is read by its words
  // for social-media and communications work instead ("Chargé(e) de communication et réseaux sociaux").
  const socialMedia = occupation?.socialMediaWork === true || (posting.language !== 'en' && titleNamesSocialMediaWork(posting.title));
  // Duties, levels, areas and conditions are read in the languages that have a vocabulary
  // (vocabulary/index.ts); the others get pay and years only.
  const vocabulary = vocabularyFor(posting.language);
  const fullyRead = vocabulary !== null;
  const read = vocabulary ? readResponsibilities(posting, vocabulary) : [];
  const duties = socialMedia ? read : read.map((d) => ({ ...d, areas: [] }));
  const seniority = readSeniority(posting.title, duties, experience, vocabulary ?? undefined);
  const conditions = vocabulary ? readConditions(posting, vocabulary) : [];
  const families = familiesBundled(duties, seniority.scope);
  const areas = tallyAreas(duties).map((t) => t.area);

  const region = regionOf(place, options.homeLocation ?? null);
  // US wage data says nothing of a job abroad or one paid in another currency: no figure beats a wrong one.
  // The currency is the chain's last step: asked only when place, board and home location said nothing.
  const country = countryBeforePay ?? postingCountry(place, { url: input.url, homeLocation: options.homeLocation ?? null, currency: (pay ?? estimate)?.currency ?? null });
  const benchmarkable = fullyRead && isUsJob(country) && region.kind !== 'foreign' && (pay === null || pay.currency === 'USD');
  const benchmarkNote = isUsJob(country)
    ? null
    : country === null
      ? 'The posting does not say which country the job is in, so it is not compared with any wage data. Set your home location in the settings to compare remote jobs.'
      : `No wage data for ${countryName(country.code)} is bundled yet: the pay is shown as posted, with no comparison.`;
  const scopeRate = benchmarkable && occupation ? occupationRate(occupation.soc, seniority.scope, region) : null;
  const statedRate = benchmarkable && occupation ? occupationRate(occupation.soc, seniority.stated, region) : null;
  const market = scopeRate && statedRate ? { scope: scopeRate, stated: statedRate } : null;
  let benchmark: Benchmark | null = null;
  if (market && pay && pay.currency === 'USD' && !pay.implausible) {
    const midpoint = midpointOf(pay.annual); // an open-ended figure by its one bound
    benchmark = { ...market.scope, payPercentile: percentileIn(midpoint, market.scope) };
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
  // Laws are checked only where the posting names a place (a remote job's "Remote" line counts: the
  // laws that reach remote work say so); a posting with no place at all is checked against none.
  const transparency = checkPayTransparency({
    location: place,
    remote: place !== null && isRemoteLocation(place),
    pay: pay ? filled(pay.annual) : null, // "up to $X" is a single figure, not a range
    today: options.today ?? new Date(),
  });
  const transparencyFlag = transparencyFlagOf(transparency, pay?.evidence ?? posting.location ?? place ?? '');
  const flags = [...(fullyRead ? flagsOf(scoreInput, scored.verdict, posting.description) : []), ...(transparencyFlag ? [transparencyFlag] : [])];
  const fixes = fullyRead ? fixesFor({ input: scoreInput, flags, scopeRate: market?.scope ?? null, title: posting.title, socialMedia }) : [];
  const unsupported = fullyRead
    ? undefined
    : {
        reason: `${posting.language === 'other' ? 'This posting is in a language ScopeFit does not read yet' : `Postings in ${languageName(posting.language)} are not fully read yet`}: pay and years were read; duties, work areas, level, working conditions, wording, "jobs in one" and the warnings that rest on them were not checked, so there is no verdict.`,
      };

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
    occupation,
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
    country,
    ...(benchmarkNote !== null ? { benchmarkNote } : {}),
    score: fullyRead ? scored : { ...scored, verdict: 'unclear', reason: 'language' },
    flags,
    fixes,
    transparency,
    // The word lists are English; other languages say so in `unsupported`.
    wording: posting.language === 'en' ? checkWording(posting) : null,
    freshness: readFreshness(input.dates, posting.description, options.today ?? new Date()),
    ...(unsupported ? { unsupported } : {}),
  };
}
