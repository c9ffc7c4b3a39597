import { describe, expect, it } from 'vitest';
import { boardCountry, isRemoteLocation, locationOnBoard, regionCode, regionOf, regionsOf, type Region } from '../../analyzers/location';

describe('regionOf', () => {
  // Location lines as job boards print them; "corpus <id>" marks lines taken from
  // ../shared/corpus/postings.jsonl, the rest are the formats the brief lists or edge cases.
  const cases: [string | null, Region][] = [
    ['Austin, TX', { kind: 'state', state: 'TX', city: 'Austin' }], // corpus glassdoor2020-011
    ['Austin, Texas', { kind: 'state', state: 'TX', city: 'Austin' }],
    ['New York, NY 10001', { kind: 'state', state: 'NY', city: 'New York' }],
    ['Remote', { kind: 'national' }], // corpus crocoder-002
    ['Remote - US', { kind: 'national' }],
    ['Remote in Denver, CO', { kind: 'state', state: 'CO', city: 'Denver' }],
    ['United States', { kind: 'national' }], // corpus crocoder-006
    ['Washington, DC', { kind: 'state', state: 'DC', city: 'Washington' }], // corpus glassdoor2020-039
    ['Hybrid remote in Chicago, IL 60601', { kind: 'state', state: 'IL', city: 'Chicago' }],
    ['Berlin, Germany', { kind: 'foreign', country: 'Germany' }],
    ['Toronto, ON', { kind: 'foreign', country: 'Canada', subdivision: 'ON' }],
    ['London', { kind: 'foreign', country: 'United Kingdom' }],
    ['London, England, United Kingdom', { kind: 'foreign', country: 'United Kingdom' }], // corpus crocoder-011
    ['Oslo, Oslo, Norway', { kind: 'foreign', country: 'Norway' }], // corpus crocoder-010
    ['Vancouver, British Columbia, Canada', { kind: 'foreign', country: 'Canada', subdivision: 'BC' }], // corpus crocoder-007
    ['Berlin, 10178, Berlin', { kind: 'foreign', country: 'Germany' }], // corpus arbeitsagentur-001
    ['Köln, Nordrhein Westfalen', { kind: 'foreign', country: 'Germany' }], // corpus (Arbeitsagentur)
    ['Lisbon, Grande Lisboa', { kind: 'foreign', country: 'Portugal' }], // corpus arbeitsagentur-023
    ['CA San Francisco, California, United States', { kind: 'state', state: 'CA', city: 'San Francisco' }], // corpus remotewlb-001
    ['Mason, Ohio, United States', { kind: 'state', state: 'OH', city: 'Mason' }], // corpus crocoder-012
    ['Remote, Ohio', { kind: 'state', state: 'OH' }], // corpus reprojobs-004
    ['Brooklyn, NY - Remote OK', { kind: 'state', state: 'NY', city: 'Brooklyn' }], // corpus crocoder-008
    ['Brooklyn, US - Remote OK', { kind: 'state', state: 'NY', city: 'Brooklyn' }], // corpus crocoder-005
    ['Remote or San Francisco', { kind: 'state', state: 'CA', city: 'San Francisco' }], // corpus crocoder-001
    ['Remote - Remote OK', { kind: 'national' }], // corpus crocoder-016
    ['Remote job', { kind: 'national' }], // corpus crocoder-009
    ['Austin, Texas Metropolitan Area', { kind: 'state', state: 'TX', city: 'Austin' }], // corpus linkedin2023-007
    ['Los Angeles Metropolitan Area', { kind: 'state', state: 'CA', city: 'Los Angeles' }], // corpus linkedin2023-011
    ['San Juan County, NM', { kind: 'state', state: 'NM', city: 'San Juan County' }], // corpus linkedin2023-046
    ['Oregon', { kind: 'state', state: 'OR' }], // corpus reprojobs-002
    ['New York', { kind: 'state', state: 'NY' }], // corpus reprojobs-010: the state, as LinkedIn means it
    ['Manhattan, NY', { kind: 'state', state: 'NY', city: 'Manhattan' }], // corpus linkedin2023-030
    // Several states at once is no one state (corpus reprojobs-005).
    ['California, Colorado, Connecticut, District of Columbia, Delaware, Hawaii, Illinois, Massachusetts, Maryland, New Jersey, New Mexico, New York, Vermont, Washington', { kind: 'national' }],
    // Invented edge cases: a city abroad or a state code that another country shares.
    ['Melbourne, FL', { kind: 'state', state: 'FL', city: 'Melbourne' }],
    ['Vienna, VA', { kind: 'state', state: 'VA', city: 'Vienna' }],
    ['Berlin, DE', { kind: 'foreign', country: 'Germany' }],
    ['Dover, DE', { kind: 'state', state: 'DE', city: 'Dover' }],
    ['Seattle, Washington', { kind: 'state', state: 'WA', city: 'Seattle' }],
    ['Washington D.C.', { kind: 'state', state: 'DC' }],
    ['Remote - Canada', { kind: 'foreign', country: 'Canada' }],
    ['Multiple Locations', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
    [null, { kind: 'unknown' }],
  ];

  it.each(cases)('reads %j', (location, expected) => {
    expect(regionOf(location)).toEqual(expected);
  });

  it('uses the home location when the posting is remote or names no place', () => {
    expect(regionOf('Remote', 'Austin, TX')).toEqual({ kind: 'state', state: 'TX', city: 'Austin' });
    expect(regionOf(null, 'Austin, TX')).toEqual({ kind: 'state', state: 'TX', city: 'Austin' });
    expect(regionOf('United States', 'Denver, CO')).toEqual({ kind: 'state', state: 'CO', city: 'Denver' });
  });

  it('keeps the posting\'s own place over the home location', () => {
    expect(regionOf('Remote, California', 'Austin, TX')).toEqual({ kind: 'state', state: 'CA' }); // corpus reprojobs-011
    expect(regionOf('Berlin, Germany', 'Austin, TX')).toEqual({ kind: 'foreign', country: 'Germany' });
  });

  it('ignores a home location that names no US state', () => {
    expect(regionOf('Remote', 'London')).toEqual({ kind: 'national' });
  });
});

describe('regionsOf', () => {
  it('lists every place a line names: a remote option is open to the whole US', () => {
    expect(regionsOf('Remote or San Francisco')).toEqual([{ kind: 'national' }, { kind: 'state', state: 'CA', city: 'San Francisco' }]);
  });

  it('lists each state of a multi-state line (corpus reprojobs-005)', () => {
    const states = regionsOf('California, Colorado, Connecticut, District of Columbia, Delaware, Hawaii, Illinois, Massachusetts, Maryland, New Jersey, New Mexico, New York, Vermont, Washington')
      .map((r) => (r.kind === 'state' ? r.state : r.kind));
    expect(states).toEqual(['CA', 'CO', 'CT', 'DC', 'DE', 'HI', 'IL', 'MA', 'MD', 'NJ', 'NM', 'NY', 'VT', 'WA']);
  });

  it('treats a remote job tied to one state as that state only (corpus reprojobs-004)', () => {
    expect(regionsOf('Remote, Ohio')).toEqual([{ kind: 'state', state: 'OH' }]);
  });
});

describe('isRemoteLocation and regionCode', () => {
  it.each([
    ['Remote', true], ['Remote in Denver, CO', true], ['Brooklyn, NY - Remote OK', true], ['Austin, TX', false], [null, false],
  ] as const)('says whether %j is remote', (location, remote) => {
    expect(isRemoteLocation(location)).toBe(remote);
  });

  it('writes a state as US-ST and anything else as US', () => {
    expect(regionCode({ kind: 'state', state: 'TX' })).toBe('US-TX');
    expect(regionCode({ kind: 'national' })).toBe('US');
    expect(regionCode({ kind: 'unknown' })).toBe('US');
  });
});

describe('regionOf on names that are also object keys', () => {
  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('reads %j as an unknown place, not a table entry (found by fast-check)', (place) => {
    expect(regionOf(place)).toEqual({ kind: 'unknown' });
  });
});

describe('a board’s country site', () => {
  it('names the country of Indeed’s, LinkedIn’s and Glassdoor’s country sites, and none for the US site or worldwide boards', () => {
    expect(boardCountry('https://in.indeed.com/viewjob?jk=1')).toBe('India');
    expect(boardCountry('https://uk.indeed.com/jobs?vjk=1')).toBe('United Kingdom');
    expect(boardCountry('https://www.indeed.co.uk/viewjob?jk=1')).toBe('United Kingdom');
    expect(boardCountry('https://de.indeed.com/jobs')).toBe('Germany');
    expect(boardCountry('https://au.indeed.com/viewjob?jk=1')).toBe('Australia');
    expect(boardCountry('https://www.indeed.com/viewjob?jk=1')).toBeNull();
    expect(boardCountry('https://in.linkedin.com/jobs/view/1')).toBe('India');
    expect(boardCountry('https://www.glassdoor.co.in/Job/x.htm')).toBe('India');
    expect(boardCountry('https://www.linkedin.com/jobs/view/1')).toBeNull();
    expect(boardCountry('https://www.glassdoor.com/Job/x.htm')).toBeNull();
    expect(boardCountry('https://jobs.example.io/1')).toBeNull();
    expect(boardCountry('not a url')).toBeNull();
    expect(boardCountry(null)).toBeNull();
  });

  it('places a bare "Remote" in the board’s country, and leaves a named place alone', () => {
    const india = 'https://in.indeed.com/q-flutter-developer-jobs.html';
    expect(locationOnBoard('Remote', india)).toBe('Remote, India');
    expect(regionOf(locationOnBoard('Remote', india))).toEqual({ kind: 'foreign', country: 'India' });
    expect(locationOnBoard(null, india)).toBe('India');
    expect(locationOnBoard('Remote in Austin, TX', india)).toBe('Remote in Austin, TX');
    expect(locationOnBoard('Bengaluru, Karnataka', india)).toBe('Bengaluru, Karnataka');
    expect(locationOnBoard('Remote', 'https://www.indeed.com/viewjob?jk=1')).toBe('Remote');
  });
});
