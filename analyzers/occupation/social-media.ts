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
const TITLE_CUE = /\b(?:social(?:[-\s]media)?|influencer|community\s+(?:manag\w*|lead|moderat\w*|marketing|specialist|coordinator)|content\s+creat\w*|creator\s+partnership\w*|smm|tiktok|instagram|youtube|social[-\s]selling)\b/i;

/** Words that name social-media work in the duties: the platforms and the trade's own terms. */
const DUTY_CUE = /\b(?:social[-\s]media|social\s+(?:channels?|platforms?|content|strategy|campaigns?|posts?|accounts?|presence|listening|ads|advertising)|instagram|tiktok|facebook|linkedin|twitter|youtube|pinterest|snapchat|threads|reels|influencers?|community\s+management|content\s+calendars?|redaktionsplan|hashtags?)\b/gi;

export interface SocialMediaSignal {
  /** 0 none … 1 the title names it, or the duties come back to it again and again. */
  readonly strength: number;
  /** The posting's words that show it, or null. */
  readonly evidence: string | null;
}

/** How strongly a posting's own words say its work is social media. */
export function socialMediaSignal(title: string, description: string): SocialMediaSignal {
  const inTitle = TITLE_CUE.exec(title);
  if (inTitle) return { strength: 1, evidence: title.trim() };
  const cues = description.match(DUTY_CUE) ?? [];
  // Mentions per 1,000 words, so that a long posting that names LinkedIn once in its footer does not count.
  const wordCount = Math.max(150, description.split(/\s+/).length);
  const density = (1000 * cues.length) / wordCount;
  const distinct = new Set(cues.map((c) => c.toLowerCase().replace(/[-\s]+/g, ' ').replace(/s$/, ''))).size;
  const strength = Math.min(1, (density / 12) * Math.min(1, distinct / 3));
  return { strength, evidence: cues.length ? [...new Set(cues)].slice(0, 3).join(', ') : null };
}

/** The threshold above which duties alone make the work social media (tuned on the dev set's halves). */
export const SOCIAL_MEDIA_THRESHOLD = 0.5;

export const isSocialMediaWork = (soc: string, signal: SocialMediaSignal): boolean =>
  SOCIAL_MEDIA_SOCS.has(soc) && signal.strength >= SOCIAL_MEDIA_THRESHOLD;
