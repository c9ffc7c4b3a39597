// Wording for the conditions of ../shared/design/taxonomy.md, matched case-insensitively on
// the posting's own lines (not the legal boilerplate). No nested quantifiers.
import type { Condition } from '../types';

export const CONDITION_CUES: Readonly<Record<Condition, readonly string[]>> = {
  'always-on': [
    '24/7', '24x7', '24 hours a day', 'around the clock', 'nights and weekends', 'evenings and weekends',
    'weekends and evenings', 'weekends and holidays', 'nights, weekends', 'evenings, weekends', 'on[- ]call',
    'at any hour', 'available (on |during )?(evenings|weekends|nights|after hours|outside (of )?(normal|regular|business) hours)',
    'after[- ]hours', 'outside (of )?(normal|regular|standard|business) (working )?hours', 'not locked into (just )?working 9',
    // Not a bare "always on": marketers say "always-on campaigns/concepts" of the work, not the hours.
    '(be|being|are|is) always[- ](on|available|reachable)', 'always[- ]on (availability|schedule|role|position|coverage)', 'weekend (work|coverage|shifts)', 'some weekends', 'occasional (evening|weekend|night)', 'flexible hours including',
    'work (some )?(evenings|weekends)', 'be available (8|eight) hours a day', 'holidays as needed',
  ],
  pressure: [
    'fast[- ]paced', 'fast[- ]moving', 'wear (many|multiple|a lot of|lots of) hats', 'juggle', 'multiple (projects|priorities|deadlines|tasks)',
    'tight (deadline|turnaround|timeline)', 'hit the ground running', 'high[- ]pressure', 'under pressure', 'pressure',
    'competing (priorities|deadlines)', 'quick turnaround', 'rapid(ly)? changing', 'ever[- ]changing', 'thrives? in (a )?(dynamic|fast|busy|high)',
    'high[- ]volume', 'demanding', 'hustle', 'deadline[- ]driven', 'start-up environment', 'startup environment', 'sense of urgency',
    'fast[- ]growing', 'dynamic (and|,) fast', 'self-starter',
  ],
  hype: [
    '\\bninja', '\\bguru', '\\brock ?star', '\\bwizard', '\\bunicorn', '\\bhacker', '\\bjedi', '\\bsuperhero', '\\bsuperstar',
    '\\bmaven', '\\bevangelist', '\\bbadass', '\\bmagician', '\\bwhiz\\b',
  ],
};
