// German wording for the conditions of ../shared/design/taxonomy.md, matched on the posting's own
// lines (not benefits or legal text), each cue at a word start (vocabulary/index.ts).
import type { Condition } from '../../types';

export const CONDITION_CUES_DE: Readonly<Record<Condition, readonly string[]>> = {
  'always-on': [
    'rufbereitschaft', 'bereitschaftsdienst', 'am wochenende', 'an wochenenden', 'an den wochenenden', 'wochenendarbeit',
    'wochenenddienst', 'wochenendeinsätze', 'abends', 'abendstunden', 'an feiertagen', 'feiertagsarbeit', 'rund um die uhr', '24/7',
    'außerhalb (der )?(regulären |üblichen |normalen )?(arbeitszeit|arbeitszeiten|geschäftszeiten|bürozeiten)',
    '(ständig|jederzeit|permanent|auch abends) erreichbar', 'erreichbarkeit (auch )?(am|an|außerhalb)', 'schichtdienst', 'nachtschicht',
  ],
  pressure: [
    'schnelllebig', 'hohe[nms]? (arbeits)?tempo', 'zeitdruck', 'termindruck', 'stressresisten', 'belastbar', 'unter druck',
    'hohe arbeitsbelastung', 'multitasking', 'hands-on-mentalität', 'start-?up-(umfeld|atmosphäre|mentalität)',
    'dynamisch\\p{L}{0,3} (und|,) schnell', 'viele bälle', 'enge deadlines', 'kurzfristig\\p{L}{0,3} deadlines',
  ],
  hype: ['ninja', 'guru', 'rockstar', 'rock star', 'superheld', 'superstar', 'zauberer', 'wunderkind', 'unicorn', 'einhorn'],
};
