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
    'hohe arbeitsbelastung', 'multitasking', 'stressig', 'start-?up-(umfeld|atmosphäre|mentalität)',
    // As the English "multiple projects" and "juggle": several things at once.
    '(viele|mehrere) (\\p{L}+ ){0,2}(themen|projekte|aufgaben|bälle) (gleichzeitig|parallel)',
    'dynamisch\\p{L}{0,3} (und|,) schnell', 'viele bälle', 'enge deadlines', 'kurzfristig\\p{L}{0,3} deadlines',
  ],
  hype: ['ninja', 'guru', 'rockstar', 'rock star', 'superheld', 'superstar', 'zauberer', 'wunderkind', 'unicorn', 'einhorn'],
};
