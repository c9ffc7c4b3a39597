// Requirements that shut people out when the job does not need them. The law behind each:
//  - 42 U.S.C. § 12112(b)(6) (Americans with Disabilities Act): a qualification standard that screens
//    out people with disabilities must be job-related and consistent with business necessity. A
//    driving licence or a lifting limit in a job that needs neither screens out people who cannot drive
//    or lift, so both are flagged only when nothing else in the posting says the work needs them.
//  - US EEOC Enforcement Guidance on National Origin Discrimination (2016), on language: a fluency
//    requirement must be needed to do the job. "Native speaker" asks where a person comes from, not
//    how well they speak; "fluent" asks for the ability itself.
// The patterns, the need cues and the suggestions are ScopeFit's own words.

import { matchCase, type WordingEntry } from './entry';

export const ADA_QUALIFICATIONS = '42 U.S.C. § 12112(b)(6), Americans with Disabilities Act: a qualification that screens people out must be job-related';
export const EEOC_NATIONAL_ORIGIN = 'US EEOC Enforcement Guidance on National Origin Discrimination (2016): a language requirement must be needed for the job';

/** Duties or a title that need driving: deliveries, visits, travel, a work vehicle. Read from the posting with the requirements themselves taken out. */
export const DRIVING_NEED = new RegExp(
  `\\b(?:${[
    String.raw`driv(?:e|es|ing)\s+(?:to|between|around|a\s+(?:company|vehicle|van|truck|car|bus)|company\s+vehicles?|clients|customers|patients|residents|students)\b`,
    String.raw`(?<!licensed\s)drivers?\b`, String.raw`deliveries\b`, String.raw`ambulances?\b`,
    String.raw`delivery\s+(?:drivers?|routes?|vehicles?|vans?|trucks?|of\s+(?:products|orders|goods|food|meals|packages|supplies|equipment))`,
    String.raw`(?:home|local|package|parcel|food|same-day|next-day)\s+delivery`, String.raw`delivering\s+(?:products|orders|goods|food|meals|packages|supplies|equipment)`,
    String.raw`couriers?\b`, String.raw`chauffeurs?\b`, String.raw`cdl\b`, String.raw`route\s+(?:sales|driver|service)`,
    String.raw`field[- ](?:sales|service|based|work|marketing|representative|rep|technician|engineer|team)`, String.raw`outside\s+sales`,
    String.raw`territory`, String.raw`(?:site|client|customer|store|home|school|sales)\s+visits?`, String.raw`in-home`,
    String.raw`visit(?:ing|s)?\s+(?:clients|customers|sites|stores|schools|homes|patients|locations|accounts|retailers|partners|venues|job\s?sites|properties)`,
    String.raw`travel(?:ling|ing|s)?\s+(?:to|between|across|throughout|within|around)\b`,
    String.raw`(?:local|regional|frequent|extensive|some|occasional|overnight|required)\s+travel`, String.raw`travel\s+(?:is\s+)?required`,
    String.raw`\d{1,3}\s*%\s+(?:of\s+(?:the\s+)?time\s+)?travel`, String.raw`on\s+the\s+road`, String.raw`mileage`,
    String.raw`(?:company|agency|work|service|fleet|delivery|state|county|city)\s+vehicles?\b`, String.raw`driv(?:e|es|ing)\s+(?:\p{L}+\s+){0,2}vehicles?\b`,
    String.raw`field\s+(?:evaluations?|inspections?|visits?|work|trips?|operations)\b`, String.raw`service\s+calls`, String.raw`(?:job|work|customer|client)\s+sites\b`,
    String.raw`fleet`, String.raw`vans?\b`, String.raw`trucks?\b`, String.raw`forklift`,
    String.raw`transport(?:ing|s)?\s+(?:\p{L}+\s+){0,3}(?:clients|patients|residents|goods|equipment|members|children|students|individuals|participants|products)`,
    // Jobs that are driving: parking cars, ambulances, buses, taxis, tow trucks.
    String.raw`valets?\b`, String.raw`paramedics?\b`, String.raw`bus\s+(?:driver|operator)s?`, String.raw`taxis?\b`, String.raw`rideshare`, String.raw`tow\s+trucks?`,
  ].join('|')})`,
  'iu',
);

/** Duties or a title with physical work: stock, equipment, patients, events, shoots, sites. */
export const LIFTING_NEED = new RegExp(
  `\\b(?:${[
    'warehouse', 'stock(?:ing|room)?\\b', 'inventory', 'load(?:ing)?\\b', 'unload', 'pallets?', 'boxes', 'packages', 'shipping', 'shipments',
    'deliver(?:y|ies)\\b', 'equipment', 'gear\\b', 'set[- ]?up\\b', 'tear[- ]?down', 'install(?:ation|ing|s)?\\b', 'construction', 'patients?\\b',
    'residents\\b', 'caregiv', 'nurs(?:e|es|ing)\\b', 'retail', 'stores?\\b', 'merchandis', 'kitchen', 'cook(?:s|ing)?\\b', 'food',
    'cleaning', 'janitorial', 'custodial', 'housekeeping', 'maintenance', 'mechanic', 'technicians?\\b', 'assembl', 'manufactur',
    'production', 'labou?rers?\\b', 'landscap', 'farm', 'movers?\\b', 'furniture', 'trucks?\\b', 'forklift', 'physically\\s+demanding',
    'children', 'childcare', 'camp\\b', 'events?\\b', 'shoots?\\b', 'filming', 'cameras?\\b', 'props\\b', 'booths?\\b', 'trade\\s?shows?',
  ].join('|')})`,
  'iu',
);

const LANGUAGES = 'english|german|french|spanish|italian|portuguese|dutch|japanese|chinese|mandarin|korean|arabic|polish|russian';

export const EXCLUSIONARY: readonly WordingEntry[] = [
  {
    id: 'native-speaker',
    category: 'exclusionary',
    term: 'native English speaker',
    pattern: String.raw`native(?:[- ](?:level|like))?(?:\s+or\s+(?:near|close)[- ]native)?(?:\s+(?:${LANGUAGES}))?[- ]?(?:speakers?|speaking|fluency|proficiency|command|language\s+skills)|native\s+speaker\s+of\s+(?:${LANGUAGES})`,
    suggest: (found) => {
      const fluent = found.replace(/^native(?:[- ](?:level|like))?(?:\s+or\s+(?:near|close)[- ]native)?/i, 'fluent');
      // "fluent fluency" and "fluent proficiency" say it twice: the ability is the fluency.
      return matchCase(found, fluent.replace(/^fluent(\s+\p{L}+)?[- ]?(?:fluency|proficiency|command)$/iu, (_, lang: string | undefined) => `fluency${lang ? ` in${lang}` : ''}`));
    },
    source: EEOC_NATIONAL_ORIGIN,
  },
  {
    id: 'first-language',
    category: 'exclusionary',
    term: 'English as a first language',
    pattern: String.raw`(?:${LANGUAGES})\s+(?:as\s+(?:a|your|the)\s+)?(?:first|native|mother)\s+(?:language|tongue)`,
    suggest: (found) => `fluent ${/^(\p{L}+)/u.exec(found)?.[1] ?? 'English'}`,
    source: EEOC_NATIONAL_ORIGIN,
  },
  {
    id: 'driving-licence',
    category: 'exclusionary',
    term: 'driving licence (duties need no driving)',
    pattern: String.raw`(?:(?:a|valid|current|clean|full|unrestricted|state|u\.s\.)\s+){0,3}(?:driver[’']?s?[’']?|driving)\s+licen[cs]es?`,
    neededWhen: DRIVING_NEED,
    suggest: () => null,
    source: ADA_QUALIFICATIONS,
  },
  {
    id: 'own-vehicle',
    category: 'exclusionary',
    term: 'own car (duties need no driving)',
    pattern: String.raw`(?:(?:your|their|his\s+or\s+her)\s+)?own\s+(?:car|vehicle|automobile)|access\s+to\s+(?:a\s+)?(?:reliable\s+)?(?:car|vehicle|automobile)`,
    neededWhen: DRIVING_NEED,
    suggest: () => null,
    source: ADA_QUALIFICATIONS,
  },
  {
    id: 'lifting',
    category: 'exclusionary',
    term: 'lifting (duties need none)',
    pattern: String.raw`(?:lift|lifting|carry|carrying)(?:\s+[\p{L}/]+){0,4}?\s+~?\d{1,3}(?:\s*[-–/]\s*\d{1,3}){0,3}\s*(?:\+\s*)?(?:lbs?|pounds|kgs?|kilograms?)|heavy\s+lifting|lift(?:ing)?\s+heavy(?:\s+(?:objects|items|boxes|loads))?`,
    neededWhen: LIFTING_NEED,
    suggest: () => null,
    source: ADA_QUALIFICATIONS,
  },
];
