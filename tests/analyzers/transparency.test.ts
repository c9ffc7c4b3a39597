import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PAY_TRANSPARENCY_LAWS, TRANSPARENCY_DISCLAIMER, checkPayTransparency, type TransparencyCheck, type TransparencyInput,
} from '../../analyzers/transparency';
import { LAWS_JSON, buildLaws, renderLaws } from '../../scripts/build-laws';

/** Noon local time, so that the calendar date is the one written. */
const on = (iso: string): Date => new Date(`${iso}T12:00:00`);

const dayBefore = (iso: string): string => {
  const d = on(iso);
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function check(input: Omit<Partial<TransparencyInput>, 'today'> & { readonly today: string }): readonly TransparencyCheck[] {
  return checkPayTransparency({ location: null, remote: false, pay: null, ...input, today: on(input.today) }).checks;
}

function only(checks: readonly TransparencyCheck[], lawId: string): TransparencyCheck {
  const found = checks.find((c) => c.lawId === lawId);
  if (!found) throw new Error(`no ${lawId} among ${checks.map((c) => c.lawId).join(', ')}`);
  return found;
}

describe('the pay-transparency data', () => {
  it('is exactly what scripts/build-laws.ts makes from ../shared/data/law', () => {
    expect(readFileSync(LAWS_JSON, 'utf8')).toBe(renderLaws(buildLaws()));
  });

  it('keeps all 31 entries of the source, each with its source URL and date', () => {
    const source = JSON.parse(readFileSync(new URL('../../../shared/data/law/pay-transparency.json', import.meta.url), 'utf8')) as { id: string; source_url: string }[];
    expect(PAY_TRANSPARENCY_LAWS.map((l) => l.id)).toEqual(source.map((l) => l.id));
    expect(PAY_TRANSPARENCY_LAWS.map((l) => l.source.url)).toEqual(source.map((l) => l.source_url));
    expect(PAY_TRANSPARENCY_LAWS).toHaveLength(31);
  });

  it('says plainly that it is not legal advice', () => {
    expect(TRANSPARENCY_DISCLAIMER).toMatch(/^Not legal advice\./);
    expect(checkPayTransparency({ location: 'Denver, CO', remote: false, pay: null, today: on('2026-01-01') }).disclaimer).toBe(TRANSPARENCY_DISCLAIMER);
  });
});

describe('checkPayTransparency: each law that puts pay in the posting', () => {
  // Thresholds and dates as ../shared/data/law/pay-transparency.json gives them (employer_threshold,
  // effective_date_iso). Where the brief differed the data won: DC is 2024-06-30, not 2025-06-30.
  const laws: [id: string, location: string, minEmployees: number, since: string, employers: string][] = [
    ['us-co', 'Denver, CO', 1, '2021-01-01', 'any employer with at least 1 employee in Colorado'],
    ['us-ca', 'Los Angeles, CA', 15, '2023-01-01', 'employers with 15 or more employees, counted anywhere'],
    ['us-wa', 'Seattle, WA', 15, '2023-01-01', 'employers with 15 or more employees, counted anywhere'],
    ['us-ny', 'Albany, NY', 4, '2023-09-17', 'employers with 4 or more employees'],
    ['us-ny-nyc', 'New York, NY 10001', 4, '2022-11-01', 'employers with 4 or more employees, counted anywhere'],
    ['us-nj-jersey-city', 'Jersey City, NJ', 5, '2022-04-13', 'employers with 5 or more employees in Jersey City'],
    ['us-ny-ithaca', 'Ithaca, NY', 4, '2022-09-01', 'employers with 4 or more employees in Ithaca'],
    ['us-ny-westchester', 'White Plains, NY', 4, '2022-11-06', 'employers with 4 or more employees'],
    ['us-oh-cleveland', 'Cleveland, OH', 15, '2025-10-27', 'employers with 15 or more employees in Cleveland'],
    ['us-il', 'Chicago, IL', 15, '2025-01-01', 'employers with 15 or more employees'],
    ['us-mn', 'Minneapolis, MN', 30, '2025-01-01', 'employers with 30 or more employees in Minnesota'],
    ['us-md', 'Baltimore, MD', 1, '2024-10-01', 'any employer with at least 1 employee in Maryland'],
    ['us-hi', 'Honolulu, HI', 50, '2024-01-01', 'employers with 50 or more employees'],
    ['us-dc', 'Washington, DC', 1, '2024-06-30', 'any employer with at least 1 employee in DC'],
    ['us-nj', 'Newark, NJ', 10, '2025-06-01', 'employers with 10 or more employees'],
    ['us-vt', 'Burlington, VT', 5, '2025-07-01', 'employers with 5 or more employees, counted anywhere'],
    ['us-ma', 'Boston, MA', 25, '2025-10-29', 'employers with 25 or more employees in Massachusetts'],
    ['us-de', 'Wilmington, DE', 26, '2027-09-26', 'employers with 26 or more employees'],
    ['ca-bc', 'Vancouver, BC', 1, '2023-11-01', 'employers of any size'],
    ['ca-on', 'Toronto, ON', 25, '2026-01-01', 'employers with 25 or more employees'],
    ['ca-pe', 'Charlottetown, PE', 1, '2022-06-01', 'employers of any size'],
  ];

  it.each(laws)('%s: a posting in %s with no pay falls short from its first day, for the law\'s employers', (id, location, minEmployees, since, employers) => {
    const c = only(check({ location, today: since }), id);
    expect(c).toMatchObject({ basis: 'location', status: 'in-force', since, minEmployees, employers, outcome: 'falls-short', problem: 'no-pay' });
    expect(c.message).toContain(since);
    expect(c.source.url).toMatch(/^https?:\/\//);
  });

  it.each(laws)('%s: the day before it starts, the same posting is upcoming, not in breach', (id, location, _min, since) => {
    const c = only(check({ location, today: dayBefore(since) }), id);
    expect(c).toMatchObject({ status: 'upcoming', outcome: 'not-yet', problem: 'no-pay' });
  });

  it.each(laws)('%s: a posting with a $60,000–$70,000 range meets it', (id, location, _min, since) => {
    expect(only(check({ location, pay: { min: 60_000, max: 70_000 }, today: since }), id).outcome).toBe('meets');
  });
});

describe('checkPayTransparency: laws that want pay outside the posting', () => {
  it.each([
    ['us-ct', 'Hartford, CT', '2021-10-01', 1],
    ['us-ri', 'Providence, RI', '2023-01-01', 1],
    ['us-nv', 'Las Vegas, NV', '2021-10-01', 1],
    ['us-oh-toledo', 'Toledo, OH', '2020-06-25', 15],
    ['us-oh-cincinnati', 'Cincinnati, OH', '2020-03-13', 15], // corpus linkedin2023-006 is in Cincinnati
  ] as const)('%s: a posting without pay is not in breach, since pay is owed at another stage', (id, location, since, minEmployees) => {
    expect(only(check({ location, today: since }), id)).toMatchObject({ kind: 'on-request', outcome: 'not-in-posting', problem: null, minEmployees });
  });

  it('the EU Directive: pay before the interview, not necessarily in the ad; upcoming until 2026-06-07, then waiting for national law', () => {
    const before = only(check({ location: 'Berlin, 10178, Berlin', today: '2026-06-06' }), 'eu'); // corpus arbeitsagentur-001
    expect(before).toMatchObject({ kind: 'on-request', status: 'upcoming', outcome: 'not-yet', since: '2026-06-07', minEmployees: 1 });
    const after = only(check({ location: 'Lisbon, Grande Lisboa', today: '2026-11-23' }), 'eu'); // corpus arbeitsagentur-023
    expect(after).toMatchObject({ status: 'pending', outcome: 'not-yet' });
    expect(after.message).toContain('before the interview');
  });

  it('has nothing to check in the UK, nor for Columbus\'s salary-history ban', () => {
    expect(check({ location: 'London, England, United Kingdom', today: '2026-01-01' })).toEqual([]); // corpus crocoder-011
    expect(check({ location: 'Columbus, OH', today: '2026-01-01' }).map((c) => c.lawId)).toEqual([]);
  });

  it('has nothing to check in a state without such a law', () => {
    expect(check({ location: 'Austin, TX', today: '2026-01-01' })).toEqual([]); // corpus glassdoor2020-011
  });
});

describe('checkPayTransparency: remote postings', () => {
  const remote = check({ location: 'Remote', remote: true, today: '2026-11-23' }); // corpus crocoder-002
  const basis = Object.fromEntries(remote.map((c) => [c.lawId, c.basis]));

  it('returns every US law that covers a remote job open to people there', () => {
    expect(basis).toMatchObject({ 'us-co': 'remote', 'us-ca': 'remote', 'us-wa': 'remote', 'us-ny-nyc': 'remote', 'us-ny-westchester': 'remote' });
  });

  it('returns the laws that reach a remote job only when it is tied to the place, with the data\'s condition', () => {
    expect(basis).toMatchObject({ 'us-ny': 'remote-if-tied', 'us-il': 'remote-if-tied', 'us-vt': 'remote-if-tied', 'us-ma': 'remote-if-tied', 'us-de': 'remote-if-tied', 'us-ct': 'remote-if-tied', 'us-ri': 'remote-if-tied' });
    expect(only(remote, 'us-il').condition).toContain('reporting to a supervisor, office or worksite in IL');
  });

  it('leaves out laws that are silent or unsettled on remote work, or cover only local jobs', () => {
    for (const id of ['us-mn', 'us-hi', 'us-dc', 'us-md', 'us-nj', 'us-nv', 'us-nj-jersey-city', 'us-ny-ithaca', 'us-oh-cleveland', 'eu', 'ca-bc']) {
      expect(basis[id], id).toBeUndefined();
    }
  });

  it('carries Colorado\'s carve-out for out-of-state employers with only remote Colorado staff', () => {
    expect(only(remote, 'us-co').condition).toContain('fewer than 15 Colorado employees');
  });

  it('treats a location line saying "Remote - US" as remote even without the flag', () => {
    expect(check({ location: 'Remote - US', today: '2026-11-23' }).map((c) => c.lawId)).toEqual(remote.map((c) => c.lawId));
  });

  it('keeps a remote job tied to one state to that state (corpus reprojobs-011, "Remote, California", $68,800 to $76,500)', () => {
    const checks = check({ location: 'Remote, California', remote: true, pay: { min: 68_800, max: 76_500 }, today: '2026-11-23' });
    expect(checks.map((c) => [c.lawId, c.outcome])).toEqual([['us-ca', 'meets']]);
  });

  it('reads "Remote - Canada" as open to British Columbia, whose law covers remote jobs', () => {
    expect(check({ location: 'Remote - Canada', remote: true, today: '2026-11-23' }).map((c) => c.lawId)).toEqual(['ca-bc']);
  });

  it('checks every state of a multi-state posting (corpus reprojobs-005, $70,000-$80,000)', () => {
    const location = 'California, Colorado, Connecticut, District of Columbia, Delaware, Hawaii, Illinois, Massachusetts, Maryland, New Jersey, New Mexico, New York, Vermont, Washington';
    const checks = check({ location, pay: { min: 70_000, max: 80_000 }, today: '2026-11-23' });
    expect(Object.fromEntries(checks.map((c) => [c.lawId, c.outcome]))).toEqual({
      'us-co': 'meets', 'us-ca': 'meets', 'us-wa': 'meets', 'us-ny': 'meets', 'us-il': 'meets',
      'us-md': 'meets', 'us-hi': 'meets', 'us-dc': 'meets', 'us-nj': 'meets', 'us-vt': 'meets', 'us-ma': 'meets',
      'us-de': 'not-yet', 'us-ct': 'not-in-posting',
    });
  });
});

describe('checkPayTransparency: what the posting gives', () => {
  it('accepts a single figure where the law says min may equal max (corpus linkedin2023-030, Manhattan, $55,000/yr)', () => {
    const checks = check({ location: 'Manhattan, NY', pay: { min: 55_000, max: 55_000 }, today: '2026-11-23' });
    expect(checks.map((c) => [c.lawId, c.outcome])).toEqual([['us-ny', 'meets'], ['us-ny-nyc', 'meets']]);
  });

  it('calls a single figure unclear where the sources do not confirm one is enough (DC asks for min and max)', () => {
    expect(only(check({ location: 'Washington, DC', pay: { min: 55_000, max: 55_000 }, today: '2026-11-23' }), 'us-dc'))
      .toMatchObject({ outcome: 'unclear', problem: 'single-figure' });
  });

  it('accepts a single figure in Washington only from SSB 5408 (2025-07-27)', () => {
    const single = { min: 60_000, max: 60_000 };
    expect(only(check({ location: 'Seattle, WA', pay: single, today: '2025-07-26' }), 'us-wa')).toMatchObject({ outcome: 'falls-short', problem: 'single-figure' });
    expect(only(check({ location: 'Seattle, WA', pay: single, today: '2025-07-27' }), 'us-wa').outcome).toBe('meets');
  });

  it('holds an Ontario range to $50,000 wide, unless the top is above $200,000', () => {
    expect(only(check({ location: 'Toronto, ON', pay: { min: 60_000, max: 120_000 }, today: '2026-06-01' }), 'ca-on'))
      .toMatchObject({ outcome: 'falls-short', problem: 'range-too-wide' });
    expect(only(check({ location: 'Toronto, ON', pay: { min: 150_000, max: 260_000 }, today: '2026-06-01' }), 'ca-on').outcome).toBe('meets');
  });

  it('flags a range wider than New Jersey\'s proposed 60% spread as unclear, the rule not being final', () => {
    expect(only(check({ location: 'Newark, NJ', pay: { min: 50_000, max: 90_000 }, today: '2026-06-01' }), 'us-nj'))
      .toMatchObject({ outcome: 'unclear', problem: 'range-too-wide' });
  });

  it('applies New York State and New York City together, and Jersey City beside New Jersey', () => {
    expect(check({ location: 'New York, NY 10001', today: '2026-01-01' }).map((c) => c.lawId)).toEqual(['us-ny', 'us-ny-nyc']);
    expect(check({ location: 'Jersey City, NJ', today: '2026-01-01' }).map((c) => c.lawId)).toEqual(['us-nj-jersey-city', 'us-nj']);
  });

  it('treats an invalid date as a bug', () => {
    expect(() => checkPayTransparency({ location: 'Denver, CO', remote: false, pay: null, today: new Date('nope') })).toThrow(RangeError);
  });
});
