// The user's settings: where they live (for remote postings and postings with no place), how many
// hours make their full-time year, and which parts of the report the side panel shows.

export const REPORT_PARTS = ['pay', 'scope', 'level', 'flags', 'fixes'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export const PART_NAME: Readonly<Record<ReportPart, string>> = {
  pay: 'Pay against the market',
  scope: 'Scope: the work areas and duties',
  level: 'Level: stated and implied',
  flags: 'Things to watch',
  fixes: 'Fixes for the person writing the posting',
};

export interface Settings {
  /** "City, ST"; empty when not given. */
  readonly homeLocation: string;
  readonly hoursPerYear: number;
  readonly show: Readonly<Record<ReportPart, boolean>>;
}

/** 40 hours × 52 weeks, the usual US full-time year. */
export const DEFAULT_HOURS_PER_YEAR = 2080;
export const HOURS_PER_YEAR_RANGE = { min: 500, max: 4000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  homeLocation: '',
  hoursPerYear: DEFAULT_HOURS_PER_YEAR,
  // Fixes are advice for whoever wrote the posting: the audit page shows them; the panel only on request.
  show: { pay: true, scope: true, level: true, flags: true, fixes: false },
};

export function validHours(hours: number): boolean {
  return Number.isInteger(hours) && hours >= HOURS_PER_YEAR_RANGE.min && hours <= HOURS_PER_YEAR_RANGE.max;
}

/** Whatever storage holds → whole settings; anything missing or malformed takes its default. */
export function readSettings(raw: unknown): Settings {
  if (raw === null || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const show = typeof r.show === 'object' && r.show !== null ? (r.show as Record<string, unknown>) : {};
  return {
    homeLocation: typeof r.homeLocation === 'string' ? r.homeLocation.trim().slice(0, 100) : DEFAULT_SETTINGS.homeLocation,
    hoursPerYear: typeof r.hoursPerYear === 'number' && validHours(r.hoursPerYear) ? r.hoursPerYear : DEFAULT_SETTINGS.hoursPerYear,
    show: Object.fromEntries(
      REPORT_PARTS.map((part) => [part, typeof show[part] === 'boolean' ? show[part] : DEFAULT_SETTINGS.show[part]]),
    ) as Record<ReportPart, boolean>,
  };
}

/** What analyze() takes from the settings. */
export function analyzeOptions(settings: Settings): { homeLocation: string | null; hoursPerYear: number } {
  return { homeLocation: settings.homeLocation === '' ? null : settings.homeLocation, hoursPerYear: settings.hoursPerYear };
}
