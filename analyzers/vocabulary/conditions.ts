// Wording for the conditions of ../shared/design/taxonomy.md, matched case-insensitively on
// the posting's own lines (not the legal boilerplate), each cue as whole words (word-cues.ts). No
// nested quantifiers. Each cue's sentence that must match and one that must not: tests/analyzers/vocabulary-cases.ts.
import type { Condition } from '../types';

export const CONDITION_CUES: Readonly<Record<Condition, readonly string[]>> = {
  'always-on': [
    '24/7', '24x7', '24 hours a day', 'around the clock', 'nights and weekends', 'evenings and weekends',
    'weekends and evenings', 'weekends and holidays', 'nights, weekends', 'evenings, weekends', 'on[- ]call',
    'at any hour', 'available (on |during )?(evenings|weekends|nights|after hours|outside (of )?(normal|regular|business) hours)',
    'after[- ]hours', 'outside (of )?(normal|regular|standard|business) (working )?hours',
    // "Not a 9-to-5", "not locked into working 9-5", "beyond 9 to 5": the hours are not the office's.
    '(not|beyond|more than) (\\w+ ){0,4}9[- ]?(to|-|–)[- ]?5',
    // Not a bare "always on": marketers say "always-on campaigns/concepts" of the work, not the hours.
    '(be|being|are|is) always[- ](on|available|reachable)', 'always[- ]on (availability|schedule|role|position|coverage)', 'weekend (work|coverage|shifts?)', 'some weekends', 'occasional (evenings?|weekends?|nights?)',
    'work (some )?(evenings|weekends)',
  ],
  pressure: [
    'fast[- ]paced', 'fast[- ]moving', 'wear (many|multiple|a lot of|lots of) hats', 'juggl(e|es|ing)', 'multiple (projects|priorities|deadlines|tasks)',
    'tight (deadlines?|turnarounds?|timelines?)', 'hit the ground running', 'high[- ]pressure', 'under pressure',
    // Pressure of the work, not "blood pressure" or "pressure washing".
    'handl(e|es|ing) (the )?pressure', 'time pressures?', 'pressure (to|of) (deliver|perform|meet|hit)',
    'competing (priorities|deadlines)', 'quick turnarounds?', 'rapid(ly)? changing', 'ever[- ]changing', 'thrives? in (a )?(dynamic|fast|busy|high)',
    'high[- ]volume', 'demanding', 'hustle', 'deadline[- ]driven', 'start-?up environment', 'sense of urgency',
    'fast[- ]growing', 'self-starter',
  ],
  hype: [
    'ninjas?', 'gurus?', 'rock ?stars?', 'wizards?', 'unicorns?', 'hackers?', 'jedis?', 'superheroe?s?', 'superstars?',
    'mavens?', 'evangelists?', 'badass(es)?', 'magicians?', 'whiz',
  ],
};
