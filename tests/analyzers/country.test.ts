// The job's country: its place, else its board's country site, else the reader's home (for a job
// that names no place), else its currency.
import { describe, expect, it } from 'vitest';
import { countryName, countryOfPlace, postingCountry } from '../../analyzers/country';
import { boardCountryCode } from '../../analyzers/location';

describe('countryOfPlace', () => {
  it.each([
    ['Austin, TX', 'US'],
    ['Remote - US', 'US'],
    ['Chennai', 'IN'],
    ['Gurgaon, Haryana, India', 'IN'],
    ['Berlin, 10178, Berlin', 'DE'],
    ['Toronto, ON', 'CA'],
    ['Camberwell VIC 3124', 'AU'],
    ['Riyadh, Riyadh, Saudi Arabia', 'SA'],
    ['Abu Dhabi', 'AE'],
    ['Amsterdam, NH, NL; Germany, DE; United Kingdom, GB', 'NL'],
  ])('%s → %s', (place, code) => {
    expect(countryOfPlace(place)).toBe(code);
  });

  it('reads no country from a way of working or nothing', () => {
    expect(countryOfPlace('Remote')).toBeNull();
    expect(countryOfPlace('Hybrid')).toBeNull();
    expect(countryOfPlace(null)).toBeNull();
  });

  it('does not read "Germany, DE" as Delaware, nor "Dover, DE" as Germany', () => {
    expect(countryOfPlace('Germany, DE')).toBe('DE');
    expect(countryOfPlace('Dover, DE')).toBe('US');
  });
});

describe('boardCountryCode', () => {
  it.each([
    ['https://in.indeed.com/viewjob?jk=1', 'IN'],
    ['https://www.indeed.co.uk/viewjob?jk=1', 'GB'],
    ['https://mx.indeed.com/ver-empleo?jk=1', 'MX'],
    ['https://www.indeed.com.mx/ver-empleo?jk=1', 'MX'],
    ['https://ca.indeed.com/viewjob?jk=1', 'CA'],
    ['https://de.indeed.com/jobs', 'DE'],
    ['https://www.indeed.fr/emplois', 'FR'],
    ['https://www.indeed.es/ofertas', 'ES'],
    ['https://www.indeed.com/viewjob?jk=1', 'US'],
    ['https://www.glassdoor.co.in/Job/x.htm', 'IN'],
    ['https://www.glassdoor.com/Job/x.htm', 'US'],
    ['https://au.linkedin.com/jobs/view/1', 'AU'],
    ['https://au.seek.com/job/1', 'AU'],
    ['https://www.arbeitsagentur.de/jobsuche/jobdetail/1', 'DE'],
  ])('%s → %s', (url, code) => {
    expect(boardCountryCode(url)).toBe(code);
  });

  it('says nothing for worldwide boards and addresses that are not one', () => {
    expect(boardCountryCode('https://www.linkedin.com/jobs/view/1')).toBeNull();
    expect(boardCountryCode('https://jobs.ashbyhq.com/x/1')).toBeNull();
    expect(boardCountryCode('https://startup.io/jobs/1')).toBeNull();
    expect(boardCountryCode('not a url')).toBeNull();
  });
});

describe('postingCountry', () => {
  it('takes the place first, then the board, then the home location, then the currency', () => {
    expect(postingCountry('Munich', { url: 'https://www.indeed.com/viewjob?jk=1' })).toEqual({ code: 'DE', basis: 'place', evidence: 'Munich' });
    expect(postingCountry('Remote', { url: 'https://mx.indeed.com/ver-empleo?jk=1', currency: 'USD' })).toEqual({ code: 'MX', basis: 'board', evidence: 'mx.indeed.com' });
    expect(postingCountry('Remote', { homeLocation: 'Denver, CO', currency: 'EUR' })).toEqual({ code: 'US', basis: 'home', evidence: 'Denver, CO' });
    expect(postingCountry('Remote', { homeLocation: 'Berlin, Germany', currency: 'USD' })?.code).toBe('DE');
    expect(postingCountry('Remote', { currency: 'INR' })).toEqual({ code: 'IN', basis: 'currency', evidence: 'INR' });
  });

  it('reads no country from the euro, or from nothing', () => {
    expect(postingCountry(null, { currency: 'EUR' })).toBeNull();
    expect(postingCountry(null)).toBeNull();
  });
});

describe('countryName', () => {
  it('names countries as a sentence needs them', () => {
    expect(countryName('IN')).toBe('India');
    expect(countryName('NL')).toBe('the Netherlands');
    expect(countryName('GB')).toBe('the United Kingdom');
    expect(countryName('XX')).toBe('XX');
  });
});
