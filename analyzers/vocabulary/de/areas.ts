// German cues for the 16 work areas of ../shared/design/taxonomy.md, matched on a duty's own
// lower-case words (vocabulary/index.ts): each cue starts at a word start, or anywhere in a word
// when it begins with "~" (compounds: "Contentstrategie", "Videoschnitt"). Written from the wording
// of the 136 German postings in ../shared/corpus (Bundesagentur für Arbeit listings) and general
// German marketing usage; no nested quantifiers, stems bounded (\p{L}{0,12}).
import type { Area } from '../../types';

export const AREA_CUES_DE: Readonly<Record<Area, readonly string[]>> = {
  strategy: [
    '~strateg', 'konzept', '~konzept', 'konzipier', '~budget', 'roadmap', 'positionierung', 'zielsetzung',
    '(ziele|kpis?) (definier|festleg|setz)', 'go-to-market', 'markenführung', 'weiterentwicklung (der|unserer) (marke|markenkommunikation|kommunikation)',
  ],
  content: [
    '~content', 'inhalte', '~inhalte', 'beiträge', '~beiträge', 'beitrag', 'posts?\\b', 'postings?\\b', '~texte\\b', '~texten',
    'texte', 'texten', 'redaktion', '~redaktion', 'redaktionsplan', '~kalender', 'veröffentlich', 'storytelling',
    'copywriting', 'blog', '~blog', 'newsletter', 'verfass', 'schreib', 'formulier', 'kreation', 'captions?',
    '(betreu|pfleg|bespiel|manag|steuer)\\p{L}{0,12} (\\p{L}+ ){0,3}(social[- ]media[- ])?(kanäle|kanal|kanälen|accounts|profile|auftritte)',
    'social[- ]media[- ](kanäle|kanälen|auftritte|präsenz|accounts)',
  ],
  creative: [
    'videos?', '~video', 'fotos?', '~foto', 'fotograf', 'bilder', '~bilder', 'bildbearbeitung', 'grafik', '~grafik', '~design',
    'gestalt', 'canva', 'adobe', 'photoshop', 'illustrator', 'premiere', 'after effects', 'reels?', 'shorts', 'filme?n?',
    'dreh', 'videoschnitt', '~schnitt\\b', 'visuell', 'creatives?', 'motion', 'animation', 'capcut', 'figma', 'podcast', 'shooting',
  ],
  community: [
    '~community', 'kommentar', '~kommentar', 'interaktion', 'interagier', 'dialog', 'follower', 'fans?\\b', 'moderat', '~moderation',
    'direktnachricht', 'nachrichten beantwort', 'reichweite', 'engagement', 'zielgruppe (aufbau|binden)', 'nutzer(:innen|innen)? (betreu|binden)',
  ],
  care: [
    'kundenservice', 'kundensupport', 'kundenanfrage', '~anfragen', 'anfragen', 'support', 'beschwerde', 'reklamation',
    'service-anfragen', 'customer care', 'customer service', 'kundenkommunikation',
  ],
  analytics: [
    'analyse', '~analyse', 'analys', 'auswert', '~auswertung', 'reporting', '~reporting', 'reports?\\b', 'kpis?\\b', '~kennzahlen',
    'tracking', 'erfolgsmessung', 'messung', 'insights', 'a/b', 'google analytics', 'dashboards?', 'controlling',
    'performance', 'datenbasiert', 'datengetrieben',
  ],
  listening: [
    'monitoring', '~monitoring', 'trends?', '~trends?', 'wettbewerb', '~wettbewerb', 'recherche', '~recherche', 'recherchier',
    'beobacht', '~beobachtung', 'am puls', 'up to date', 'auf dem laufenden', 'social listening', 'neuesten entwicklungen',
  ],
  paid: [
    'paid\\b', '~anzeigen', 'anzeigen', 'werbeanzeigen', '~werbung', 'werbung', 'ads\\b', '~ads\\b', 'media[- ]?buying', 'mediaplanung',
    'sea\\b', 'ad[- ]spend', '~werbekampagne', 'performance[- ]marketing', 'targeting', 'kampagnen[- ](setup|aussteuerung|management)',
  ],
  influencer: [
    'influencer', '~influencer', 'creator', '~creator', 'kooperation', '~kooperation', 'partnerschaft', 'ugc\\b', 'markenbotschafter',
    'affiliate', 'blogger', 'testimonials',
  ],
  pr: [
    'presse', '~presse', 'pr\\b', 'öffentlichkeitsarbeit', 'medienarbeit', 'krise', '~krisen', 'pressemitteilung', 'journalist',
    'medienkontakte', 'reputation', 'unternehmenskommunikation', 'public relations', 'sprecher',
  ],
  internal: [
    'interne kommunikation', 'intern\\p{L}{0,3} kommunikation', 'mitarbeiterkommunikation', 'employer[- ]branding', 'intranet',
    'mitarbeitermagazin', 'arbeitgebermarke', 'personalmarketing',
  ],
  leadership: [
    '(team|mitarbeiter|personal)führung', 'führung (und \\p{L}+ )?(eines|des|von|unseres|deines|ihres) (\\p{L}+ )?teams?', 'personalverantwortung',
    'fachliche führung', 'disziplinarisch', 'teamleitung', 'leitung (eines|des|unseres) (\\p{L}+ )?teams?', 'führst (ein|das|dein)',
    'leitest (ein|das|dein)', 'anleitung (von|der) (praktikant|werkstudent|mitarbeit|junior)', 'betreuung (von|der|unserer) (praktikant|werkstudent|junior)',
  ],
  stakeholders: [
    'abstimmung', '~abstimmung', 'zusammenarbeit mit', 'enger zusammenarbeit', 'schnittstelle', '~schnittstelle', 'abteilungen',
    'stakeholder', 'geschäftsführung', 'bereichsübergreifend', 'cross[- ]funktional', 'agenturen', 'dienstleister',
    'kund:innen', 'kunden\\b', 'kundenberatung', 'beratung (unserer|von|der) kund', 'fachbereich',
  ],
  web: [
    'website', 'webseite', '~webseite', 'homepage', 'cms\\b', 'wordpress', 'typo3', 'seo\\b', 'sea\\b', '~seo\\b', 'newsletter', '~newsletter',
    'e-mail', 'email', 'landingpages?', 'landing pages?', 'shopify', 'online-?shop', 'webshop', 'hubspot', 'suchmaschine',
  ],
  events: [
    'events?\\b', '~events?\\b', 'veranstaltung', '~veranstaltung', 'messe\\b', '~messe\\b', 'messeauftritt', 'messen (und|sowie|&) (events|veranstaltungen)',
    '(events|veranstaltungen) (und|sowie|&) messen', 'webinar', 'konferenz', 'workshops?\\b', 'live\\b',
  ],
  sales: [
    'vertrieb', '~vertrieb', 'verkauf', '~verkauf', 'akquise', '~akquise', 'neukunden', 'lead[- ]?generierung', 'social selling',
    'e-commerce', 'umsatz', 'abverkauf',
  ],
};
