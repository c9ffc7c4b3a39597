// Places on any location line: regionOf, regionsOf and isRemoteLocation never throw, and every
// region they give is one the benchmark and the law table know.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { COUNTRIES, isRemoteLocation, regionCode, regionOf, regionsOf, US_STATES, type Region } from '../../analyzers/location';
import { anyText, CORPUS_LOCATIONS, unicodeText } from './arbitraries';
import { ensure } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

const PLACE_WORDS = ['Remote', 'Hybrid', 'US', 'United States', 'Austin, TX', 'Toronto, ON', 'Berlin', 'DE', 'Paris, TX', 'Washington, D.C.', 'Greater Seattle Area', '10178', ' or ', ' - ', ' | ', ', ', '(', ')', ';', 'Nordrhein Westfalen'];
const place = fc.oneof(
  fc.constantFrom(...CORPUS_LOCATIONS),
  anyText,
  fc.array(fc.oneof(fc.constantFrom(...PLACE_WORDS), unicodeText(6)), { maxLength: 8 }).map((p) => p.join('')),
);
const COUNTRY_NAMES = COUNTRIES.map((c) => c.name);

const STATE_CODES: readonly string[] = Object.keys(US_STATES);

function expectKnown(region: Region): void {
  ensure(['national', 'state', 'foreign', 'unknown'].includes(region.kind), `region kind ${region.kind}`);
  if (region.kind === 'state') ensure(STATE_CODES.includes(region.state) && regionCode(region) === `US-${region.state}`, `state ${region.state}`);
  if (region.kind === 'foreign' && region.country !== undefined) ensure(COUNTRY_NAMES.includes(region.country), `country ${region.country}`);
}

describe('regionOf on any location line', () => {
  it('gives a region the tables know, from the posting or else from the home location', () => {
    fc.assert(
      fc.property(fc.option(place), fc.option(place), (location, home) => {
        const region = regionOf(location, home);
        expectKnown(region);
        for (const r of regionsOf(location)) expectKnown(r);
        expect(typeof isRemoteLocation(location)).toBe('boolean');
        // A place the posting names itself is never overridden by the reader's home.
        const own = regionOf(location);
        if (own.kind === 'state' || own.kind === 'foreign') expect(region).toEqual(own);
      }),
      runs(),
    );
  });
});
