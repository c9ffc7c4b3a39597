// Clichés and hype titles: words that say little about the work and tell many people it is not for
// them (a "ninja" or "rockstar" reads as a young man's club; "we're a family" blurs the line between
// the job and a person's life; "work hard, play hard" promises long hours). The list is ScopeFit's
// own, from the job seekers' posts the product grew from (issue 16: "ninja", "rockstar", "guru",
// "wizard", "unicorn", "work hard play hard", "wear many hats", "family"), extended in our own words.
// Suggestions keep the meaning: a "rockstar developer" is a skilled developer.

import { matchCase, type WordingEntry } from './entry';

export const SCOPEFIT_CLICHES = 'ScopeFit’s list, from the job seekers’ posts the product grew from (issue 16)';
export const SCOPEFIT_OWN = 'ScopeFit’s own addition to its cliché list';

/** A hype word followed by one of these is an adjective ("rockstar developer" → "skilled developer"). */
const ROLE_NOUNS = [
  'developers?', 'engineers?', 'designers?', 'marketers?', 'writers?', 'copywriters?', 'editors?', 'managers?', 'coordinators?',
  'specialists?', 'strategists?', 'analysts?', 'recruiters?', 'salespeople', 'salesperson', 'sellers?', 'creators?', 'storytellers?',
  'producers?', 'assistants?', 'associates?', 'representatives?', 'reps?', 'administrators?', 'programmers?', 'coders?', 'hires?',
  'candidates?', 'teams?', 'teammates?', 'professionals?', 'communicators?', 'team\\s+members?',
].join('|');

function hypeWord(id: string, word: string, noun: string, plural: string, extra: Partial<WordingEntry> = {}): WordingEntry {
  return {
    id,
    category: 'cliche',
    term: id,
    pattern: `${word}(?:\\s+(?:${ROLE_NOUNS}))?`,
    suggest: (found) => {
      const role = new RegExp(`^${word}\\s+(.+)$`, 'iu').exec(found)?.[1];
      if (role !== undefined) return `${matchCase(found, 'skilled')} ${role}`;
      return matchCase(found, /s$/i.test(found) ? plural : noun);
    },
    source: SCOPEFIT_CLICHES,
    ...extra,
  };
}

const SIZE_WORDS = String.raw`(?:big|close[- ]knit|tight[- ]knit|happy|growing|extended|little|work)\s+`;

export const CLICHES: readonly WordingEntry[] = [
  hypeWord('ninja', 'ninjas?', 'expert', 'experts'),
  hypeWord('rockstar', 'rock[- ]?stars?', 'expert', 'experts'),
  hypeWord('guru', 'gurus?', 'expert', 'experts'),
  hypeWord('wizard', 'wizards?', 'expert', 'experts', {
    // Software's step-by-step "setup wizard" is a screen, not a person.
    unless: (c) => /\b(?:setup|set-up|install|installation|configuration|import|export)\s+$/i.test(c.before),
  }),
  hypeWord('jedi', 'jedis?', 'expert', 'experts'),
  hypeWord('superstar', 'super[- ]?stars?', 'high performer', 'high performers'),
  hypeWord('unicorn', 'unicorns?', 'versatile specialist', 'versatile specialists', {
    // A "unicorn start-up" is a company's valuation, not a hope for an impossible hire.
    unless: (c) =>
      /^\s+(?:start-?ups?|compan(?:y|ies)|status|valuation|club|brands?|business)\b/i.test(c.after) ||
      /\b(?:we(?:'|’)re|we\s+are|became|become|reached|achieved|turned)\s+(?:a\s+)?$/i.test(c.before),
  }),
  {
    id: 'work-hard-play-hard',
    category: 'cliche',
    term: 'work hard, play hard',
    pattern: String.raw`work(?:ing)?\s+hard\s*(?:[,/&.–-]\s*)?(?:and\s+)?play(?:ing)?\s+hard(?:er)?`,
    suggest: (found) => matchCase(found, 'work with focus and celebrate together'),
    source: SCOPEFIT_CLICHES,
  },
  {
    id: 'wear-many-hats',
    category: 'cliche',
    term: 'wear many hats',
    pattern: String.raw`(?:wear|wears|wearing)\s+(?:many|multiple|a\s+lot\s+of|lots\s+of|several|different|a\s+few|all\s+the|various)\s+(?:different\s+)?hats`,
    suggest: (found) => {
      const verb = /^\p{L}+/u.exec(found)?.[0].toLowerCase();
      const takeOn = verb === 'wears' ? 'takes on' : verb === 'wearing' ? 'taking on' : 'take on';
      return matchCase(found, `${takeOn} a varied mix of tasks`);
    },
    source: SCOPEFIT_CLICHES,
  },
  {
    id: 'family',
    category: 'cliche',
    term: 'we’re a family',
    pattern: String.raw`(?:we(?:'|’)re|we\s+are|feels?|is|are)\s+(?:like\s+)?(?:a|one)\s+(?:${SIZE_WORDS})?family|like\s+(?:a|one)\s+(?:${SIZE_WORDS})?family|(?:join|joining|part\s+of|welcome\s+to|member\s+of)\s+(?:our|the)\s+(?:\p{L}+\s+)?family`,
    // "A family-owned business", "our family of brands", "a Family Physician": a fact or a compound
    // noun, not a promise. The promise ends the phrase or runs on into a function word ("join our family today").
    unless: (c) =>
      /^\s+of\s+(?:brands|companies|products|businesses|stores|restaurants|hotels|clinics|dealerships|websites)\b/i.test(c.after) ||
      /^[\s-]+(?!(?:and|or|but|where|that|who|which|today|now|here|in|at|with|to|for|as|because|since|of|we|you|is|are|too|again|by|from)\b)\p{L}/iu.test(c.after),
    suggest: (found) => {
      const team = found.replace(new RegExp(`(?:a|one)\\s+(?:${SIZE_WORDS})?family$`, 'iu'), 'a close-knit team');
      return team === found ? found.replace(/family$/i, 'team') : team;
    },
    source: SCOPEFIT_CLICHES,
  },
  {
    id: 'hit-the-ground-running',
    category: 'cliche',
    term: 'hit the ground running',
    pattern: String.raw`(?:hit|hits|hitting)\s+the\s+ground\s+running`,
    suggest: (found) => {
      const verb = /^\p{L}+/u.exec(found)?.[0].toLowerCase();
      return matchCase(found, `${verb === 'hits' ? 'gets' : verb === 'hitting' ? 'getting' : 'get'} up to speed quickly`);
    },
    source: SCOPEFIT_OWN,
  },
];
