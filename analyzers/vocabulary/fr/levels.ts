// French level words for titles and duties, on the ladder of ../shared/design/taxonomy.md:
// stagiaire/alternant (intern), junior/assistant (entry), chargé/responsable/chef de projet (mid),
// confirmé/senior (senior), directeur/directrice (head), directeur général (executive).
import type { Level } from '../../types';

export const TITLE_LEVEL_RULES_FR: readonly { readonly level: Level; readonly pattern: RegExp }[] = [
  { level: 'executive', pattern: /(?<!\p{L})(directeur général|directrice générale|président\p{L}*|vice-président\p{L}*|dg)(?!\p{L})/iu },
  { level: 'head', pattern: /(?<!\p{L})(directeur|directrice|direct\.|head of|responsable de pôle|chef de service)(?!\p{L})/iu },
  { level: 'intern', pattern: /(?<!\p{L})(stagiaire|stage|alternan(t|te|ce)|apprenti\p{L}*|apprentissage|v\.?i\.?e)(?!\p{L})/iu },
  { level: 'senior', pattern: /(?<!\p{L})(senior|confirmé\p{L}?|expérimenté\p{L}?|lead)(?!\p{L})/iu },
  { level: 'entry', pattern: /(?<!\p{L})(junior|assistant\p{L}?|débutant\p{L}?|premier emploi)(?!\p{L})/iu },
  { level: 'mid', pattern: /(?<!\p{L})(chargé\p{L}?|responsable|chef de projet|community manager|manager|spécialiste|consultant\p{L}?|rédact\p{L}*)(?!\p{L})/iu },
];

export const DUTY_LEVEL_CUES_FR: Readonly<Record<'own' | 'budget' | 'lead' | 'executive' | 'assist', readonly string[]>> = {
  own: [
    '(définir|définition|définis|définissez|élabor\\p{L}{0,4}|concev\\p{L}{0,4}|conçoi\\p{L}{0,4}|construi\\p{L}{0,4}|pilot\\p{L}{0,4}|port\\p{L}{0,4}|développ\\p{L}{0,4}) (de |la |les |d.une |une |votre |notre |ta |sa )?(\\p{L}+ ){0,3}stratégie',
    'responsable de (la |l.)?(stratégie|ensemble)', 'garant\\p{L}{0,2} de', 'de bout en bout', 'en toute autonomie', 'piloter (l.ensemble|la communication)',
  ],
  budget: ['(gestion|gérer|gères|gérez|piloter|pilotage|pilotes|pilotez|suivi|suivre|responsable) (du |des |de |le |les |d.un )?budget'],
  lead: [
    'manag\\p{L}{0,6} (une |l.|d.une |votre |son |de l.)?équipe', 'encadr\\p{L}{0,6} (une |l.|d.une |votre |son )?(équipe|stagiaire|alternant)',
    'encadrement (d.une |de l.|de votre )?équipe', 'management (d.une |de l.|de votre )?équipe', 'équipe de \\d', 'diriger (une |l.|votre )?équipe',
  ],
  executive: [
    'rattaché\\p{L}{0,2} (directement )?(à|au) (la )?(direction|dg|directeur général|directrice générale|ceo|cmo|président)',
    'comité de direction', 'codir', 'direction générale',
  ],
  assist: [
    'assister', 'aider', 'particip', 'contribu', 'soutenir', 'en support', 'en appui', 'sous la responsabilité', 'aux côtés de',
    'apprendre', 'administrati',
  ],
};
