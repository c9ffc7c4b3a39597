// The words the pay reader knows: currency signs, period words, multipliers, and the cues that
// tell a salary from every other sum of money a posting mentions (bonuses, funding, allowances).
// Improving recall is adding a word here, with a case in tests/analyzers/pay-cases.ts that quotes
// the posting it came from (and one it must not match). Matching is case-insensitive unless a
// list says otherwise. The reader that uses these lists is analyzers/pay/ (see its index.ts).

import type { Period } from '../types';

/**
 * Currency signs and codes as written, longest first so that "US$" wins over "$". A bare "$" is
 * read as USD unless the posting's place says otherwise (see DOLLAR_PLACES).
 */
export const CURRENCY_SIGNS: readonly (readonly [sign: string, iso: string])[] = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['MX$', 'MXN'], ['HK$', 'HKD'], ['SG$', 'SGD'],
  ['R$', 'BRL'], ['S$', 'SGD'], ['C$', 'CAD'], ['A$', 'AUD'],
  ['USD', 'USD'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['NZD', 'NZD'], ['MXN', 'MXN'], ['SGD', 'SGD'], ['HKD', 'HKD'],
  ['GBP', 'GBP'], ['EUR', 'EUR'], ['INR', 'INR'], ['CHF', 'CHF'], ['BRL', 'BRL'], ['COP', 'COP'], ['ARS', 'ARS'],
  ['CLP', 'CLP'], ['PHP', 'PHP'], ['JPY', 'JPY'], ['CNY', 'CNY'], ['ZAR', 'ZAR'], ['SEK', 'SEK'], ['NOK', 'NOK'],
  ['DKK', 'DKK'], ['PLN', 'PLN'], ['AED', 'AED'], ['PKR', 'PKR'],
  ['Euros', 'EUR'], ['Euro', 'EUR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['zł', 'PLN'],
  ['£', 'GBP'], ['€', 'EUR'], ['₹', 'INR'], ['₱', 'PHP'], ['¥', 'JPY'], ['$', 'USD'],
];

/**
 * The currency a bare "$" means in each country (ISO 3166 alpha-2 → ISO 4217): the dollar or peso
 * of that country (ISO 4217 list of currencies by country, 2024). Countries not listed read "$" as USD
 * (Ecuador, El Salvador, Panama and others use the US dollar).
 */
export const DOLLAR_OF_COUNTRY: Readonly<Record<string, string>> = {
  AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD', JM: 'JMD', TT: 'TTD', BS: 'BSD', BB: 'BBD',
  BZ: 'BZD', GY: 'GYD', FJ: 'FJD', LR: 'LRD', NA: 'NAD', MX: 'MXN', CO: 'COP', AR: 'ARS', CL: 'CLP', UY: 'UYU',
  DO: 'DOP', CU: 'CUP', PH: 'PHP', BR: 'BRL',
};

/**
 * The currency of a figure that names none, by the posting's country (ISO 4217, 2024): a German
 * posting's "45.000 brutto" is in euros. Countries not listed: the dollar of the country, else none.
 */
export const CURRENCY_OF_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD', DE: 'EUR', AT: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', PT: 'EUR', NL: 'EUR', BE: 'EUR', IE: 'EUR',
  FI: 'EUR', LU: 'EUR', GR: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', MT: 'EUR', CY: 'EUR',
  HR: 'EUR', GB: 'GBP', CH: 'CHF', IN: 'INR', JP: 'JPY', CN: 'CNY', ZA: 'ZAR', SE: 'SEK', NO: 'NOK', DK: 'DKK',
  PL: 'PLN', AE: 'AED', PK: 'PKR', UA: 'UAH', ...DOLLAR_OF_COUNTRY,
};

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
export const PLAUSIBILITY_SCALE: Readonly<Record<string, number>> = {
  INR: 80, JPY: 150, MXN: 17, PHP: 56, COP: 4_000, ARS: 900, CLP: 900, UYU: 40, DOP: 58, BRL: 5, HKD: 7.8,
  TWD: 32, CNY: 7.2, ZAR: 18, SEK: 10, NOK: 10, DKK: 7, PLN: 4, AED: 3.7, PKR: 280, UAH: 41, JMD: 155,
};

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
// English, German ("pro Monat", "€/Std."), French ("par mois", "/an"), Spanish ("por mes", "al año"),
// Portuguese ("por mês", "ao ano") and Italian ("al mese", "all'ora").
export const PERIOD_NOUNS: Readonly<Record<Period, readonly string[]>> = {
  hour: ['hour', 'hr', 'h', 'stunde', 'std.', 'std', 'heure', 'hora', 'ora'],
  day: ['day', 'tag', 'jour', 'día', 'dia', 'giorno', 'd'],
  week: ['week', 'wk', 'woche', 'semaine', 'semana', 'settimana', 'w'],
  month: ['month', 'mth', 'mo', 'monat', 'mois', 'mes', 'mês', 'mese', 'm'],
  year: ['year', 'yr', 'annum', 'jahr', 'an', 'année', 'año', 'ano', 'anno'],
};

/** Words that put a figure "per" a period noun: "per", "/", "a(n)", "pro", "par", "por", "al", "ao", "all'". */
export const PER_WORDS: readonly string[] = [
  'per', 'pro', 'an', 'a', 'each', 'every', 'im', 'p/', 'par', 'pour', 'por', 'al', 'ao', "all'", 'all’', 'à',
  "à l'", 'à l’', "de l'", 'de l’', "a l'", 'a l’',
];

export const PERIOD_ADVERBS: Readonly<Record<Period, readonly string[]>> = {
  hour: ['hourly', 'stündlich', 'p.h.', 'ph', 'horaire'],
  day: ['daily', 'täglich', 'journalier', 'diario', 'giornaliero'], // not "per diem": that is a travel allowance, not a day rate
  week: ['weekly', 'wöchentlich', 'hebdomadaire', 'semanal', 'settimanale'],
  month: ['monthly', 'monatlich', 'mtl.', 'mensuel', 'mensuelle', 'mensuels', 'mensual', 'mensuales', 'mensal', 'mensile', 'mensili'],
  year: [
    'annually', 'yearly', 'annual', 'jährlich', 'p.a.', 'pa.', 'annuel', 'annuelle', 'annuels', 'anual', 'anuales',
    'annuo', 'annua', 'annui', 'annuale', 'annuali',
  ],
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
export const PERIOD_FILLERS: readonly string[] = [
  'brutto', 'gross', 'base salary', 'base', 'salary', 'pay', 'before tax', 'pre-tax', 'pretax', 'pro rata', 'fte',
  'brut', 'bruts', 'bruto', 'brutos', 'lordo', 'lordi', 'mxn', 'nets', 'net',
];

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
  month: [
    'monatsgehalt', 'monatsbrutto', 'monatslohn', 'monatsvergütung', 'sueldo mensual', 'salario mensual', 'salaire mensuel',
    'brut mensuel', 'stipendio mensile', 'retribuzione mensile', 'salário mensal', 'remuneração mensal',
  ],
  year: ['jahresgehalt', 'jahresbrutto', 'jahresvergütung', 'jahresentgelt', 'brut annuel', 'salaire annuel', 'rémunération annuelle', 'salario anual', 'sueldo anual', 'salário anual', 'stipendio annuo', 'retribuzione annua', 'remuneração anual'],
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

/**
 * Words before a single figure that make it one end of an open range (contract: "up to $77,000" has
 * min null; "from $20 an hour" max null). In a range ("from $50,000 to $60,000") they say nothing.
 */
export const FLOOR_WORDS: readonly string[] = [
  'starting at', 'starting from', 'starts at', 'start at', 'starting pay', 'starting salary', 'starting wage',
  'starting rate', 'from', 'minimum', 'min.', 'at least', 'no less than', 'ab', 'mindestens', 'à partir de',
  'a partir de', 'desde', 'partendo da', 'a partire da',
];
export const CEILING_WORDS: readonly string[] = [
  'up to', 'upto', 'maximum', 'max.', 'max', 'no more than', 'bis zu', 'bis', "jusqu'à", 'jusqu’à', 'hasta', 'até', 'fino a',
];
/** Words after a single figure that make it a floor: "$160.00 per hour and up", "$18+/hr", "$50k or more". */
export const FLOOR_AFTER = /^(?:\+(?![ \t]*(?:&|bonus|benefits?|commission|equity|tips|overtime|stock|super|incentives?|allowances?|OTE|shares)\b)|\+(?=[ \t]*(?:per|an?|p\/)\b)|[ \t]+(?:and[ \t]+up|and[ \t]+above|or[ \t]+more|or[ \t]+higher|et[ \t]+plus|y[ \t]+más)\b)/i;

/** Words before a figure that qualify it, quoted with it: "up to $60,000", "starting at $18/hr". */
export const QUALIFIERS: readonly string[] = [...FLOOR_WORDS, ...CEILING_WORDS];

/** Words that say the figure near them is pay (the nearest cue before a figure decides). */
export const PAY_CUES: readonly string[] = [
  'salary', 'salaries', 'pay', 'pay range', 'pay rate', 'compensation', 'wage', 'wages', 'rate', 'base',
  'stipend', 'earn', 'remuneration', 'ctc', 'package',
  // French, Spanish, Portuguese, Italian
  'salaire', 'rémunération', 'rémunéré', 'rémunérée', 'salario', 'sueldo', 'remuneración', 'pago', 'salário',
  'remuneração', 'stipendio', 'retribuzione', 'ral',
];
/**
 * Words that make the figure after them this job's pay only when nothing better is stated: on-target
 * earnings add expected commission to the base ("Base Salary: $51,500 On Target Earnings: $86,500+").
 */
export const OTE_CUES: readonly string[] = ['ote', 'on-target earnings', 'on target earnings', 'on-target earning', 'total target compensation', 'target compensation', 'total compensation'];
/** German pay words, matched inside compounds ("Bruttoentgelt", "Festgehalt"). */
export const PAY_CUE_PARTS: readonly string[] = ['gehalt', 'vergütung', 'entgelt', 'lohn', 'verdienst', 'bezahlung'];

/**
 * Words that say the figure near them is not this job's base pay. Grouped by why, so that a
 * test can name the reason; the nearest cue before a figure, or any cue right after it, decides.
 */
export const NOT_BASE_PAY: Readonly<Record<string, readonly string[]>> = {
  bonus: [
    'bonus', 'bonuses', 'sign-on', 'signing', 'sign on', 'incentive', 'incentives', 'commission', 'commissions',
    'profit sharing', 'profit-sharing', 'referral', 'referrals', 'tip', 'tips', 'overtime', 'bono', 'bonos',
    'comisión', 'comisiones', 'premio', 'primes', 'shift differential', 'differential', 'retention',
  ],
  benefit: [
    '401(k)', '401k', '403(b)', 'match', 'matching', 'contribution', 'contributions', 'hsa', 'fsa', 'pension',
    'retirement', 'tuition', 'reimbursement', 'reimbursed', 'allowance', 'equipment', 'home office', 'internet',
    'phone', 'wellness', 'childcare', 'learning', 'education', 'budget', 'relocation', 'gift', 'voucher',
    'discount', 'insurance', 'benefit', 'life insurance', 'lifetime', 'perk', 'perks', 'donate', 'donation',
    'housing', 'travel', 'moving', 'meal', 'meals', 'commuter', 'transit', 'parking', 'scholarship', 'loan',
    'student loan', 'per diem', 'mileage',
  ],
  company: [
    'raised', 'raise', 'fund', 'funding', 'funded', 'series', 'revenue', 'revenues', 'arr', 'valuation', 'investors',
    'investment', 'customers', 'users', 'earned', 'donated', 'fundraising', 'expenditures', 'sales', 'grant',
    'save', 'saved', 'savings', 'worth', 'spend', 'ad spend', 'cost', 'costs', 'price', 'fee', 'fees', 'market',
    'bill', 'billed', 'bills', 'charge', 'charges', 'invoice', 'invoices', 'spending', 'ad budget', 'budgets',
    'portfolio', 'portfolios', 'assets', 'aum', 'deals', 'deal', 'pipeline', 'quota', 'gmv', 'profit', 'profits',
    'raising', 'capital', 'round', 'endowment', 'campaigns', 'campaign',
  ],
  // A salary, but not one this job pays: the applicant's, or an average over other people.
  someone: [
    'average', 'median', 'expectation', 'expectations', 'salary requirements', 'desired salary', 'current salary',
    'previous salary', 'national average',
  ],
};
/**
 * Words that, right before a pay word, make it another payment: "relocation stipend", "overtime
 * pay", "holiday pay", "referral wage" is no base pay. Kept apart from NOT_BASE_PAY because "Sales
 * Salary" or "Travel Nurse pay" must stay pay: only the word immediately before counts.
 */
export const PAY_MODIFIERS: readonly string[] = [
  'relocation', 'relo', 'sign-on', 'signing', 'sign on', 'referral', 'retention', 'overtime', 'housing', 'moving',
  'tuition', 'education', 'learning', 'wellness', 'equipment', 'home office', 'internet', 'phone', 'meal', 'commuter',
  'transit', 'parking', 'holiday', 'vacation', 'sick', 'severance', 'travel', 'completion', 'on-call', 'call',
  'shift', 'differential', 'bonus', 'incentive', 'commission', 'mileage', 'training',
];

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

/**
 * Words that say the work is not paid a wage (contract: `payTerms`), each read as a phrase with its
 * own structure (see analyzers/pay/terms.ts): a figure such a posting states is not a salary.
 */
export const COMMISSION_ONLY: readonly string[] = [
  'commission only', 'commission-only', '100% commission', 'straight commission', 'commission-based role',
  'commission-based position', 'commission based role', 'commission based position', 'paid on commission only',
  'commission-based compensation only', 'purely commission', 'solely on commission', 'commission only basis',
];
export const EQUITY_ONLY: readonly string[] = [
  'equity only', 'equity-only', 'equity-based compensation only', 'compensation is equity', 'paid in equity only',
  'sweat equity', 'no salary, equity', 'equity instead of salary',
];
/** "unpaid" only counts before a word for the work itself: "unpaid leave" is a benefit. */
export const UNPAID_WORK: readonly string[] = ['internship', 'intern', 'position', 'role', 'opportunity', 'placement', 'work', 'basis', 'volunteer', 'job', 'gig', 'project', 'apprenticeship', 'fellowship'];
export const VOLUNTEER_WORK: readonly string[] = ['position', 'role', 'opportunity', 'basis', 'capacity', 'assignment', 'job'];
