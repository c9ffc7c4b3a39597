import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTable, type OccupationTable } from '../../analyzers/occupation/table';
import { words } from '../../analyzers/occupation/words';
import { titleWords } from '../../analyzers/occupation/title';
import {
  NOT_PUBLISHED, OCCUPATIONS_JSON, OEWS_COMBINED, buildOccupations, csvRows, renderOccupations,
} from '../../scripts/build-occupations';

const committed = readFileSync(OCCUPATIONS_JSON, 'utf8');
const table = JSON.parse(committed) as OccupationTable;
const ix = indexTable(table);
const oews = csvRows('national_M2025_dl.csv').filter((r) => r['O_GROUP'] === 'detailed');
const crosswalk = new Set(csvRows('onet-29.3/2019_to_SOC_Crosswalk.csv').map((r) => r['2018 SOC Code']!));
const codesOf = (title: string): string[] => (ix.phrases.get(titleWords(title).map((w) => ix.wordId.get(w)).join('.')) ?? []).map((i) => ix.codes[i]!);

describe('the occupation table', () => {
  it('is exactly what scripts/build-occupations.ts makes from ../shared/data/occupations', () => {
    expect(committed).toBe(renderOccupations(buildOccupations()));
  });

  it('holds every detailed occupation OEWS May 2025 publishes wages for, and nothing else', () => {
    expect(ix.codes).toEqual(oews.map((r) => r['OCC_CODE']).sort());
    expect(ix.codes).toHaveLength(830);
  });

  it('carries the OEWS titles: 29-1141 is "Registered Nurses"', () => {
    expect(ix.titles[ix.byCode.get('29-1141')!]).toBe('Registered Nurses');
    expect(ix.titles[ix.byCode.get('13-1020')!]).toBe('Buyers and Purchasing Agents');
  });

  it('carries O*NET Job Zones: nurses 4, retail salespersons 2', () => {
    // Job Zones.txt: 29-1141.00 → 4, 41-2031.00 → 2, 53-7062.00 → 2, 11-1011.00 → 5
    expect(ix.zones[ix.byCode.get('29-1141')!]).toBe(4);
    expect(ix.zones[ix.byCode.get('41-2031')!]).toBe(2);
    expect(ix.zones[ix.byCode.get('53-7062')!]).toBe(2);
    expect(ix.zones[ix.byCode.get('11-1011')!]).toBe(5);
  });
});

describe('the OEWS combined codes (mapped by hand)', () => {
  const published = new Set(oews.map((r) => r['OCC_CODE']!));

  it('are exactly the OEWS detailed codes the O*NET crosswalk does not reach', () => {
    const unreached = [...published].filter((c) => !crosswalk.has(c)).sort();
    expect(Object.keys(OEWS_COMBINED).sort()).toEqual(unreached);
    expect(unreached).toHaveLength(12);
  });

  it('group only SOC codes that OEWS does not publish on their own, each once', () => {
    const members = Object.values(OEWS_COMBINED).flat();
    expect(new Set(members).size).toBe(members.length);
    for (const soc of members) {
      expect(published.has(soc), soc).toBe(false);
      expect(crosswalk.has(soc), soc).toBe(true);
      // every member sits in the same broad group as its combined code (13-1021 under 13-1020)
      const code = Object.entries(OEWS_COMBINED).find(([, list]) => list.includes(soc))![0];
      expect(soc.slice(0, 6), soc).toBe(code.slice(0, 6));
    }
  });

  it('leave out only legislators, fishers and hunters, and the military', () => {
    const unpublished = [...crosswalk].filter((soc) => !published.has(soc) && !Object.values(OEWS_COMBINED).flat().includes(soc));
    expect(unpublished.every((soc) => NOT_PUBLISHED.test(soc))).toBe(true);
    expect(unpublished.filter((soc) => !soc.startsWith('55-')).sort()).toEqual(['11-1031', '45-3031']);
  });

  it('send a member occupation\'s titles to its combined code: a home health aide to 31-1120', () => {
    expect(codesOf('Home Health Aide')).toContain('31-1120');
    expect(codesOf('Purchasing Agent')).toContain('13-1020');
    expect(codesOf('Medical Technologist')).toContain('29-2010');
  });
});

describe('the title index', () => {
  it('splits an abbreviation in brackets into a title of its own: "Registered Nurse (RN)"', () => {
    expect(codesOf('Registered Nurse')).toEqual(['29-1141']);
    expect(codesOf('RN')).toContain('29-1141');
  });

  it('keeps titles that name several occupations under each: "Warehouse Associate"', () => {
    expect(codesOf('Warehouse Associate')).toEqual(expect.arrayContaining(['53-7062']));
  });

  it('reads words the same way on both sides: plurals, ampersands, accents', () => {
    expect(words('Nurses & Agencies, Café Boxes')).toEqual(['nurse', 'and', 'agency', 'cafe', 'box']);
    expect(words('Business Analysis Status')).toEqual(['business', 'analysis', 'status']);
  });
});
