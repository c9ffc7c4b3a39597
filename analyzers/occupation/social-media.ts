// Whether a posting's main work is social media (the work ScopeFit's 16 areas describe): the
// posting must say so, in its title or again and again in its duties, AND the occupation must be
// one whose wages cover that work. A graphic designer, copywriter or video editor found in a
// "social media" search keeps its own occupation and is not social-media work.

/**
 * The SOC occupations social-media work is published under (FIGURES.md §2, as in
 * scripts/build-benchmark.ts): 27-3031 Public Relations Specialists (the only SOC definition that
 * names social media), 13-1161 Market Research Analysts and Marketing Specialists, 11-2021
 * Marketing Managers, 11-2032 Public Relations Managers.
 */
export const SOCIAL_MEDIA_SOCS: ReadonlySet<string> = new Set(['27-3031', '13-1161', '11-2021', '11-2032']);

/** Words that name social-media work in a title (English and the German the corpus uses). */
const TITLE_CUE = /\b(?:social(?:[-\s]media)?|influencer|community\s+(?:manag\w*|lead|moderat\w*|marketing|specialist|coordinator)|content[-\s]+creators?|creator\s+partnerships?|smm|tiktok|instagram|youtube|social[-\s]selling)\b/i;

/** Words that name social-media work in the duties: the platforms and the trade's own terms. */
const DUTY_CUE = /\b(?:social[-\s]media|social\s+(?:channels?|platforms?|content|strategy|campaigns?|posts?|accounts?|presence|listening|ads|advertising)|instagram|tiktok|facebook|linkedin|twitter|youtube|pinterest|snapchat|threads|reels|influencers?|community\s+management|content\s+calendars?|redaktionsplan|hashtags?)\b/gi;

const FOLLOW_US = /\b(?:follow|like|find|connect with|join)\s+us\b|\bfolge\s+uns\b/i;

/** Mentions per 1,000 words at which the duties alone count as fully social media (tuned on the dev sets). */
const MENTIONS_PER_1000_WORDS = 6;

export interface SocialMediaSignal {
  /** 0 none … 1 the title names it, or the duties come back to it again and again. */
  readonly strength: number;
  /** The title itself names social-media work ("Social Media Editor", "Community Manager"). */
  readonly inTitle: boolean;
  /** 0 … 1: how often the duties come back to social media, whatever the title says. */
  readonly inDuties: number;
  /** The posting's words that show it, or null. */
  readonly evidence: string | null;
}

/** How strongly a posting's own words say its work is social media. */
export function socialMediaSignal(title: string, description: string): SocialMediaSignal {
  const inTitle = TITLE_CUE.test(title);
  // "Follow us on Instagram, LinkedIn and TikTok" says where the employer posts, not what the job does.
  const duties = description.split('\n').filter((line) => !FOLLOW_US.test(line)).join('\n');
  const cues = duties.match(DUTY_CUE) ?? [];
  // Mentions per 1,000 words, so that a long posting that names LinkedIn once does not count.
  const wordCount = Math.max(150, description.split(/\s+/).length);
  const density = (1000 * cues.length) / wordCount;
  const inDuties = Math.min(1, density / MENTIONS_PER_1000_WORDS);
  if (inTitle) return { strength: 1, inTitle, inDuties, evidence: title.trim() };
  return { strength: inDuties, inTitle, inDuties, evidence: cues.length ? [...new Set(cues)].slice(0, 3).join(', ') : null };
}

/** The threshold above which duties alone make the work social media (tuned on the dev set's halves). */
export const SOCIAL_MEDIA_THRESHOLD = 0.5;

/**
 * Creative, media and marketing occupations whose postings are social-media work when their title
 * says so ("Social Media Editor", "Social Media Content Creator"), though not when only the duties
 * mention it: SOC 27-1 (art and design), 27-3 (media and communication), 27-4 (media equipment),
 * 11-2 (advertising, marketing, PR and sales managers), 15-1255 (web and digital interface designers).
 */
const MEDIA_OCCUPATIONS = /^(?:27-[134]\d{3}|11-2\d{3}|15-1255)$/;

/** The job's main work is social media: the social-media occupations with the duties to show it, or a media occupation whose title names it. */
export const isSocialMediaWork = (soc: string, signal: SocialMediaSignal): boolean =>
  (SOCIAL_MEDIA_SOCS.has(soc) && signal.strength >= SOCIAL_MEDIA_THRESHOLD) || (signal.inTitle && MEDIA_OCCUPATIONS.test(soc));

/**
 * The occupation titles are English (O*NET, BLS), so a German or French title is read by its own
 * words for social-media and communications work ("Chargé(e) de communication et réseaux sociaux").
 */
const TITLE_CUE_ANY_LANGUAGE = /\b(social[ -]?media|réseaux sociaux|community manag|influence(r|ur)?|content[ -]?(creator|manag)|communication|kommunikation|marketing|rédact|redakt)/i;

export const titleNamesSocialMediaWork = (title: string): boolean => TITLE_CUE_ANY_LANGUAGE.test(title);
