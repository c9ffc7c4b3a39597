// The pay reader, fed with real lines of ../shared/corpus/postings.jsonl (the id of each is in the
// case name, and a test below checks that every quoted line is really in that posting). Cases
// marked "invented" cover an edge the corpus lacks and say so.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualise, parseAmount, parsePayText, readPay, type PayReading } from '../../analyzers/pay';
import { postingFromText, readPosting } from '../../analyzers/posting';
import type { Pay, Period, Posting, PostingInput } from '../../analyzers/types';
import { corpusText, loadCorpus, type CorpusPosting } from '../../scripts/corpus';

interface Want {
  readonly min: number | null;
  readonly max: number | null;
  readonly period: Period;
  readonly currency: string | null;
}

interface Case {
  /** A corpus id, or "invented: why". */
  readonly source: string;
  readonly line: string;
  /** 'field' for a site's pay field (salary_text from a source field), else a description line. */
  readonly kind: 'field' | 'description';
  readonly want: Want | null;
  readonly evidence?: string;
}

const pay = (min: number | null, max: number | null, period: Period, currency: string | null): Want => ({ min, max, period, currency });

const corpus = loadCorpus();
const byId = new Map(corpus.map((p) => [p.id, p]));
const record = (id: string): CorpusPosting => {
  const found = byId.get(id);
  if (!found) throw new Error(`no posting ${id} in the corpus`);
  return found;
};
const postingOf = (id: string): Posting => readPosting(postingFromText(corpusText(record(id))));
const postingFrom = (input: Partial<PostingInput> & { description: string }): Posting =>
  readPosting({
    title: 'Social Media Coordinator', company: null, location: null, payText: null, payEstimateText: null,
    url: null, site: null, method: 'text', ...input,
  });

function expectReading(reading: PayReading | null, want: Want | null, evidence?: string): void {
  if (want === null) {
    expect(reading).toBeNull();
    return;
  }
  expect(reading).not.toBeNull();
  expect({ min: reading?.min, max: reading?.max, period: reading?.period, currency: reading?.currency }).toEqual(want);
  if (evidence !== undefined) expect(reading?.evidence).toBe(evidence);
}

// ——— The formats of real postings ——————————————————————————————————————————————————————————

const READS: readonly Case[] = [
  { source: 'reprojobs-002', kind: 'field', line: '$4441 - $6794 monthly', want: pay(4441, 6794, 'month', 'USD') },
  { source: 'reprojobs-004', kind: 'field', line: '$35 per hour', want: pay(35, 35, 'hour', 'USD') },
  { source: 'reprojobs-001', kind: 'field', line: '$30-40 per hour based on experience', want: pay(30, 40, 'hour', 'USD'), evidence: '$30-40 per hour' },
  { source: 'reprojobs-006', kind: 'field', line: '$50/hour, 20-30 hours per month', want: pay(50, 50, 'hour', 'USD'), evidence: '$50/hour' },
  { source: 'reprojobs-007', kind: 'field', line: '$27 / hour', want: pay(27, 27, 'hour', 'USD') },
  { source: 'reprojobs-009', kind: 'field', line: '$71,085 - $74,640, commensurate with experience, with competitive benefits package', want: pay(71085, 74640, 'year', 'USD'), evidence: '$71,085 - $74,640' },
  { source: 'reprojobs-011', kind: 'field', line: '$68,800 to $76,500', want: pay(68800, 76500, 'year', 'USD') },
  { source: 'reprojobs-013', kind: 'field', line: '$17.68/ hourly', want: pay(17.68, 17.68, 'hour', 'USD') },
  { source: 'reprojobs-015', kind: 'field', line: '60,000-62,000', want: pay(60000, 62000, 'year', null) },
  { source: 'reprojobs-017', kind: 'field', line: '$80,000', want: pay(80000, 80000, 'year', 'USD') },
  { source: 'reprojobs-018', kind: 'field', line: '$60,000-70,000', want: pay(60000, 70000, 'year', 'USD') },
  { source: 'remotewlb-003', kind: 'field', line: '140000.0', want: pay(140000, 140000, 'year', null) },
  { source: 'linkedin2023-028', kind: 'field', line: '$3,220/month - $4,282/month (from job description)', want: pay(3220, 4282, 'month', 'USD'), evidence: '$3,220/month - $4,282/month' },
  { source: 'linkedin2023-057', kind: 'field', line: '$25.60/hr - $34/hr (from job description)', want: pay(25.6, 34, 'hour', 'USD') },
  { source: 'linkedin2023-029', kind: 'field', line: '$45,600/yr - $50,000/yr (from job description)', want: pay(45600, 50000, 'year', 'USD') },
  { source: 'linkedin2023-016', kind: 'field', line: '$56,870.85/yr (from job description)', want: pay(56870.85, 56870.85, 'year', 'USD') },
  { source: 'glassdoor2020-004', kind: 'field', line: '$21-$22Per Hour(Employer est.)', want: pay(21, 22, 'hour', 'USD'), evidence: '$21-$22Per Hour' },
  { source: 'glassdoor2020-055', kind: 'field', line: '$60K-$80K(Employer est.)', want: pay(60000, 80000, 'year', 'USD'), evidence: '$60K-$80K' },
  { source: 'linkedin2023-020', kind: 'description', line: 'Salary: $25-.00 - $36.00 per hour', want: pay(25, 36, 'hour', 'USD'), evidence: '$25-.00 - $36.00 per hour' },
  { source: 'linkedin2023-001', kind: 'description', line: 'Salary range: $40,000- $55,000', want: pay(40000, 55000, 'year', 'USD') },
  { source: 'linkedin2023-011', kind: 'description', line: 'The expected base salary range for this position is $75,000 – 90,000 per year depending on experience, paid semi-monthly.', want: pay(75000, 90000, 'year', 'USD'), evidence: '$75,000 – 90,000 per year' },
  { source: 'linkedin2023-016', kind: 'description', line: 'Pay is depending on experience, minimum is  $56,870.85/annually, $2,187.34/bi-weekly', want: pay(56870.85, null, 'year', 'USD'), evidence: 'minimum is  $56,870.85/annually' },
  { source: 'linkedin2023-025', kind: 'description', line: 'Salary Range$21.0698 - $25.2837 (Hourly)', want: pay(21.0698, 25.2837, 'hour', 'USD') },
  { source: 'linkedin2023-028', kind: 'description', line: 'Monthly Salary: Range 38, $3,220 to $4,282, Step A-M', want: pay(3220, 4282, 'month', 'USD'), evidence: 'Monthly Salary: Range 38, $3,220 to $4,282' },
  { source: 'linkedin2023-034', kind: 'description', line: 'Salary: $ 34,000.00 82,000.00 Per Year', want: pay(34000, 82000, 'year', 'USD') },
  { source: 'linkedin2023-052', kind: 'description', line: 'Proposed Annual Salary Range $50,000-$55,000', want: pay(50000, 55000, 'year', 'USD'), evidence: 'Annual Salary Range $50,000-$55,000' },
  { source: 'linkedin2023-054', kind: 'description', line: 'Pay Range: $48500 - $62500 yearly', want: pay(48500, 62500, 'year', 'USD') },
  { source: 'linkedin2023-055', kind: 'description', line: 'Pay: $1250 - $1650 per week', want: pay(1250, 1650, 'week', 'USD') },
  { source: 'linkedin2023-046', kind: 'description', line: 'Pay rate: $11.75 per hour', want: pay(11.75, 11.75, 'hour', 'USD') },
  { source: 'linkedin2023-041', kind: 'description', line: 'Salary Range: $50k to $60k based on experience', want: pay(50000, 60000, 'year', 'USD') },
  { source: 'glassdoor2020-018', kind: 'description', line: '$500 Week Salary plus referral commission.', want: pay(500, 500, 'week', 'USD'), evidence: '$500 Week' },
  { source: 'glassdoor2020-033', kind: 'description', line: 'Salary range: $30,000 - $35,000 (DOE) with bonus potential', want: pay(30000, 35000, 'year', 'USD') },
  { source: 'glassdoor2020-027', kind: 'description', line: '$36,000 + Bonus, with 60 day performance review check-in', want: pay(36000, 36000, 'year', 'USD') },
  { source: 'glassdoor2020-038', kind: 'description', line: 'Salary: $50K - $60K', want: pay(50000, 60000, 'year', 'USD') },
  { source: 'glassdoor2020-045', kind: 'description', line: 'Once onboard, you would receive the regular base pay of $15 CAD/hr like the rest of our Part-Time ESL Video Content Creators.', want: pay(15, 15, 'hour', 'CAD'), evidence: '$15 CAD/hr' },
  { source: 'remotewlb-002', kind: 'description', line: '$155,000/year to $200,000/year + benefits + stock options', want: pay(155000, 200000, 'year', 'USD'), evidence: '$155,000/year to $200,000/year' },
  { source: 'remotewlb-003', kind: 'description', line: '$40,000/year base salary + quarterly bonuses from profitable partnerships. Estimated on-target earnings of $60-100k+', want: pay(40000, 40000, 'year', 'USD'), evidence: '$40,000/year' },
  { source: 'arbeitsagentur-056', kind: 'description', line: '- Eine faire Vergütung zwischen 40.000 - 45.000 Euro/Jahr', want: pay(40000, 45000, 'year', 'EUR'), evidence: '40.000 - 45.000 Euro/Jahr' },
  { source: 'arbeitsagentur-026', kind: 'description', line: 'Ein marktkonformes Gehaltspaket von 3.200 € - bis 3.800 € brutto monatlich', want: pay(3200, 3800, 'month', 'EUR'), evidence: '3.200 € - bis 3.800 € brutto monatlich' },
  { source: 'arbeitsagentur-130', kind: 'description', line: 'Entgeltgruppe 9c TVöD-VKA\n(51.537,75 EUR – 71.030,95 EUR p.a. zzgl. variabler Vergütungsbestandteile)', want: pay(51537.75, 71030.95, 'year', 'EUR'), evidence: '51.537,75 EUR – 71.030,95 EUR p.a.' },
  { source: 'arbeitsagentur-123', kind: 'description', line: 'Bruttoentgelt von 48.570,94 € bis 63.992,61 € jährlich (bei Vollzeit)', want: pay(48570.94, 63992.61, 'year', 'EUR') },
  { source: 'arbeitsagentur-132', kind: 'description', line: 'Bruttojahresgehalt einschließlich Jahressonderzahlung von\n18.922 EUR bis 20.604 EUR', want: pay(18922, 20604, 'year', 'EUR'), evidence: 'Bruttojahresgehalt einschließlich Jahressonderzahlung von\n18.922 EUR bis 20.604 EUR' },
  { source: 'arbeitsagentur-121', kind: 'description', line: 'Vergütung bis zu 20 € pro Stunde in Abhängigkeit von Ihrer beruflichen Erfahrung', want: pay(null, 20, 'hour', 'EUR'), evidence: 'bis zu 20 € pro Stunde' },
];

// ——— Formats the issue names that the corpus lacks (all invented) ——————————————————————————

const INVENTED: readonly Case[] = [
  { source: 'invented: the issue\'s K range', kind: 'field', line: '$45K–$55K', want: pay(45000, 55000, 'year', 'USD') },
  { source: 'invented: the issue\'s "a year"', kind: 'field', line: '$45,000 - $55,000 a year', want: pay(45000, 55000, 'year', 'USD') },
  { source: 'invented: the issue\'s hourly figure', kind: 'field', line: '$25.60/hr', want: pay(25.6, 25.6, 'hour', 'USD') },
  { source: 'invented: the issue\'s monthly figure', kind: 'field', line: '$3,220/month', want: pay(3220, 3220, 'month', 'USD') },
  { source: 'invented: per annum in pounds', kind: 'field', line: '£30,000 per annum', want: pay(30000, 30000, 'year', 'GBP') },
  { source: 'invented: pounds with no period', kind: 'field', line: '£30,000', want: pay(30000, 30000, 'year', 'GBP') },
  { source: 'invented: the German thousands dot', kind: 'field', line: '€45.000', want: pay(45000, 45000, 'year', 'EUR') },
  { source: 'invented: German gross yearly', kind: 'field', line: '45.000 € brutto jährlich', want: pay(45000, 45000, 'year', 'EUR') },
  // On-target earnings are the pay only when no base is stated (issue 12: "OTE: $90k" was missed).
  { source: 'invented: on-target earnings alone', kind: 'description', line: 'OTE $80,000', want: pay(80000, 80000, 'year', 'USD') },
  { source: 'invented: "up to"', kind: 'description', line: 'Salary up to $60,000 DOE', want: pay(null, 60000, 'year', 'USD'), evidence: 'up to $60,000' },
  { source: 'invented: "starting at"', kind: 'description', line: 'Pay starting at $18/hr', want: pay(18, null, 'hour', 'USD'), evidence: 'starting at $18/hr' },
  { source: 'invented: the issue\'s "From … an hour"', kind: 'description', line: 'From $22.38 an hour', want: pay(22.38, null, 'hour', 'USD'), evidence: 'From $22.38 an hour' },
  { source: 'invented: the issue\'s "$18 - $20 an hour"', kind: 'field', line: '$18 - $20 an hour', want: pay(18, 20, 'hour', 'USD') },
  { source: 'invented: the issue\'s year-to-year range', kind: 'field', line: '$170,000/year-$230,000/year', want: pay(170000, 230000, 'year', 'USD') },
  { source: 'invented: US$', kind: 'field', line: 'US$50,000 - US$60,000', want: pay(50000, 60000, 'year', 'USD') },
  { source: 'invented: USD code', kind: 'field', line: 'USD 50,000 - 60,000', want: pay(50000, 60000, 'year', 'USD') },
  { source: 'invented: C$', kind: 'field', line: 'C$25/hr', want: pay(25, 25, 'hour', 'CAD') },
  { source: 'invented: CAD code', kind: 'field', line: 'CAD 60,000 per year', want: pay(60000, 60000, 'year', 'CAD') },
  { source: 'invented: A$', kind: 'field', line: 'A$90,000', want: pay(90000, 90000, 'year', 'AUD') },
  { source: 'invented: AUD code with K', kind: 'field', line: 'AUD 90k', want: pay(90000, 90000, 'year', 'AUD') },
  { source: 'invented: EUR code', kind: 'field', line: 'EUR 4.000 monatlich', want: pay(4000, 4000, 'month', 'EUR') },
  { source: 'invented: rupees in lakh', kind: 'field', line: '₹5L - ₹7L per annum', want: pay(500000, 700000, 'year', 'INR') },
  { source: 'invented: lakh with no period', kind: 'field', line: '₹5L', want: pay(500000, 500000, 'year', 'INR') },
  { source: 'invented: lakh per annum', kind: 'field', line: '5-7 LPA', want: pay(500000, 700000, 'year', 'INR') },
  { source: 'invented: Indian digit grouping', kind: 'field', line: 'INR 5,00,000 per annum', want: pay(500000, 500000, 'year', 'INR') },
  { source: 'invented: a K carried back to the range start', kind: 'field', line: '$60-100k', want: pay(60000, 100000, 'year', 'USD') },
  { source: 'invented: a code before the dollar sign', kind: 'field', line: 'CAD $50,000 per year', want: pay(50000, 50000, 'year', 'CAD'), evidence: 'CAD $50,000 per year' },
  { source: 'invented: a decimal K, as Indeed shows estimates', kind: 'field', line: '$45.1K – $57.1K a year', want: pay(45100, 57100, 'year', 'USD') },
  { source: 'invented: a period before the figure', kind: 'description', line: 'Hourly Rate: $20-$22', want: pay(20, 22, 'hour', 'USD'), evidence: 'Hourly Rate: $20-$22' },
  { source: 'invented: a pay word after the figure outweighs a benefit before it', kind: 'description', line: 'Benefits include a 401k match and a $50,000 salary', want: pay(50000, 50000, 'year', 'USD') },
  { source: 'invented: benefits joined by "&"', kind: 'description', line: '$60,000 & health insurance', want: pay(60000, 60000, 'year', 'USD') },
  { source: 'invented: between … and …', kind: 'description', line: 'The salary is between $50,000 and $60,000.', want: pay(50000, 60000, 'year', 'USD') },
  { source: 'invented: zwischen … und …', kind: 'description', line: 'Gehalt zwischen 40.000 und 45.000 Euro im Jahr', want: pay(40000, 45000, 'year', 'EUR') },
  // A US posting may list one range per area (pay-transparency laws ask for each). The first is the
  // posting's primary market, so it is the one read; the others stay in the text for the reader.
  { source: 'invented: several geographic ranges', kind: 'description', line: 'Pay range: $80,000 - $100,000 (New York City); $70,000 - $90,000 (Colorado)', want: pay(80000, 100000, 'year', 'USD') },
];

// ——— Text with no base pay of this job ——————————————————————————————————————————————————————

const NO_PAY: readonly Case[] = [
  { source: 'careerpage-003', kind: 'description', line: 'This is a full-time position with a competitive salary and benefits.', want: null },
  { source: 'arbeitsagentur-111', kind: 'description', line: '- Entgelt nach Entgeltgruppe 11 TVöD', want: null },
  { source: 'arbeitsagentur-060', kind: 'description', line: 'Nach derzeitiger Einschätzung ist eine Eingruppierung im Bereich der Entgeltgruppen 8 bis 9c TVöD-V möglich.', want: null },
  { source: 'arbeitsagentur-108', kind: 'description', line: '**Eckdaten**: Entgeltgruppe E8 TV-L | Teilzeit (50%) | befristet für 12 Monate', want: null },
  { source: 'arbeitsagentur-110', kind: 'description', line: 'Gehalt je nach Berufserfahrung: 2.750 €', want: null },
  { source: 'arbeitsagentur-004', kind: 'description', line: '3.000 € – 4.000 € Brutto, Attraktive und leistungsgerechte Vergütung', want: null },
  { source: 'crocoder-001', kind: 'description', line: 'We recently raised $63M in Series C funding to bring forward the next generation of tooling for a more accessible web.', want: null },
  { source: 'glassdoor2020-054', kind: 'description', line: 'has raised $20M from leading real estate VCs.', want: null },
  { source: 'crocoder-006', kind: 'description', line: 'Your leadership will be pivotal in helping us scale from $26M ARR to $100M ARR.', want: null },
  { source: 'arbeitsagentur-079', kind: 'description', line: 'Mit einem Jahresumsatz von 6,4 Milliarden Euro ist die XXXLutz-Gruppe einer der drei größten Möbelhändler der Welt.', want: null },
  { source: 'crocoder-006', kind: 'description', line: '$1,000 yearly vacation bonus for taking 5 consecutive days of vacation', want: null },
  { source: 'glassdoor2020-009', kind: 'description', line: 'Reduced Friday hours year round\n$200 quarterly Mind and Body bonus\nSabbatical leaves starting at 3 years\n401K with match', want: null },
  { source: 'arbeitsagentur-072', kind: 'description', line: 'Bis zu 3.000 € Prämie für erfolgreiche Empfehlungen', want: null },
  { source: 'arbeitsagentur-042', kind: 'description', line: 'Mirabellen-Booster: Extra-Bonus bis zu 300 € pro Quartal', want: null },
  { source: 'crocoder-006', kind: 'description', line: '401k with a 4% match', want: null },
  { source: 'glassdoor2020-005', kind: 'description', line: 'HSA with high employer contribution (up to $2,500 per calendar year)', want: null },
  { source: 'crocoder-006', kind: 'description', line: '$3,200 equipment allowance for your first two years, $2,500 budget every following two years for U.S.-based team members', want: null },
  { source: 'remotewlb-001', kind: 'description', line: '$150 monthly allowance for cell phone and internet', want: null },
  { source: 'remotewlb-001', kind: 'description', line: '$20,000 lifetime benefit for family planning, such as adoption or fertility expenses', want: null },
  { source: 'linkedin2023-041', kind: 'description', line: 'each employee is given $500/year to donate to a charity (Laufer has donated over $1 million!!!)', want: null },
  { source: 'linkedin2023-052', kind: 'description', line: 'Manage $5,000 annual social media budget and comply with university financial policies.', want: null },
  { source: 'arbeitsagentur-074', kind: 'description', line: 'Steuerfreier Sachbezug 50,00 Euro monatlich', want: null },
  { source: 'arbeitsagentur-095', kind: 'description', line: '13 Gehälter, 40 € vermögenswirksame Leistungen, Altersvorsorge & Zusatzabsicherungen', want: null },
  { source: 'linkedin2023-016', kind: 'field', line: '$2,187.34/bi-weekly', want: null },
  { source: 'invented: "DOE" alone', kind: 'field', line: 'DOE', want: null },
  { source: 'invented: tuition reimbursement', kind: 'description', line: 'Tuition reimbursement up to $5,250 per year', want: null },
  { source: 'invented: a sign-on bonus', kind: 'description', line: 'A $5,000 sign-on bonus for this role', want: null },
  { source: 'invented: a referral fee', kind: 'description', line: 'Employee referral fee of $1,500', want: null },
  { source: 'invented: a salary describing someone else', kind: 'description', line: 'The average social media manager in Austin earns $55,000 a year.', want: null },
  { source: 'invented: an average salary, past a nearer pay word', kind: 'description', line: 'Our average employee salary is $70,000', want: null },
  { source: 'invented: the applicant\'s figure', kind: 'description', line: 'Please include your salary expectations (e.g. $50,000) with your application', want: null },
  { source: 'invented: money the company charges', kind: 'description', line: 'We bill clients $150 per hour', want: null },
  { source: 'invented: customer counts', kind: 'description', line: 'Trusted by 40,000 customers in 120 countries', want: null },
  { source: 'invented: a piece rate', kind: 'field', line: '$20 per video', want: null },
  { source: 'invented: a figure too small for a year and too big for an hour', kind: 'field', line: '$1,000 - $2,000', want: null },
];

const caseName = (c: Case): string =>
  c.want
    ? `reads "${c.line}" (${c.source}) as ${c.want.min === c.want.max ? c.want.min : `${c.want.min}–${c.want.max}`} ${c.want.currency ?? 'no written currency'} per ${c.want.period}`
    : `finds no base pay in "${c.line}" (${c.source})`;

describe('parsePayText', () => {
  it.each(READS.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expectReading(parsePayText(c.line, { kind: c.kind }), c.want, c.evidence);
  });

  it.each(INVENTED.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expectReading(parsePayText(c.line, { kind: c.kind }), c.want, c.evidence);
  });

  it.each(NO_PAY.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expect(parsePayText(c.line, { kind: c.kind })).toBeNull();
  });

  it('quotes only lines that really are in the postings they cite', () => {
    for (const c of [...READS, ...NO_PAY]) {
      if (c.source.startsWith('invented')) continue;
      const p = record(c.source);
      const inField = p.salary_text?.includes(c.line) ?? false;
      expect(inField || p.description.includes(c.line), `${c.source}: «${c.line}»`).toBe(true);
    }
  });

  it('flags "$85,000.00 to $90,000.00 /hour" (glassdoor2020-017) as implausible and keeps it as written', () => {
    const r = parsePayText('Salary: $85,000.00 to $90,000.00 /hour', { kind: 'description' });
    expect(r).toMatchObject({ min: 85000, max: 90000, period: 'hour', evidence: '$85,000.00 to $90,000.00 /hour' });
    expect(r?.implausible).toMatch(/hour/);
  });

  it('flags "$50,000.00 - $70,000.00 Salary/month" (glassdoor2020-026) as implausible and keeps it as written', () => {
    const r = parsePayText('Salary Range $50,000.00 - $70,000.00 Salary/month', { kind: 'description' });
    expect(r).toMatchObject({ min: 50000, max: 70000, period: 'month' });
    expect(r?.implausible).toMatch(/month/);
  });

  it('does not flag an ordinary salary as implausible', () => {
    expect(parsePayText('$45,000 - $55,000 a year')?.implausible).toBeUndefined();
    expect(parsePayText('$15/hr')?.implausible).toBeUndefined();
  });

  it('marks "$33K-$48K (Glassdoor est.)" (glassdoor2020-001) as a job board\'s estimate', () => {
    const line = '$33K-$48K (Glassdoor est.)';
    expect(record('glassdoor2020-001').salary_estimate_third_party).toBe(line);
    expect(parsePayText(line)).toMatchObject({ min: 33000, max: 48000, estimated: true });
  });

  it('does not mark "$60K-$80K(Employer est.)" (glassdoor2020-055) as a board\'s estimate', () => {
    expect(parsePayText('$60K-$80K(Employer est.)')?.estimated).toBe(false);
  });

  it('marks a figure after "Estimated" as an estimate (invented: an Indeed-style display)', () => {
    expect(parsePayText('Estimated $45K - $60K a year')).toMatchObject({ min: 45000, max: 60000, estimated: true });
  });

  it('prefers the employer\'s figure to an estimate in the same text (invented)', () => {
    expect(parsePayText('$33K-$48K (Glassdoor est.) Salary: $50,000 per year', { kind: 'description' }))
      .toMatchObject({ min: 50000, estimated: false });
  });

  it('prefers the pay line to the other money of a posting (invented mix of corpus lines)', () => {
    const text = 'We recently raised $63M in Series C funding.\n$1,000 yearly vacation bonus\nSalary: $50K - $60K\n401k with a 4% match';
    expect(parsePayText(text, { kind: 'description' })).toMatchObject({ min: 50000, max: 60000, evidence: '$50K - $60K' });
  });

  it('reads a bare number in a description only when it says it is pay (invented)', () => {
    expect(parsePayText('Colorado State University has 33,000 students', { kind: 'description' })).toBeNull();
    expect(parsePayText('Salary: 60,000 - 70,000', { kind: 'description' })).toMatchObject({ min: 60000, max: 70000, currency: null });
    expect(parsePayText('21.0698-25.2837 per hour', { kind: 'description' })).toMatchObject({ period: 'hour' });
  });
});

describe('parseAmount', () => {
  it.each([
    ['45,000', 45000], ['45.000', 45000], ['51.537,75', 51537.75], ['56,870.85', 56870.85], ['140000.0', 140000],
    ['50,00', 50], ['21.0698', 21.0698], ['5,00,000', 500000], ['1.000.000', 1000000], ['25.60', 25.6],
  ] as const)('reads "%s" as %d', (token, value) => {
    expect(parseAmount(token)?.value).toBe(value);
  });

  it('refuses numbers whose marks make no sense (invented)', () => {
    expect(parseAmount('1,2,3')).toBeNull();
    expect(parseAmount('1.,5')).toBeNull();
  });
});

describe('annualise', () => {
  it.each([
    [25, 'hour', 52000], [200, 'day', 52000], [1000, 'week', 52000], [4000, 'month', 48000], [50000, 'year', 50000],
  ] as const)('turns %d per %s into %d a year (2,080 h, 260 d, 52 w, 12 mo)', (amount, period, annual) => {
    expect(annualise(amount, period)).toBe(annual);
  });

  it('uses the hours per year it is given', () => {
    expect(annualise(20, 'hour', 1000)).toBe(20000);
  });
});

// ——— A posting's pay ———————————————————————————————————————————————————————————————————————

describe('readPay', () => {
  it('takes the pay field over the description (linkedin2023-004), quoting the field', () => {
    const posting = postingOf('linkedin2023-004');
    const { pay } = readPay(posting);
    expect(pay).toMatchObject({ min: 15, max: 22, period: 'hour', currency: 'USD', estimated: false });
    expect(posting.payText).toContain(pay?.evidence);
  });

  it('reads the description when there is no pay field (glassdoor2020-056), quoting the description', () => {
    const posting = postingOf('glassdoor2020-056');
    expect(posting.payText).toBeNull();
    const { pay } = readPay(posting);
    expect(pay).toMatchObject({ min: 38000, max: 40000, period: 'year', currency: 'USD', annual: { min: 38000, max: 40000 } });
    expect(posting.description).toContain(pay?.evidence);
  });

  it('keeps a figure the text marks as "Estimated" out of the pay (linkedin2023-004 without its pay field)', () => {
    const posting = readPosting({ ...postingFromText(corpusText(record('linkedin2023-004'))), payText: null });
    const { pay, estimate } = readPay(posting);
    expect(pay).toBeNull();
    expect(estimate).toMatchObject({ min: 15, max: 21, period: 'hour', estimated: true });
  });

  it('reads the job board\'s estimate field as an estimate, never as pay (glassdoor2020-001)', () => {
    const p = record('glassdoor2020-001');
    const posting = readPosting({ ...postingFromText(corpusText(p)), payEstimateText: p.salary_estimate_third_party ?? null });
    const { pay, estimate } = readPay(posting);
    expect(pay).toBeNull();
    expect(estimate).toMatchObject({ min: 33000, max: 48000, period: 'year', estimated: true, annual: { min: 33000, max: 48000 } });
  });

  it('keeps the implausible "$85,000.00 to $90,000.00 /hour" (glassdoor2020-017) as written, flagged', () => {
    const { pay } = readPay(postingOf('glassdoor2020-017'));
    expect(pay).toMatchObject({ min: 85000, max: 90000, period: 'hour' });
    expect(pay?.implausible).toEqual(expect.any(String));
  });

  it('finds no pay where the posting only says "competitive" (crocoder-004) or gives a pay grade (arbeitsagentur-073)', () => {
    expect(readPay(postingOf('crocoder-004')).pay).toBeNull();
    expect(readPay(postingOf('arbeitsagentur-073')).pay).toBeNull();
  });

  it('reads the first of several geographic ranges (remotewlb-001: the US range)', () => {
    expect(readPay(postingOf('remotewlb-001')).pay).toMatchObject({ min: 170000, max: 230000, period: 'year', currency: 'USD' });
  });

  it('gives a bare number the currency of the posting\'s place (reprojobs-015: USD; invented German and Canadian postings)', () => {
    expect(readPay(postingOf('reprojobs-015')).pay?.currency).toBe('USD');
    const german = postingFrom({ payText: '40.000 - 45.000', description: 'Wir suchen dich für unser Team und bieten eine Vergütung mit der du gut leben kannst.' });
    expect(readPay(german).pay).toMatchObject({ min: 40000, max: 45000, currency: 'EUR' });
    const toronto = postingFrom({ location: 'Toronto, ON', description: 'Pay: $25/hr' });
    expect(readPay(toronto).pay?.currency).toBe('CAD');
  });

  it('keeps "Melbourne, FL" (linkedin2023-064) in US dollars', () => {
    expect(readPay(postingOf('linkedin2023-064')).pay?.currency).toBe('USD');
  });

  it('lets a pay heading vouch for a figure on the next line (invented: "Compensation" then a small range)', () => {
    expect(readPay(postingFrom({ description: 'Compensation\n$18 - $22' })).pay).toMatchObject({ min: 18, max: 22, period: 'hour' });
    expect(readPay(postingFrom({ description: 'About us\n$18 - $22' })).pay).toBeNull();
  });

  it('finds no pay in a commission-only posting (invented: the corpus has none)', () => {
    const posting = postingFrom({ description: 'This is a commission-only role. Top performers earn $80,000 a year.' });
    expect(readPay(posting).pay).toBeNull();
    const salaried = postingFrom({ description: 'This is not a commission-only role. Salary: $50,000 a year.' });
    expect(readPay(salaried).pay).toMatchObject({ min: 50000, period: 'year' });
  });

  it('annualises hourly pay with the hours per year it is given', () => {
    const { pay } = readPay(postingOf('reprojobs-004'), { hoursPerYear: 1000 });
    expect(pay?.annual).toEqual({ min: 35000, max: 35000 });
  });
});

// ——— Invariants ————————————————————————————————————————————————————————————————————————————

function expectSound(p: Pay, source: string): void {
  // Open-ended pay has one end null, never both; the ends it has keep their order.
  expect(p.min !== null || p.max !== null, source).toBe(true);
  expect(p.min ?? p.max!, source).toBeGreaterThan(0);
  expect(p.min ?? 0, source).toBeLessThanOrEqual(p.max ?? Infinity);
  expect(p.annual.min ?? 0, source).toBeLessThanOrEqual(p.annual.max ?? Infinity);
  expect(p.currency, source).toMatch(/^[A-Z]{3}$/);
  expect(p.evidence.trim(), source).toBe(p.evidence);
}

describe('invariants', () => {
  it('reads every one of the corpus postings without throwing, and every figure is sound and quoted', () => {
    for (const p of corpus) {
      const posting = readPosting(postingFromText(corpusText(p)));
      const { pay, estimate } = readPay(posting);
      for (const found of [pay, estimate]) {
        if (!found) continue;
        expectSound(found, p.id);
        const quoted = (posting.payText?.includes(found.evidence) ?? false) || posting.description.includes(found.evidence);
        expect(quoted, `${p.id}: «${found.evidence}»`).toBe(true);
      }
    }
  });

  const pieces = [
    '$', '€', '£', 'US$', 'C$', '₹', '1', '0', '5', '9', ',', '.', '-', '–', ' ', '\n', 'k', 'K', 'L', 'M', '/', 'hr', 'hour',
    ' per year', ' a month', 'monthly', 'Salary: ', 'Pay: ', 'bonus', '401(k)', ' to ', 'bis', 'brutto', 'EUR', '(', ')',
    'est.', 'Employer', '%',
  ];

  it('keeps min ≤ max, positive figures and evidence quoted from the text, on any mix of money words', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 }), fc.constantFrom('field', 'description' as const), (text, kind) => {
        const r = parsePayText(text, { kind: kind as 'field' | 'description' });
        if (!r) return;
        expect(r.min !== null || r.max !== null).toBe(true);
        expect(r.min ?? r.max!).toBeGreaterThan(0);
        expect(r.min ?? 0).toBeLessThanOrEqual(r.max ?? Infinity);
        expect(Number.isFinite(r.max ?? r.min!)).toBe(true);
        expect(text.slice(r.index, r.index + r.evidence.length)).toBe(r.evidence);
      }),
      { numRuns: 2000 },
    );
  });

  // The regexes are linear: no nested quantifiers. Each case is a megabyte of the characters a
  // backtracking pattern would choke on; a generous bound, so that a slow machine does not fail it.
  it.each([
    ['digits', '1'.repeat(1_000_000)],
    ['digits and commas', '1,'.repeat(500_000)],
    ['dollar signs and digits', '$1'.repeat(500_000)],
    ['dollar signs, digits and commas', '$1,000,'.repeat(142_858)],
    ['dashes between figures', '$1 - '.repeat(200_000)],
    ['marks only', '.,'.repeat(500_000)],
    ['spaces after a figure', `$5${' '.repeat(500_000)}(${' '.repeat(500_000)}`],
    ['figures and tabs', '$5\t'.repeat(333_333)],
    ['period words', `$5${' per'.repeat(250_000)}`],
  ])('parses a megabyte of %s in well under five seconds', (_name, text) => {
    const started = performance.now();
    parsePayText(text);
    parsePayText(text, { kind: 'description' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
