// The pay-transparency check on any place, pay and date: never throws, names each law of the
// table at most once, and never says a posting with no pay meets a law that asks for pay.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkPayTransparency, PAY_TRANSPARENCY_LAWS, TRANSPARENCY_DISCLAIMER } from '../../analyzers/transparency';
import { anyText, CORPUS_LOCATIONS } from './arbitraries';
import { ensure } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

const LAW_IDS = PAY_TRANSPARENCY_LAWS.map((l) => l.id);
const OUTCOMES: readonly string[] = ['meets', 'falls-short', 'unclear', 'not-in-posting', 'not-yet'];
const figure = fc.double({ min: 0.01, max: 1e8, noNaN: true });

describe('checkPayTransparency on any input', () => {
  it('checks each law at most once, with a known outcome, and never passes a posting without pay', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.constantFrom(...CORPUS_LOCATIONS), fc.constantFrom('Remote', 'New York, NY', 'Toronto, ON', 'Denver, CO', 'Remote - Canada', 'Berlin, Germany'), anyText)),
        fc.boolean(),
        fc.option(fc.tuple(figure, figure).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (location, remote, pay, today) => {
          const result = checkPayTransparency({ location, remote, pay, today });
          expect(result.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(result.disclaimer).toBe(TRANSPARENCY_DISCLAIMER);
          const ids = result.checks.map((c) => c.lawId);
          expect(new Set(ids).size).toBe(ids.length);
          for (const check of result.checks) {
            ensure(LAW_IDS.includes(check.lawId), `unknown law ${check.lawId}`);
            ensure(OUTCOMES.includes(check.outcome), `unknown outcome ${check.outcome}`);
            ensure(/\S/.test(check.message), `${check.lawId}: no message`);
            ensure(pay !== null || check.outcome !== 'meets', `${check.lawId} met by a posting with no pay`);
          }
        },
      ),
      runs(),
    );
  });
});
