// The public table of pay statements (issue 12): each case is one statement as postings write it,
// the pay the contract says it states (or null: a must-not-match case), and the failure class it
// guards. Phrasing comes from the corpus (../shared/corpus/postings.jsonl, occupations/postings.jsonl)
// and the saved pages (../shared/fixtures/pages, ../shared/corpus/html), cited in `source`; where a
// case is invented it says so and is written in our own words. Families of cases (every dash, every
// period word) are made from small tables below: the expected figure comes from the table, never
// from the reader.

import type { PayTerms, Period } from '../../analyzers/types';

export const FAILURE_CLASSES = [
  'dash', // any dash or joiner between two ends: "−", "–", "—", "~", "to", "_"
  'markdown', // escaped Markdown and emphasis: "$58,000 \- $64,000", "**$20** - **$25**"
  'k-suffix', // "90k-110k", "$70k _$80k", "$50K - $60K"
  'bare-range', // "120,000 - 150,000" next to pay words, no currency
  'split-lines', // one statement over several lines (a page's elements)
  'ote', // on-target earnings: pay only when no base is stated
  'schedule', // "Step 1: $52,100 - Step 25: $101,400"
  'range-then-point', // a range, then one figure inside it
  'lost-thousands', // "$120 - $135000 per annum"
  'ceiling', // "Up to $65,000": min null
  'floor', // "from $18 an hour", "$160 per hour and up": max null
  'not-pay:spend', // ad spend, budgets managed
  'not-pay:stipend', // relocation, housing, equipment stipends and allowances
  'not-pay:bonus', // signing, referral, retention bonuses, commission, differentials
  'not-pay:tuition', // tuition, education, student loans
  'not-pay:funding', // funding raised, valuations
  'not-pay:revenue', // revenue, sales, ARR, GMV
  'not-pay:someone-else', // averages, the applicant's expectations, clients billed
  'not-pay:benefit', // 401(k), HSA, insurance, perks
  'not-pay:count', // hours, people, years, percentages, phone numbers
  'field-vs-body', // the board's pay field against the body
  'terms', // unpaid, volunteer, commission-only, equity-only
  'country-dollar', // "$" read as the country's dollar or peso
  'foreign-period', // periods and pay words in es, fr, de, pt, it
  'lakh', // "₹3.9L", "3-5 LPA", "12 lakhs", "1.2 crore"
  'separators', // "45.000 €", "CHF 120'000", "45 000 €", "5,00,000"
  'period', // period words after or before a figure
  'hourly', // hourly pay as Indeed and other boards write it
  'estimate', // a board's estimate is not the employer's pay
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

/** [min, max, period, currency]: an open end is null; null for no pay. */
export type Want = readonly [min: number | null, max: number | null, period: Period, currency: string] | null;

export interface PayCase {
  readonly guards: FailureClass;
  /** The posting's body (one or more lines). */
  readonly text: string;
  /** The board's own pay field, when the case is about it. */
  readonly field?: string;
  /** ISO 3166 alpha-2 of the posting's country, when the case is about it. */
  readonly country?: string;
  readonly want: Want;
  readonly terms?: PayTerms['kind'];
  /** A corpus or page id the phrasing comes from, or "invented". */
  readonly source: string;
}

const cases: PayCase[] = [];
const add = (guards: FailureClass, source: string, text: string, want: Want, extra: Partial<PayCase> = {}): void => {
  cases.push({ guards, source, text, want, ...extra });
};
const none = (guards: FailureClass, source: string, text: string, extra: Partial<PayCase> = {}): void => add(guards, source, text, null, extra);

// ——— Dashes and joiners: every way two ends are written apart ——————————————————————————————
const JOINERS = [' - ', '-', ' – ', '–', ' — ', ' − ', '−', ' ‒ ', ' ~ ', ' to ', ' _', ' through '];
const DASH_BASES: readonly [string, string, string, Want][] = [
  ['Salary: $95,000', '$120,000', ' per year', [95000, 120000, 'year', 'USD']], // issue 12, Unicode minus
  ['Pay: $18.55', '$24.00', ' per hour', [18.55, 24, 'hour', 'USD']], // occ-006
  ['Compensation: $70k', '$80k', '', [70000, 80000, 'year', 'USD']], // issue 12
  ['**Wage** - $20.25', '$23.00', ' per hour.', [20.25, 23, 'hour', 'USD']], // occ-046
];
for (const [left, right, tail, want] of DASH_BASES) {
  for (const j of JOINERS) add('dash', 'occ-006/occ-046, issue 12', `${left}${j}${right}${tail}`, want);
}
add('dash', 'occ-050', 'The pay rate for this role in California is $29.12 to $35.47 per hour, which follows the pay scale.', [29.12, 35.47, 'hour', 'USD']);
add('dash', 'occ-012', '$20- $22 per hour', [20, 22, 'hour', 'USD']);
add('dash', 'occ-038', 'Pay: $16- $18 per hour with availability', [16, 18, 'hour', 'USD']);
add('dash', 'invented', 'Salary between $48,000 and $52,000 a year', [48000, 52000, 'year', 'USD']);
add('dash', 'linkedin2023-020', 'Salary: $25-.00 - $36.00 per hour', [25, 36, 'hour', 'USD']);
add('dash', 'occ-205', 'Minimum salary of $120,369 to maximum salary of $174,797 + equity + benefits.', [120369, 174797, 'year', 'USD']);
add('dash', 'occ-220', 'The base pay for the advertised position ranges from a minimum of $29,600.00 to a maximum of $67,500.00.', [29600, 67500, 'year', 'USD']);
add('dash', 'occ-223', 'The typical hourly rate for this position is : $19 - $21.50 / hour.', [19, 21.5, 'hour', 'USD']);

// ——— Markdown ————————————————————————————————————————————————————————————————————————————
add('markdown', 'issue 12', 'Salary: $58,000 \\- $64,000', [58000, 64000, 'year', 'USD']);
add('markdown', 'invented', '**Pay:** **$20** - **$25** per hour', [20, 25, 'hour', 'USD']);
add('markdown', 'remotewlb-001', 'For US-based applicants: **** $170,000/year-$230,000/year\\+ benefits + stock options', [170000, 230000, 'year', 'USD']);
add('markdown', 'occ-001', '**Pay Rate:** $60.00 to $65.00 per hour', [60, 65, 'hour', 'USD']);
add('markdown', 'occ-013', '**Wage: $25.00 - $31.00**', [25, 31, 'hour', 'USD']);
add('markdown', 'occ-256', '_Base Pay Range: $132,500 - $170,000_', [132500, 170000, 'year', 'USD']);
add('markdown', 'occ-021', '**$21-$22 per hour**', [21, 22, 'hour', 'USD']);
add('markdown', 'occ-063', '**Earn $1000 - $4000 per month.** Access to **S****upplemental Insurance**', [1000, 4000, 'month', 'USD']);
add('markdown', 'invented', 'Salary range: $62,000 \\– $70,000 per year', [62000, 70000, 'year', 'USD']);
add('markdown', 'invented', '* **Salary:** $45,000\\-$50,000 annually', [45000, 50000, 'year', 'USD']);

// ——— K suffix ————————————————————————————————————————————————————————————————————————————
add('k-suffix', 'issue 12', 'Salary: 90k-110k depending on experience', [90000, 110000, 'year', 'USD']);
add('k-suffix', 'issue 12', 'Compensation: $70k _$80k', [70000, 80000, 'year', 'USD']);
add('k-suffix', 'glassdoor2020-038', 'Salary: $50K - $60K', [50000, 60000, 'year', 'USD']);
add('k-suffix', 'linkedin2023-041', 'Salary Range: $50k to $60k based on experience', [50000, 60000, 'year', 'USD']);
add('k-suffix', 'remotewlb-003', '### Compensation Range: $60K - $100K', [60000, 100000, 'year', 'USD']);
add('k-suffix', 'invented', 'Base salary $85-95k', [85000, 95000, 'year', 'USD']);
add('k-suffix', 'invented', 'Pay range 65K–75K USD', [65000, 75000, 'year', 'USD']);
add('k-suffix', 'invented', 'The salary is $72.5k per year.', [72500, 72500, 'year', 'USD']);
add('k-suffix', 'workatastartup (saved page)', 'Salary: $150K - $250K', [150000, 250000, 'year', 'USD']);
add('k-suffix', 'invented', 'Salary: 55-65K', [55000, 65000, 'year', 'USD']);
none('k-suffix', 'invented', 'We serve 90k-110k visitors a month across our stores.');
none('k-suffix', 'invented', 'Our newsletter reaches 50K readers.');

// ——— Bare ranges beside pay words ——————————————————————————————————————————————————————————
add('bare-range', 'issue 12', 'Salary range: 120,000 - 150,000', [120000, 150000, 'year', 'USD']);
add('bare-range', 'reprojobs-015', 'Compensation: 60,000-62,000', [60000, 62000, 'year', 'USD']);
add('bare-range', 'invented', 'The base salary for this role is 85,000 to 95,000 annually.', [85000, 95000, 'year', 'USD']);
add('bare-range', 'invented', 'Pay: 18.50 - 22.00 per hour', [18.5, 22, 'hour', 'USD']);
add('bare-range', 'linkedin2023-025', '21.0698-25.2837 per hour', [21.0698, 25.2837, 'hour', 'USD']);
add('bare-range', 'invented', 'Annual salary: 52,000-58,000', [52000, 58000, 'year', 'USD']);
add('bare-range', 'invented', 'Wage 17-19 hourly', [17, 19, 'hour', 'USD']);
none('bare-range', 'invented', 'We have 120,000 - 150,000 customers in the region.');
none('bare-range', 'invented', 'Our stores see 2,000 - 3,000 visitors a day.');
none('bare-range', 'invented', 'Colorado campuses enrol 33,000 students.');
none('bare-range', 'invented', 'Lift 25-50 lbs regularly.');
none('bare-range', 'invented', 'Founded in 1998, we employ 1,200 people.');

// ——— Split across lines —————————————————————————————————————————————————————————————————————
add('split-lines', 'invented (Indeed pane elements)', 'Pay\n$20.00 - $25.00\nper hour', [20, 25, 'hour', 'USD']);
add('split-lines', 'invented', 'Salary:\n$50,000 -\n$60,000 a year', [50000, 60000, 'year', 'USD']);
add('split-lines', 'invented', 'Compensation\n$72,000\n-\n$80,000', [72000, 80000, 'year', 'USD']);
add('split-lines', 'glassdoor2020-045', 'Pay Rate\n● $15 CAD/hr', [15, 15, 'hour', 'CAD']);
add('split-lines', 'invented', 'Salary range\n$45,000 – $52,000', [45000, 52000, 'year', 'USD']);
add('split-lines', 'invented', 'Hourly rate\n$19.75', [19.75, 19.75, 'hour', 'USD']);
add('split-lines', 'arbeitsagentur-132', 'Bruttojahresgehalt einschließlich Jahressonderzahlung von\n18.922 EUR bis 20.604 EUR', [18922, 20604, 'year', 'EUR']);
add('split-lines', 'invented', 'Pay: $31 - $36\nper hour', [31, 36, 'hour', 'USD']);

// ——— On-target earnings —————————————————————————————————————————————————————————————————————
add('ote', 'issue 12', 'OTE: $90k', [90000, 90000, 'year', 'USD']);
add('ote', 'invented', 'On-target earnings of $75,000 - $95,000 in year one.', [75000, 95000, 'year', 'USD']);
add('ote', 'occ-219', 'Base Salary: $51,500 On Target Earnings: $86,500+ (Uncapped)', [51500, 51500, 'year', 'USD']);
add('ote', 'remotewlb-003', '$40,000/year base salary + quarterly bonuses. Estimated on-target earnings of $60-100k+', [40000, 40000, 'year', 'USD']);
add('ote', 'invented', 'Base $60,000, OTE $120,000', [60000, 60000, 'year', 'USD']);
add('ote', 'invented', 'Total target compensation: $110,000 per year', [110000, 110000, 'year', 'USD']);
add('ote', 'occ-232', 'Our community specialist base pay ranges from $20.50 - $23.58/hour with a target bonus of an additional $3 per hour, bringing our total target compensation range between $23.50 - $26.58/hour.', [20.5, 23.58, 'hour', 'USD']);

// ——— Salary schedules ———————————————————————————————————————————————————————————————————————
add('schedule', 'issue 12', 'Salary schedule: Step 1: $52,100 - Step 25: $101,400', [52100, 101400, 'year', 'USD']);
add('schedule', 'invented', 'Teacher salary Step 1: $48,250 – Step 12: $79,900 per year', [48250, 79900, 'year', 'USD']);
add('schedule', 'linkedin2023-028', 'Monthly Salary: Range 38, $3,220 to $4,282, Step A-M', [3220, 4282, 'month', 'USD']);
add('schedule', 'invented', 'Grade 7 salary: $61,000 - $74,000', [61000, 74000, 'year', 'USD']);
add('schedule', 'arbeitsagentur-060', 'Die Vergütung erfolgt nach Entgeltgruppe 9c TVöD.', null);
add('schedule', 'invented', 'Pay band 4, Level 2: $33.10/hour', [33.1, 33.1, 'hour', 'USD']);

// ——— A range, then one figure inside it —————————————————————————————————————————————————————
add('range-then-point', 'issue 12', 'Salary: $50,000 - $60,000. Most new hires start at $55,000.', [50000, 60000, 'year', 'USD']);
add('range-then-point', 'occ-022', '**Pay:** $16.00 - $16.26 per hour\nStart $16.00\nWithin 6mo - 1 years of performance can reach position max of $16.26', [16, 16.26, 'hour', 'USD']);
add('range-then-point', 'invented', 'The hiring range is $80,000 to $95,000; we expect to offer around $85,000.', [80000, 95000, 'year', 'USD']);
add('range-then-point', 'invented', 'Pay: $22 - $28 per hour. Typical starting pay: $24 per hour.', [22, 28, 'hour', 'USD']);
add('range-then-point', 'invented', 'Typical starting salary: $62,000. Full salary range: $58,000 - $70,000.', [58000, 70000, 'year', 'USD']);

// ——— Lost thousands ——————————————————————————————————————————————————————————————————————————
add('lost-thousands', 'issue 12', 'Salary: $120 - $135000 per annum', [120000, 135000, 'year', 'USD']);
add('lost-thousands', 'invented', 'Salary range $85 - $95000', [85000, 95000, 'year', 'USD']);
add('lost-thousands', 'invented', 'Pay: $18 - $22 per hour', [18, 22, 'hour', 'USD']);

// ——— Ceilings ————————————————————————————————————————————————————————————————————————————
add('ceiling', 'issue 12', 'Up to $65,000', [null, 65000, 'year', 'USD']);
add('ceiling', 'occ-076', 'Pay: Up to $17.50 per hour', [null, 17.5, 'hour', 'USD']);
add('ceiling', 'occ-144', 'Pay: Up to $150/day', [null, 150, 'day', 'USD']);
add('ceiling', 'arbeitsagentur-121', 'Vergütung bis zu 20 € pro Stunde', [null, 20, 'hour', 'EUR']);
add('ceiling', 'indeed-in (saved page)', 'Up to ₹3,200 a month', [null, 3200, 'month', 'INR']);
add('ceiling', 'invented', 'Salary: maximum $72,000 per year', [null, 72000, 'year', 'USD']);
add('ceiling', 'invented', 'Earn upto $30 an hour', [null, 30, 'hour', 'USD']);
add('ceiling', 'invented', 'Sueldo de hasta $18,000 al mes', [null, 18000, 'month', 'MXN'], { country: 'MX' });
add('ceiling', 'invented', "Salaire jusqu'à 42 000 € brut annuel", [null, 42000, 'year', 'EUR']);
add('ceiling', 'invented', 'Pay: no more than $21 per hour to start', [null, 21, 'hour', 'USD']);
none('ceiling', 'glassdoor2020-005', 'HSA with high employer contribution (up to $2,500 per calendar year)');
none('ceiling', 'invented', 'Tuition reimbursement up to $5,250 per year');
none('ceiling', 'arbeitsagentur-072', 'Mitarbeitendenempfehlung: Bis zu 3.000 € Prämie für erfolgreiche Empfehlungen');
none('ceiling', 'occ-076', 'Standard Weekly Bonus: Up to $1.50 per straight time hour worked.');

// ——— Floors ——————————————————————————————————————————————————————————————————————————————
add('floor', 'issue 12', 'from $18 an hour', [18, null, 'hour', 'USD']);
add('floor', 'occ-032', 'Pay: From $13.00 per hour', [13, null, 'hour', 'USD']);
add('floor', 'occ-072', 'Pay: From $45,000.00 per year', [45000, null, 'year', 'USD']);
add('floor', 'occ-181', 'Salary: $160.00 per hour and up (commensurate with experience)', [160, null, 'hour', 'USD']);
add('floor', 'indeed-in (saved page)', 'From ₹40,000 a month', [40000, null, 'month', 'INR']);
add('floor', 'invented', 'Starting at $19/hr', [19, null, 'hour', 'USD']);
add('floor', 'invented', 'Pay starts at $21.50 per hour', [21.5, null, 'hour', 'USD']);
add('floor', 'invented', 'Salary: $85,000+ DOE', [85000, null, 'year', 'USD']);
add('floor', 'invented', 'Minimum salary: $58,000 per year', [58000, null, 'year', 'USD']);
add('floor', 'invented', 'Gehalt ab 3.500 € brutto pro Monat', [3500, null, 'month', 'EUR']);
add('floor', 'invented', 'Rémunération à partir de 38 000 € par an', [38000, null, 'year', 'EUR']);
add('floor', 'invented', 'Salario desde $15,000 por mes', [15000, null, 'month', 'MXN'], { country: 'MX' });
add('floor', 'invented', 'Starting pay: $17 an hour or more with experience', [17, null, 'hour', 'USD']);
add('floor', 'invented', 'Starting at $50,000 - $60,000 a year', [50000, 60000, 'year', 'USD']);
add('floor', 'invented', 'Salary: $52,000 plus benefits', [52000, 52000, 'year', 'USD']);

// ——— What a figure is of: not this job's pay ———————————————————————————————————————————————
const NOT_PAY: readonly [FailureClass, string, string][] = [
  ['not-pay:spend', 'issue 12', 'Managed $2,000,000 - $5,000,000 in ad spend across Meta and Google.'],
  ['not-pay:spend', 'invented', 'You will own a $250,000 monthly ad budget.'],
  ['not-pay:spend', 'invented', 'Experience managing budgets of $50,000+ per month.'],
  ['not-pay:spend', 'invented', 'Oversee $1.2M in annual paid media spend.'],
  ['not-pay:spend', 'invented', 'Track spending of $40,000 per quarter on influencer campaigns.'],
  ['not-pay:spend', 'invented', 'Run campaigns worth $300,000 a year.'],
  ['not-pay:spend', 'invented', 'Manage a portfolio of $80,000,000 in assets.'],
  ['not-pay:spend', 'invented', 'Negotiate deals of $25,000 to $100,000.'],
  ['not-pay:spend', 'invented', 'Carry a quota of $750,000 per year.'],
  ['not-pay:spend', 'invented', 'Own a $15,000 monthly budget for paid social.'],
  ['not-pay:stipend', 'issue 12', 'A relocation stipend of $10,000 is available.'],
  ['not-pay:stipend', 'remotewlb-001', '$1,000 home office setup allowance'],
  ['not-pay:stipend', 'remotewlb-001', '$150 monthly allowance for cell phone and internet'],
  ['not-pay:stipend', 'remotewlb-001', '$450 monthly allowance on food'],
  ['not-pay:stipend', 'crocoder-006', '$3,200 equipment allowance for your first two years'],
  ['not-pay:stipend', 'invented', 'Housing stipend: $1,200 per month'],
  ['not-pay:stipend', 'invented', 'Relocation assistance up to $7,500'],
  ['not-pay:stipend', 'invented', 'Monthly wellness stipend of $100'],
  ['not-pay:stipend', 'invented', 'Travel stipend: $500 per trip'],
  ['not-pay:stipend', 'invented', 'Commuter benefit of $270 a month'],
  ['not-pay:stipend', 'occ-115', 'The position also includes a monthly $350 healthcare stipend, to be used at your discretion.'],
  ['not-pay:stipend', 'occ-113', '$.50 mile for work-related travel'],
  ['not-pay:stipend', 'invented', 'Meal allowance of $15 per shift'],
  ['not-pay:bonus', 'occ-001', '### **$7,500 Sign-On Bonus!**'],
  ['not-pay:bonus', 'occ-006', 'Sign-on bonus: $500 after 250 hours worked'],
  ['not-pay:bonus', 'occ-019', '$200 Referral bonus'],
  ['not-pay:bonus', 'occ-082', 'Registered Nurse (RN) 3rd Shift - $10,000 SIGN-ON BONUS'],
  ['not-pay:bonus', 'occ-028', 'Come Join our Team! $5,000.00 Sign on Bonus!'],
  ['not-pay:bonus', 'occ-076', '3rd Shift Differential: +$1.00/hour'],
  ['not-pay:bonus', 'glassdoor2020-009', '$200 quarterly Mind and Body bonus'],
  ['not-pay:bonus', 'crocoder-006', '$1,000 yearly vacation bonus for taking 5 consecutive days of vacation'],
  ['not-pay:bonus', 'invented', 'Retention bonus of $3,000 after one year.'],
  ['not-pay:bonus', 'invented', 'Average tips of $12 per hour on top of wages.'],
  ['not-pay:bonus', 'invented', 'Commission of $500 per closed deal.'],
  ['not-pay:bonus', 'invented', 'Overtime pay at $30 per hour.'],
  ['not-pay:bonus', 'invented', 'Annual bonus up to $8,000.'],
  ['not-pay:bonus', 'arbeitsagentur-042', 'Mirabellen-Booster: Extra-Bonus bis zu 300 € pro Quartal'],
  ['not-pay:bonus', 'invented', 'Holiday pay: $25 per hour'],
  ['not-pay:tuition', 'invented', 'Tuition reimbursement up to $5,250 per year'],
  ['not-pay:tuition', 'invented', 'We pay up to $10,000 of your student loans.'],
  ['not-pay:tuition', 'invented', 'Education assistance of $2,000 a year'],
  ['not-pay:tuition', 'invented', 'Learning budget: $1,500 per year'],
  ['not-pay:tuition', 'invented', 'Scholarship of $4,000 for certification courses'],
  ['not-pay:tuition', 'invented', 'Tuition assistance ($5,000/year)'],
  ['not-pay:funding', 'crocoder-001', 'We recently raised $63M in Series C funding.'],
  ['not-pay:funding', 'invented', 'Backed by $12 million in seed funding from top investors.'],
  ['not-pay:funding', 'invented', 'We raised $500,000 from angel investors last spring.'],
  ['not-pay:funding', 'invented', 'Valued at $1.5 billion after our Series B.'],
  ['not-pay:funding', 'invented', 'A grant of $250,000 funds this program.'],
  ['not-pay:funding', 'invented', 'Our $40,000 fundraising goal for the gala.'],
  ['not-pay:revenue', 'crocoder-008', 'with over $20M earned by artists and collectors over the past two years.'],
  ['not-pay:revenue', 'invented', 'We grew revenue from $2,000,000 to $9,000,000 in three years.'],
  ['not-pay:revenue', 'invented', '$26M ARR and growing.'],
  ['not-pay:revenue', 'invented', 'Drive $400,000 in annual sales.'],
  ['not-pay:revenue', 'occ-205', 'AdRoll helps customers generate more than $246 billion in sales annually.'],
  ['not-pay:revenue', 'invented', 'Our stores do $80,000 in sales per week.'],
  ['not-pay:revenue', 'invented', 'We process $3,000,000 GMV monthly.'],
  ['not-pay:revenue', 'workatastartup (saved page)', 'we are working with several >$1bn revenue enterprises'],
  ['not-pay:someone-else', 'invented', 'The average social media manager in Austin earns $55,000 a year.'],
  ['not-pay:someone-else', 'invented', 'Our average employee salary is $70,000'],
  ['not-pay:someone-else', 'invented', 'Please include your salary expectations (e.g. $50,000) with your application'],
  ['not-pay:someone-else', 'invented', 'We bill clients $150 per hour'],
  ['not-pay:someone-else', 'invented', 'Median salary for this field: $61,000 per year.'],
  ['not-pay:someone-else', 'invented', 'State your desired salary, e.g. $45,000.'],
  ['not-pay:someone-else', 'invented', 'Our clients save $2,000 a month on average.'],
  ['not-pay:someone-else', 'invented', 'Tickets cost $45 per person.'],
  ['not-pay:someone-else', 'invented', 'Memberships start at $29 per month.'],
  ['not-pay:benefit', 'invented', '401(k) with $2,000 annual employer contribution'],
  ['not-pay:benefit', 'remotewlb-001', '$5,000 annual allowance towards Childcare'],
  ['not-pay:benefit', 'remotewlb-001', '$20,000 lifetime benefit for family planning, such as adoption or fertility expenses'],
  ['not-pay:benefit', 'invented', 'Life insurance worth $50,000'],
  ['not-pay:benefit', 'invented', 'HSA seed of $1,000 per year'],
  ['not-pay:benefit', 'invented', 'Employee discount of $200 a year on gear'],
  ['not-pay:benefit', 'arbeitsagentur-095', '13 Gehälter, 40 € vermögenswirksame Leistungen, Altersvorsorge'],
  ['not-pay:benefit', 'arbeitsagentur-042', 'Jubiläumszahlungen & Sonderzahlungen: bis 1.000 € für besondere Anlässe'],
  ['not-pay:benefit', 'invented', 'We donate $1,000 a year to a charity you choose.'],
  ['not-pay:count', 'reprojobs-006', '20-30 hours per month'],
  ['not-pay:count', 'invented', 'Expected hours: 40 per week'],
  ['not-pay:count', 'invented', 'Call us at 555-123-4567.'],
  ['not-pay:count', 'invented', '5+ years of experience required.'],
  ['not-pay:count', 'invented', 'Lift up to 50 pounds.'],
  ['not-pay:count', 'invented', '10% employer match on retirement savings.'],
  ['not-pay:count', 'invented', 'Serving 120 countries since 2004.'],
  ['not-pay:count', 'invented', '3-4 hours per week, remote.'],
  ['not-pay:count', 'invented', 'Shifts of 8, 10 or 12 hours.'],
  ['not-pay:count', 'invented', 'Requisition 24-0193, posted 03/15/2024.'],
  ['not-pay:count', 'invented', 'Level 4 role in the E11 band.'],
  ['not-pay:count', 'invented', 'Team of 14 designers and 6 writers.'],
  ['not-pay:count', 'invented', 'Open 7 days a week.'],
];
for (const [guards, source, text] of NOT_PAY) none(guards, source, text);
// The same not-pay sums beside this job's pay: the pay is still found, and only the pay.
const BESIDE: readonly [FailureClass, string, string, Want][] = [
  ['not-pay:spend', 'issue 12', 'Salary: $68,000 - $75,000 per year.\nManaged $2,000,000 - $5,000,000 in ad spend.', [68000, 75000, 'year', 'USD']],
  ['not-pay:spend', 'invented', 'You will own a $250,000 monthly ad budget. Pay: $30 - $34 per hour.', [30, 34, 'hour', 'USD']],
  ['not-pay:stipend', 'issue 12', 'A relocation stipend of $10,000 is available. Base salary: $90,000 - $105,000.', [90000, 105000, 'year', 'USD']],
  ['not-pay:stipend', 'occ-115', 'Salary range is $55,000 - $65,000 based on experience. The position also includes a monthly $350 healthcare stipend.', [55000, 65000, 'year', 'USD']],
  ['not-pay:stipend', 'invented', 'Monthly stipend: $1,500', [1500, 1500, 'month', 'USD']],
  ['not-pay:stipend', 'invented', 'Housing stipend $1,200 per month; hourly wage $19.', [19, 19, 'hour', 'USD']],
  ['not-pay:bonus', 'occ-001', '**Pay Rate:** $60.00 to $65.00 per hour\n### **$7,500 Sign-On Bonus!**', [60, 65, 'hour', 'USD']],
  ['not-pay:bonus', 'occ-006', 'Sign-on bonus: $500 after 250 hours worked\nPay: $18.55 - $24.00 per hour', [18.55, 24, 'hour', 'USD']],
  ['not-pay:bonus', 'occ-213', 'Pay $85,000 - 102,000 with a 10% targeted bonus of the yearly salary', [85000, 102000, 'year', 'USD']],
  ['not-pay:bonus', 'glassdoor2020-027', '$36,000 + Bonus, with 60 day performance review check-in', [36000, 36000, 'year', 'USD']],
  ['not-pay:bonus', 'occ-008', 'Pay range: $20-$22.50/hour plus a 7% overnight shift differential', [20, 22.5, 'hour', 'USD']],
  ['not-pay:bonus', 'occ-017', 'Pay: $17-$22 per hour plus weekend and overnight pay differentials', [17, 22, 'hour', 'USD']],
  ['not-pay:bonus', 'glassdoor2020-018', '$500 Week Salary plus referral commission.', [500, 500, 'week', 'USD']],
  ['not-pay:bonus', 'invented', 'Base salary plus a bonus of $5,000. Salary: $58,000.', [58000, 58000, 'year', 'USD']],
  ['not-pay:tuition', 'invented', 'Tuition reimbursement up to $5,250 per year. Salary: $47,000 - $52,000.', [47000, 52000, 'year', 'USD']],
  ['not-pay:funding', 'invented', 'We recently raised $63M in Series C funding.\nSalary: $50K - $60K', [50000, 60000, 'year', 'USD']],
  ['not-pay:funding', 'invented', 'Backed by $12 million in seed funding.\nCompensation: $120,000 - $140,000', [120000, 140000, 'year', 'USD']],
  ['not-pay:revenue', 'invented', 'Drive $400,000 in annual sales. Base pay $55,000 per year.', [55000, 55000, 'year', 'USD']],
  ['not-pay:revenue', 'occ-205', 'AdRoll helps customers generate more than $246 billion in sales annually.\nMinimum salary of $120,369 to maximum salary of $174,797.', [120369, 174797, 'year', 'USD']],
  ['not-pay:someone-else', 'invented', 'The average manager earns $55,000 a year; this role pays $64,000 a year.', [64000, 64000, 'year', 'USD']],
  ['not-pay:benefit', 'remotewlb-002', '$155,000/year to $200,000/year + benefits + stock options', [155000, 200000, 'year', 'USD']],
  ['not-pay:benefit', 'occ-103', 'Salary: $140,000- $175,000Benefits: 401k, Medical, Dental, Life Insurance', [140000, 175000, 'year', 'USD']],
  ['not-pay:benefit', 'invented', '401k with a 4% match\nSalary: $62,000', [62000, 62000, 'year', 'USD']],
  ['not-pay:count', 'reprojobs-006', '$50/hour, 20-30 hours per month', [50, 50, 'hour', 'USD']],
  ['not-pay:count', 'occ-113', 'Hours: 22.5hrs/week Salary: $23.00/hr', [23, 23, 'hour', 'USD']],
  ['not-pay:count', 'occ-244', 'Social Media + Growth Intern, 3-4 hours per week. Pay is $17/hr (capped at 75 hours).', [17, 17, 'hour', 'USD']],
  ['not-pay:count', 'occ-154', 'Paid Internship Rate: $20 per hour Hours: approx 6 hours per week.', [20, 20, 'hour', 'USD']],
];
for (const [guards, source, text, want] of BESIDE) add(guards, source, text, want);

// ——— The board's field against the body ————————————————————————————————————————————————————
add('field-vs-body', 'issue 12', 'Base salary: $45,000 base + commission.', [45000, 45000, 'year', 'USD'], { field: '150000.0' });
add('field-vs-body', 'issue 12', 'Salary range: $60,000 - $70,000 per year', [60000, 70000, 'year', 'USD'], { field: '$60,000' });
add('field-vs-body', 'occ-006', 'Pay: $18.55 - $24.00 per hour', [18.55, 24, 'hour', 'USD'], { field: '$18 - $24 hourly' });
add('field-vs-body', 'occ-018', 'Pay: $23.64 - $27.34 per hour', [23.64, 27.34, 'hour', 'USD'], { field: '$23 - $27 hourly' });
add('field-vs-body', 'occ-124', 'Salary Range: The salary for this position is between $40,000 – $50,000 annually.', [40000, 50000, 'year', 'USD'], { field: '$60,000 - $72,000 per year' });
add('field-vs-body', 'occ-063', '**Earn $1000 - $4000 per month.**', [1000, 4000, 'month', 'USD'], { field: '$35,000 - $40,000 yearly' });
add('field-vs-body', 'occ-100', 'Pay: $42,000.00 - $44,000.00 per year for Center, $25-27 for hourly assignments', [25, 27, 'hour', 'USD'], { field: '$25 - $27 per hour' });
add('field-vs-body', 'occ-219', 'Base Salary: $51,500 On Target Earnings: $86,500+ (Uncapped)', [51500, 51500, 'year', 'USD'], { field: '$51,500 - $86,500 per year' });
add('field-vs-body', 'occ-232', 'Our community specialist base pay ranges from $20.50 - $23.58/hour with a target bonus.', [20.5, 23.58, 'hour', 'USD'], { field: '$20.50/hr - $26.58/hr (from job description)' });
add('field-vs-body', 'invented', 'Pay: $16 - $17 an hour', [16, 17, 'hour', 'USD'], { field: '$33,280 - $35,360 yearly' });
add('field-vs-body', 'invented', 'We offer great benefits and a fun team.', [55000, 65000, 'year', 'USD'], { field: '$55,000 - $65,000 a year' });
add('field-vs-body', 'invented', 'We raised $20M last year and managed $3,000,000 in ad spend.', [28, 32, 'hour', 'USD'], { field: '$28 - $32 an hour' });
add('field-vs-body', 'invented', 'The company was founded with $50,000.', [70000, 70000, 'year', 'USD'], { field: '$70,000 a year' });
add('field-vs-body', 'glassdoor2020-031', 'Salary: $50,000.00 to $55,000.00 /year', [50000, 55000, 'year', 'USD'], { field: '$50,000 - $55,000' });
add('field-vs-body', 'invented', 'Hourly rate: $21.40', [21.4, 21.4, 'hour', 'USD'], { field: '$21 an hour' });
add('field-vs-body', 'invented', 'Sign-on bonus $2,000. Pay $19/hr.', [19, 19, 'hour', 'USD'], { field: '$19 an hour' });
none('field-vs-body', 'invented', 'This is a commission-only role with uncapped earnings.', { field: '$80,000 - $150,000 a year', terms: 'commission-only' });

// ——— Pay terms —————————————————————————————————————————————————————————————————————————————
const TERMS: readonly [string, string, PayTerms['kind'] | null][] = [
  ['invented', 'This is an unpaid internship for course credit.', 'unpaid'],
  ['invented', 'Unpaid, volunteer position. Flexible hours.', 'volunteer'],
  ['invented', 'This role is unpaid.', 'unpaid'],
  ['invented', 'This is a volunteer role supporting our food bank.', 'volunteer'],
  ['invented', 'Volunteer position: 5 hours a week.', 'volunteer'],
  ['invented', 'We are looking for help on a volunteer basis.', 'volunteer'],
  ['invented', 'This is a 100% commission position with uncapped earnings.', 'commission-only'],
  ['invented', 'Compensation: commission only, paid weekly.', 'commission-only'],
  ['invented', 'Straight commission; top reps earn $120,000 a year.', 'commission-only'],
  ['invented', 'Equity-only compensation until we close our seed round.', 'equity-only'],
  ['invented', 'This is an equity only role for a co-founder.', 'equity-only'],
  ['invented', 'Compensation is equity in the company.', 'equity-only'],
  ['invented', 'Stage non rémunéré de 6 mois.', 'unpaid'],
  ['invented', 'Ehrenamtlich, 4 Stunden pro Woche.', 'unpaid'],
  ['invented', 'This internship is unpaid but offers academic credit.', 'unpaid'],
  ['invented', 'This is not a commission-only role: base pay is $45,000 a year.', null],
  ['invented', 'Paid internship, not unpaid: $18 an hour.', null],
  ['invented', 'Unpaid leave and paid holidays. Salary: $52,000.', null],
  ['invented', 'Recruit and train our volunteers. Pay: $20 an hour.', null],
  ['invented', 'Volunteer Coordinator — $22 an hour.', null],
  ['invented', 'Compensation: $50,000 base plus commission.', null],
  ['invented', 'Salary plus equity: $110,000 a year and stock options.', null],
  ['invented', 'No pay cut for remote staff. Salary: $80,000.', null],
  ['invented', 'Chase unpaid invoices and reconcile accounts. Pay $24/hr.', null],
  ['occ-219', 'Base Salary: $51,500 On Target Earnings: $86,500+ (Uncapped)', null],
];
for (const [source, text, kind] of TERMS) {
  if (kind) none('terms', source, text, { terms: kind });
  else {
    const m = /\$([\d,]+)(?:\s*(?:an?|\/)\s*(hour|hr|year))?/.exec(text)!;
    const value = Number(m[1]!.replace(/,/g, ''));
    add('terms', source, text, [value, value, value < 200 ? 'hour' : 'year', 'USD']);
  }
}

// ——— The country's dollar or peso ———————————————————————————————————————————————————————————
const COUNTRY_DOLLARS: readonly [string, string, string, Want][] = [
  ['MX', 'issue 13 (Indeed Mexico)', '$20,000 a $21,000 por mes', [20000, 21000, 'month', 'MXN']],
  ['MX', 'invented', 'Sueldo: $12,000 - $14,000 al mes', [12000, 14000, 'month', 'MXN']],
  ['MX', 'invented', 'Salario: $85 por hora', [85, 85, 'hour', 'MXN']],
  ['MX', 'invented', 'Sueldo mensual de $18,500', [18500, 18500, 'month', 'MXN']],
  ['CA', 'invented', 'Salary: $65,000 - $75,000 a year', [65000, 75000, 'year', 'CAD']],
  ['CA', 'glassdoor2020-045', 'the regular base pay of $15 CAD/hr', [15, 15, 'hour', 'CAD']],
  ['CA', 'invented', 'Pay: $22.50 an hour', [22.5, 22.5, 'hour', 'CAD']],
  ['AU', 'indeed-au (saved page)', '$130,000 - $160,000 a year', [130000, 160000, 'year', 'AUD']],
  ['AU', 'invented', 'Salary: $95,000 + super p.a.', [95000, 95000, 'year', 'AUD']],
  ['AU', 'invented', '$38 p/hr + super', [38, 38, 'hour', 'AUD']],
  ['NZ', 'invented', 'Salary: $70,000 - $80,000 per annum', [70000, 80000, 'year', 'NZD']],
  ['SG', 'invented', 'Salary: $4,500 - $6,000 per month', [4500, 6000, 'month', 'SGD']],
  ['HK', 'invented', 'Monthly salary: $25,000 - $30,000', [25000, 30000, 'month', 'HKD']],
  ['CO', 'invented', 'Salario: $2.500.000 - $3.000.000 mensual', [2500000, 3000000, 'month', 'COP']],
  ['CL', 'invented', 'Sueldo líquido $900.000 mensual', [900000, 900000, 'month', 'CLP']],
  ['AR', 'invented', 'Sueldo: $850.000 por mes', [850000, 850000, 'month', 'ARS']],
  ['US', 'invented', 'Salary: $65,000 - $75,000 a year', [65000, 75000, 'year', 'USD']],
  ['CA', 'invented', 'Salary: US$90,000 per year', [90000, 90000, 'year', 'USD']],
  ['MX', 'invented', 'Pago: USD 2,000 al mes', [2000, 2000, 'month', 'USD']],
  ['DE', 'invented', 'Gehalt: 55.000 - 65.000 brutto pro Jahr', [55000, 65000, 'year', 'EUR']],
  ['GB', 'invented', 'Salary: 32,000 - 36,000 per annum pro rata', [32000, 36000, 'year', 'GBP']],
  ['IN', 'invented', 'CTC: 6,00,000 - 8,00,000 per annum', [600000, 800000, 'year', 'INR']],
  ['CH', 'invented', 'Lohn: 95 000 - 110 000 CHF pro Jahr', [95000, 110000, 'year', 'CHF']],
  ['PH', 'invented', 'Salary: $25,000 - $30,000 per month', [25000, 30000, 'month', 'PHP']],
];
for (const [country, source, text, want] of COUNTRY_DOLLARS) add('country-dollar', source, text, want, { country });

// ——— Periods and pay words in other languages ————————————————————————————————————————————————
const FOREIGN: readonly [string, string, Want, string?][] = [
  ['Sueldo: $9,000 - $11,000 por mes', 'es', [9000, 11000, 'month', 'MXN'], 'MX'],
  ['Pago de $120 por hora', 'es', [120, 120, 'hour', 'MXN'], 'MX'],
  ['Salario: 28.000 € al año', 'es', [28000, 28000, 'year', 'EUR']],
  ['Salario bruto anual: 30.000 - 34.000 €', 'es', [30000, 34000, 'year', 'EUR']],
  ['Sueldo de 1.400 € brutos al mes', 'es', [1400, 1400, 'month', 'EUR']],
  ['Salario: 24.000 € - 27.000 € brutos anuales', 'es', [24000, 27000, 'year', 'EUR']],
  ['Salaire : 2 200 € brut par mois', 'fr', [2200, 2200, 'month', 'EUR']],
  ['Rémunération : 38 000 € - 45 000 € brut annuel', 'fr', [38000, 45000, 'year', 'EUR']],
  ['Salaire : 40 k€ - 45 k€ par an', 'fr', [40000, 45000, 'year', 'EUR']],
  ['Salaire : 45 k€', 'fr', [45000, 45000, 'year', 'EUR']],
  ['Rémunération : 12 € brut de l’heure', 'fr', [12, 12, 'hour', 'EUR']],
  ['Salaire entre 32 000 et 36 000 € par an', 'fr', [32000, 36000, 'year', 'EUR']],
  ['Rémunération : 1 800 € à 2 100 € mensuel', 'fr', [1800, 2100, 'month', 'EUR']],
  ['Gehalt: 3.200 € - 3.800 € brutto pro Monat', 'de', [3200, 3800, 'month', 'EUR']],
  ['Vergütung: 14,50 €/Std.', 'de', [14.5, 14.5, 'hour', 'EUR']],
  ['Jahresgehalt: 52.000 - 60.000 €', 'de', [52000, 60000, 'year', 'EUR']],
  ['Gehalt 48.000 € brutto pro Jahr', 'de', [48000, 48000, 'year', 'EUR']],
  ['(51.537,75 EUR – 71.030,95 EUR p.a. zzgl. variabler Vergütungsbestandteile)', 'de (arbeitsagentur-130)', [51537.75, 71030.95, 'year', 'EUR']],
  ['Vergütung: 3.000 € – 4.000 € Brutto monatlich', 'de (arbeitsagentur-004)', [3000, 4000, 'month', 'EUR']],
  ['Stundenlohn: 15 € brutto', 'de', [15, 15, 'hour', 'EUR']],
  ['Gehalt zwischen 45.000 und 50.000 Euro im Jahr', 'de', [45000, 50000, 'year', 'EUR']],
  ['Salário: R$ 4.000 - R$ 5.000 por mês', 'pt', [4000, 5000, 'month', 'BRL']],
  ['Remuneração: R$ 25 por hora', 'pt', [25, 25, 'hour', 'BRL']],
  ['Salário: 1.200 € por mês', 'pt', [1200, 1200, 'month', 'EUR']],
  ['Salário anual de 18.000 €', 'pt', [18000, 18000, 'year', 'EUR']],
  ['RAL: 35.000 - 40.000 € lordi annui', 'it', [35000, 40000, 'year', 'EUR']],
  ['Retribuzione: 1.600 € al mese', 'it', [1600, 1600, 'month', 'EUR']],
  ['Stipendio mensile 1.800 € lordo', 'it', [1800, 1800, 'month', 'EUR']],
  ['Compenso: 12 € all’ora', 'it', [12, 12, 'hour', 'EUR']],
  ['Stipendio: 28.000 € annuo', 'it', [28000, 28000, 'year', 'EUR']],
];
for (const [text, lang, want, country] of FOREIGN) add('foreign-period', `invented (${lang})`, text, want, country ? { country } : {});
none('foreign-period', 'invented (es)', 'Más de 500 empleados en 12 países.');
none('foreign-period', 'invented (fr)', 'Plus de 2 000 clients par an.');
none('foreign-period', 'invented (de)', 'Wir betreuen 300 Kunden pro Monat.');
none('foreign-period', 'invented (it)', 'Oltre 40 negozi e 1.200 dipendenti.');

// ——— Lakh and crore ————————————————————————————————————————————————————————————————————————
const LAKH: readonly [string, string, Want][] = [
  ['glassdoor-in (saved page)', 'Salary: ₹4L - ₹11L', [400000, 1100000, 'year', 'INR']],
  ['glassdoor-in (saved page)', 'Salary: ₹5L - ₹10L', [500000, 1000000, 'year', 'INR']],
  ['issue 13', 'Salary: ₹3.9L - ₹16.3L', [390000, 1630000, 'year', 'INR']],
  ['invented', 'CTC: 3-5 LPA', [300000, 500000, 'year', 'INR']],
  ['invented', 'Package: 12 LPA', [1200000, 1200000, 'year', 'INR']],
  ['invented', 'Salary: 12 lakhs per annum', [1200000, 1200000, 'year', 'INR']],
  ['invented', 'CTC up to 1.2 crore', [null, 12000000, 'year', 'INR']],
  ['invented', 'Salary: Rs. 4.5 lakh - 6 lakh p.a.', [450000, 600000, 'year', 'INR']],
  ['invented', 'Stipend: ₹15,000 per month', [15000, 15000, 'month', 'INR']],
  ['indeed-in (saved page)', '₹2,40,000 - ₹4,00,000 a year', [240000, 400000, 'year', 'INR']],
  ['indeed-in (saved page)', '₹1,25,000 - ₹1,54,000 a month', [125000, 154000, 'month', 'INR']],
  ['indeed-in (saved page)', '₹14,182.55 - ₹25,000.00 a month', [14182.55, 25000, 'month', 'INR']],
  ['indeed-in (saved page)', '₹12,000 - ₹30,000 a month', [12000, 30000, 'month', 'INR']],
  ['invented', 'Salary: INR 8,00,000 - 10,00,000 per annum', [800000, 1000000, 'year', 'INR']],
  ['invented', 'Compensation: 18-24 lacs per annum', [1800000, 2400000, 'year', 'INR']],
  ['invented', 'CTC: ₹6.5 LPA', [650000, 650000, 'year', 'INR']],
];
for (const [source, text, want] of LAKH) add('lakh', source, text, want);
none('lakh', 'invented', 'Serving 10 lakh customers across India.');
none('lakh', 'invented', 'A ₹500 crore company with 40 offices.');

// ——— Thousands and decimal separators ————————————————————————————————————————————————————————
const SEPARATORS: readonly [string, string, Want][] = [
  ['invented', 'Gehalt: 45.000 € brutto jährlich', [45000, 45000, 'year', 'EUR']],
  ['invented', 'Salary: €45.000', [45000, 45000, 'year', 'EUR']],
  ['invented', "Lohn: CHF 120'000 pro Jahr", [120000, 120000, 'year', 'CHF']],
  ['invented', "Salary: CHF 95'000 - 110'000", [95000, 110000, 'year', 'CHF']],
  ['invented', 'Salaire : 45 000 € par an', [45000, 45000, 'year', 'EUR']],
  ['invented', 'Salaire : 45\u202f000 € brut annuel', [45000, 45000, 'year', 'EUR']],
  ['invented', 'Rémunération : 38\u00a0000 - 42\u00a0000 € par an', [38000, 42000, 'year', 'EUR']],
  ['invented', 'Salary: £30,000 per annum', [30000, 30000, 'year', 'GBP']],
  ['invented', 'Salary: £28,500 - £31,000 pro rata', [28500, 31000, 'year', 'GBP']],
  ['invented', 'Pay: £11.44 per hour', [11.44, 11.44, 'hour', 'GBP']],
  ['invented', 'Pay: £12.50 p/hr', [12.5, 12.5, 'hour', 'GBP']],
  ['invented', 'Salary: 5,00,000 INR per annum', [500000, 500000, 'year', 'INR']],
  ['linkedin2023-016', '$56,870.85/yr', [56870.85, 56870.85, 'year', 'USD']],
  ['arbeitsagentur-123', 'Bruttoentgelt von 48.570,94 € bis 63.992,61 € jährlich', [48570.94, 63992.61, 'year', 'EUR']],
  ['remotewlb-003', 'Salary: 140000.0', [140000, 140000, 'year', 'USD']],
  ['invented', 'Salary: $ 34,000.00 82,000.00 Per Year', [34000, 82000, 'year', 'USD']],
  ['invented', 'Salario: 1.250,50 € al mes', [1250.5, 1250.5, 'month', 'EUR']],
];
for (const [source, text, want] of SEPARATORS) add('separators', source, text, want);
none('separators', 'invented', 'Version 2.3.1 released on 12.03.2024.');
none('separators', 'invented', "He is 6'2\" and loves coffee.");

// ——— Periods ————————————————————————————————————————————————————————————————————————————————
const PERIODS: readonly [string, number, Period][] = [
  ['per hour', 24, 'hour'], ['/hr', 24, 'hour'], ['/ hour', 24, 'hour'], ['an hour', 24, 'hour'], ['hourly', 24, 'hour'],
  ['p/hr', 24, 'hour'], ['/h', 24, 'hour'], ['(Hourly)', 24, 'hour'], ['Per Hour', 24, 'hour'],
  ['per day', 180, 'day'], ['a day', 180, 'day'], ['/day', 180, 'day'], ['daily', 180, 'day'],
  ['per week', 900, 'week'], ['a week', 900, 'week'], ['weekly', 900, 'week'], ['/wk', 900, 'week'],
  ['per month', 4200, 'month'], ['a month', 4200, 'month'], ['monthly', 4200, 'month'], ['/mo', 4200, 'month'], ['/month', 4200, 'month'],
  ['per year', 52000, 'year'], ['a year', 52000, 'year'], ['/yr', 52000, 'year'], ['annually', 52000, 'year'], ['per annum', 52000, 'year'],
  ['p.a.', 52000, 'year'], ['yearly', 52000, 'year'], ['/year', 52000, 'year'],
];
for (const [word, amount, period] of PERIODS) {
  add('period', 'invented (period words of the corpus)', `Pay: $${amount.toLocaleString('en-US')} ${word}`.replace(' /', '/').replace('$24 (', '$24 ('), [amount, amount, period, 'USD']);
}
add('period', 'invented', 'Annual salary: $50,000 - $55,000', [50000, 55000, 'year', 'USD']);
add('period', 'linkedin2023-028', 'Monthly Salary: $3,220 to $4,282', [3220, 4282, 'month', 'USD']);
add('period', 'occ-071', 'Hourly Pay Rate: $36.44 / hour', [36.44, 36.44, 'hour', 'USD']);
add('period', 'occ-028', 'CDL B Driver Weekly Salary: $1,200.00', [1200, 1200, 'week', 'USD']);
add('period', 'glassdoor2020-026', '$50,000.00 - $70,000.00 Salary/month', [50000, 70000, 'month', 'USD']);
add('period', 'occ-207', '$110,000.00 - $140,000.00 Salary', [110000, 140000, 'year', 'USD']);
add('period', 'invented', 'Daily rate: $350', [350, 350, 'day', 'USD']);
none('period', 'linkedin2023-016', '$2,187.34/bi-weekly');
none('period', 'invented', 'Pay: $20 per video');
none('period', 'occ-075', 'Salary Range: $3000/season');

// ——— Hourly pay as boards write it (occupations corpus) ——————————————————————————————————————
const HOURLY: readonly [string, string, Want][] = [
  ['occ-002', 'Pay: $60.00 per hour', [60, 60, 'hour', 'USD']],
  ['occ-002', 'Competitive pay starting at $47 - $60 per hour', [47, 60, 'hour', 'USD']],
  ['occ-009', 'Pay range: $55-$62/hour', [55, 62, 'hour', 'USD']],
  ['occ-012', '* $20 to $22 Hourly', [20, 22, 'hour', 'USD']],
  ['occ-012', 'Compensation$20 to $22 per hour', [20, 22, 'hour', 'USD']],
  ['occ-041', 'Immediately Hiring Full-time Restaurant Server - $14/hr', [14, 14, 'hour', 'USD']],
  ['occ-083', 'Pay Range: $40-$70/Hour', [40, 70, 'hour', 'USD']],
  ['occ-095', 'Pay: $45,000.00 - $77,000.00 per year, annual salary Hourly equivalent: $26.70 to $36.36/hr', [45000, 77000, 'year', 'USD']],
  ['occ-251', 'You will be paid $25-$35 per hour, based on experience', [25, 35, 'hour', 'USD']],
  ['occ-253', 'Salary: $15.00 /hour', [15, 15, 'hour', 'USD']],
  ['occ-027', 'Pay: $0.60 - $0.70 per mile', null],
  ['occ-026', 'Pay: $61,500.00 - $65,600.00 per year', [61500, 65600, 'year', 'USD']],
  ['occ-200', 'Salary: $90,000 - $100,000', [90000, 100000, 'year', 'USD']],
  ['occ-203', '$149,200 - $234,850', [149200, 234850, 'year', 'USD']],
  ['glassdoor2020-039', 'Salary: $16.50/hr', [16.5, 16.5, 'hour', 'USD']],
  ['linkedin2023-048', 'Compensation: $25-35/hr', [25, 35, 'hour', 'USD']],
  ['reprojobs-007', '$27 / hour', [27, 27, 'hour', 'USD']],
  ['reprojobs-013', 'Pay: $17.68/ hourly', [17.68, 17.68, 'hour', 'USD']],
  ['glassdoor2020-004', '$21-$22Per Hour', [21, 22, 'hour', 'USD']],
  ['invented', 'Pay: $18 - $20 an hour', [18, 20, 'hour', 'USD']],
  ['invented', 'Wage: $15.25/hr plus tips', [15.25, 15.25, 'hour', 'USD']],
  ['invented', 'Starting wage $16.50 per hour', [16.5, null, 'hour', 'USD']],
  ['invented', 'Rate: $45 - $55/hour (W2)', [45, 55, 'hour', 'USD']],
  ['invented', 'Pay: $19.00 - $21.00 per hour\nExpected hours: 32 - 40 per week', [19, 21, 'hour', 'USD']],
  ['invented', 'Salary: $17 per hour, 8 hour shifts', [17, 17, 'hour', 'USD']],
];
for (const [source, text, want] of HOURLY) add('hourly', source, text, want);
add('floor', 'occ-031', 'Salary Range Minimum: USD $31.98/Hr. Salary Range Maximum: USD $31.98/Hr.', [31.98, 31.98, 'hour', 'USD']);
add('floor', 'invented', 'Minimum $50,000; maximum $62,000 per year', [50000, 62000, 'year', 'USD']);
add('period', 'invented', 'Hourly: $19.50', [19.5, 19.5, 'hour', 'USD']);
add('period', 'invented', 'Annual: $61,000 - $66,000', [61000, 66000, 'year', 'USD']);
add('period', 'invented', '$65,000 annual salary', [65000, 65000, 'year', 'USD']);
add('period', 'invented', 'Salary is 65000-75000 per year', [65000, 75000, 'year', 'USD']);
add('dash', 'invented', 'Pay: $20/hour - $25/hour', [20, 25, 'hour', 'USD']);
add('dash', 'invented', '45,000 USD - 55,000 USD annually', [45000, 55000, 'year', 'USD']);
add('k-suffix', 'invented', 'Salary: £25k - £30k', [25000, 30000, 'year', 'GBP']);
add('k-suffix', 'invented', 'Salary $50-60k', [50000, 60000, 'year', 'USD']);
none('estimate', 'invented', 'Estimated: $60K - $80K a year');
none('terms', 'invented', 'Salary: Competitive');
add('period', 'invented (UK contract rates)', 'Rate: £350-£400 p/d outside IR35', [350, 400, 'day', 'GBP']);
add('period', 'invented', 'Salary: £2,500 p/m', [2500, 2500, 'month', 'GBP']);
add('period', 'invented', 'Pay: £500 p/w', [500, 500, 'week', 'GBP']);
none('not-pay:count', 'invented', 'Shifts run 9 am to 5 pm, Monday to Friday.');
none('not-pay:count', 'invented', 'Open 24 h a day, 7 d a week.');

// ——— Estimates ————————————————————————————————————————————————————————————————————————————
none('estimate', 'glassdoor2020 (pattern)', '$37K-$66K (Glassdoor est.)');
none('estimate', 'linkedin2023-004 (pattern)', 'Estimated Salary: $45K');
add('estimate', 'glassdoor2020-055', '$60K-$80K(Employer est.)', [60000, 80000, 'year', 'USD']);
add('estimate', 'invented', '$33K-$48K (Glassdoor est.) Salary: $50,000', [50000, 50000, 'year', 'USD']);

export const PAY_CASES: readonly PayCase[] = cases;
