// French wording for the conditions of ../shared/design/taxonomy.md, each cue at a word start.
import type { Condition } from '../../types';

export const CONDITION_CUES_FR: Readonly<Record<Condition, readonly string[]>> = {
  'always-on': [
    'astreintes?\\b', 'le week-end', 'les week-ends', 'certains week-ends', 'le soir', 'les soirs', 'soirs', 'en soirée', 'soirées',
    'jours fériés', 'en dehors des heures', 'horaires décalés', '24h/24', '24 h/24', '7j/7', '7 j/7', '24/7',
    'disponibilité (le soir|le week-end|en soirée|en dehors)', 'joignable',
  ],
  pressure: [
    'rythme (soutenu|rapide|intense)', 'sous pression', 'gestion du stress', 'résistance au stress', 'résistant\\p{L}{0,2} au stress',
    'multitâches?', 'multi-tâches?', 'délais serrés', 'délais courts', 'forte charge', 'charge de travail importante', 'urgences',
    'environnement (très )?(exigeant|intense)',
  ],
  hype: ['ninja', 'guru', 'rockstar', 'rock star', 'magicien', 'magicienne', 'licorne', 'super-héros', 'superhéros', 'couteau suisse'],
};
