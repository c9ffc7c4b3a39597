// The public years case table (years-cases.ts): every statement read as the table says.
import { describe, expect, it } from 'vitest';
import { YEARS_CASES, YEARS_HELD_OUT, yearsCaseMiss } from './years-cases';

describe('years case table', () => {
  it('holds at least 250 statements, with must-not-match cases', () => {
    expect(YEARS_CASES.length).toBeGreaterThanOrEqual(250);
    expect(YEARS_CASES.filter((k) => k.want === null).length).toBeGreaterThanOrEqual(60);
  });

  it.each([...YEARS_CASES, ...YEARS_HELD_OUT].map((k) => [k.cls, k.source, k.text.replace(/\n/g, ' ⏎ ').slice(0, 90), k] as const))(
    '[%s] %s: %s',
    (_cls, _source, _text, k) => {
      expect(yearsCaseMiss(k), JSON.stringify(k.want)).toBeNull();
    },
  );
});
