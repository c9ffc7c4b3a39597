import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ONET_ATTRIBUTION, chooseOccupation, classifyOccupation, cleanTitle, occupationTitle, searchOccupations,
} from '../../analyzers/occupation';
import { socialMediaSignal, titleNamesSocialMediaWork } from '../../analyzers/occupation/social-media';
import { titleParts } from '../../analyzers/occupation/title';

const SHARED = path.resolve(__dirname, '../../../shared');
interface Posting { readonly id: string; readonly title: string; readonly description: string }
const jsonl = (file: string): Posting[] =>
  readFileSync(path.join(SHARED, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Posting);
const occupations = new Map(jsonl('corpus/occupations/postings.jsonl').map((p) => [p.id, p]));
const socialCorpus = new Map(jsonl('corpus/postings.jsonl').map((p) => [p.id, p]));
const posting = (id: string): Posting => occupations.get(id) ?? socialCorpus.get(id) ?? (() => { throw new Error(id); })();

describe('classifyOccupation on real postings (../shared/corpus/occupations)', () => {
  // [id, title as posted, the OEWS code it is compared with]
  const cases: readonly (readonly [string, string, string])[] = [
    ['occ-082', 'Registered Nurse', '29-1141'],
    ['occ-002', 'Registered Nurse (Rn) - Spanish speaking', '29-1141'],
    ['occ-003', 'LPN', '29-2061'],
    ['occ-006', 'HHA/Pediatrics', '31-1120'], // Home Health Aides are published under the combined 31-1120
    ['occ-022', 'Warehouse Packer - 12hr Night Shift', '53-7064'],
    ['occ-027', 'OTR Truck Driver', '53-3032'],
    ['occ-046', 'Welder - 3rd Shift', '51-4121'],
    ['occ-055', 'Dye Machine Operator - 3rd shift - $16.50 to $17.50', '51-6061'],
    ['occ-065', 'Overnight Valet - Grand Chateau Las Vegas - $13.50/HR + Tips', '53-6021'],
    ['occ-121', 'Software Engineer', '15-1252'],
    ['occ-176', 'Accountant', '13-2011'],
    ['occ-209', '#13635 - Salesforce Manual Tester', '15-1253'],
    ['occ-210', "Senior Workers' Compensation Underwriter | Buffalo, NY", '13-2053'],
  ];
  for (const [id, title, soc] of cases) {
    it(`${id} "${title}" is ${soc}, not social-media work`, () => {
      const p = posting(id);
      expect(p.title).toBe(title);
      const got = classifyOccupation(p)!;
      expect(got.soc).toBe(soc);
      expect(got.title).toBe(occupationTitle(soc));
      expect(got.socialMediaWork).toBe(false);
      expect(got.chosenBy).toBe('posting');
    });
  }

  // A bare "Coordinator", "Associate" or "Specialist" names no occupation: the duties of real postings decide.
  const bare: readonly (readonly [string, string, readonly string[]])[] = [
    ['Coordinator', 'occ-144', ['27-3031', '13-1161']], // social media coordinator's duties
    ['Coordinator', 'occ-188', ['43-4131', '13-2072']], // loan coordinator's duties
    ['Coordinator', 'occ-197', ['43-5011', '13-1081']], // logistics duties
    ['Associate', 'occ-175', ['43-4051']], // inside customer service duties
    ['Associate', 'occ-192', ['13-2011', '13-2082']], // tax associate's duties
    ['Technician', 'occ-014', ['29-2056']], // veterinary technician's duties
  ];
  for (const [title, id, socs] of bare) {
    it(`lets the duties decide a bare "${title}": with the duties of ${id} it is ${socs.join(' or ')}`, () => {
      expect(socs).toContain(classifyOccupation({ title, description: posting(id).description })!.soc);
    });
  }

  it('names up to three alternatives, never the chosen one again', () => {
    const got = classifyOccupation(posting('occ-021'))!; // "Warehouse Associate": laborer, stocker, shipping clerk…
    expect(got.alternatives.length).toBeGreaterThan(0);
    expect(got.alternatives.length).toBeLessThanOrEqual(3);
    expect(got.alternatives.map((a) => a.soc)).not.toContain(got.soc);
    expect([got.soc, ...got.alternatives.map((a) => a.soc)]).toContain('53-7062');
  });

  it('quotes the title words that decided it', () => {
    expect(classifyOccupation(posting('occ-027'))!.evidence.toLowerCase()).toContain('truck driver');
  });

  it('gives the O*NET Job Zone: a registered nurse 4, a dishwasher 1', () => {
    expect(classifyOccupation(posting('occ-082'))!.jobZone).toBe(4);
    expect(classifyOccupation(posting('occ-037'))!.jobZone).toBe(1);
  });
});

describe('what is and is not social-media work', () => {
  it('a "Social Media Coordinator" (occ-144) is 27-3031 or 13-1161 and social-media work', () => {
    const got = classifyOccupation(posting('occ-144'))!;
    expect(['27-3031', '13-1161']).toContain(got.soc);
    expect(got.socialMediaWork).toBe(true);
  });

  it('a "Community Manager" of an online community (occ-243) is social-media work', () => {
    expect(classifyOccupation(posting('occ-243'))!.socialMediaWork).toBe(true);
  });

  it('a marketing coordinator whose duties keep returning to social media (linkedin2023-040) is social-media work', () => {
    const got = classifyOccupation(posting('linkedin2023-040'))!;
    expect(got.socialMediaWork).toBe(true);
  });

  it('a German "Social Media Manager:in (m/w/d)" (arbeitsagentur-111) is social-media work', () => {
    expect(classifyOccupation(posting('arbeitsagentur-111'))!.socialMediaWork).toBe(true);
  });

  it('a laboratory analyst is not social-media work (the page of issue 11, its duties)', () => {
    // Title and duty lines of ../shared/fixtures/pages/indeed__serp-vjk-pane-laboratory-analyst-us-sugar-2025.html
    const got = classifyOccupation({
      title: 'Laboratory Analyst',
      description: 'Set up, calibrate, and operate laboratory equipment and instrumentation. Perform chemical and physical analyses of raw sugar, in-process and finished products. Record test results and report out-of-specification results to production. Maintain laboratory cleanliness and follow safety procedures.',
    })!;
    expect(got.soc.startsWith('19-')).toBe(true);
    expect(got.socialMediaWork).toBe(false);
  });

  it('a data-science intern is not social-media work (invented posting: the corpus has none)', () => {
    const got = classifyOccupation({
      title: 'Data Science Intern',
      description: 'Build and evaluate machine learning models in Python. Clean and analyze large datasets with SQL and pandas. Present statistical findings to the analytics team. Pursuing a degree in statistics, computer science or mathematics.',
    })!;
    expect(got.soc).toBe('15-2051');
    expect(got.socialMediaWork).toBe(false);
  });

  it('a graphic designer found by a social-media search keeps its occupation (occ-239)', () => {
    const got = classifyOccupation(posting('occ-239'))!;
    expect(got.soc).toBe('27-1024');
    expect(got.socialMediaWork).toBe(false);
  });

  it('a copywriter and a video editor are not social-media work (occ-242, occ-251)', () => {
    expect(classifyOccupation(posting('occ-242'))!.socialMediaWork).toBe(false);
    expect(classifyOccupation(posting('occ-251'))!.socialMediaWork).toBe(false);
  });

  it('a social-media footer ("Follow us on Instagram…") does not make a job social media', () => {
    // invented: a short posting whose only social words are its footer
    const signal = socialMediaSignal('Dental Assistant', 'Assist the dentist during procedures.\nSterilize instruments.\nFollow us on Instagram, Facebook and TikTok!');
    expect(signal.strength).toBe(0);
    expect(socialMediaSignal('Dental Assistant', 'Post to Instagram, Facebook and TikTok daily.').strength).toBeGreaterThan(0.5);
  });
});

describe('chooseOccupation: the user\'s pick', () => {
  it('takes the picked code, says the user chose it, and keeps the social-media decision to the text and the code', () => {
    const rn = chooseOccupation('29-1141', posting('occ-144'))!;
    expect(rn).toMatchObject({ soc: '29-1141', title: 'Registered Nurses', chosenBy: 'user', socialMediaWork: false, jobZone: 4 });
    const marketing = chooseOccupation('13-1161', posting('occ-144'))!;
    expect(marketing.socialMediaWork).toBe(true);
    const marketingForNurse = chooseOccupation('13-1161', posting('occ-082'))!;
    expect(marketingForNurse.socialMediaWork).toBe(false);
  });

  it('refuses a code OEWS does not publish', () => {
    expect(chooseOccupation('29-1140', posting('occ-082'))).toBeNull();
    expect(chooseOccupation('31-1121', posting('occ-006'))).toBeNull(); // published only as 31-1120
  });
});

describe('searchOccupations and occupationTitle', () => {
  it('finds occupations by the titles people use', () => {
    expect(searchOccupations('nurse').map((c) => c.soc)).toContain('29-1141');
    expect(searchOccupations('forklift driver')[0]?.soc).toBe('53-7051');
    expect(searchOccupations('social media specialist')[0]?.soc).toBe('13-1161');
    expect(searchOccupations('nurse', 3)).toHaveLength(3);
  });

  it('finds a code typed as a code', () => {
    expect(searchOccupations('29-1141')).toEqual([{ soc: '29-1141', title: 'Registered Nurses' }]);
    expect(searchOccupations('99-9999')).toEqual([]);
  });

  it('names an OEWS code, or says null', () => {
    expect(occupationTitle('31-1120')).toBe('Home Health and Personal Care Aides');
    expect(occupationTitle('12-3456')).toBeNull();
  });
});

describe('titles with noise', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Social Media Manager:in (m/w/d)', 'Social Media Manager'], // arbeitsagentur-111
    ['Referent*in Social Media (all genders)', 'Referent Social Media'], // arbeitsagentur-073
    ['Marketing Associate - Remote | WFH', 'Marketing Associate'], // linkedin2023-034
    ['$16-$18 -Webster - McDonald\'s-Closing & Opening Crew- Ridge Rd', 'Webster · McDonald\'s-Closing & Opening Crew- Ridge Rd'], // occ-038
    ['Welder - 3rd Shift', 'Welder'], // occ-046
    ['#13635 - Salesforce Manual Tester', 'Salesforce Manual Tester'], // occ-209
    ['Janitorial Cleaning Crew Member ON CALL ONLY Night Shifts!', 'Janitorial Cleaning Crew Member'], // occ-062
    ['DIGITAL MARKETING SPECIALIST - DIGIT001783-00001', 'DIGITAL MARKETING SPECIALIST'], // linkedin2023-019
    ['Urgently hiring Cashier $22/hr', 'Cashier'], // invented: the board's badge run into the title
    ['Pharmacy Technician (Overnight)', 'Pharmacy Technician'], // occ-008
  ];
  for (const [noisy, clean] of cases) it(`reads "${noisy}" as "${clean}"`, () => expect(cleanTitle(noisy)).toBe(clean));

  it('keeps the words a title needs: "Part" in "Parts Salesperson", "Day" in "Day Care Teacher"', () => {
    expect(cleanTitle('Parts Salesperson')).toBe('Parts Salesperson');
    expect(cleanTitle('Day Care Teacher')).toBe('Day Care Teacher');
  });

  it('reads "Director, Influencer Marketing" also as "Influencer Marketing Director"', () => {
    expect(titleParts('Director, Influencer Marketing').map((p) => p.words.join(' '))).toContain('influencer marketing director');
  });
});

describe('null only when there is nothing', () => {
  it('returns null for an empty posting and an answer (however unsure) for a thin one', () => {
    expect(classifyOccupation({ title: '', description: '' })).toBeNull();
    const thin = classifyOccupation({ title: 'Coordinator', description: '' });
    expect(thin?.confidence).toBe('low');
  });
});

it('carries the O*NET attribution word for word', () => {
  const readme = readFileSync(path.join(SHARED, 'data/occupations/README.md'), 'utf8').replace(/\s+/g, ' ');
  expect(readme).toContain(ONET_ATTRIBUTION);
});

describe('titleNamesSocialMediaWork, for titles the English occupation titles cannot read', () => {
  it.each([
    'Chargé(e) de communication et réseaux sociaux',
    'Junior Referent:in (m/w/d) für Kommunikation & Social Media',
    'Rédacteur web et réseaux sociaux (H/F)',
  ])('reads "%s" as social-media or communications work', (title) => expect(titleNamesSocialMediaWork(title)).toBe(true));

  it.each(['Infirmier de nuit (H/F)', 'Lagerist (m/w/d) in Vollzeit', 'Comptable fournisseurs'])(
    'does not read "%s" as such work',
    (title) => expect(titleNamesSocialMediaWork(title)).toBe(false),
  );
});
