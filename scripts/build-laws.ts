// Builds analyzers/data/pay-transparency.json from ../shared/data/law (pay-transparency.json and
// PAY-TRANSPARENCY.md). Dates, sources, posting hints and wording come from the data; what the
// data only says in prose (headcount, where it is counted, remote reach) is read here, in READINGS,
// each with the data's own words as `quote` — the build fails if a quote is not in the data.
// Run `npx tsx scripts/build-laws.ts` and commit the output; the tests rebuild it and compare.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CountedWhere, DisclosureKind, Jurisdiction, LawStanding, PayTransparencyLaw, PayTransparencyTable,
  RangeLimit, RemoteCoverage,
} from '../analyzers/transparency';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LAW_DIR = path.resolve(repoRoot, '../shared/data/law');
export const LAWS_JSON = path.join(repoRoot, 'analyzers/data/pay-transparency.json');

/** One entry of ../shared/data/law/pay-transparency.json. */
interface SourceLaw {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly effective: string;
  readonly effective_date_iso: string | null;
  readonly pay_in_ad_required_now: boolean;
  readonly disclosure_trigger: string | null;
  readonly employer_threshold: string;
  readonly remote_coverage: string;
  readonly must_include: string;
  readonly source_url: string;
  readonly source_date: string;
  readonly confidence: string;
  readonly unconfirmed: string | null;
  readonly checker_hints: {
    readonly single_fixed_amount_allowed: boolean | null;
    readonly benefits_description_required: boolean | null;
    readonly open_ended_range_banned: boolean | null;
    readonly extra_required_fields: readonly string[];
  };
}

interface Reading {
  readonly label: string;
  readonly jurisdiction: Jurisdiction;
  /** `quote` must appear in the source's `status`. */
  readonly standing: { readonly is: LawStanding; readonly quote: string };
  /** `quote` must appear in `employer_threshold`. */
  readonly employer: { readonly min: number | null; readonly where: CountedWhere; readonly quote: string };
  /** `quote` must appear in `remote_coverage`; `condition`, when set, too. */
  readonly remote: { readonly coverage: RemoteCoverage; readonly quote: string; readonly condition?: string };
  /** Washington: a single figure is accepted from SSB 5408's date; `quote` must appear in `must_include`. */
  readonly singleFigureFrom?: { readonly date: string; readonly quote: string };
  /** `text` must appear in `must_include`. */
  readonly rangeLimit?: RangeLimit;
  /** What this reading adds beyond the quotes, said plainly. */
  readonly inferred?: readonly string[];
}

const IN_FORCE = { is: 'in-force', quote: 'in force' } as const;

/** NYC's five boroughs, as postings name them ("Manhattan, NY", "Brooklyn, NY"): general knowledge. */
const NYC_PLACES = ['new york', 'new york city', 'nyc', 'manhattan', 'brooklyn', 'queens', 'bronx', 'the bronx', 'staten island'];
/** Cities, towns and villages in Westchester County, NY: general knowledge, not from the law data. */
const WESTCHESTER_PLACES = [
  'westchester', 'westchester county', 'white plains', 'yonkers', 'new rochelle', 'mount vernon', 'scarsdale', 'rye',
  'peekskill', 'tarrytown', 'sleepy hollow', 'ossining', 'mamaroneck', 'port chester', 'harrison', 'purchase',
  'armonk', 'elmsford', 'valhalla', 'hawthorne', 'dobbs ferry', 'hastings on hudson', 'bronxville', 'larchmont',
  'pleasantville', 'chappaqua', 'mount kisco', 'bedford', 'yorktown heights', 'cortlandt', 'croton on hudson',
];

/** The project's reading of each law, keyed by the data's id. */
const READINGS: Readonly<Record<string, Reading>> = {
  'us-co': {
    label: 'Colorado', jurisdiction: { kind: 'us-state', state: 'CO' }, standing: IN_FORCE,
    employer: { min: 1, where: 'in-jurisdiction', quote: 'Any employer with at least 1 employee in Colorado (no size threshold)' },
    remote: {
      coverage: 'could-be-done-there', quote: 'jobs that could be done in Colorado, including remote jobs open to Colorado residents',
      condition: 'Out-of-state employers with fewer than 15 Colorado employees, all remote, need only notify staff of remote openings (until 2029-07-01; SB23-105).',
    },
  },
  'us-ca': {
    label: 'California', jurisdiction: { kind: 'us-state', state: 'CA' }, standing: IN_FORCE,
    employer: { min: 15, where: 'anywhere', quote: 'The Labor Commissioner counts employees anywhere, provided at least one is in California' },
    remote: { coverage: 'could-be-done-there', quote: 'any posting for a job that may ever be filled in California, in person or remotely' },
  },
  'us-wa': {
    label: 'Washington', jurisdiction: { kind: 'us-state', state: 'WA' }, standing: IN_FORCE,
    employer: { min: 15, where: 'anywhere', quote: 'The count includes employees outside Washington if the employer has at least 1 Washington-based employee or does business in WA' },
    remote: { coverage: 'could-be-done-there', quote: 'postings for jobs that could be done in whole or in part in WA, including remote' },
    singleFigureFrom: { date: '2025-07-27', quote: 'Since SSB 5408 a fixed amount is allowed when only one pay rate is offered' },
    inferred: ['before 2025-07-27 (SSB 5408) a single figure did not meet the law; the date is the one most sources give (one firm says 2025-06-27)'],
  },
  'us-ny': {
    label: 'New York State', jurisdiction: { kind: 'us-state', state: 'NY' }, standing: IN_FORCE,
    employer: { min: 4, where: 'unspecified', quote: '4 or more employees' },
    remote: { coverage: 'if-tied', quote: 'jobs performed outside NY that report to a supervisor, office or worksite in NY', condition: 'Covers jobs physically performed at least in part in NY, and jobs performed outside NY that report to a supervisor, office or worksite in NY (March 2023 amendment).' },
  },
  'us-ny-nyc': {
    label: 'New York City', jurisdiction: { kind: 'us-local', state: 'NY', place: 'New York City', places: NYC_PLACES }, standing: IN_FORCE,
    employer: { min: 4, where: 'anywhere', quote: '4 or more employees, counting owners, family members and independent contractors; at least one must work in NYC' },
    remote: { coverage: 'could-be-done-there', quote: 'positions that can or will be performed, in whole or in part, in NYC, whether from an office, in the field or remotely' },
    inferred: ['the 4 employees may work anywhere as long as one works in NYC', 'the place names of NYC (its five boroughs)'],
  },
  'us-nj-jersey-city': {
    label: 'Jersey City', jurisdiction: { kind: 'us-local', state: 'NJ', place: 'Jersey City', places: ['jersey city'] }, standing: { is: 'in-force', quote: 'in force (coexists with NJ state law)' },
    employer: { min: 5, where: 'in-jurisdiction', quote: '5 or more employees in Jersey City' },
    remote: { coverage: 'not-addressed', quote: 'Not addressed (the ordinance is silent on fully remote roles)' },
  },
  'us-ny-ithaca': {
    label: 'Ithaca', jurisdiction: { kind: 'us-local', state: 'NY', place: 'Ithaca', places: ['ithaca'] }, standing: IN_FORCE,
    employer: { min: 4, where: 'in-jurisdiction', quote: '4 or more employees whose standard work location is in the City of Ithaca' },
    remote: { coverage: 'located-only', quote: 'Only positions whose standard work location will be in Ithaca' },
  },
  'us-ny-westchester': {
    label: 'Westchester County', jurisdiction: { kind: 'us-local', state: 'NY', place: 'Westchester County', places: WESTCHESTER_PLACES }, standing: { is: 'in-force', quote: 'in force (per County HRC page; see preemption note)' },
    employer: { min: 4, where: 'unspecified', quote: '4 or more employees' },
    remote: { coverage: 'could-be-done-there', quote: 'positions required to be performed in whole or in part in Westchester, whether in the office, in the field or remotely' },
    inferred: ['the list of Westchester municipalities a location line may name'],
  },
  'us-oh-cleveland': {
    label: 'Cleveland', jurisdiction: { kind: 'us-local', state: 'OH', place: 'Cleveland', places: ['cleveland'] }, standing: IN_FORCE,
    employer: { min: 15, where: 'in-jurisdiction', quote: 'Private employers with 15 or more employees in Cleveland' },
    remote: { coverage: 'located-only', quote: "Only jobs performed within Cleveland's city limits" },
  },
  'us-oh-columbus': {
    label: 'Columbus', jurisdiction: { kind: 'us-local', state: 'OH', place: 'Columbus', places: ['columbus'] }, standing: { is: 'in-force', quote: 'in force (salary-history ban only)' },
    employer: { min: 15, where: 'in-jurisdiction', quote: '15 or more employees in Columbus' },
    remote: { coverage: 'not-addressed', quote: 'n/a' },
  },
  'us-oh-toledo': {
    label: 'Toledo', jurisdiction: { kind: 'us-local', state: 'OH', place: 'Toledo', places: ['toledo'] }, standing: IN_FORCE,
    employer: { min: 15, where: 'in-jurisdiction', quote: 'Employers in Toledo with 15 or more employees in the city' },
    remote: { coverage: 'located-only', quote: 'Applicants for work to be performed in Toledo' },
  },
  'us-oh-cincinnati': {
    label: 'Cincinnati', jurisdiction: { kind: 'us-local', state: 'OH', place: 'Cincinnati', places: ['cincinnati'] }, standing: IN_FORCE,
    employer: { min: 15, where: 'in-jurisdiction', quote: 'Employers in Cincinnati with 15 or more employees in the city' },
    remote: { coverage: 'located-only', quote: 'Applicants for work in Cincinnati' },
  },
  'us-il': {
    label: 'Illinois', jurisdiction: { kind: 'us-state', state: 'IL' }, standing: IN_FORCE,
    employer: { min: 15, where: 'unspecified', quote: '15 or more employees' },
    remote: { coverage: 'if-tied', quote: 'performed outside IL but reporting to a supervisor, office or worksite in IL', condition: 'Yes, partly: jobs physically performed at least in part in IL, or performed outside IL but reporting to a supervisor, office or worksite in IL.' },
  },
  'us-mn': {
    label: 'Minnesota', jurisdiction: { kind: 'us-state', state: 'MN' }, standing: IN_FORCE,
    employer: { min: 30, where: 'in-jurisdiction', quote: '30 or more employees at one or more sites in Minnesota' },
    remote: { coverage: 'not-addressed', quote: 'Not addressed in the statute' },
  },
  'us-md': {
    label: 'Maryland', jurisdiction: { kind: 'us-state', state: 'MD' }, standing: IN_FORCE,
    employer: { min: 1, where: 'in-jurisdiction', quote: 'All employers, any size, with at least one worker in Maryland' },
    remote: { coverage: 'unclear', quote: "How 'in part' applies to remote work was awaiting guidance" },
  },
  'us-hi': {
    label: 'Hawaii', jurisdiction: { kind: 'us-state', state: 'HI' }, standing: IN_FORCE,
    employer: { min: 50, where: 'unspecified', quote: '50 or more employees. The law does not say whether these must be in Hawaii' },
    remote: { coverage: 'not-addressed', quote: 'Not addressed' },
  },
  'us-dc': {
    label: 'DC', jurisdiction: { kind: 'us-state', state: 'DC' }, standing: IN_FORCE,
    employer: { min: 1, where: 'in-jurisdiction', quote: 'Any employer with at least 1 employee in DC' },
    remote: { coverage: 'not-addressed', quote: 'Silent' },
  },
  'us-nj': {
    label: 'New Jersey', jurisdiction: { kind: 'us-state', state: 'NJ' }, standing: { is: 'in-force', quote: 'in force (NJDOL rules proposed 2025-09-15, not final' },
    employer: { min: 10, where: 'unspecified', quote: '10 or more employees over 20 calendar weeks' },
    remote: { coverage: 'unclear', quote: 'unsettled' },
    rangeLimit: { kind: 'max-spread-of-min', ratio: 0.6, final: false, text: 'the spread may not exceed 60% of the minimum' },
  },
  'us-vt': {
    label: 'Vermont', jurisdiction: { kind: 'us-state', state: 'VT' }, standing: IN_FORCE,
    employer: { min: 5, where: 'anywhere', quote: '5 or more employees, at least one of whom works in Vermont' },
    remote: { coverage: 'if-tied', quote: 'a remote job that will predominantly serve an office or work location physically in VT', condition: "A 'Vermont job opening' is a job physically located in VT, or a remote job that will predominantly serve an office or work location physically in VT." },
    inferred: ['the 5 employees may work anywhere as long as one works in Vermont'],
  },
  'us-ma': {
    label: 'Massachusetts', jurisdiction: { kind: 'us-state', state: 'MA' }, standing: IN_FORCE,
    employer: { min: 25, where: 'in-jurisdiction', quote: '25 or more employees whose primary place of work was Massachusetts in the prior calendar year' },
    remote: { coverage: 'if-tied', quote: 'including remote roles attached to a MA worksite', condition: 'Covered postings are for positions whose primary place of work is MA, including remote roles attached to a MA worksite (AG FAQ as summarized by Cooley).' },
  },
  'us-de': {
    label: 'Delaware', jurisdiction: { kind: 'us-state', state: 'DE' }, standing: { is: 'enacted', quote: 'enacted, not yet effective' },
    employer: { min: 26, where: 'unspecified', quote: "26 or more employees ('more than 25')" },
    remote: { coverage: 'if-tied', quote: 'US-based (non-international) remote positions offered by employers based in Delaware', condition: 'Jobs located in Delaware, plus US-based (non-international) remote positions offered by employers based in Delaware.' },
  },
  'us-ct': {
    label: 'Connecticut', jurisdiction: { kind: 'us-state', state: 'CT' }, standing: IN_FORCE,
    employer: { min: 1, where: 'in-jurisdiction', quote: 'Any employer in Connecticut with 1 or more employees' },
    remote: { coverage: 'if-tied', quote: 'Applies to CT employers even for employees or applicants located outside the state', condition: 'Applies to CT employers even for employees or applicants located outside the state (CT DOL FAQ).' },
  },
  'us-ri': {
    label: 'Rhode Island', jurisdiction: { kind: 'us-state', state: 'RI' }, standing: IN_FORCE,
    employer: { min: 1, where: 'in-jurisdiction', quote: 'Any employer with employees in Rhode Island (1 or more)' },
    remote: { coverage: 'if-tied', quote: 'Covers employees whose primary place of work is RI', condition: 'Covers employees whose primary place of work is RI, including hybrid and out-of-state residents (secondary source).' },
  },
  'us-nv': {
    label: 'Nevada', jurisdiction: { kind: 'us-state', state: 'NV' }, standing: IN_FORCE,
    employer: { min: 1, where: 'anywhere', quote: 'All employers and employment agencies, any size' },
    remote: { coverage: 'not-addressed', quote: 'Not addressed' },
  },
  'eu': {
    label: 'EU', jurisdiction: { kind: 'eu' }, standing: { is: 'pending', quote: 'national transposition due 2026-06-07' },
    employer: { min: 1, where: 'anywhere', quote: 'Art. 5 applies to all public and private employers, any size' },
    remote: { coverage: 'unclear', quote: "Set by each Member State's law" },
    inferred: ['after the 2026-06-07 deadline the Directive still binds employers only through each Member State\'s law, so it stays "pending" here'],
  },
  'uk': {
    label: 'United Kingdom', jurisdiction: { kind: 'country', country: 'United Kingdom' }, standing: { is: 'no-law', quote: 'no law' },
    employer: { min: null, where: 'unspecified', quote: 'n/a' },
    remote: { coverage: 'not-addressed', quote: 'n/a' },
  },
  'ca-bc': {
    label: 'British Columbia', jurisdiction: { kind: 'ca-province', province: 'BC' }, standing: IN_FORCE,
    employer: { min: 1, where: 'anywhere', quote: 'All provincially regulated employers, any size' },
    remote: { coverage: 'could-be-done-there', quote: 'any publicly advertised job open to BC residents that may ever be filled by someone living in BC, in person or remotely' },
  },
  'ca-on': {
    label: 'Ontario', jurisdiction: { kind: 'ca-province', province: 'ON' }, standing: IN_FORCE,
    employer: { min: 25, where: 'unspecified', quote: '25 or more employees on the day the posting is advertised' },
    remote: { coverage: 'unclear', quote: 'Excludes positions performed outside Ontario, or partly outside where the outside work is not a continuation of Ontario work' },
    rangeLimit: { kind: 'max-width', amount: 50_000, exemptAbove: 200_000, final: true, text: 'A range may not be wider than $50,000. Not required if the expected pay, or the top of the range, exceeds $200,000 a year.' },
  },
  'ca-pe': {
    label: 'Prince Edward Island', jurisdiction: { kind: 'ca-province', province: 'PE' }, standing: IN_FORCE,
    employer: { min: 1, where: 'unspecified', quote: 'All employers under the PEI ESA (no threshold stated)' },
    remote: { coverage: 'not-addressed', quote: 'Not addressed' },
  },
  'ca-nl': {
    label: 'Newfoundland and Labrador', jurisdiction: { kind: 'ca-province', province: 'NL' }, standing: { is: 'pending', quote: 'posting provisions NOT in force' },
    employer: { min: null, where: 'unspecified', quote: 'detail unconfirmed' },
    remote: { coverage: 'not-addressed', quote: 'Unknown' },
  },
  'ca-ns': {
    label: 'Nova Scotia', jurisdiction: { kind: 'ca-province', province: 'NS' }, standing: { is: 'pending', quote: 'enactment NOT confirmed' },
    employer: { min: null, where: 'unspecified', quote: 'n/a' },
    remote: { coverage: 'not-addressed', quote: 'n/a' },
  },
};

export function buildLaws(dir: string = LAW_DIR): PayTransparencyTable {
  const source = JSON.parse(readFileSync(path.join(dir, 'pay-transparency.json'), 'utf8')) as readonly SourceLaw[];
  const markdown = readFileSync(path.join(dir, 'PAY-TRANSPARENCY.md'), 'utf8');
  const unread = Object.keys(READINGS).filter((id) => !source.some((law) => law.id === id));
  if (unread.length > 0) throw new Error(`readings for laws no longer in the data: ${unread.join(', ')}`);
  return {
    about: 'Pay-transparency rules a posting can be checked against, built by scripts/build-laws.ts; see docs/pay-transparency.md. Not legal advice.',
    source: '../shared/data/law/pay-transparency.json and PAY-TRANSPARENCY.md (compiled from stored public pages, sources dated 2019–2025)',
    laws: source.map((law) => compile(law, markdown)),
  };
}

export function renderLaws(table: PayTransparencyTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}

function compile(law: SourceLaw, markdown: string): PayTransparencyLaw {
  const reading = READINGS[law.id];
  if (!reading) throw new Error(`${law.id}: no reading in scripts/build-laws.ts; read the entry and add one`);
  quoted(law.id, 'status', law.status, reading.standing.quote);
  quoted(law.id, 'employer_threshold', law.employer_threshold, reading.employer.quote);
  quoted(law.id, 'remote_coverage', law.remote_coverage, reading.remote.quote);
  if (reading.remote.condition) quoted(law.id, 'remote_coverage', law.remote_coverage, reading.remote.condition);
  if (reading.singleFigureFrom) quoted(law.id, 'must_include', law.must_include, reading.singleFigureFrom.quote);
  if (reading.singleFigureFrom) quoted(law.id, 'effective', law.effective, reading.singleFigureFrom.date);
  if (reading.rangeLimit) quoted(law.id, 'must_include', law.must_include, reading.rangeLimit.text);
  if (reading.employer.min !== null && reading.employer.min > 1) {
    quoted(law.id, 'employer_threshold', law.employer_threshold, `${reading.employer.min} or more`);
  }
  checkMarkdownRow(law, markdown);
  const hints = law.checker_hints;
  return {
    id: law.id,
    name: law.name,
    label: reading.label,
    jurisdiction: reading.jurisdiction,
    kind: disclosureKind(law),
    standing: reading.standing.is,
    statusText: law.status,
    effective: law.effective_date_iso,
    effectiveText: law.effective,
    employer: { minEmployees: reading.employer.min, countedWhere: reading.employer.where, text: law.employer_threshold },
    remote: { coverage: reading.remote.coverage, condition: reading.remote.condition ?? null, text: law.remote_coverage },
    posting: {
      singleFigureAllowed: hints.single_fixed_amount_allowed,
      singleFigureAllowedFrom: reading.singleFigureFrom?.date ?? null,
      openEndedAllowed: hints.open_ended_range_banned === null ? null : !hints.open_ended_range_banned,
      benefitsRequired: hints.benefits_description_required,
      otherFields: hints.extra_required_fields,
      rangeLimit: reading.rangeLimit ?? null,
      text: law.must_include,
    },
    disclosure: law.disclosure_trigger,
    source: { url: law.source_url, date: law.source_date },
    confidence: law.confidence,
    unconfirmed: law.unconfirmed,
    inferred: reading.inferred ?? [],
  };
}

function disclosureKind(law: SourceLaw): DisclosureKind {
  if (law.kind === 'in-posting' || law.kind === 'on-request' || law.kind === 'none') return law.kind;
  throw new Error(`${law.id}: unknown kind ${law.kind}`);
}

/** A reading stands on the data's own words: each quote must be found where it says it is. */
function quoted(id: string, field: string, text: string, quote: string): void {
  if (!text.includes(quote)) throw new Error(`${id}: "${quote}" is not in its ${field}: "${text}"`);
}

/** The Markdown table and the JSON are two views of one compilation: their dates and sources must agree. */
function checkMarkdownRow(law: SourceLaw, markdown: string): void {
  const row = markdown.split('\n').find((line) => line.startsWith(`| ${law.id} |`));
  if (!row) throw new Error(`${law.id}: no row in PAY-TRANSPARENCY.md`);
  const cells = row.split(' | ');
  const kindCell = cells[2] ?? '';
  const effectiveCell = cells[3] ?? '';
  if (!kindCell.includes(`**${law.kind}**`)) throw new Error(`${law.id}: PAY-TRANSPARENCY.md says ${kindCell}, the JSON ${law.kind}`);
  if (law.effective_date_iso !== null && !effectiveCell.includes(law.effective_date_iso)) {
    throw new Error(`${law.id}: PAY-TRANSPARENCY.md gives ${effectiveCell}, the JSON ${law.effective_date_iso}`);
  }
  if (!row.includes(law.source_url)) throw new Error(`${law.id}: PAY-TRANSPARENCY.md cites another source than ${law.source_url}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(LAWS_JSON, renderLaws(buildLaws()));
  console.log(`wrote ${path.relative(repoRoot, LAWS_JSON)}`);
}
