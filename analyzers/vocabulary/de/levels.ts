// German level words for titles and duties, on the ladder of ../shared/design/taxonomy.md. Title
// words from the corpus's German titles ("Werkstudent (m/w/d) Social Media", "Teamleitung
// Social Media"); duty cues from its duty lists ("Du verantwortest die Social-Media-Strategie").
import type { Level } from '../../types';

export const TITLE_LEVEL_RULES_DE: readonly { readonly level: Level; readonly pattern: RegExp }[] = [
  // "Assistenz der Geschäftsführung" assists the managing director: an entry title, not an executive one.
  { level: 'executive', pattern: /(?<!\p{L})(?<!(?:assisten\p{L}*|referent\p{L}*|sekretär\p{L}*) (?:der|des) )(geschäftsführ\p{L}*|vorstand|bereichsvorstand)(?!\p{L})/iu },
  { level: 'head', pattern: /(?<!\p{L})(\p{L}*leitung|\p{L}*leiter(in)?|leiter:in|head of)(?!\p{L})/iu },
  {
    level: 'intern',
    pattern: /(?<!\p{L})(praktikant\p{L}*|praktikum|pflichtpraktikum|werkstudent\p{L}*|werkstudierende[rn]?|azubi|auszubildende[rn]?|ausbildung|duales studium|dual(e|er)? student\p{L}*|abschlussarbeit|trainee)(?!\p{L})/iu,
  },
  { level: 'senior', pattern: /(?<!\p{L})(senior|erfahrene[rn]?)(?!\p{L})/iu },
  { level: 'entry', pattern: /(?<!\p{L})(junior|assistenz|assistent\p{L}*|volontär\p{L}*|volontariat|aushilfe|berufseinsteiger\p{L}*|einsteiger\p{L}*|sachbearbeiter\p{L}*)(?!\p{L})/iu },
  { level: 'mid', pattern: /(?<!\p{L})(referent\p{L}*|redakteur\p{L}*|spezialist\p{L}*|berater\p{L}*|fachkraft|expert\p{L}*|manager\p{L}*)(?!\p{L})/iu },
];

export const DUTY_LEVEL_CUES_DE: Readonly<Record<'own' | 'budget' | 'lead' | 'executive' | 'assist', readonly string[]>> = {
  own: [
    'verantwortest', 'verantwortung für', 'verantwortlich für (die |den |das )?(gesamte|strateg|konzept|ausrichtung|weiterentwicklung)',
    'eigenverantwortlich', 'end[-‑ ]to[-‑ ]end', 'ganzheitlich',
    '(entwickl|erarbeit|definier|konzipier|gestalt|festleg|verantwort)\\p{L}{0,8} (\\p{L}+[- ]){0,4}\\p{L}*strategie',
    '\\p{L}*strategie (entwickeln|verantworten|definieren|erarbeiten|festlegen)',
  ],
  budget: [
    'budgetverantwortung', 'budgetsteuerung', 'budgetplanung', '(steuerung|planung|verwaltung|verantwortung) (des|der|von) (\\p{L}+ )?budget',
    // As the English "(manage|own|…) (\w+ ){0,5}budget": "steuerst siebenstellige Monatsbudgets", "verantwortest Budget".
    '(steuer|verantwort|verwalt|plan)\\p{L}{0,4} (\\p{L}+ ){0,3}\\p{L}*budgets?',
  ],
  lead: [
    '(team|mitarbeiter|personal)führung', 'führung (und \\p{L}+ )?(eines|des|von|unseres|deines|ihres) (\\p{L}+ )?teams?', 'personalverantwortung',
    'disziplinarisch', 'teamleitung', 'leitung (eines|des|unseres) (\\p{L}+ )?teams?', 'führst (ein|das|dein)', 'leitest (ein|das|dein)',
  ],
  executive: [
    '(direkt )?an die geschäftsführung', 'berichtest (direkt )?an', 'berichten (direkt )?an', 'reporting an (die )?(geschäftsführung|ceo|cmo|vorstand)',
    'vorstand', 'c-level', 'geschäftsleitung',
  ],
  assist: [
    'unterstütz', 'unterstützung', 'mitarbeit (bei|an|in)', 'mithilfe', 'mitwirkung', 'assistenz', 'nach absprache', 'nach anweisung',
    'lernst', 'lernen', 'administrative', 'hilfst', 'helfen bei',
  ],
};
