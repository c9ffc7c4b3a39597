// analyze(): the one entry point. A posting in, the report of report-contract.md out. Pure: the
// side panel, the audit page, the command line and the tests all call this and nothing else.

import { readPosting } from './posting';
import type { ErrorCode, FailedReport, PostingInput, Report } from './types';

export interface AnalyzeOptions {
  /** "City, ST" used when the posting is remote or names no place (the user's home location). */
  readonly homeLocation?: string | null;
  /** Overrides the posting's own location (the command line's --location). */
  readonly location?: string | null;
  /** Hours in a full-time year for hourly pay; 2,080 unless the user says otherwise. */
  readonly hoursPerYear?: number;
  /** Today, for laws that take effect on a date. */
  readonly today?: Date;
}

export function failure(code: ErrorCode, message: string, input?: string): FailedReport {
  return input === undefined ? { ok: false, error: { code, message } } : { ok: false, input, error: { code, message } };
}

export function analyze(input: PostingInput, options: AnalyzeOptions = {}): Report {
  const posting = readPosting(options.location ? { ...input, location: options.location } : input);
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
    pay: null,
    payEstimate: null,
    experience: null,
    seniority: { stated: 'mid', scope: 'mid', signals: [] },
    responsibilities: [],
    scope: { areas: [], conditions: [], rolesBundled: 0 },
    benchmark: null,
    market: null,
    score: { overall: 50, verdict: 'unclear', parts: { pay: null, level: 50, load: 50, clarity: 50 } },
    flags: [],
    fixes: [],
  };
}
