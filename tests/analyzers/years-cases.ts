// Public case table for the years reader (issue 12): each case a statement as postings write it,
// tagged with the failure class it guards, and what the reader must make of it (`null`: no years
// asked). Written from the phrasing of real postings — the id names where the wording comes from
// (../shared/corpus/postings.jsonl, ../shared/corpus/occupations/postings.jsonl, the saved pages) —
// reworded and with other fields and figures; `invented` marks a sentence written for the class.
// Company names from postings are left out.

import { readExperience } from '../../analyzers/experience';
import { postingFromText, readPosting } from '../../analyzers/posting';

export type YearsClass =
  | 'plus' // "6+ years of Java"
  | 'or-more' // "3 or more years in logistics"
  | 'range' // "1-3 years", "3 to 6 yrs"
  | 'floor-word' // "minimum 4 years", "at least 2 yrs", "5 years minimum"
  | 'number-word' // "Eight+ years", "three (3) years"
  | 'yoe' // "7+ YoE"
  | 'verb-object' // "requires 6 years with SQL": no "experience" word
  | 'months' // "18 months of forklift experience" (1.5); under a year is no years bar
  | 'indeed-block' // "Experience: • Retail: 1 year (Required)"
  | 'title' // "Data Engineer (2-4 years)"
  | 'glued' // run-together scraped text: "fieldA minimum of 3 years", "plus.2+ years"
  | 'ceiling' // "up to 2 years", "fewer than 4 years … welcome": not a minimum
  | 'company' // "60 years of combined experience", "for over 50 years": not asked of the applicant
  | 'schooling' // "a 4 year degree"
  | 'age' // "18 years of age", "4 year old"
  | 'window' // "in the last 3 years", "within one year of hire", "once every 2-3 months"
  | 'duration' // "6 month contract", "12+ Months" assignment, "one-year commitment", pay "a year"
  | 'preferred-scope' // "desired" in one sentence must not make another's years preferred
  | 'preferred-vs-minimum' // "6+ years preferred, 3 years minimum" requires 3
  | 'preferred' // years wished for, not asked
  | 'highest-minimum' // the bar is the highest required minimum
  | 'alternative' // "degree or 4 years of experience", "3 years … OR 5 years": not the bar
  | 'tier' // "Class B = 3-5 yrs": one grade of a ladder
  | 'german'
  | 'french'
  | 'romance-dutch' // Spanish, Italian, Portuguese, Dutch basics
  | 'no-number'; // "erste Erfahrung", "several years": no figure, no years

export interface YearsWant {
  readonly min: number;
  readonly max?: number | null;
  readonly required?: boolean;
  /** The reader must say it is unsure. */
  readonly unsure?: boolean;
}

export interface YearsCase {
  readonly cls: YearsClass;
  /** Where the phrasing comes from: a corpus id, a saved page, or `invented`. */
  readonly source: string;
  readonly text: string;
  readonly title?: string;
  readonly want: YearsWant | null;
}

const c = (cls: YearsClass, source: string, text: string, want: YearsWant | null, title?: string): YearsCase =>
  title === undefined ? { cls, source, text, want } : { cls, source, text, want, title };
const req = (min: number, max: number | null = null): YearsWant => ({ min, max, required: true });
const pref = (min: number, max: number | null = null): YearsWant => ({ min, max, required: false });

export const YEARS_CASES: readonly YearsCase[] = [
  // ── N+ years ────────────────────────────────────────────────────────────────────────────────
  c('plus', 'invented', '• 6+ years of Java', req(6)),
  c('plus', 'careerpage-003', '• 2+ years of experience in social media management', req(2)),
  c('plus', 'occ-207', '• 5+ years of experience building data pipelines at scale', req(5)),
  c('plus', 'occ-213', '• 6+ years of experience in facilities management in a corporate setting', req(6)),
  c('plus', 'occ-256', '• 4+years of proven experience at a software company', req(4)),
  c('plus', 'occ-256', '• 4+ years in writing user guides and API documentation', req(4)),
  c('plus', 'occ-203', '3+ years proven work experience in software design, ideally in large distributed systems', req(3)),
  c('plus', 'glassdoor2020-038', '4+ years of social media marketing experience required', req(4)),
  c('plus', 'glassdoor2020-022', 'You are a strong communicator with 2+ years of marketing experience (agency or brand).', req(2)),
  c('plus', 'remotewlb-001', 'As our senior manager you should have 7+ years of social media experience, preferably with entertainment brands.', req(7)),
  c('plus', 'occ-080', '• 1+ years’ relevant experience', req(1)),
  c('plus', 'occ-150', '• 1+ year(s) in social media management (Instagram and TikTok)', req(1)),
  c('plus', 'occ-210', '• 1 - 5+ years of underwriting experience', req(1, 5)),
  c('plus', 'occ-126', '• 3-5+ years’ experience in the industrial automation industry', req(3, 5)),
  c('plus', 'glassdoor2020-057', '+ 7 years of experience in corporate communication or related functions', req(7)),
  c('plus', 'occ-234', '+2+ years of experience working in public relations or an outreach role', req(2)),
  c('plus', 'invented', '• 10+ years building payment systems', req(10)),
  c('plus', 'invented', '• 3 years+ in a warehouse', req(3)),
  c('plus', 'invented', '• 5 plus years of experience in HVAC service', req(5)),
  c('plus', 'invented', '• 2 yrs+ exp. with point-of-sale systems', req(2)),
  c('plus', 'linkedin2023-018', '3+ years of experience in marketing, social media, or adjacent', req(3)),
  c('plus', 'glassdoor2020-013', '3+ years experience working within the gaming sector', req(3)),
  c('plus', 'glassdoor2020-054', '2+ years of experience managing social media for an established brand', req(2)),
  // ── or more ─────────────────────────────────────────────────────────────────────────────────
  c('or-more', 'invented', '• 3 or more years in logistics', req(3)),
  c('or-more', 'occ-048', '• Three or more years of related experience in a factory environment is required.', req(3)),
  c('or-more', 'occ-112', 'Qualifications: Seven years or more of payroll and benefits experience.', req(7)),
  c('or-more', 'linkedin2023-019', '2 or more years of experience in digital strategy (may include internships)', req(2)),
  c('or-more', 'glassdoor2020-023', 'Candidates should have a minimum of two or more (2+) years of experience in a marketing role.', req(2)),
  c('or-more', 'invented', '• Four years or longer in commercial roofing', req(4)),
  c('or-more', 'invented', '• 5 years or greater of clinical experience', req(5)),
  c('or-more', 'occ-108', '4 or more years of related experience', req(4)),
  // ── ranges ──────────────────────────────────────────────────────────────────────────────────
  c('range', 'glassdoor2020-026', '1-3 years experience in social media, events and/or community management', req(1, 3)),
  c('range', 'invented', '• 3 to 6 yrs in embedded C', req(3, 6)),
  c('range', 'glassdoor2020-004', '3 to 5 years’ experience working in a content and social media role', req(3, 5)),
  c('range', 'linkedin2023-010', '3 - 5 Years professional experience creating content for a website', req(3, 5)),
  c('range', 'occ-164', '1 – 2 years related work experience in a planning or scheduling role', req(1, 2)),
  c('range', 'occ-170', '· Minimum of 3-5 years of experience in production planning within the food industry', req(3, 5)),
  c('range', 'glassdoor2020-049', '5-8 years of experience in a digital content development role', req(5, 8)),
  c('range', 'glassdoor2020-009', 'We want a PR expert who brings 6-9 years of experience in the influencer space.', req(6, 9)),
  c('range', 'linkedin2023-002', 'Design experience is welcome, with five to eight years of experience overall.', req(5, 8)),
  c('range', 'occ-113', 'Experience: Three to five years of proven office management or assistant experience', req(3, 5)),
  c('range', 'glassdoor2020-037', '• 2-5 Years Internet Marketing / Social Media', req(2, 5)),
  c('range', 'glassdoor2020-001', '2-4 years experience in digital marketing, ecommerce or equivalent field', req(2, 4)),
  c('range', 'occ-074', '• 3-5 years of maintenance and electrical repair, PLC fault diagnostics', req(3, 5)),
  c('range', 'invented', '• 0-2 years of experience; new graduates welcome', req(0, 2)),
  c('range', 'invented', '• 2 through 4 years in a dental office', req(2, 4)),
  c('range', 'invented', '• 1.5-3 years of experience in bookkeeping', req(1.5, 3)),
  c('range', 'linkedin2023-003', '1-2 years’ experience in a similar position in the resort or guest service industry', req(1, 2)),
  c('range', 'invented', '• 4—6 years of hands-on welding experience', req(4, 6)),
  // ── floors in words ─────────────────────────────────────────────────────────────────────────
  c('floor-word', 'invented', '• minimum 4 years in retail banking', req(4)),
  c('floor-word', 'invented', '• at least 2 yrs in a kitchen', req(2)),
  c('floor-word', 'occ-218', '5 years minimum successful fundraising experience', req(5)),
  c('floor-word', 'occ-002', '• Must have at least 1 year of hospital experience', req(1)),
  c('floor-word', 'occ-009', '• You have a minimum of 1 year pharmacy experience', req(1)),
  c('floor-word', 'occ-109', 'Minimum 5 years experience in real estate accounting', req(5)),
  c('floor-word', 'occ-209', 'Minimum of 5 years of experience as a manual tester or in a similar role', req(5)),
  c('floor-word', 'occ-043', '• Proven minimum of 7 years experience as a journeyman wireman', req(7)),
  c('floor-word', 'occ-031', 'A minimum of 1 year of experience driving a roll-off truck is required.', req(1)),
  c('floor-word', 'linkedin2023-036', 'Must have at least 5 years experience.', req(5)),
  c('floor-word', 'linkedin2023-070', 'Minimum of 3 years of relevant experience, with a proven track record of media placements', req(3)),
  c('floor-word', 'glassdoor2020-044', '· Minimum 3 years of hands-on management of external social media communications', req(3)),
  c('floor-word', 'linkedin2023-009', 'Highly creative with deep (2-3 years minimum) experience using design tools', req(2, 3)),
  c('floor-word', 'invented', '• No less than 3 years of experience as a line cook', req(3)),
  c('floor-word', 'invented', '• More than 5 years in technical sales', req(5)),
  c('floor-word', 'invented', '• Over 8 years of experience leading engineering teams', req(8)),
  c('floor-word', 'invented', '• 4 years at minimum in an accounting role', req(4)),
  c('floor-word', 'invented', '• Min. 2 years warehouse experience', req(2)),
  c('floor-word', 'occ-158', 'Minimum two years management or supervisor experience', req(2)),
  c('floor-word', 'occ-028', '• Minimum 1-year prior food distribution experience', req(1)),
  c('floor-word', 'occ-028', '• Minimum 1 year material handling equipment experience', req(1)),
  // ── number words ────────────────────────────────────────────────────────────────────────────
  c('number-word', 'invented', '• Eight+ years shipping mobile apps', req(8)),
  c('number-word', 'glassdoor2020-024', '• Minimum of three (3) years of digital marketing experience required in an agency setting', req(3)),
  c('number-word', 'glassdoor2020-043', 'At least five (5) years of related work experience', req(5)),
  c('number-word', 'occ-003', '• Minimum of one (1) year experience in home health or long-term care', req(1)),
  c('number-word', 'glassdoor2020-032', 'The coordinator should be a self-starter with at least three years of experience in content creation.', req(3)),
  c('number-word', 'linkedin2023-016', 'Experience: Five years of related work experience in marketing', req(5)),
  c('number-word', 'occ-070', '• At least one year experience as a slot supervisor or management position required', req(1)),
  c('number-word', 'occ-137', 'Qualifications: AT LEAST ONE YEAR PREVIOUS EXPERIENCE PREFERRED', pref(1)),
  c('number-word', 'invented', '• A year of experience in a call centre', req(1)),
  c('number-word', 'invented', '• Twelve years of experience in litigation', req(12)),
  c('number-word', 'invented', '• Two (2-3) years of experience in payroll', req(2)),
  c('number-word', 'occ-224', "Bachelor's degree and four years of business analyst experience", req(4)),
  c('number-word', 'linkedin2023-007', 'A minimum of three years of experience in content creation, marketing, or similar', req(3)),
  // ── YoE ─────────────────────────────────────────────────────────────────────────────────────
  c('yoe', 'invented', '• 7+ YoE in backend development', req(7)),
  c('yoe', 'invented', 'Looking for 3-5 YOE, Python and SQL', req(3, 5)),
  c('yoe', 'invented', '• 4 yoe minimum', req(4)),
  // ── years of a skill, no "experience" word ──────────────────────────────────────────────────
  c('verb-object', 'invented', 'The role requires 6 years with SQL and data warehousing.', req(6)),
  c('verb-object', 'invented', '• 5 years as a tool and die maker', req(5)),
  c('verb-object', 'invented', '• 3+ years in a community management role, or similar', req(3)),
  c('verb-object', 'crocoder-003', '*   3+ years in a community management role, ideally with a design background', req(3)),
  c('verb-object', 'invented', 'You bring 4 years of React and TypeScript.', req(4)),
  c('verb-object', 'invented', '• 2 years driving a box truck', req(2)),
  c('verb-object', 'invented', '• At least 3 years working in a commercial kitchen', req(3)),
  c('verb-object', 'occ-039', 'Required: must have worked at the same job for 2 years within the last 5 years.', req(2)),
  c('verb-object', 'invented', 'Candidates must have been employed as a dispatcher for 3 years.', req(3)),
  c('verb-object', 'invented', '• 2 years managing a team of five or more', req(2)),
  c('verb-object', 'occ-251', '3 Years experience editing short-form video with a narrative structure', req(3)),
  // ── months ──────────────────────────────────────────────────────────────────────────────────
  c('months', 'invented', '• 18 months of forklift experience', req(1.5)),
  c('months', 'invented', '• At least 24 months of experience in phlebotomy', req(2)),
  c('months', 'invented', '• 12+ months of customer-facing experience', req(1)),
  c('months', 'invented', '• 12-24 months of experience as a barista', req(1, 2)),
  c('months', 'occ-046', '• Three or more months of basic MIG welding experience is required.', null),
  c('months', 'occ-258', '• Minimum 6 months of experience in a rental counter role preferred', null),
  c('months', 'occ-065', '• One (1) month related experience and/or training', null),
  c('months', 'invented', '• 30 months in a dispatch role', req(2.5)),
  // ── Indeed's block ──────────────────────────────────────────────────────────────────────────
  c('indeed-block', 'occ-037', 'Experience:\n• Retail: 1 year (Required)', req(1)),
  c('indeed-block', 'occ-070', 'Experience:\n• Customer service: 2 years (Preferred)', pref(2)),
  c('indeed-block', 'occ-002', 'Experience:\n• Nursing: 2 years (Required)\n• Must have at least 1 year of hospital experience', req(2)),
  c('indeed-block', 'occ-037', 'Experience:\n• Dishwashing: 2 years (Required)\n• Restaurant: 1 year (Preferred)', req(2)),
  c('indeed-block', 'occ-253', 'Experience:\nSales: 1 year (Preferred)\ncustomer service: 1 year (Preferred)\nBrand ambassador: 1 year (Required)', req(1)),
  c('indeed-block', 'occ-119', 'Education:Bachelor\'s (Required)Experience:sales: 3 years (Preferred)fluid power systems: 4 years (Required)License/Certification:Driver\'s License', req(4)),
  c('indeed-block', 'occ-181', 'Experience:Medication administration: 1 year (Required)', req(1)),
  c('indeed-block', 'occ-043', 'Experience:\n• journeymen: 7 years (Required)', req(7)),
  c('indeed-block', 'occ-072', 'Experience:\n• Hotel experience: 3 years (Required)', req(3)),
  c('indeed-block', 'occ-064', 'Experience:\n• Babysitting: 1 year (Preferred)', pref(1)),
  c('indeed-block', 'glassdoor2020-017', 'influencer marketing and/or partner marketing: 5 years (Required)', req(5)),
  c('indeed-block', 'occ-018', 'Benefits:\n• Paid time off\nExperience:\n• Customer service: 1 year (Preferred)', pref(1)),
  c('indeed-block', 'invented', 'Benefits:\n• 401(k)\n• Health insurance\n• Forklift: 2 years (Required)', req(2)),
  // ── the title ───────────────────────────────────────────────────────────────────────────────
  c('title', 'invented', 'Build and run batch pipelines.', req(2, 4), 'Data Engineer (2-4 years)'),
  c('title', 'invented', 'Own the service layer.', req(5), 'Senior Backend Developer - 5+ yrs'),
  c('title', 'invented', 'Drive routes across the county.', req(1), 'CDL Driver | 1 year exp required'),
  c('title', 'occ-064', 'Care for a child overnight.', null, 'Overnight sitter for 4 year old'),
  c('title', 'invented', 'Pick and pack orders.', null, 'Warehouse Associate - 12 month contract'),
  // ── run-together text ───────────────────────────────────────────────────────────────────────
  c('glued', 'occ-182', 'College degree in business, finance or related fieldA minimum of 3 years of professional experience in compliance', req(3)),
  c('glued', 'occ-200', 'Degree or certification in engineering all a plus.2+ years of product development experience a plus', pref(2)),
  c('glued', 'occ-214', "Typically requires a Bachelor's degree in HR or IT related field.3+ years of experience configuring payroll software", req(3)),
  c('glued', 'occ-168', "Associate's degree in electronics or related field or equivalent experience1-2 years of experience in testing electronic equipment", req(1, 2)),
  c('glued', 'occ-135', 'Required Education and Experience:5 years of experience as a die maker.', req(5)),
  c('glued', 'occ-177', "Bachelor's degree in industrial design or similarMinimum 3 years’ experience in product design and development", req(3)),
  c('glued', 'occ-184', 'PhD degree in physics or related fieldsMinimum 3 years of industrial experience in wafer process engineering', req(3)),
  c('glued', 'linkedin2023-053', 'This job is hybrid!2+ years of experience in social media content creation', req(2)),
  c('glued', 'occ-176', 'Required: accounting softwareMinimum of 2 years of emergency department nursing experienceSkills: triage', req(2)),
  // ── ceilings: not minimums ──────────────────────────────────────────────────────────────────
  c('ceiling', 'invented', 'Up to 2 years of experience in a support role.', null),
  c('ceiling', 'invented', 'Candidates with fewer than 4 years of experience are welcome to apply.', null),
  c('ceiling', 'invented', 'This early-career role suits someone with less than 3 years of experience.', null),
  c('ceiling', 'invented', '• No more than 2 years of professional experience (graduate scheme)', null),
  c('ceiling', 'invented', '• Maximum of 3 years post-qualification experience', null),
  c('ceiling', 'invented', '• 2 years of experience or less', null),
  c('ceiling', 'invented', 'Under 2 years of experience? Apply anyway.\n• 3+ years of customer service experience', req(3)),
  c('ceiling', 'invented', 'We welcome applicants with up to 5 years of experience.\n• At least 1 year in a clinic', req(1)),
  c('ceiling', 'invented', '• Bis zu 2 Jahre Berufserfahrung', null),
  c('ceiling', 'invented', '• Moins de 2 ans d’expérience', null),
  // ── company, team, history: not asked ───────────────────────────────────────────────────────
  c('company', 'invented', 'Our team brings 60 years of combined experience to every project.', null),
  c('company', 'occ-175', 'We have been serving the food service industry for over 50 years, with a strong commitment to customer experience.', null),
  c('company', 'occ-055', 'With over 100 years of experience, we manufacture residential and contract textiles.', null),
  c('company', 'occ-047', 'We empower you to do great work in a company with 100 years of success, innovation and growth.', null),
  c('company', 'occ-234', 'Many team members have 10+ years of experience in digital industries.', null),
  c('company', 'occ-161', 'We have served clients in education and healthcare for over 35 years.', null),
  c('company', 'invented', 'We have 25 years of experience in residential roofing.', null),
  c('company', 'invented', 'Founded 12 years ago, we now employ 300 people.', null),
  c('company', 'invented', 'Our founders bring 20 years of experience in logistics software.', null),
  c('company', 'occ-253', 'The company is celebrating 100 years in business this year.', null),
  c('company', 'linkedin2023-035', 'The synagogue has a strong 180-year history in the neighbourhood.', null),
  c('company', 'invented', 'Family owned and operated for 30 years.', null),
  c('company', 'invented', 'For over 20 years we have helped families find care.', null),
  c('company', 'invented', 'With 15 years of experience in the market, our agency knows retail.\n• 2+ years of account management experience', req(2)),
  c('company', 'arbeitsagentur-026', 'Mittelständisch, mit über 110 Jahren Erfahrung in der Produktion.', null),
  c('company', 'arbeitsagentur-052', 'Als Versorger mit über 160 Jahren Erfahrung stehen wir für Verlässlichkeit.', null),
  c('company', 'invented', 'Seit über 30 Jahren entwickeln wir Software für den Mittelstand.', null),
  c('company', 'invented', 'Depuis plus de 20 ans, nous accompagnons nos clients.', null),
  c('company', 'occ-083', 'Designed with the help of a 30-year hygienist, our platform serves dental teams.', null),
  c('company', 'invented', 'We are looking for someone with 3+ years of experience in recruiting.', req(3)),
  c('company', 'invented', 'Join our team if you have 2 years of experience in sales.', req(2)),
  // ── schooling ───────────────────────────────────────────────────────────────────────────────
  c('schooling', 'glassdoor2020-026', '4 Year Degree', null),
  c('schooling', 'invented', 'A 4 year degree in accounting is required.', null),
  c('schooling', 'glassdoor2020-028', '4 year college degree (preferably in English or journalism)', null),
  c('schooling', 'occ-166', 'Graduation from an accredited four year college or university.', null),
  c('schooling', 'occ-193', '· 4-year degree', null),
  c('schooling', 'occ-017', '• At least 2 years post-high school education', null),
  c('schooling', 'invented', '• Two-year associate degree in nursing', null),
  c('schooling', 'invented', '• Completion of a 2 year apprenticeship program', null),
  c('schooling', 'invented', '• 2 years of college coursework in chemistry', null),
  c('schooling', 'invented', 'A 4-year degree and 3 years of experience in HR are required.', req(3)),
  c('schooling', 'occ-017', '• At least 2 years post-high school education\n• At least one year of experience in a behavioral health setting is highly desired', pref(1)),
  // ── ages ────────────────────────────────────────────────────────────────────────────────────
  c('age', 'occ-028', '• Drivers must be 21 years of age', null),
  c('age', 'occ-253', 'Must be at least 18 years of age.', null),
  c('age', 'occ-225', 'You’ll need to be 18+ years of age and eligible to work in the USA.', null),
  c('age', 'invented', 'Applicants must be 21 years or older.', null),
  c('age', 'invented', 'Caring for a 3-year-old and a newborn.', null),
  c('age', 'invented', 'Must be 16 years old or older.', null),
  c('age', 'invented', 'Must be at least 18 years of age.\n• 1 year of cashier experience', req(1)),
  // ── windows of time ─────────────────────────────────────────────────────────────────────────
  c('window', 'occ-028', '• No CDL accidents in the last 36 months (3 years)', null),
  c('window', 'occ-028', '• Drivers must have a minimum of 2 years of verifiable commercial driving experience in the last 3 years', req(2)),
  c('window', 'occ-031', '• At least 1 year of experience operating a CDL vehicle, within the last 7 years', req(1)),
  c('window', 'occ-081', 'Registered therapist credential within 1 year required.', null),
  c('window', 'occ-081', 'Neonatal credential within three years of hire.', null),
  c('window', 'occ-166', 'Ability to become a certified evaluator within two years.', null),
  c('window', 'occ-213', 'Meetings are typically once every 2-3 months.', null),
  c('window', 'invented', 'Performance reviews every 2 years.', null),
  c('window', 'invented', 'No moving violations in the past 3 years.', null),
  c('window', 'invented', 'After 2 years in the role you may move to a senior position.', null),
  c('window', 'occ-225', 'You may progress into other areas within your first year.', null),
  c('window', 'invented', 'Over the next 3 years you will build the data team.', null),
  // ── durations, commitments and pay ──────────────────────────────────────────────────────────
  c('duration', 'occ-223', 'This is a six month contract position from May to November.', null),
  c('duration', 'occ-233', 'This is a remote contract position (1 year) from anywhere in the US.', null),
  c('duration', 'linkedin2023-036', 'Job Duration: 12+ Months', null),
  c('duration', 'occ-063', 'We look for a minimum of a one-year commitment.', null),
  c('duration', 'glassdoor2020-002', 'Our client is seeking a community manager to join their team for 6 months!', null),
  c('duration', 'occ-226', 'Salary Range: $46,900 - $57,500 a year', null),
  c('duration', 'invented', 'Pay: $52,000 per year plus bonus.', null),
  c('duration', 'invented', 'A 2-year fixed-term contract with possible extension.', null),
  c('duration', 'invented', 'Able to pass a 10-year background check.', null),
  c('duration', 'occ-251', "We have a 3 month 'discovery period' to get to know each new hire.", null),
  c('duration', 'occ-074', 'You will train on day shift for approximately 1-2 months.', null),
  c('duration', 'invented', 'Open 24 hours a day, 365 days a year.', null),
  c('duration', 'invented', 'The program runs for 2 years with rotations.', null),
  c('duration', 'linkedin2023-071', 'Duration : 1 year', null),
  c('duration', 'invented', '16 weeks of paid parental leave and one month of gradual return.', null),
  c('duration', 'invented', 'Two-year warranty on all installations.', null),
  // ── preferred in one sentence only ──────────────────────────────────────────────────────────
  c('preferred-scope', 'invented', '• 3+ years of experience in payroll.\n• Experience with ADP is desired.', req(3)),
  c('preferred-scope', 'invented', '• 3+ years of experience in payroll. Knowledge of ADP desired.', req(3)),
  c('preferred-scope', 'invented', 'Bilingual Spanish preferred. 2 years of experience as a medical assistant.', req(2)),
  c('preferred-scope', 'glassdoor2020-033', 'A minimum of two years of related experience. Customer service or sales experience is preferred.', req(2)),
  c('preferred-scope', 'occ-197', 'Candidate preferred to have 1-3 years prior transportation experience', pref(1, 3)),
  c('preferred-scope', 'invented', '• 2 years of retail experience\n• Forklift certification a plus', req(2)),
  c('preferred-scope', 'glassdoor2020-015', 'You have 1-2 years of experience in influencer marketing, preferably in the consumer goods industry.', req(1, 2)),
  c('preferred-scope', 'arbeitsagentur-078', '- Mindestens 5 Jahre Erfahrung im Social Media Management – idealerweise in einer Agentur', req(5)),
  c('preferred-scope', 'arbeitsagentur-038', 'Du bringst mindestens 2 Jahre Erfahrung im Marketing mit - idealerweise mit Schwerpunkt Brand.', req(2)),
  // ── preferred against a minimum in the same sentence ────────────────────────────────────────
  c('preferred-vs-minimum', 'invented', '6+ years preferred, 3 years minimum', req(3)),
  c('preferred-vs-minimum', 'occ-047', '• Three or more years of production experience is required, with one or more years in an operator role preferred.', req(3)),
  c('preferred-vs-minimum', 'occ-161', 'A minimum of 1-3 years of experience is recommended, or a minimum of 3-5 years of relevant design-firm experience is required.', req(3, 5)),
  c('preferred-vs-minimum', 'glassdoor2020-055', 'Minimum of 3 years of social media experience required, and 3 to 5 years of editorial experience is preferred.', req(3)),
  c('preferred-vs-minimum', 'linkedin2023-040', 'Minimum of THREE, ideally FIVE or more years working in marketing capacities', req(3)),
  c('preferred-vs-minimum', 'invented', 'At least 2 years of experience required; 4 years preferred.', req(2)),
  c('preferred-vs-minimum', 'invented', '5 years of experience preferred but 2 years required.', req(2)),
  c('preferred-vs-minimum', 'invented', '3 years required, ideally 5 years', req(3)),
  // ── preferred only ──────────────────────────────────────────────────────────────────────────
  c('preferred', 'glassdoor2020-040', '1-2 years of social media management experience a plus', pref(1, 2)),
  c('preferred', 'glassdoor2020-019', '2-3 years’ experience preferred in influencer marketing and/or public relations roles', pref(2, 3)),
  c('preferred', 'occ-077', 'Experience Preferred: 1-3 years previous experience in a customer-centric environment', pref(1, 3)),
  c('preferred', 'occ-176', 'Preferred Experience: 2 years of accounting experience in healthcare', pref(2)),
  c('preferred', 'linkedin2023-065', 'Preferred minimum of (2) years of multifamily experience in a creative marketing role', pref(2)),
  c('preferred', 'linkedin2023-010', 'Preferred Qualifications\n5+ Years Experience in communication, branding or marketing', pref(5)),
  c('preferred', 'occ-190', 'Desired Skills & Experience:\n● 3+ years of experience as an account executive in luxury accessories', pref(3)),
  c('preferred', 'occ-008', '• You have 1+ year(s) experience as a pharmacy technician (preferred)', pref(1)),
  c('preferred', 'invented', 'Nice to have:\n• 2+ years in a startup', pref(2)),
  c('preferred', 'invented', '• Ideally 4 years of experience in B2B sales', pref(4)),
  c('preferred', 'invented', '• 3 years of Kubernetes experience would be a bonus', pref(3)),
  c('preferred', 'occ-017', '• At least one year of experience in a behavioral health setting is highly desired (and required in some programs)', { min: 1, unsure: true }),
  // ── the bar: the highest required minimum ───────────────────────────────────────────────────
  c('highest-minimum', 'invented', '• 5+ years of marketing experience\n• 2+ years of experience in social media', req(5)),
  c('highest-minimum', 'occ-002', '• Must have at least 1 year of experience with ventilators\n• Must have at least 1 year of hospital experience', req(1)),
  c('highest-minimum', 'occ-071', '• Candidate should have the minimum of five years of security experience\n• Driving positions: at least one year of driving experience', req(5)),
  c('highest-minimum', 'invented', '• 3-5 years in dispatch\n• 3 years in logistics', req(3, 5)),
  c('highest-minimum', 'occ-207', 'Minimum of 5 years of experience in data engineering.\n5+ years of experience in data modeling.', req(5)),
  c('highest-minimum', 'invented', '• 2 years in retail (required)\n• 6 years in management preferred', req(2)),
  // ── alternatives to schooling, or to each other ─────────────────────────────────────────────
  c('alternative', 'linkedin2023-022', "Bachelor's degree or 2-3 years applicable experience. At least 1 year work experience in a similar role is preferred.", pref(1)),
  c('alternative', 'linkedin2023-072', 'Associates Degree (2 Year Degree); or 2 years related experience and/or training; or equivalent combination of education and experience.', null),
  c('alternative', 'linkedin2023-029', "Bachelor's degree and three years of relevant experience; or an associate's degree and five years of relevant experience.", req(3)),
  c('alternative', 'occ-071', '• Possess a high school diploma or equivalent, or 5 years verifiable experience', null),
  c('alternative', 'glassdoor2020-050', 'Relevant bachelors degree or a minimum of 7 years of digital communications experience', null),
  c('alternative', 'occ-085', 'Basic computer experience required (1-2 years work experience or college level classes)', null),
  c('alternative', 'occ-048', '• One or more years of related experience OR successful completion of an apprenticeship program is required.', null),
  c('alternative', 'occ-073', '• High school diploma or equivalent and 3 years of experience in a retail environment OR 5 years of experience in a retail environment', req(3)),
  c('alternative', 'linkedin2023-025', "Bachelor's degree in marketing and 3-5 years of related experience or any combination of education and experience.", req(3, 5)),
  c('alternative', 'occ-226', '• Minimum three years of digital content experience or equivalent combination of education and experience', req(3)),
  c('alternative', 'linkedin2023-065', "Bachelor's degree or minimum of three (3) years of social media related experience and/or training", null),
  c('alternative', 'invented', "Bachelor's degree in finance, economics, or related field Minimum of 2 years of experience in audit", req(2)),
  c('alternative', 'invented', "Bachelor's degree or equivalent, and 4 years of experience in procurement", req(4)),
  c('alternative', 'linkedin2023-028', 'One (1) year of full-time work experience and/or an advanced degree in marketing.', req(1)),
  // ── grade ladders ───────────────────────────────────────────────────────────────────────────
  c('tier', 'occ-049', '• 1-2 years of mechanical or equivalent experience\n*Class A Mechanic = 5+ yrs experience. *Class B Mechanic = 3-5 yrs experience. *Class C Mechanic = 1-3 yrs experience.', req(1, 2)),
  c('tier', 'invented', 'Level I: 0-2 years of experience\nLevel II: 2-5 years of experience\nLevel III: 5+ years of experience', { min: 0, max: 2, unsure: true }),
  c('tier', 'invented', 'Grade 7 = 3 years of experience; Grade 8 = 6 years of experience', { min: 3, unsure: true }),
  // ── German ──────────────────────────────────────────────────────────────────────────────────
  c('german', 'invented', '• Mindestens 3 Jahre Berufserfahrung im Vertrieb', req(3)),
  c('german', 'arbeitsagentur-003', '• Mindestens 5 Jahre Erfahrung im Performance Marketing mit Schwerpunkt Meta Ads', req(5)),
  c('german', 'arbeitsagentur-082', '- Mindestens 1–2 Jahre praktische Berufserfahrung im Bereich Content', req(1, 2)),
  c('german', 'arbeitsagentur-087', '* Erfahrung: Mindestens 2–3 Jahre Berufserfahrung im Bereich Social Media Management', req(2, 3)),
  c('german', 'arbeitsagentur-098', '- Mindestens zwei Jahre Berufserfahrung im Bereich Social-Media', req(2)),
  c('german', 'arbeitsagentur-032', '- > 3 Jahre Berufserfahrung im Social-Media-Management', req(3)),
  c('german', 'arbeitsagentur-058', '- Idealerweise 2 bis 3 Jahre Berufserfahrung im Marketing', pref(2, 3)),
  c('german', 'arbeitsagentur-094', '- Mindestens 5 Jahre Berufserfahrung im Social Media Management wünschenswert', pref(5)),
  c('german', 'arbeitsagentur-130', '- mehrjährige Berufserfahrung (mindestens 3 Jahre) im Bereich der Social-Media-Kommunikation', req(3)),
  c('german', 'arbeitsagentur-130', '- Erfahrung im Social-Media-Marketing (mindestens ein Jahr)', req(1)),
  c('german', 'arbeitsagentur-130', '- Berufserfahrung im Projektmanagement (mindestens 2 Jahre)', req(2)),
  c('german', 'invented', '• 3+ Jahre Erfahrung in der Softwareentwicklung', req(3)),
  c('german', 'invented', '• Mehr als 4 Jahre Erfahrung als Projektleiter', req(4)),
  c('german', 'invented', '• Du hast 2 Jahre Erfahrung in der Pflege', req(2)),
  c('german', 'invented', '• Berufserfahrung von mindestens 3 Jahren in der Buchhaltung', req(3)),
  c('german', 'invented', '• 3-5 Jahre Berufserfahrung sind von Vorteil', pref(3, 5)),
  c('german', 'invented', '• Eine abgeschlossene 3-jährige Ausbildung als Elektriker', null),
  c('german', 'invented', '• Du bist mindestens 18 Jahre alt', null),
  c('german', 'invented', '• Keine Unfälle in den letzten 3 Jahren', null),
  c('german', 'invented', '• Befristeter Vertrag für 2 Jahre', null),
  c('german', 'invented', '• Mindestens 1,5 Jahre Erfahrung im Kundenservice', req(1.5)),
  c('german', 'invented', '• Ein Jahr Berufserfahrung im Einzelhandel ist zwingend erforderlich', req(1)),
  // ── French ──────────────────────────────────────────────────────────────────────────────────
  c('french', 'invented', '• 3 ans d’expérience minimum dans un poste similaire', req(3)),
  c('french', 'invented', '• Minimum 2 ans d\'expérience en gestion de communauté', req(2)),
  c('french', 'invented', '• Au moins 5 ans d’expérience en management', req(5)),
  c('french', 'invented', '• Vous justifiez de 3 à 5 ans d’expérience en marketing digital', req(3, 5)),
  c('french', 'invented', '• Une expérience de 2 ans minimum sur un poste similaire est exigée', req(2)),
  c('french', 'invented', '• 5 ans et plus d’expérience en comptabilité', req(5)),
  c('french', 'invented', '• Une première expérience de 1 an en alternance serait un plus', pref(1)),
  c('french', 'invented', '• Deux ans d’expérience souhaités dans la relation client', pref(2)),
  c('french', 'invented', '• Expérience de 4 années minimum en gestion de projet', req(4)),
  c('french', 'invented', '• Diplôme Bac+5 en école de commerce', null),
  c('french', 'invented', '• Vous avez au moins 18 ans', null),
  c('french', 'invented', '• Contrat à durée déterminée de 6 mois', null),
  c('french', 'invented', '• 1 an d’expérience minimum', req(1)),
  // ── Spanish, Italian, Portuguese, Dutch ─────────────────────────────────────────────────────
  c('romance-dutch', 'invented', '• Experiencia mínima de 3 años en puestos similares', req(3)),
  c('romance-dutch', 'invented', '• Al menos 2 años de experiencia en atención al cliente', req(2)),
  c('romance-dutch', 'invented', '• De 3 a 5 años de experiencia en ventas', req(3, 5)),
  c('romance-dutch', 'invented', '• Almeno 2 anni di esperienza nel ruolo', req(2)),
  c('romance-dutch', 'invented', '• Esperienza di almeno 3 anni in contabilità', req(3)),
  c('romance-dutch', 'invented', '• Pelo menos 2 anos de experiência em vendas', req(2)),
  c('romance-dutch', 'invented', '• Experiência mínima de 4 anos em logística', req(4)),
  c('romance-dutch', 'invented', '• Minimaal 3 jaar werkervaring in een vergelijkbare functie', req(3)),
  c('romance-dutch', 'invented', '• 2 jaar ervaring in de zorg is een pré', pref(2)),
  c('romance-dutch', 'invented', '• 5 años de experiencia deseable', pref(5)),
  // ── no figure, no years ─────────────────────────────────────────────────────────────────────
  c('no-number', 'arbeitsagentur-025', '✓ Du hast erste Erfahrung im Influencer Marketing oder Social Media Management', null),
  c('no-number', 'arbeitsagentur-056', '- Sie haben mehrjährige Erfahrung in den Bereichen Kommunikation und Marketing', null),
  c('no-number', 'arbeitsagentur-016', '- Idealerweise erste Erfahrungen in der Erstellung von Video-Content', null),
  c('no-number', 'invented', '• Une première expérience réussie en vente', null),
  c('no-number', 'invented', '• Several years of experience in customer support', null),
  c('no-number', 'invented', '• Extensive experience with AWS', null),
  c('no-number', 'invented', '• Prior experience working an overnight shift', null),
  c('no-number', 'occ-225', 'No specific work experience nor degree is required.', null),
  c('no-number', 'invented', '• Experience in a year-round fundraising program', null),
  c('no-number', 'invented', 'Year-end close and month-end reporting.', null),
  // ── found by sweeping the corpus with the reader (English and German postings) ─────────────
  c('company', 'crocoder-006', '• 5+ years of combined people and project management experience', req(5)),
  c('german', 'arbeitsagentur-005', '• Mindestens 2 Jahre Berufserfahrung im Bereich Social Media, idealerweise auf Agenturseite', req(2)),
  c('german', 'arbeitsagentur-030', '- Mindestens 8 Jahre Berufserfahrung in der Markenkommunikation, idealerweise im Handels- oder FMCG-Umfeld, davon mindestens 3 Jahre in Führungsverantwortung.', req(8)),
  c('glued', 'glassdoor2020-057', 'MBA preferred.+ 7 years of experience in corporate communication; preferably for a large listed company.', req(7)),
  c('glued', 'linkedin2023-036', 'Must have at least 5 years experienceCRM experience is HIGHLY preferred', req(5)),
  c('alternative', 'linkedin2023-067', '1-2 years of experience in social media marketing (internships or relevant coursework will be considered).', req(1, 2)),
  c('preferred-vs-minimum', 'linkedin2023-040', 'EDUCATION· Four Year Bachelor of Science Degree· EXPERIENCE · Minimum of THREE, ideally FIVE or more years working in marketing capacities·', req(3)),
];

/**
 * Written after the reader was built and scored once, blind, before any change (see the report in
 * the branch history): phrasing from the saved pages and corpus lines the table above does not use.
 */
export const YEARS_HELD_OUT: readonly YearsCase[] = [
  c('plus', 'ashby__ramp-software-engineer-accounting', 'WHAT YOU NEED\n- 3+ years of backend engineering experience, ideally in fintech or accounting tech', req(3)),
  c('range', 'glassdoor-in__serp-pane-athenahealth', '3–6 years experience in data science, preferably in startup environments.', req(3, 6)),
  c('range', 'glassdoor-in__serp-pane-athenahealth', '1-3 years of experience in data science/NLP (freshers with strong NLP projects are welcome)', req(1, 3)),
  c('range', 'glassdoor-in__serp-pane-athenahealth', 'Education & Experience Required\n• 12-18 years of experience in software engineering or ML development, preferably in AI-driven products', req(12, 18)),
  c('floor-word', 'googlejobs__serp-udm8-data-engineer', '• Experience: Minimum of 8 years of experience in data engineering, with a focus on cloud platforms', req(8)),
  c('preferred-scope', 'googlejobs__serp-udm8-data-engineer', '• 3+ years of industry experience working in a cloud environment (Azure preferred)', req(3)),
  c('preferred-scope', 'googlejobs__serp-udm8-data-engineer', '• 2+ years of experience developing streaming pipelines\n• Familiarity with dbt preferred, but not required.', req(2)),
  c('plus', 'googlejobs__serp-udm8-data-engineer', 'What you must have:\n• 7+ years of data engineering experience on big data systems', req(7)),
  c('plus', 'googlejobs__serp-udm8-data-engineer', 'Requirements:\n4 years of experience in data engineering and data warehousing', req(4)),
  c('highest-minimum', 'googlejobs__serp-udm8-data-engineer', '• 5+ years of industry experience building software\n• 3+ years of industry experience in a cloud environment', req(5)),
  c('verb-object', 'invented', '• Five years in a supervisory role in a distribution center', req(5)),
  c('verb-object', 'invented', 'We need someone with 2 years on a production line.', req(2)),
  c('number-word', 'invented', '• Ten (10) years of progressively responsible experience in public finance', req(10)),
  c('number-word', 'invented', '• Two or more years of experience with electronic health records', req(2)),
  c('months', 'invented', '• Six months to one year of experience in food service', null),
  c('months', 'invented', '• 36 months of experience as a licensed electrician', req(3)),
  c('indeed-block', 'invented', 'Experience:\n• Warehouse: 1 year (Preferred)\n• Forklift: 1 year (Required)\nLicense/Certification:\n• Forklift certification (Preferred)', req(1)),
  c('indeed-block', 'invented', 'Experience:\n• Customer service: 3 years (Preferred)\n• Cash handling: 1 year (Preferred)', pref(3)),
  c('title', 'invented', 'Write code.', req(3), 'Java Developer (3+ years)'),
  c('title', 'invented', 'Teach the class.', null, 'Preschool Teacher - 2 year olds'),
  c('ceiling', 'invented', 'This role is for early-career candidates with at most 2 years of experience.', null),
  c('ceiling', 'invented', '• 0-1 year of experience', req(0, 1)),
  c('company', 'invented', 'Our company has over 40 years of experience in the HVAC industry.', null),
  c('company', 'invented', 'Trusted by homeowners for 25 years.', null),
  c('company', 'invented', 'Our engineers average 12 years of experience.', null),
  c('company', 'invented', 'Backed by 30 years of research, our method works.', null),
  c('schooling', 'invented', 'Graduate of a two-year program in respiratory therapy.', null),
  c('schooling', 'invented', '• Bachelor’s degree (4 years) in nursing required', null),
  c('age', 'invented', 'Candidates must be at least 21 years old to drive.', null),
  c('age', 'invented', 'Childcare for kids ages 5 to 12 years.', null),
  c('window', 'invented', 'No more than two moving violations in the last five years.', null),
  c('window', 'invented', 'Must obtain certification within 6 months of hire.', null),
  c('window', 'invented', 'Licenses are renewed every 3 years.', null),
  c('duration', 'invented', 'This is a 2-year fixed term position.', null),
  c('duration', 'invented', 'Assignment length: 6-12 months.', null),
  c('duration', 'invented', 'Tuition reimbursement after one year of service.', null),
  c('preferred', 'invented', '• 2 years of B2B SaaS sales experience is a strong plus', pref(2)),
  c('preferred', 'invented', 'Bonus points if you have 3+ years with Kubernetes.', pref(3)),
  c('preferred-vs-minimum', 'invented', '• 4 years of experience required (6 preferred)', req(4)),
  c('preferred-vs-minimum', 'invented', '• At least 3 years, ideally 5+, of experience in tax', req(3)),
  c('alternative', 'invented', "• Master's degree, or a bachelor's degree and 2 years of related experience", req(2)),
  c('alternative', 'invented', '• High school diploma or GED, or 3 years of experience in construction', null),
  c('german', 'invented', '• Mehrjährige Berufserfahrung (mind. 5 Jahre) im Controlling', req(5)),
  c('german', 'invented', '• Erste Berufserfahrung (1-2 Jahre) im Marketing wünschenswert', pref(1, 2)),
  c('german', 'invented', '• Sie verfügen über mindestens drei Jahre Erfahrung in der Personalführung', req(3)),
  c('german', 'invented', 'Wir sind seit 25 Jahren erfolgreich am Markt.', null),
  c('german', 'invented', '• Abgeschlossenes Studium und 2 Jahre Erfahrung im Projektmanagement', req(2)),
  c('french', 'invented', '• Expérience significative de 5 ans minimum dans le secteur bancaire', req(5)),
  c('french', 'invented', '• Vous disposez d’au moins 3 ans d’expérience en développement web', req(3)),
  c('french', 'invented', '• Une expérience de 2 à 3 ans est souhaitée', pref(2, 3)),
  c('french', 'invented', 'Notre cabinet accompagne ses clients depuis 30 ans.', null),
  c('romance-dutch', 'invented', '• Experiencia de al menos 4 años como desarrollador backend', req(4)),
  c('romance-dutch', 'invented', '• Minimo 3 anni di esperienza come magazziniere', req(3)),
  c('romance-dutch', 'invented', '• Je hebt minimaal 2 jaar ervaring als monteur', req(2)),
  c('no-number', 'invented', '• Proven experience in a fast-paced kitchen', null),
  c('no-number', 'invented', '• Solide expérience en gestion de projet', null),
  c('glued', 'invented', "Bachelor's degree in accounting.Minimum 4 years of public accounting experience.CPA preferred", req(4)),
  c('plus', 'invented', '• 8+ yrs. of experience in enterprise sales', req(8)),
  c('floor-word', 'invented', '• Minimum of five years’ experience in a similar position', req(5)),
  c('range', 'invented', '• Between 2 and 4 years of experience in a call center', req(2, 4)),
];

/** What the reader made of a case, or null when it is what the case wants. */
export function yearsCaseMiss(k: YearsCase): string | null {
  const got = readExperience(readPosting(postingFromText(`${k.title ?? 'Job opening'}\n\n${k.text}`)));
  const seen = got === null ? 'null' : JSON.stringify({ min: got.minYears, max: got.maxYears, required: got.required, unsure: got.unsure !== undefined });
  const w = k.want;
  if (w === null) return got === null ? null : seen;
  if (got === null) return seen;
  const ok =
    got.minYears === w.min &&
    (w.max === undefined || got.maxYears === w.max) &&
    (w.required === undefined || got.required === w.required) &&
    (got.unsure !== undefined) === (w.unsure === true);
  return ok ? null : seen;
}

/** Share of the table (and the held-out statements) the reader gets right, beside the trivial "no years" baseline. */
export function yearsCaseAccuracy(cases: readonly YearsCase[] = [...YEARS_CASES, ...YEARS_HELD_OUT]): { n: number; accuracy: number; baseline: number } {
  return {
    n: cases.length,
    accuracy: cases.filter((k) => yearsCaseMiss(k) === null).length / cases.length,
    baseline: cases.filter((k) => k.want === null).length / cases.length,
  };
}
