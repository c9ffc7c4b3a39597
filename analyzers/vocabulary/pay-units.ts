// The words the pay reader knows: currency signs, period words, multipliers, and the cues that
// tell a salary from every other sum of money a posting mentions (bonuses, funding, allowances).
// Improving recall is adding a word here, with a test in tests/analyzers/pay.test.ts that quotes
// the posting it came from. Matching is case-insensitive unless a list says otherwise.

import type { Period } from '../types';

/**
 * Currency signs and codes as written, longest first so that "US$" wins over "$". A bare "$" is
 * read as USD unless the posting's place says otherwise (see DOLLAR_PLACES).
 */
export const CURRENCY_SIGNS: readonly (readonly [sign: string, iso: string])[] = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['C$', 'CAD'], ['A$', 'AUD'],
  ['USD', 'USD'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['NZD', 'NZD'], ['GBP', 'GBP'], ['EUR', 'EUR'],
  ['INR', 'INR'], ['CHF', 'CHF'], ['Euros', 'EUR'], ['Euro', 'EUR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['£', 'GBP'], ['€', 'EUR'], ['₹', 'INR'], ['$', 'USD'],
];

/** The sign whose currency depends on where the job is. */
export const DOLLAR_SIGN = '$';

/**
 * Where a bare "$" is not the US dollar: words of a posting's location or its URL's host (matched
 * case-sensitively), first match wins. Province and state codes are ones no US state shares.
 */
export const DOLLAR_PLACES: readonly (readonly [currency: string, place: RegExp])[] = [
  // First, so that "Melbourne, FL" (linkedin2023-064) and "London, KY" stay in the US.
  ['USD', /,\s*(AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b|\b(USA|United States)\b/],
  ['CAD', /\b(Canada|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|Edmonton|Winnipeg)\b|,\s*(ON|BC|AB|QC|MB|SK|NS|NB|NL|PE)\b|^ca\.indeed\.com$|\.ca$/],
  ['AUD', /\b(Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|NSW|VIC|QLD|TAS|ACT)\b|^au\.indeed\.com$|\.com\.au$/],
  ['NZD', /\b(New Zealand|Auckland|Wellington|Christchurch)\b|^nz\.indeed\.com$|\.co\.nz$/],
];

/**
 * Roughly how many units of each currency make one US dollar (market rates of 2024, rounded), used
 * only to judge whether a figure is plausible, never to convert it. Currencies not listed count as 1.
 */
export const PLAUSIBILITY_SCALE: Readonly<Record<string, number>> = { INR: 80, JPY: 150 };

/**
 * What a full-time wage can be in each period, in US-dollar-sized units. Outside this the figure
 * is flagged, not changed: "$85,000.00 to $90,000.00 /hour" (glassdoor2020-017) and
 * "$50,000.00 - $70,000.00 Salary/month" (glassdoor2020-026) are yearly salaries with the wrong
 * unit. A month over 30,000 would be a $360,000 year; an hour over 500 a million-dollar year.
 */
export const PLAUSIBLE: Readonly<Record<Period, { readonly min: number; readonly max: number }>> = {
  hour: { min: 2, max: 500 },
  day: { min: 15, max: 4_000 },
  week: { min: 80, max: 20_000 },
  month: { min: 300, max: 30_000 },
  year: { min: 3_000, max: 2_000_000 },
};

/**
 * LABELING.md: where a posting states no period, a figure of 20,000 or more is a year and one
 * under 200 an hour; anything between cannot be placed and is not read.
 */
export const YEAR_FROM = 20_000;
export const HOUR_BELOW = 200;

/** Period words after a figure: nouns take "per", "/", "a(n)"; adverbs stand alone. */
export const PERIOD_NOUNS: Readonly<Record<Period, readonly string[]>> = {
  hour: ['hour', 'hr', 'h', 'stunde', 'std.', 'std'],
  day: ['day', 'tag'],
  week: ['week', 'wk', 'woche'],
  month: ['month', 'mth', 'mo', 'monat'],
  year: ['year', 'yr', 'annum', 'jahr'],
};

export const PERIOD_ADVERBS: Readonly<Record<Period, readonly string[]>> = {
  hour: ['hourly', 'stündlich', 'p.h.'],
  day: ['daily', 'täglich'], // not "per diem": that is a travel allowance, not a day rate
  week: ['weekly', 'wöchentlich'],
  month: ['monthly', 'monatlich', 'mtl.'],
  year: ['annually', 'yearly', 'annual', 'jährlich', 'p.a.', 'pa.'],
};

/**
 * Units a figure can be "per" that are not a period of time the report knows: a piece rate or a
 * pay cycle with no exact year ("$2,187.34/bi-weekly" in linkedin2023-016). A figure in one of
 * these cannot be placed on the time ladder, so it is not read as pay.
 */
export const OTHER_UNITS: readonly string[] = [
  'bi-weekly', 'biweekly', 'bi-monthly', 'bimonthly', 'semi-monthly', 'semimonthly', 'fortnightly', 'fortnight',
  'quarterly', 'quarter', 'quartal', 'semester', 'term', 'shift', 'session', 'video', 'post', 'article', 'piece',
  'project', 'event', 'episode', 'lesson', 'class', 'referral', 'sale', 'lead', 'hire', 'click', 'view', 'mile',
];

/** Words that may sit between a figure and its period: "$50,000.00 Salary/month", "3.800 € brutto monatlich". */
export const PERIOD_FILLERS: readonly string[] = ['brutto', 'gross', 'base salary', 'base', 'salary', 'pay', 'before tax', 'pre-tax', 'pretax'];

/** A period stated before the figure, as an adjective on a pay word: "Monthly Salary: … $3,220 to $4,282". */
export const PERIOD_ADJECTIVES: Readonly<Record<Period, readonly string[]>> = {
  hour: ['hourly'],
  day: ['daily'],
  week: ['weekly'],
  month: ['monthly'],
  year: ['annual', 'annualized', 'annualised', 'yearly'],
};
export const PAY_NOUNS_AFTER_ADJECTIVE: readonly string[] = ['salary', 'pay', 'rate', 'wage', 'compensation', 'income', 'stipend', 'base'];

/** German compounds that carry the period inside the pay word ("Bruttojahresgehalt", "Stundenlohn"). */
export const PERIOD_COMPOUNDS: Readonly<Record<Period, readonly string[]>> = {
  hour: ['stundenlohn', 'stundensatz', 'stundenvergütung'],
  day: ['tagessatz'],
  week: ['wochenlohn'],
  month: ['monatsgehalt', 'monatsbrutto', 'monatslohn', 'monatsvergütung'],
  year: ['jahresgehalt', 'jahresbrutto', 'jahresvergütung', 'jahresentgelt'],
};

/**
 * Multipliers written after a figure. `company` marks sizes no salary is written in: millions and
 * billions in a posting are funding, revenue or payouts ("raised $63M", crocoder-001; "$26M ARR",
 * crocoder-006; "6,4 Milliarden Euro", arbeitsagentur-079).
 */
export const MULTIPLIERS: readonly {
  readonly word: string;
  readonly factor: number;
  readonly caseSensitive?: true;
  readonly company?: true;
  readonly period?: Period;
  /** Lakh and crore are Indian units: a figure in them with no sign is in rupees. */
  readonly currency?: string;
}[] = [
  { word: 'LPA', factor: 100_000, caseSensitive: true, period: 'year', currency: 'INR' }, // lakh per annum
  { word: 'lakhs', factor: 100_000, currency: 'INR' }, { word: 'lakh', factor: 100_000, currency: 'INR' },
  { word: 'lacs', factor: 100_000, currency: 'INR' }, { word: 'lac', factor: 100_000, currency: 'INR' },
  { word: 'L', factor: 100_000, caseSensitive: true, currency: 'INR' },
  { word: 'crores', factor: 10_000_000, currency: 'INR' }, { word: 'crore', factor: 10_000_000, currency: 'INR' },
  { word: 'Cr', factor: 10_000_000, caseSensitive: true, currency: 'INR' },
  { word: 'million', factor: 1e6, company: true }, { word: 'billion', factor: 1e9, company: true },
  { word: 'Milliarden', factor: 1e9, company: true }, { word: 'Millionen', factor: 1e6, company: true },
  { word: 'Mrd.', factor: 1e9, company: true }, { word: 'Mio.', factor: 1e6, company: true },
  { word: 'mn', factor: 1e6, company: true }, { word: 'bn', factor: 1e9, company: true },
  { word: 'M', factor: 1e6, caseSensitive: true, company: true }, { word: 'B', factor: 1e9, caseSensitive: true, company: true },
  { word: 'k', factor: 1_000 }, { word: 'K', factor: 1_000 },
];

/**
 * Words right before a bare number that make it a pay grade, a level or a step, not an amount:
 * "Entgeltgruppe E11 TVöD", "Entgeltgruppen 8 bis 9c" (arbeitsagentur-060), "Range 38, $3,220"
 * (linkedin2023-028), "our level 4 ($140,000)" (crocoder-006). A grade alone states no figure.
 */
export const GRADE_WORDS: readonly string[] = [
  'entgeltgruppe', 'entgeltgruppen', 'eg', 'e', 'gruppe', 'stufe', 'erfahrungsstufe', 'tvöd', 'tv-l', 'tv-v',
  'a', 'w', 'grade', 'pay grade', 'band', 'level', 'step', 'range', 'gs', 'class', 'tier',
];

/** Words before a figure that qualify it, quoted with it: "up to $60,000", "starting at $18/hr". */
export const QUALIFIERS: readonly string[] = ['up to', 'starting at', 'starting from', 'starts at', 'from', 'minimum', 'min.', 'bis zu', 'ab'];

/** Words that say the figure near them is pay (the nearest cue before a figure decides). */
export const PAY_CUES: readonly string[] = [
  'salary', 'salaries', 'pay', 'pay range', 'pay rate', 'compensation', 'wage', 'wages', 'rate', 'base',
  'stipend', 'earn', 'remuneration', 'ctc',
];
/** German pay words, matched inside compounds ("Bruttoentgelt", "Festgehalt"). */
export const PAY_CUE_PARTS: readonly string[] = ['gehalt', 'vergütung', 'entgelt', 'lohn', 'verdienst', 'bezahlung'];

/**
 * Words that say the figure near them is not this job's base pay. Grouped by why, so that a
 * test can name the reason; the nearest cue before a figure, or any cue right after it, decides.
 */
export const NOT_BASE_PAY: Readonly<Record<string, readonly string[]>> = {
  bonus: [
    'bonus', 'bonuses', 'sign-on', 'signing', 'sign on', 'incentive', 'incentives', 'commission', 'commissions',
    'on-target earnings', 'ote', 'profit sharing', 'profit-sharing', 'referral', 'referrals', 'tip', 'tips', 'overtime',
  ],
  benefit: [
    '401(k)', '401k', '403(b)', 'match', 'matching', 'contribution', 'contributions', 'hsa', 'fsa', 'pension',
    'retirement', 'tuition', 'reimbursement', 'reimbursed', 'allowance', 'equipment', 'home office', 'internet',
    'phone', 'wellness', 'childcare', 'learning', 'education', 'budget', 'relocation', 'gift', 'voucher',
    'discount', 'insurance', 'benefit', 'life insurance', 'lifetime', 'perk', 'perks', 'donate', 'donation',
  ],
  company: [
    'raised', 'raise', 'fund', 'funding', 'funded', 'series', 'revenue', 'revenues', 'arr', 'valuation', 'investors',
    'investment', 'customers', 'users', 'earned', 'donated', 'fundraising', 'expenditures', 'sales', 'grant',
    'save', 'saved', 'savings', 'worth', 'spend', 'ad spend', 'cost', 'costs', 'price', 'fee', 'fees', 'market',
    'bill', 'billed', 'bills', 'charge', 'charges', 'invoice', 'invoices',
  ],
  // A salary, but not one this job pays: the applicant's, or an average over other people.
  someone: [
    'average', 'median', 'expectation', 'expectations', 'salary requirements', 'desired salary', 'current salary',
    'previous salary', 'national average',
  ],
};
/** German words of the same kinds, matched inside compounds ("Weiterbildungsbudget", "Extra-Bonus"). */
export const NOT_BASE_PAY_PARTS: readonly string[] = [
  'bonus', 'prämie', 'provision', 'zuschuss', 'sachbezug', 'budget', 'umsatz', 'vermögenswirksam', 'rabatt',
  'urlaubsgeld', 'weihnachtsgeld', 'gehaltsvorstellung', 'gehaltswunsch', 'zulage', 'erstattung',
];

/** Plural time words after a bare number: "20-30 hours per month" counts hours, it is no pay. */
export const TIME_QUANTITIES: readonly string[] = [
  'hours', 'hrs', 'days', 'weeks', 'months', 'years', 'yrs', 'stunden', 'std./woche', 'tage', 'wochen', 'monate', 'jahre',
];

/** A job board's own estimate, written next to a figure ("$37K-$66K (Glassdoor est.)"). */
export const ESTIMATE_MARKERS: readonly string[] = ['est.', 'estimate', 'estimated', 'estimation', 'geschätzt'];
/** …unless the employer gave it ("$60K-$80K(Employer est.)", glassdoor2020-055). */
export const EMPLOYER_MARKERS: readonly string[] = ['employer', 'employer-provided', 'from job description', 'from the employer'];

/** The posting pays by commission only: whatever figure it states is not a salary. */
export const COMMISSION_ONLY: readonly string[] = [
  'commission only', 'commission-only', '100% commission', 'straight commission', 'commission-based role',
  'commission-based position', 'commission based role', 'commission based position', 'paid on commission only',
];
