// Section headings seen in real postings, by what the section holds. Matching is on the whole
// heading (lower-cased, trailing ":" dropped); `prefixes` catch "About <Company>" and the like.
// Improving recall is adding a phrase here, with a test that quotes the posting it came from.

export type SectionKind = 'duties' | 'requirements' | 'preferred' | 'benefits' | 'company' | 'pay' | 'legal' | 'summary';

export const HEADINGS: Readonly<Record<SectionKind, readonly string[]>> = {
  duties: [
    'responsibilities', 'key responsibilities', 'main responsibilities', 'primary responsibilities',
    'job responsibilities', 'role responsibilities', 'roles & responsibilities', 'roles and responsibilities',
    'roles and duties', 'duties', 'duties and responsibilities', 'duties & responsibilities', 'job duties',
    'essential duties', 'essential duties and responsibilities', 'essential functions', 'essential job functions',
    'what you\'ll do', 'what you will do', 'what you’ll do', 'what you\'ll be doing', 'what you will be doing',
    'what you’ll be doing', 'what you get to do', 'what you get to do every day', 'in this role you will',
    'in this role, you will', 'key deliverables', 'deliverables', 'day to day', 'day-to-day', 'a day in the life',
    'your day to day', 'your responsibilities', 'your role', 'the role', 'role', 'your impact', 'the impact you\'ll have',
    'accountabilities', 'key accountabilities', 'tasks', 'your tasks', 'how you\'ll contribute', 'what you\'ll own',
    'what you will own', 'you will', 'as a', 'job functions', 'specific responsibilities', 'position responsibilities',
    'main duties', 'core responsibilities', 'key duties', 'the job', 'the opportunity', 'the position',
    'aufgaben', 'ihre aufgaben', 'deine aufgaben', 'was dich erwartet', 'was sie erwartet', 'zu deinen aufgaben gehören',
  ],
  requirements: [
    'requirements', 'qualifications', 'required qualifications', 'minimum qualifications', 'basic qualifications',
    'job requirements', 'position requirements', 'required skills', 'skills', 'skills and qualifications',
    'skills & qualifications', 'skills and experience', 'experience', 'education and experience',
    'education & experience', 'what you\'ll need', 'what you will need', 'what you’ll need', 'what we\'re looking for',
    'what we are looking for', 'what we’re looking for', 'who you are', 'about you', 'you have', 'you are',
    'what you bring', 'what you\'ll bring', 'what you’ll bring', 'must have', 'must haves', 'must-haves',
    'knowledge, skills and abilities', 'knowledge, skills, and abilities', 'required experience',
    'minimum requirements', 'your profile', 'your background', 'ideal candidate', 'the ideal candidate',
    'who we\'re looking for', 'is this you', 'competencies', 'ihr profil', 'dein profil', 'das bringst du mit',
    'das bringen sie mit', 'anforderungen',
  ],
  preferred: [
    'preferred qualifications', 'preferred', 'preferred skills', 'preferred experience', 'nice to have',
    'nice-to-have', 'nice to haves', 'bonus points', 'bonus', 'pluses', 'a plus', 'desired qualifications',
    'desired skills', 'additional qualifications', 'ideal qualifications', 'ideally', 'ideally you have', 'it would be great if you', 'extra credit',
  ],
  benefits: [
    'benefits', 'perks', 'perks and benefits', 'benefits and perks', 'perks & benefits', 'what we offer',
    'we offer', 'why join us', 'why work here', 'why you\'ll love working here', 'our benefits', 'total rewards',
    'what\'s in it for you', 'what you\'ll get', 'what you get', 'wir bieten', 'was wir bieten', 'unser angebot',
  ],
  company: [
    'about us', 'about the company', 'company overview', 'company description', 'who we are', 'our story',
    'our company', 'our mission', 'our team', 'the team', 'about the team', 'division information', 'overview',
    'über uns', 'wer wir sind',
  ],
  pay: ['compensation', 'salary', 'pay', 'pay range', 'salary range', 'compensation range', 'compensation and benefits', 'pay and benefits', 'vergütung'],
  legal: [
    'equal opportunity employer', 'equal employment opportunity', 'eeo statement', 'eeo', 'diversity', 'disclaimer',
    'accommodations', 'reasonable accommodation', 'additional information', 'legal',
  ],
  summary: [
    'job summary', 'summary', 'position summary', 'role summary', 'about the role', 'about the job',
    'about the position', 'about the opportunity', 'job description', 'description', 'position overview',
    'role overview', 'job overview', 'opportunity', 'the role in brief', 'stellenbeschreibung',
  ],
};

/** Heading beginnings that name a kind whatever follows ("About Acme", "Benefits include"). */
export const HEADING_PREFIXES: readonly (readonly [string, SectionKind])[] = [
  ['about the role', 'summary'], ['about the job', 'summary'], ['about you', 'requirements'],
  ['about ', 'company'], ['why ', 'benefits'], ['benefits', 'benefits'], ['perks', 'benefits'],
  ['responsibilities', 'duties'], ['what you\'ll do', 'duties'], ['what you will do', 'duties'],
  ['qualifications', 'requirements'], ['requirements', 'requirements'], ['preferred', 'preferred'], ['ideal qualifications', 'preferred'],
  ['nice to have', 'preferred'], ['equal ', 'legal'], ['compensation', 'pay'], ['salary', 'pay'],
];
