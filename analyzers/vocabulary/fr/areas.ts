// French cues for the 16 work areas of ../shared/design/taxonomy.md, matched on a duty's own
// lower-case words (vocabulary/index.ts), each cue at a word start. Written from the wording of
// French social-media and communication postings (Welcome to the Jungle, APEC, Indeed France
// listings read for this purpose; none copied) and general French marketing usage.
import type { Area } from '../../types';

export const AREA_CUES_FR: Readonly<Record<Area, readonly string[]>> = {
  strategy: [
    'stratég', 'strateg', 'plan (de communication|média|d.action|marketing|éditorial)', 'budgets?\\b', 'feuille de route', 'roadmap',
    'positionnement', 'définir (les |des |vos )?(objectifs|kpis?)', 'fixer (les |des )?objectifs', 'go-to-market',
  ],
  content: [
    'contenus?\\b', 'rédaction', 'rédig', 'rédactionnel', 'publications?\\b', 'publier', 'posts?\\b', 'calendrier éditorial',
    'planning éditorial', 'ligne éditoriale', 'éditorial', 'storytelling', 'blog', 'articles?\\b', 'newsletters?\\b', 'copywriting',
    'textes?\\b', 'légendes?\\b', 'animer (les |nos |vos )?(réseaux|comptes)', 'animation (des|de nos) (réseaux|comptes)',
    'gestion (des|de nos) (réseaux|comptes)', 'gérer (les |nos )?(réseaux|comptes)',
  ],
  creative: [
    'vidéos?\\b', 'video', 'photos?\\b', 'photograph', 'visuels?\\b', 'graphi', 'design', 'canva', 'adobe', 'photoshop', 'illustrator',
    'premiere', 'after effects', 'montage', 'tournage', 'tourner', 'reels?\\b', 'motion', 'infographi', 'podcast', 'shooting', 'capcut', 'figma',
  ],
  community: [
    'communauté', 'community', 'commentaires?\\b', 'modération', 'modérer', 'abonnés', 'followers', 'fans?\\b', 'interactions?\\b',
    'engagement', 'fidélis', 'messages privés', 'répondre aux (commentaires|messages|abonnés|internautes)', 'animer (la |une |notre )?communauté',
    'animation de (la |notre )?communauté', 'internautes',
  ],
  care: [
    'service client', 'relation client', 'support client', 'réclamations?\\b', 'demandes (des |de nos )?clients', 'sav\\b', 'satisfaction client',
    'service après-vente',
  ],
  analytics: [
    'analys', 'reporting', 'rapports?\\b', 'kpis?\\b', 'indicateurs', 'tableaux? de bord', 'mesur', 'statistiques', 'performances?\\b',
    'google analytics', 'insights', 'a/b', 'roi\\b', 'suivi (des |de la |du )?(performance|résultats|indicateurs|kpi|statistiques|campagnes|audience)',
    'bilans?\\b',
  ],
  listening: [
    'veille', 'tendances', 'concurren', 'benchmark', 'social listening', 'écoute sociale', 'monitoring', 'recherches?\\b',
    "à l.affût", 'nouveautés',
  ],
  paid: [
    'campagnes? (publicitaires|sponsorisées|payantes|d.acquisition|ads)', 'publicit', 'sponsoris', 'ads\\b', 'achat média', 'achats médias',
    'acquisition payante', 'paid\\b', 'sea\\b', 'ciblage', 'média payant', 'social ads',
  ],
  influencer: [
    'influen', 'créateurs? de contenu', 'créatrices? de contenu', 'ugc\\b', 'partenariats?\\b', 'ambassadeurs?\\b', 'ambassadrices?\\b',
    'affiliation', 'blogueu',
  ],
  pr: [
    'relations? presse', 'presse\\b', 'communiqués?\\b', 'journalistes?\\b', 'relations publiques', 'rp\\b', 'crise', 'e-réputation',
    'réputation', 'porte-parole', 'relations médias',
  ],
  internal: ['communication interne', 'marque employeur', 'intranet', 'employee advocacy', 'collaborateurs ambassadeurs'],
  leadership: [
    'manag\\p{L}{0,6} (une |l.|d.une |votre |son |de l.)?équipe', 'encadr', 'management (d.une |de l.|de votre )?équipe', 'managérial',
    'diriger (une |l.|votre )?équipe', 'animer (une |l.|votre )?équipe', 'recrut\\p{L}{0,6} (et|,) (former|manager|encadrer)',
  ],
  stakeholders: [
    'en lien avec', 'en collaboration avec', 'collabor', 'en relation avec', 'en coordination avec', 'interlocut', 'transverse',
    'transversal', 'parties prenantes', 'agences?\\b', 'équipes (internes|marketing|commerciales|produit|communication)',
    'coordonn', 'clients?\\b', 'direction (générale|marketing|communication)',
  ],
  web: [
    'site (web|internet)', 'sites? web', 'cms\\b', 'wordpress', 'seo\\b', 'référencement', 'newsletters?\\b', 'e-mail', 'emailing',
    'landing pages?', 'shopify', 'prestashop', 'e-commerce',
  ],
  events: ['événement', 'évènement', 'événementiel', 'salons?\\b', 'webinaires?\\b', 'webinars?\\b', 'conférences?\\b', 'lives?\\b', 'ateliers?\\b'],
  sales: ['ventes?\\b', 'prospect', "chiffre d.affaires", 'génération de leads', 'social selling', 'leads\\b', 'commerciaux'],
};
